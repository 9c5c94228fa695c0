"""The whole pipeline (text reader + extract_citations) against the hand-made gold of the 2019 report."""

from __future__ import annotations

from pathlib import Path

import pytest

from emnextract.eval.citations import load_gold, score
from emnextract.extract.citations import extract_citations
from emnextract.pipeline import load_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def doc_and_citations():
    doc = load_document(ROOT / "fixtures" / "emn2019-part1.txt")
    return doc, extract_citations(doc)


def test_gold_covers_every_footnote():
    gold = load_gold(GOLD_DIR)
    assert sorted(map(int, gold["footnotes"])) == list(range(1, 178))


def test_precision_recall_and_ibid_against_gold(doc_and_citations):
    _, citations = doc_and_citations
    figures = score(citations, load_gold(GOLD_DIR))
    assert figures["overall"].precision >= 0.98, figures["overall"]
    assert figures["overall"].recall >= 0.98, figures["overall"]
    ok, total = figures["ibid"]
    assert total == 9 and ok == total


def test_ids_order_and_links(doc_and_citations):
    doc, citations = doc_and_citations
    assert [c.id for c in citations] == [f"c{i}" for i in range(1, len(citations) + 1)]
    notes = [c.footnote for c in citations if c.footnote is not None]
    assert notes == sorted(notes)
    body = [c for c in citations if c.footnote is None]
    assert [c.fields["case_number"] for c in body] == ["C-34/09"]
    assert body[0].section == "3.2.3"
    by_note = {}
    for c in citations:
        by_note.setdefault(c.footnote, []).append(c)
    assert by_note[13][0].canonical == "stb-2019-143"
    assert by_note[13][0].url == "https://zoek.officielebekendmakingen.nl/stb-2019-143.html"
    assert by_note[166][0].canonical == "kst-34775-VI-121"
    # sections come from the paragraph holding the marker
    sections = {p.section for p in doc.paragraphs for m in p.markers if m.number == 75}
    assert by_note[75][0].section in sections and by_note[75][0].section is not None


def test_ibid_copies_point_to_the_original(doc_and_citations):
    _, citations = doc_and_citations
    by_id = {c.id: c for c in citations}
    copies = [c for c in citations if c.ibid_of]
    assert {c.footnote for c in copies} == {8, 74, 85, 93, 116, 120, 131, 136, 173}
    for c in copies:
        original = by_id[c.ibid_of]
        assert original.ibid_of is None
        assert original.footnote < c.footnote
        assert (original.kind, original.fields, original.canonical) == (
            c.kind,
            c.fields,
            c.canonical,
        )
    assert by_id[next(c.id for c in copies if c.footnote == 116)].ibid_of in {
        c.id for c in citations if c.footnote == 115
    }


def test_malformed_records_of_the_reference(doc_and_citations):
    _, citations = doc_and_citations
    bad = [c for c in citations if c.malformed]
    assert sorted(c.footnote for c in bad) == [105, 139]
    assert all(c.problems and c.fields["date"] is None for c in bad)
