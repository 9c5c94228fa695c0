"""The whole pipeline (text reader + extract_citations) against the hand-made gold of the 2019 report."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from emnextract.eval.citations import match_citations
from emnextract.eval.gold import load_gold_dir
from emnextract.extractors.citations import extract_citations
from emnextract.pipeline import load_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def doc_and_citations():
    doc = load_document(ROOT / "fixtures" / "emn2019-part1.txt")
    return doc, extract_citations(doc)


@pytest.fixture(scope="module")
def gold():
    return load_gold_dir(GOLD_DIR)["fixtures/emn2019-part1.txt"]["citations"]


def test_gold_covers_every_footnote(gold):
    assert gold["footnotes"] == list(range(1, 178))
    assert {c["footnote"] for c in gold["citations"]} <= {*gold["footnotes"], None}


def test_precision_recall_and_ibid_against_gold(doc_and_citations, gold):
    _, citations = doc_and_citations
    result = match_citations(SimpleNamespace(citations=citations), gold)
    assert result.precision >= 0.98, result.summary()
    assert result.recall >= 0.98, result.summary()
    assert sum(1 for c in gold["citations"] if c["ibid_of_footnote"] is not None) == 9
    ok, total = result.fields["ibid"]
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


def _doc(notes, paragraphs=()):
    from emnextract.document import Document, MarkerRef, Note, Para
    from emnextract.model import Source

    paras = [Para(text=t, section=s, page=3, markers=[MarkerRef(number=n, offset=0) for n in ms])
             for t, s, ms in paragraphs]  # fmt: skip
    return Document(
        source=Source(path="x.txt", sha256="0", kind="text"),
        paragraphs=paras,
        footnotes=[Note(number=n, text=t, page=7) for n, t in notes],
    )


def test_ibid_runs_point_to_the_last_real_source_and_odd_cases_warn():
    doc = _doc(
        [
            (1, "Ibid."),
            (2, "Stb. 2019, 143; Stcrt. 2019, 24564."),
            (3, "Ibid."),
            (4, "Idem."),
            (5, "Dit is alleen uitleg."),
            (6, "Aldaar."),
        ],
        [("Tekst.", "2.1", [2, 3]), ("Meer tekst.", "2.2", [4, 5, 6])],
    )
    warnings: list[str] = []
    cites = extract_citations(doc, warnings)
    assert [(c.id, c.footnote, c.canonical, c.ibid_of) for c in cites] == [
        ("c1", 2, "stb-2019-143", None),
        ("c2", 2, "stcrt-2019-24564", None),
        ("c3", 3, "stb-2019-143", "c1"),
        ("c4", 3, "stcrt-2019-24564", "c2"),
        ("c5", 4, "stb-2019-143", "c1"),
        ("c6", 4, "stcrt-2019-24564", "c2"),
        # note 5 only explains: "Aldaar." skips it and repeats note 2
        ("c7", 6, "stb-2019-143", "c1"),
        ("c8", 6, "stcrt-2019-24564", "c2"),
    ]
    assert [c.section for c in cites] == ["2.1"] * 4 + ["2.2"] * 4
    assert all(c.page == 7 for c in cites)
    assert any("footnote 1:" in w for w in warnings)
    assert not any("footnote 6:" in w for w in warnings)
    assert doc.warnings == []  # the Document is never changed by an extractor


def test_body_citations_follow_footnote_citations():
    doc = _doc(
        [(1, "Kamerstukken II 2019/20, 35300, nr. 2.")],
        [("Het arrest Zambrano (C- 34/09) en www.example.nl/x in de lopende tekst.", "3.2", [1])],
    )
    cites = extract_citations(doc)
    assert [(c.id, c.kind, c.footnote, c.section) for c in cites] == [
        ("c1", "kamerstuk", 1, "3.2"),
        ("c2", "case_law", None, "3.2"),
    ]


def test_citations_in_extract_output_of_a_kamerbrief_pdf():
    from emnextract.pipeline import extract

    report = extract(ROOT / "fixtures" / "realdocs" / "Kamerbrief_emissie_luchtvaart.pdf")
    by_note = {f.number: f for f in report.footnotes}
    cites = {c.id: c for c in report.citations}
    first = cites[by_note[1].citations[0]]
    assert (first.kind, first.canonical, first.footnote, first.page) == (
        "kamerstuk",
        "kst-30175-414",
        1,
        1,
    )
    aanhangsel = cites[by_note[5].citations[0]]
    assert (aanhangsel.kind, aanhangsel.canonical) == ("aanhangsel", "ah-tk-20212022-1694")
    assert cites[by_note[12].citations[0]].canonical == "kst-31936-674"
    assert all(c.page is not None for c in report.citations)


def test_ibid_with_a_page_keeps_the_source_and_takes_the_page():
    doc = _doc([(1, "Kamerstukken II 2019/20, 35300, nr. 2, p. 3."), (2, "Ibid., p. 5.")])
    original, copy = extract_citations(doc)
    assert (copy.ibid_of, copy.canonical, copy.raw) == (original.id, "kst-35300-2", "Ibid., p. 5.")
    assert (original.fields["page"], copy.fields["page"]) == ("3", "5")
