"""Batch runs: one JSON per report; a broken file is reported and never stops the rest."""

import json
from pathlib import Path

from emnextract.batch import run_batch
from emnextract.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMP = FIXTURES / "emn2019-part1.txt"


def _shelf(tmp_path: Path) -> Path:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "a-broken.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf")
    (shelf / "b-empty.txt").write_bytes(b"")
    (shelf / "c-report.txt").write_bytes(DUMP.read_bytes())
    return shelf


def test_broken_files_do_not_stop_the_batch(tmp_path):
    out = tmp_path / "out"
    results = list(run_batch([_shelf(tmp_path)], out))
    by_name = {Path(r.path).name: r for r in results}
    assert set(by_name) == {"a-broken.pdf", "b-empty.txt", "c-report.txt"}
    assert not by_name["a-broken.pdf"].ok and by_name["a-broken.pdf"].error
    assert not by_name["b-empty.txt"].ok and "empty" in by_name["b-empty.txt"].error
    good = by_name["c-report.txt"]
    assert good.ok
    report = json.loads(Path(good.output).read_text(encoding="utf-8"))
    assert report["schema_version"] == "1"
    assert len(report["footnotes"]) == 177
    # no output for the failures, and no temporary files left behind
    assert sorted(p.name for p in out.iterdir()) == ["c-report.json"]


def test_cli_batch_reports_each_file_and_exits_nonzero(tmp_path, capsys):
    code = main(["batch", str(_shelf(tmp_path)), "-d", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "failed  " in err and "a-broken.pdf" in err and "b-empty.txt: is empty" in err
    assert "1 of 3 reports extracted" in err
    assert "Traceback" not in err


def test_parallel_batch_gives_the_same_results_in_input_order(tmp_path):
    shelf = _shelf(tmp_path)
    serial = [(Path(r.path).name, r.ok) for r in run_batch([shelf], tmp_path / "a")]
    parallel = [(Path(r.path).name, r.ok) for r in run_batch([shelf], tmp_path / "b", jobs=2)]
    assert (
        parallel
        == serial
        == [("a-broken.pdf", False), ("b-empty.txt", False), ("c-report.txt", True)]
    )
    assert (tmp_path / "a" / "c-report.json").read_bytes() == (
        tmp_path / "b" / "c-report.json"
    ).read_bytes()
