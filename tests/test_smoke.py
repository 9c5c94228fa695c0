"""The package's outer shell: schema generation, CLI errors that name the file."""

import json

from emnextract.cli import main
from emnextract.model import SCHEMA_VERSION, json_schema


def test_schema_names_contract_lists():
    schema = json_schema()
    props = schema["properties"]
    for key in (
        "schema_version",
        "source",
        "sections",
        "footnotes",
        "citations",
        "measures",
        "statistics",
        "warnings",
    ):
        assert key in props
    assert props["schema_version"]["const"] == SCHEMA_VERSION


def test_cli_schema_prints_json(capsys):
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["title"].startswith("emnextract Report")


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    missing = tmp_path / "nope.pdf"
    assert main(["extract", str(missing)]) == 3  # bad input
    err = capsys.readouterr().err
    assert str(missing) in err and "no such file" in err
    assert "Traceback" not in err


def test_binary_garbage_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02garbage")
    assert main(["extract", str(bad)]) == 3
    assert "neither a PDF nor a text file" in capsys.readouterr().err


def test_cli_show_writes_the_review_page(tmp_path, capsys):
    from pathlib import Path

    out = tmp_path / "review.html"
    dump = Path(__file__).resolve().parent.parent / "fixtures" / "emn2019-part1.txt"
    assert main(["show", str(dump), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('class="citation') >= 141 and "<table" in page
    assert main(["show", str(tmp_path / "nope.txt"), "--html", str(out)]) == 3
    assert "nope.txt" in capsys.readouterr().err
