"""The tables in DuckDB: queried with SQL, matching the JSON, upserted per report."""

from pathlib import Path

import duckdb
import pytest

from emnextract import extract
from emnextract.db import write_db
from emnextract.errors import EmnError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMP = FIXTURES / "emn2019-part1.txt"

JOINED = """
SELECT s.report_year, s.key, s.value, c.canonical
FROM statistics s, unnest(s.citations) AS u(cid)
JOIN citations c ON c.key = s.report || ':' || u.cid
ORDER BY s.report_year, s.key, c.key
"""


@pytest.fixture(scope="module")
def shelf(tmp_path_factory, report_of):
    other = tmp_path_factory.mktemp("shelf") / "2018.txt"
    text = DUMP.read_text(encoding="utf-8").replace("Jaaroverzicht 2019", "Jaaroverzicht 2018")
    other.write_text(text, encoding="utf-8")
    return [report_of("fixtures/emn2019-part1.txt"), extract(other)]


def _order(row):
    return row[0], row[1], row[3] or ""


def _expected(reports):
    rows = []
    for r in reports:
        rid = r.source.sha256[:12]
        canonical = {c.id: c.canonical for c in r.citations}
        for s in r.statistics:
            for cid in s.citations:
                rows.append((r.source.year, f"{rid}:{s.id}", float(s.value), canonical[cid]))
    return sorted(rows, key=_order)


def test_statistics_per_year_with_their_citations(tmp_path, shelf):
    db = tmp_path / "shelf.duckdb"
    counts = write_db(db, shelf)
    assert counts["statistics"] == sum(len(r.statistics) for r in shelf)
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = con.execute(JOINED).fetchall()
        years = con.execute(
            "SELECT report_year, count(*) FROM statistics GROUP BY 1 ORDER BY 1"
        ).fetchall()
        reports = con.execute(
            "SELECT report, report_year, sha256 FROM reports ORDER BY 2"
        ).fetchall()
    finally:
        con.close()
    expected = _expected(shelf)
    assert len(expected) > 40
    assert sorted(got, key=_order) == expected
    assert years == [(2018, len(shelf[1].statistics)), (2019, len(shelf[0].statistics))]
    assert reports == [
        (r.source.sha256[:12], r.source.year, r.source.sha256) for r in (shelf[1], shelf[0])
    ]


def test_rewriting_a_report_replaces_its_rows(tmp_path, shelf):
    db = tmp_path / "shelf.duckdb"
    write_db(db, shelf)
    write_db(db, shelf)  # a re-run: the same rows, never twice
    fewer = shelf[0].model_copy(update={"statistics": shelf[0].statistics[:3]})
    write_db(db, [fewer])  # the report changed: its rows are replaced
    con = duckdb.connect(str(db), read_only=True)
    try:
        per_report = dict(
            con.execute("SELECT report, count(*) FROM statistics GROUP BY 1").fetchall()
        )
        n_cit, distinct = con.execute(
            "SELECT count(*), count(DISTINCT key) FROM citations"
        ).fetchone()
        n_reports = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    finally:
        con.close()
    assert per_report == {
        shelf[0].source.sha256[:12]: 3,
        shelf[1].source.sha256[:12]: len(shelf[1].statistics),
    }
    assert n_cit == distinct == sum(len(r.citations) for r in shelf)
    assert n_reports == 2


def test_keep_current_leaves_a_current_report_alone(tmp_path, shelf):
    db = tmp_path / "shelf.duckdb"
    write_db(db, shelf)
    counts = write_db(db, shelf, keep_current=True)
    assert counts == dict.fromkeys(counts, 0)


def test_a_folder_is_no_database(tmp_path, shelf):
    from emnextract.db import check_db

    with pytest.raises(EmnError, match="is a folder"):
        check_db(tmp_path)
    with pytest.raises(EmnError, match="folder does not exist"):
        check_db(tmp_path / "missing" / "x.duckdb")
