"""Flat rows across reports: Report.records, CSV/JSONL tables, DataFrames, the documented columns."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from emnextract.tables import (
    KINDS,
    columns,
    csv_value,
    records,
    report_id,
    rows_csv,
    rows_jsonl,
    write_tables,
)

ROOT = Path(__file__).resolve().parent.parent
DUMP = "fixtures/emn2019-part1.txt"


@pytest.fixture(scope="module")
def report(report_of):
    return report_of(DUMP)


def test_every_row_names_its_report_year_source_and_a_global_key(report):
    rid = report.source.sha256[:12]
    assert report_id(report) == rid
    for kind in KINDS:
        rows = report.records(kind)
        assert len(rows) == len(getattr(report, kind)) > 0
        for row in rows:
            assert row["report"] == rid
            assert row["report_year"] == 2019
            assert row["source"] == report.source.path
            own = row["id"]  # a numbered section's id is its number
            assert row["key"] == f"{rid}:{own}"
        assert len({row["key"] for row in rows}) == len(rows)


def test_nested_records_are_flattened(report):
    stat = next(s for s in report.statistics if s.compared_to is not None)
    row = next(r for r in report.records("statistics") if r["id"] == stat.id)
    assert row["compared_to_value"] == stat.compared_to.value
    assert row["compared_to_period"] == stat.compared_to.period
    assert row["provenance_id"] == stat.provenance.id
    assert row["provenance_start"] == stat.provenance.start
    assert row["provenance_within"] == "paragraph"
    assert "provenance" not in row and "compared_to" not in row

    cit = next(c for c in report.citations if c.fields.get("extra_dossiers"))
    row = next(r for r in report.records("citations") if r["id"] == cit.id)
    for name, value in cit.fields.model_dump(mode="json").items():
        assert row[f"fields_{name}"] == value
    assert isinstance(row["fields_extra_dossiers"], list)
    assert "fields" not in row

    note = next(n for n in report.footnotes if n.marker is not None)
    row = report.records("footnotes")[report.footnotes.index(note)]
    assert row["marker_paragraph"] == note.marker.paragraph
    assert row["marker_offset"] == note.marker.offset
    assert row["citations"] == note.citations


def test_unknown_kind_is_refused(report):
    with pytest.raises(ValueError, match="unknown kind"):
        report.records("tables")


def test_csv_joins_lists_and_keeps_one_line_per_record(report):
    rows = records(report, "statistics")
    text = rows_csv("statistics", rows)
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows)
    with_notes = next(i for i, r in enumerate(rows) if len(r["footnotes"]) > 1)
    assert parsed[with_notes]["footnotes"] == ";".join(map(str, rows[with_notes]["footnotes"]))
    assert parsed[0]["approx"] in ("true", "false")
    assert csv_value(None) == "" and csv_value([1.5, 2]) == "1.5;2" and csv_value(True) == "true"


def test_jsonl_keeps_lists_and_every_column(report):
    rows = records(report, "citations")
    lines = rows_jsonl("citations", rows).splitlines()
    assert len(lines) == len(rows)
    first = json.loads(lines[0])
    # every row has every column, fixed ones first, then the citation fields sorted
    fixed = [name for name, _ in columns("citations")]
    assert list(first)[: len(fixed)] == fixed
    extra = list(first)[len(fixed) :]
    assert extra == sorted(extra) and all(c.startswith("fields_") for c in extra)
    assert all(list(json.loads(line)) == list(first) for line in lines)
    dossiers = [json.loads(line)["fields_extra_dossiers"] for line in lines]
    assert any(isinstance(d, list) and d for d in dossiers)


def test_write_tables_writes_each_report_once(tmp_path, report):
    counts = write_tables(tmp_path, [report, report])
    assert counts["statistics"] == len(report.statistics)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        f"{k}.{ext}"
        for k in ("citations", "measures", "statistics", "footnotes", "sections")
        for ext in ("csv", "jsonl")
    )
    text = (tmp_path / "sections.csv").read_text(encoding="utf-8")
    assert len(text.splitlines()) == 1 + len(report.sections)


def test_to_dataframes(report):
    frames = report.to_dataframes()
    assert set(frames) == set(KINDS)
    stats = frames["statistics"]
    assert len(stats) == len(report.statistics)
    assert stats["key"].is_unique
    assert list(stats.columns) == [name for name, _ in columns("statistics")]
    assert stats.loc[0, "value"] == report.statistics[0].value


def test_docs_list_every_fixed_column():
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", doc, flags=re.M | re.S))
    lead = set(re.findall(r"`(\w+)`", doc.split("## citations")[0]))
    for kind in KINDS:
        documented = set(re.findall(r"`(\w+)`", sections[kind])) | lead
        missing = [name for name, _ in columns(kind) if name not in documented]
        assert not missing, f"{kind}: {missing} not in docs/tables.md"
