"""Command-line conventions: '-' for stdin/stdout, --format, exit codes, one-line errors,
--debug, -v and -q, and the batch progress bar and summary."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from emnextract import export, extract
from emnextract.cli import main
from emnextract.errors import EmnError
from emnextract.tables import KINDS

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "fixtures" / "emn2019-part1.txt"


@pytest.fixture(scope="module")
def report():
    return extract(DUMP)


@pytest.fixture
def latin1(tmp_path) -> Path:
    """The start of the fixture dump in cp1252: a report with one warning."""
    path = tmp_path / "latin1.txt"
    text = DUMP.read_text(encoding="utf-8")[:3000]
    path.write_bytes(text.encode("cp1252", "replace"))
    return path


def run_module(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "emnextract", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def feed_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("emnextract: error: ")
    assert "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------- '-' for stdin and stdout


def test_dash_reads_the_report_from_stdin(monkeypatch, capsys, report):
    feed_stdin(monkeypatch, DUMP.read_bytes())
    assert main(["extract", "-"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["source"]["path"] == "<stdin>"
    assert data["source"]["sha256"] == report.source.sha256
    assert len(data["footnotes"]) == len(report.footnotes) == 177
    # 44 numbered sections and the Samenvatting part
    assert captured.err.startswith("<stdin>: 45 sections, 177 footnotes")


def test_dash_reads_a_real_pipe():
    proc = run_module("extract", "-", "--format", "jsonl", stdin=DUMP.read_bytes())
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert {r["source"] for r in rows} == {"<stdin>"}
    assert sum(r["kind"] == "citations" for r in rows) == 141


def test_empty_stdin_is_bad_input(monkeypatch, capsys):
    feed_stdin(monkeypatch, b"")
    assert main(["extract", "-"]) == 3
    assert one_error_line(capsys.readouterr().err) == "emnextract: error: <stdin>: is empty"


def test_stdin_that_is_no_report_names_stdin(monkeypatch, capsys):
    feed_stdin(monkeypatch, b"\x00\x01\x02 binary, not text")
    assert main(["extract", "-"]) == 3
    assert one_error_line(capsys.readouterr().err) == (
        "emnextract: error: <stdin>: is neither a PDF nor a text file"
    )


def test_dash_output_is_stdout_not_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(DUMP), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["schema_version"] == "1"
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- --format


def test_format_json(capsys, report):
    assert main(["extract", str(DUMP), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: len(data[k]) for k in KINDS} == {k: len(getattr(report, k)) for k in KINDS}


def test_format_jsonl_one_line_per_record(capsys, report):
    assert main(["extract", str(DUMP), "-f", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for kind in KINDS:
        mine = [r for r in rows if r["kind"] == kind]
        assert len(mine) == len(getattr(report, kind)), kind
        assert [r["key"] for r in mine] == [r["key"] for r in report.records(kind)]
    assert len(rows) == sum(len(getattr(report, k)) for k in KINDS)
    # a record's own "kind" keeps its value under another name
    cited = [r for r in rows if r["kind"] == "citations"]
    assert [r["citation_kind"] for r in cited] == [c.kind for c in report.citations]
    body = [r for r in rows if r["kind"] == "paragraphs"]
    assert [r["paragraph_kind"] for r in body] == [p.kind for p in report.paragraphs]


def test_format_csv_header_and_one_row_per_record(capsys, report):
    assert main(["extract", str(DUMP), "-f", "csv"]) == 0
    out = capsys.readouterr().out
    header = next(csv.reader(io.StringIO(out)))
    assert header[:5] == ["kind", "report", "report_year", "source", "key"]
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == sum(len(getattr(report, k)) for k in KINDS)
    stats = [r for r in rows if r["kind"] == "statistics"]
    assert len(stats) == 125
    first = report.records("statistics")[0]
    assert stats[0]["key"] == first["key"] and stats[0]["what"] == first["what"]
    assert stats[0]["raw"] == ""  # a column of citations only is empty for a statistic
    cited = [r for r in rows if r["kind"] == "citations"]
    assert [r["citation_kind"] for r in cited] == [c.kind for c in report.citations]


def test_format_md_has_tables_of_records(capsys, report):
    assert main(["extract", str(DUMP), "-f", "md"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "# Jaaroverzicht 2019"
    assert "| citations | 141 |" in lines and "| warnings | 0 |" in lines
    assert "## Citations (141)" in lines and "## Statistics (125)" in lines
    start = lines.index("## Citations (141)")
    assert lines[start + 2] == "| id | kind | canonical | raw | page |"
    assert lines[start + 3] == "|---|---|---|---|---|"
    body = lines[start + 4 : start + 4 + 141]
    assert all(line.startswith("| c") and line.endswith(" |") for line in body)
    assert lines[start + 4 + 141] == ""


def test_format_written_to_a_file(tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert main(["extract", str(DUMP), "-f", "csv", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8").startswith("kind,report,report_year,")


def test_year_and_kind(capsys):
    assert main(["extract", str(DUMP), "--year", "2021", "--kind", "text"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["year"] == 2021
    assert main(["extract", str(DUMP), "--kind", "pdf"]) == 3  # a text dump is no PDF
    assert str(DUMP) in one_error_line(capsys.readouterr().err)


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", str(DUMP), "--format", "xml"],
        ["extract", str(DUMP), "--kind", "docx"],
        ["extract", str(DUMP), "--year", "twenty"],
        ["extract", str(DUMP), "--no-such-option"],
        ["batch", str(DUMP)],
        ["batch", str(DUMP), "-d", "out", "-j", "0"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2_in_one_line(args, capsys):
    assert main(args) == 2
    assert one_error_line(capsys.readouterr().err)


def test_bad_input_exits_3(tmp_path, capsys):
    missing = tmp_path / "nope.pdf"
    assert main(["extract", str(missing)]) == 3
    assert one_error_line(capsys.readouterr().err) == (
        f"emnextract: error: {missing}: no such file"
    )


def test_exit_codes_0_and_1_of_a_batch(tmp_path, capsys):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shutil.copy(DUMP, shelf / "r.txt")
    assert main(["batch", str(shelf), "-d", str(tmp_path / "out")]) == 0
    (shelf / "empty.txt").write_bytes(b"")
    assert main(["batch", str(shelf), "-d", str(tmp_path / "out")]) == 1
    assert f"failed  {shelf / 'empty.txt'}: is empty" in capsys.readouterr().err


def test_help_and_version_exit_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "Exit codes: 0 ok, 1 some inputs failed, 2 usage error" in " ".join(out.split())
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("emnextract ")


# ---------------------------------------------------------------- output paths


def _disk_full(*_args):
    raise OSError(errno.ENOSPC, "No space left on device")


def _refuse(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize(
    "case, problem",
    [
        ("folder", "is a folder; give a file name"),
        ("parent is a file", "is a file, not a folder"),
        ("the input", "is the input file; it would be overwritten"),
        ("proc", "cannot write it"),
        ("disk full", "cannot write it (No space left on device)"),
        ("unwritable", "cannot write it (Permission denied)"),
        ("device", "is not a regular file"),
    ],
)
def test_output_path_problems_are_one_line_usage_errors(
    case, problem, tmp_path, monkeypatch, capsys
):
    src = tmp_path / "in.txt"
    shutil.copy(DUMP, src)
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    out = {
        "folder": tmp_path,
        "parent is a file": a_file / "sub" / "out.json",
        "the input": src,
        "proc": Path("/proc/version"),
        "disk full": tmp_path / "out.json",
        "unwritable": tmp_path / "out.json",
        "device": Path("/dev/null"),
    }[case]
    if case == "disk full":
        monkeypatch.setattr(os, "fsync", _disk_full)
    if case == "unwritable":
        monkeypatch.setattr(export, "_create", _refuse)  # the folder refuses a file
    assert main(["extract", str(src), "-o", str(out)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(f"emnextract: error: {out}: ") and problem in line
    assert src.read_bytes() == DUMP.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "in.txt"]


def test_missing_parent_folders_are_created(tmp_path, capsys):
    out = tmp_path / "new" / "deeper" / "r.json"
    assert main(["extract", str(DUMP), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1"
    assert capsys.readouterr().err.strip().endswith(f"-> {out}")


def test_show_output_path_problem(tmp_path, capsys):
    assert main(["show", str(DUMP), "--html", str(tmp_path)]) == 2
    assert one_error_line(capsys.readouterr().err).endswith("is a folder; give a file name")


def test_batch_output_folder_problem_is_a_usage_error(tmp_path, capsys):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert main(["batch", str(DUMP), "-d", str(a_file)]) == 2
    one_error_line(capsys.readouterr().err)


# ---------------------------------------------------------------- --debug


def test_debug_shows_the_traceback(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(EmnError, match="no such file"):
        main(["--debug", "extract", str(missing)])
    proc = run_module("extract", str(missing), "--debug")
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback (most recent call last)" in err and "emnextract.errors.InputNotFound" in err
    proc = run_module("extract", str(missing))
    assert proc.returncode == 3
    assert proc.stderr.decode() == f"emnextract: error: {missing}: no such file\n"


# ---------------------------------------------------------------- -v and -q


def test_warnings_are_counted_by_default_and_listed_with_v(latin1, capsys):
    assert main(["extract", str(latin1)]) == 0
    err = capsys.readouterr().err
    assert err.strip().endswith("1 warnings") and "warning:" not in err
    for args in (["-v", "extract", str(latin1)], ["extract", str(latin1), "-v"]):
        assert main(args) == 0
        err = capsys.readouterr().err
        assert f"{latin1}: warning: not UTF-8, read as cp1252" in err.splitlines()


def test_quiet_silences(latin1, tmp_path, capsys):
    assert main(["-q", "-v", "extract", str(latin1), "-o", str(tmp_path / "r.json")]) == 0
    assert capsys.readouterr().err == ""
    assert (tmp_path / "r.json").is_file()


def test_batch_quiet_prints_only_errors(tmp_path, capsys):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shutil.copy(DUMP, shelf / "r.txt")
    args = ["batch", str(shelf), "-d", str(tmp_path / "out"), "-q"]
    assert main(args) == 0
    assert capsys.readouterr().err == ""
    (shelf / "empty.txt").write_bytes(b"")
    assert main(args) == 1
    assert capsys.readouterr().err == f"failed  {shelf / 'empty.txt'}: is empty\n"


def test_batch_summary_table_progress_and_warnings(tmp_path, latin1, capsys):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shutil.copy(DUMP, shelf / "r.txt")
    shutil.copy(latin1, shelf / "w.txt")
    out = tmp_path / "out"
    assert main(["batch", str(shelf), "-d", str(out), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "2/2 files, 0 pages" in err  # text dumps have no pages
    table = err[err.index("batch summary") :]
    for name in ("files", "done", "skipped", "failed", "pages", "footnotes", "warnings"):
        assert name in table, name
    assert "1 warnings in the reports (-v lists them)" in err
    assert "warning: not UTF-8" not in err
    assert main(["batch", str(shelf), "-d", str(out), "-v"]) == 0
    err = capsys.readouterr().err
    assert f"skipped {shelf / 'w.txt'} (unchanged)" in err
    assert f"{shelf / 'w.txt'}: warning: not UTF-8, read as cp1252" in err
    assert "extracting" not in err  # no bar unless stderr is a terminal or --progress


def test_stdin_warnings_name_stdin(monkeypatch, latin1, capsys):
    feed_stdin(monkeypatch, latin1.read_bytes())
    assert main(["extract", "-", "-v", "-f", "md"]) == 0
    captured = capsys.readouterr()
    assert "<stdin>: warning: not UTF-8, read as cp1252" in captured.err.splitlines()
    assert "- <stdin>: not UTF-8, read as cp1252" in captured.out.splitlines()


def test_an_unexpected_error_is_one_line_too(monkeypatch, capsys):
    import emnextract.pipeline

    def broken(*_args, **_kwargs):
        raise RuntimeError("something broke")

    monkeypatch.setattr(emnextract.pipeline, "extract", broken)
    assert main(["extract", str(DUMP)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line == (
        "emnextract: error: unexpected error: RuntimeError: something broke "
        "(--debug shows the traceback)"
    )
    with pytest.raises(RuntimeError, match="something broke"):
        main(["extract", str(DUMP), "--debug"])
