"""Batch runs: a shelf of reports into one output folder, kept apart, resumable, with tables."""

import csv
import json
import re
from pathlib import Path

import duckdb
import pytest

from emnextract import __version__
from emnextract.batch import ERRORS, INDEX, NoInputsError, collect_inputs, run_batch
from emnextract.cli import main
from emnextract.errors import EmnError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMP = FIXTURES / "emn2019-part1.txt"
KINDS = ("citations", "measures", "statistics", "footnotes", "sections")


def _shelf(tmp_path: Path) -> Path:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "a-broken.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf")
    (shelf / "b-empty.txt").write_bytes(b"")
    (shelf / "c-report.txt").write_bytes(DUMP.read_bytes())
    return shelf


def _as_year(year: int) -> bytes:
    """The fixture dump as if it were the report of another year (so its hash differs)."""
    text = DUMP.read_text(encoding="utf-8")
    return text.replace("Jaaroverzicht 2019", f"Jaaroverzicht {year}").encode("utf-8")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary(err: str) -> dict[str, str]:
    """The rows of the summary table the batch command prints on stderr: name -> count."""
    return dict(re.findall(r"^\s+([a-z]+)\s+(\d+(?:\.\d+)?)\s*$", err, re.M))


def test_broken_files_do_not_stop_the_batch(tmp_path):
    out = tmp_path / "out"
    results = list(run_batch([_shelf(tmp_path)], out))
    by_name = {Path(r.path).name: r for r in results}
    assert set(by_name) == {"a-broken.pdf", "b-empty.txt", "c-report.txt"}
    assert not by_name["a-broken.pdf"].ok and by_name["a-broken.pdf"].error
    assert not by_name["b-empty.txt"].ok and "empty" in by_name["b-empty.txt"].error
    good = by_name["c-report.txt"]
    assert good.ok and good.status == "done"
    assert good.counts["footnotes"] == 177
    report = json.loads(Path(good.output).read_text(encoding="utf-8"))
    assert report["schema_version"] == "1"
    assert len(report["footnotes"]) == 177
    # no output for the failures, and no temporary files left behind
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [INDEX, ERRORS, "c-report.json", "tables"]
    )
    assert {e["file"]: e["reason"] for e in _lines(out / ERRORS)} == {
        by_name["a-broken.pdf"].path: by_name["a-broken.pdf"].error,
        by_name["b-empty.txt"].path: by_name["b-empty.txt"].error,
    }


def test_cli_batch_reports_each_file_and_exits_nonzero(tmp_path, capsys):
    code = main(["batch", str(_shelf(tmp_path)), "-d", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "failed  " in err and "a-broken.pdf" in err and "b-empty.txt: is empty" in err
    s = summary(err)
    assert (s["files"], s["done"], s["skipped"], s["failed"]) == ("3", "1", "0", "2")
    assert (s["footnotes"], s["citations"], s["measures"], s["statistics"]) == (
        "177",
        "141",
        "143",
        "125",
    )
    assert "errors.jsonl" in err
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
    for rel in ["c-report.json", "tables/statistics.csv", "tables/citations.jsonl"]:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_files_found_in_folders_keep_their_relative_path(tmp_path):
    shelf = tmp_path / "shelf"
    for rel in ["2019/x.txt", "2018/x.txt", "2018/deeper/x.TXT", "2018/x.png", "notes.md"]:
        (shelf / rel).parent.mkdir(parents=True, exist_ok=True)
        (shelf / rel).write_text("x")
    pairs = collect_inputs([shelf, shelf / "2019"])  # the same file named twice counts once
    assert [rel.as_posix() for _, rel in pairs] == ["2018/deeper/x.TXT", "2018/x.txt", "2019/x.txt"]


def test_same_named_files_given_directly_get_a_hash_suffix(tmp_path):
    for year in (2018, 2019):
        (tmp_path / str(year)).mkdir()
        (tmp_path / str(year) / "x.txt").write_bytes(_as_year(year))
    out = tmp_path / "out"
    results = list(run_batch([tmp_path / "2018" / "x.txt", tmp_path / "2019" / "x.txt"], out))
    names = [Path(r.output).name for r in results]
    assert all(r.status == "done" for r in results)
    assert len(set(names)) == 2 and all(n.startswith("x-") and n.endswith(".json") for n in names)
    years = [json.loads(Path(r.output).read_text())["source"]["year"] for r in results]
    assert years == [2018, 2019]
    # the names are stable: a re-run finds the same outputs and skips them
    again = list(run_batch([tmp_path / "2018" / "x.txt", tmp_path / "2019" / "x.txt"], out))
    assert [r.status for r in again] == ["skipped", "skipped"]
    assert [r.output for r in again] == [r.output for r in results]


def test_an_empty_input_set_is_an_error(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.md").write_text("no reports here")
    with pytest.raises(NoInputsError, match="no .pdf, .txt or .xml files found in"):
        run_batch([empty], tmp_path / "out")
    assert main(["batch", str(empty), "-d", str(tmp_path / "out")]) == 3
    assert f"no .pdf, .txt or .xml files found in {empty}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_bad_output_folder_is_reported_before_any_work(tmp_path, capsys):
    shelf = _shelf(tmp_path)
    a_file = tmp_path / "taken"
    a_file.write_text("")
    with pytest.raises(EmnError, match="is a file, not a folder"):
        run_batch([shelf], a_file)
    with pytest.raises(EmnError, match="cannot create the output folder"):
        run_batch([shelf], a_file / "sub")
    assert main(["batch", str(shelf), "-d", str(a_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"emnextract: error: {a_file}: output folder is a file, not a folder"]


def test_an_unwritable_output_folder_is_reported(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(EmnError, match=r"cannot write in the output folder \(Permission denied\)"):
        run_batch([_shelf(tmp_path)], tmp_path / "out")


def test_rerun_skips_unchanged_reports_and_force_redoes_them(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "r.txt").write_bytes(DUMP.read_bytes())
    out = tmp_path / "out"
    [first] = run_batch([shelf], out)
    assert first.status == "done"
    index = json.loads((out / INDEX).read_text())["reports"]["r.json"]
    assert index["version"] == __version__ and index["sha256"] == first.sha256

    [again] = run_batch([shelf], out)
    assert again.status == "skipped" and again.counts == first.counts
    [forced] = run_batch([shelf], out, force=True)
    assert forced.status == "done"

    # a new tool version or a changed file is extracted again
    index = json.loads((out / INDEX).read_text())
    index["reports"]["r.json"]["version"] = "0.0.0"
    (out / INDEX).write_text(json.dumps(index))
    assert [r.status for r in run_batch([shelf], out)] == ["done"]
    (shelf / "r.txt").write_bytes(_as_year(2018))
    [changed] = run_batch([shelf], out)
    assert changed.status == "done" and changed.sha256 != first.sha256
    rows = _lines(out / "tables" / "sections.jsonl")
    assert {r["report"] for r in rows} == {changed.report}  # the old report is gone


def test_a_rerun_that_changes_nothing_leaves_tables_and_database_alone(tmp_path):
    from emnextract.db import holds

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "r.txt").write_bytes(DUMP.read_bytes())
    out, db = tmp_path / "out", tmp_path / "shelf.duckdb"
    [first] = run_batch([shelf], out, db=db)
    table = out / "tables" / "statistics.csv"
    before = (table.stat().st_mtime_ns, db.stat().st_mtime_ns)
    assert holds(db, [(first.sha256, __version__)])
    assert not holds(db, [(first.sha256, "0.0.0")])
    assert not holds(tmp_path / "none.duckdb", [(first.sha256, __version__)])

    [again] = run_batch([shelf], out, db=db)
    assert again.status == "skipped"
    assert (table.stat().st_mtime_ns, db.stat().st_mtime_ns) == before
    # a table gone, or another database: written again from the reports kept
    table.unlink()
    run_batch_list = list(run_batch([shelf], out, db=tmp_path / "other.duckdb"))
    assert [r.status for r in run_batch_list] == ["skipped"]
    assert table.is_file() and holds(tmp_path / "other.duckdb", [(first.sha256, __version__)])


def test_a_report_that_now_fails_leaves_the_tables(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "r.txt").write_bytes(DUMP.read_bytes())
    (shelf / "s.txt").write_bytes(_as_year(2018))
    out = tmp_path / "out"
    assert [r.status for r in run_batch([shelf], out)] == ["done", "done"]
    (shelf / "s.txt").write_bytes(b"")
    assert [r.status for r in run_batch([shelf], out)] == ["skipped", "failed"]
    assert not (out / "s.json").exists()
    assert {r["report_year"] for r in _lines(out / "tables" / "sections.jsonl")} == {2019}


def test_acceptance_a_shelf_of_reports(tmp_path, capsys):
    shelf = tmp_path / "shelf"
    (shelf / "2018").mkdir(parents=True)
    (shelf / "2019").mkdir()
    (shelf / "2018" / "x.txt").write_bytes(_as_year(2018))
    (shelf / "2019" / "x.txt").write_bytes(DUMP.read_bytes())
    (shelf / "2019" / "corrupt.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<")
    (shelf / "2019" / "scan.txt").write_bytes(bytes(range(256)) * 40)
    out, db = tmp_path / "out", tmp_path / "shelf.duckdb"

    code = main(["batch", str(shelf), "-d", str(out), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1
    s = summary(err)
    assert (s["files"], s["done"], s["skipped"], s["failed"]) == ("4", "2", "0", "2")

    # the good reports are kept apart
    years = {
        rel: json.loads((out / rel).read_text(encoding="utf-8"))["source"]["year"]
        for rel in ("2018/x.json", "2019/x.json")
    }
    assert years == {"2018/x.json": 2018, "2019/x.json": 2019}
    assert (
        not (out / "2019" / "corrupt.json").exists() and not (out / "2019" / "scan.json").exists()
    )
    failures = _lines(out / ERRORS)
    assert sorted(Path(f["file"]).name for f in failures) == ["corrupt.pdf", "scan.txt"]
    assert all(f["reason"] for f in failures)

    def check_tables():
        reports = {
            json.loads((out / rel).read_text())["source"]["sha256"][:12]
            for rel in ("2018/x.json", "2019/x.json")
        }
        con = duckdb.connect(str(db))
        try:
            for kind in KINDS:
                rows = _lines(out / "tables" / f"{kind}.jsonl")
                with open(out / "tables" / f"{kind}.csv", encoding="utf-8", newline="") as f:
                    csv_rows = list(csv.DictReader(f))
                expected = sum(
                    len(json.loads((out / rel).read_text())[kind])
                    for rel in ("2018/x.json", "2019/x.json")
                )
                assert len(rows) == len(csv_rows) == expected
                assert {r["report"] for r in rows} == reports
                assert len({r["key"] for r in rows}) == len(rows)
                n, keys = con.execute(
                    f"SELECT count(*), count(DISTINCT key) FROM {kind}"
                ).fetchone()
                assert n == keys == expected
            assert con.execute("SELECT count(*) FROM reports").fetchone() == (2,)
        finally:
            con.close()

    check_tables()

    # a second run skips every good report and keeps the tables and database as they were
    results = list(run_batch([shelf], out, db=db))
    status = {Path(r.path).relative_to(shelf).as_posix(): r.status for r in results}
    assert status == {
        "2018/x.txt": "skipped",
        "2019/corrupt.pdf": "failed",
        "2019/scan.txt": "failed",
        "2019/x.txt": "skipped",
    }
    check_tables()


def test_cli_rerun_and_force(tmp_path, capsys):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "r.txt").write_bytes(DUMP.read_bytes())
    args = ["batch", str(shelf), "-d", str(tmp_path / "out")]
    assert main(args) == 0
    s = summary(capsys.readouterr().err)
    assert (s["files"], s["done"], s["skipped"], s["failed"]) == ("1", "1", "0", "0")
    assert main(["-v", *args]) == 0
    err = capsys.readouterr().err
    assert "skipped " in err
    s = summary(err)
    assert (s["done"], s["skipped"], s["failed"]) == ("0", "1", "0")
    assert s["footnotes"] == "177"  # a skipped report still counts in the summary
    assert main([*args, "--force"]) == 0
    s = summary(capsys.readouterr().err)
    assert (s["done"], s["skipped"], s["failed"]) == ("1", "0", "0")
    assert (tmp_path / "out" / ERRORS).read_text() == ""


def test_a_folder_of_rulings_in_open_data_xml_is_read_and_other_xml_refused(tmp_path):
    """.xml files in a folder are inputs: rechtspraak.nl open data is read, any other XML
    fails alone with its one-line error while the batch goes on."""
    shelf = tmp_path / "rulings"
    shelf.mkdir()
    ruling = FIXTURES / "realdocs" / "ECLI_NL_PHR_2000_AA4938.xml"
    (shelf / "a-ruling.xml").write_bytes(ruling.read_bytes())
    (shelf / "b-feed.xml").write_text("<?xml version='1.0'?><rss><channel/></rss>", "utf-8")
    out = tmp_path / "out"
    by_name = {Path(r.path).name: r for r in run_batch([shelf], out)}
    assert set(by_name) == {"a-ruling.xml", "b-feed.xml"}
    assert by_name["a-ruling.xml"].ok and not by_name["b-feed.xml"].ok
    report = json.loads((out / "a-ruling.json").read_text(encoding="utf-8"))
    assert report["source"]["kind"] == "xml" and report["citations"]
    assert [e["file"] for e in _lines(out / ERRORS)] == [by_name["b-feed.xml"].path]
    assert "XML with root <rss>" in by_name["b-feed.xml"].error
    assert not (out / "b-feed.json").exists()


def test_tables_come_from_the_workers_rows_and_match_those_read_back(tmp_path, monkeypatch):
    import emnextract.batch as batch

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "r.txt").write_bytes(DUMP.read_bytes())
    out = tmp_path / "out"
    read_back: list[Path] = []
    load = batch.load_report

    def counting_load(path):
        read_back.append(Path(path))
        return load(path)

    monkeypatch.setattr(batch, "load_report", counting_load)
    assert [r.status for r in run_batch([shelf], out)] == ["done"]
    assert read_back == []  # the report just written is not parsed again for the tables

    # A second report: "r" is skipped and read back, "s" comes from its worker; the
    # tables are the same as when both are extracted afresh.
    (shelf / "s.txt").write_bytes(_as_year(2018))
    assert [r.status for r in run_batch([shelf], out)] == ["skipped", "done"]
    assert read_back == [out / "r.json"]
    mixed = {k: (out / "tables" / f"{k}.csv").read_bytes() for k in KINDS}
    assert [r.status for r in run_batch([shelf], out, force=True)] == ["done", "done"]
    assert read_back == [out / "r.json"]
    fresh = {k: (out / "tables" / f"{k}.csv").read_bytes() for k in KINDS}
    assert mixed == fresh
    assert {r["report_year"] for r in _lines(out / "tables" / "sections.jsonl")} == {2018, 2019}
