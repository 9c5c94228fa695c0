"""Footnotes on layouts beyond the EMN report's own: numbering that starts again (per
chapter, per page), notes under columns, full-size note numbers, long notes.

The PDFs are the generated layout fixtures (their gold is written by the generator from
what it drew); the dumps and note sets here are written for these tests.
"""

from __future__ import annotations

import time

from emnextract import extract_text
from emnextract.document import Document, MarkerRef, Note, Para, link_markers
from emnextract.model import Source
from emnextract.pdf.textjoin import join_line_spans


def _runs_and_numbers(report):
    """(run, number) of each note in document order."""
    return [(n.run, n.number) for n in report.footnotes]


def test_restarting_numbering_gives_one_note_per_printed_number_and_run(report_of):
    report = report_of("fixtures/layouts/restart-per-chapter.pdf")
    # three chapters: notes 1-7, 1-16, 1-6, each chapter its own run
    want = (
        [(1, k) for k in range(1, 8)]
        + [(2, k) for k in range(1, 17)]
        + [(3, k) for k in range(1, 7)]
    )
    assert _runs_and_numbers(report) == want
    assert len({n.id for n in report.footnotes}) == 29
    for note in report.footnotes:
        assert note.marker is not None, note.id
        # the marker stands in the chapter of the note's run (chapters 2, 3, 4)
        assert note.section is not None and note.section.split(".")[0] == str(note.run + 1)


def test_restarting_numbering_links_citations_and_ibid_within_the_run(report_of):
    report = report_of("fixtures/layouts/restart-per-chapter.pdf")
    notes = {n.id: n for n in report.footnotes}
    ibids = [n for n in report.footnotes if n.text.strip() == "Ibid."]
    assert [(n.run, n.number) for n in ibids] == [(1, 4), (3, 4)]
    by_id = {c.id: c for c in report.citations}
    for ibid in ibids:
        before = [n for n in report.footnotes if (n.run, n.number) == (ibid.run, ibid.number - 1)]
        assert len(before) == 1
        copies = [by_id[c] for c in ibid.citations]
        assert copies, ibid.id
        for copy in copies:
            assert copy.provenance is not None and copy.provenance.id == ibid.id
            original = by_id[copy.ibid_of]
            assert original.provenance is not None
            assert original.provenance.id == before[0].id  # not the same number of another run
    # records name their notes by id; an id's number is the number they print
    for record in [*report.paragraphs, *report.measures, *report.statistics]:
        assert [notes[i].number for i in record.footnote_ids] == record.footnotes


def test_two_column_notes_read_in_column_order(report_of):
    report = report_of("fixtures/layouts/two-column-notes.pdf")
    assert [n.number for n in report.footnotes] == list(range(1, 34))
    assert {n.run for n in report.footnotes} == {1}
    assert all(n.marker is not None for n in report.footnotes)
    # a full line of the left column does not end its paragraph
    joined = [p for p in report.paragraphs if "Dienst Uitvoering Onderwijs (DUO)" in p.text]
    assert len(joined) == 1
    sections = [s.number for s in report.sections]
    assert sections[0] == "5" and "6" in sections  # an excerpt opening at chapter 5


def test_full_size_markers_are_taken_in_note_sequence(report_of):
    report = report_of("fixtures/layouts/fullsize-note-numbers.pdf")
    assert [n.number for n in report.footnotes] == list(range(1, 30))
    assert all(n.marker is not None for n in report.footnotes)
    texts = {p.id: p.text for p in report.paragraphs}
    seventeen = report.footnotes[16].marker
    # "in 201817." is the year 2018 with marker 17 glued on
    assert texts[seventeen.paragraph][: seventeen.offset].endswith("in 2018")
    # numbers of the text itself stay: no digits were cut from "46.050" or "5.2.2"
    body = " ".join(texts.values())
    assert "46.050" in body and "5.2.2" in body
    assert [s.number for s in report.sections][-5:] == ["7", "7.1", "7.2", "7.2.1", "7.2.2"]


RESTART_DUMP = """Hoofdstuk 2 Grenzen en visa

2.1\t Inleiding
Dit hoofdstuk gaat over de ontwikkelingen aan de buitengrens in het verslagjaar.1 De
aantallen komen uit de kwartaalcijfers van de grensbewaking.2

2.2\t Visumbeleid
Het visumbeleid veranderde op drie punten. De aanvraag loopt voortaan digitaal.3
Daarnaast is de beslistermijn ingekort tot tien dagen.

 1\t Kamerstukken II, 2020-2021, 19637, nr. 2701.
2\t Koninklijke Marechaussee, 'Jaarbeeld', https://www.marechaussee.nl/jaarbeeld.
3\t Staatscourant, 2021, nr. 12345.

http://EMNnetherlands.nl

Hoofdstuk 3 Terugkeer

3.1\t Inleiding
Het kabinet wil dat meer mensen zonder verblijfsrecht zelf vertrekken.1 Daarvoor
zijn afspraken gemaakt met vijf landen van herkomst.2 Over de uitvoering wordt elk
jaar gerapporteerd.3

 1\t Kamerstukken II, 2020-2021, 29344, nr. 140.
2\t Ibid.
3\t Rijksoverheid, 'Terugkeerbeleid', https://www.rijksoverheid.nl/terugkeer.

http://EMNnetherlands.nl
"""


def test_a_dump_whose_numbering_restarts_gives_separate_notes():
    report = extract_text(RESTART_DUMP)
    assert [(n.run, n.number) for n in report.footnotes] == [
        (1, 1),
        (1, 2),
        (1, 3),
        (2, 1),
        (2, 2),
        (2, 3),
    ]
    assert report.footnotes[3].text == "Kamerstukken II, 2020-2021, 29344, nr. 140."
    for note in report.footnotes:
        assert note.marker is not None
        # the marker stands in the chapter of the note's run (chapters 2 and 3)
        assert note.section is not None and note.section.split(".")[0] == str(note.run + 1)
    ibid = report.footnotes[4]
    copies = [c for c in report.citations if c.footnote == 2 and c.ibid_of]
    assert copies and all(c.provenance and c.provenance.id == ibid.id for c in copies)
    originals = {c.ibid_of for c in copies}
    first_of_run = report.footnotes[3].id
    assert all(
        c.provenance and c.provenance.id == first_of_run
        for c in report.citations
        if c.id in originals
    )


def _doc(paras: list[Para], notes: list[Note]) -> Document:
    return Document(
        source=Source(path="x", sha256="", kind="pdf"), paragraphs=paras, footnotes=notes
    )


def test_markers_tie_to_the_note_of_their_own_page_when_numbering_restarts_per_page():
    notes = [
        Note(1, "Eerste noot van pagina 3.", page=3, run=1),
        Note(2, "Tweede noot van pagina 3.", page=3, run=1),
        Note(1, "Eerste noot van pagina 4.", page=4, run=2),
        Note(1, "Eerste noot van pagina 6.", page=6, run=3),
    ]
    paras = [
        Para(
            "Tekst op pagina drie.",
            page=3,
            markers=[MarkerRef(1, 5, page=3), MarkerRef(2, 9, page=3)],
        ),
        Para("Tekst op pagina vier.", page=4, markers=[MarkerRef(1, 5, page=4)]),
        # a marker on page 5 whose note is carried to the next page with that number
        Para("Tekst op pagina vijf.", page=5, markers=[MarkerRef(1, 5, page=5)]),
        # note 2 of page 3 referred to again on page 6: there is no later note 2
        Para("Tekst op pagina zes.", page=6, markers=[MarkerRef(2, 5, page=6)]),
    ]
    doc = _doc(paras, notes)
    tied = [m.note for p in doc.paragraphs for m in p.markers]
    assert tied == ["n1", "n2", "n3", "n4", "n2"]
    assert set(doc.first_markers()) == {"n1", "n2", "n3", "n4"}


def test_link_markers_keeps_markers_already_tied():
    notes = [Note(1, "a", page=1, id="n1"), Note(1, "b", page=2, id="n2", run=2)]
    paras = [Para("x", page=1, markers=[MarkerRef(1, 0, page=1, note="n2")])]
    link_markers(paras, notes)
    assert paras[0].markers[0].note == "n2"


def test_joining_a_very_long_note_is_linear_and_exact():
    lines = []
    for i in range(20000):
        lines.append(f"regel {i} van een lange noot met een afgebroken verblijfs-")
        lines.append("vergunning en https://www.voorbeeld.nl/pad/")
        lines.append(f"deel{i}.html, geraadpleegd.")
    start = time.perf_counter()
    text, spans = join_line_spans(lines, [False] * len(lines), [(1, None)] * len(lines), True)
    assert time.perf_counter() - start < 10  # was minutes: each join read the whole text
    assert text.count("verblijfsvergunning en https://www.voorbeeld.nl/pad/deel") == 20000
    assert text.endswith("https://www.voorbeeld.nl/pad/deel19999.html, geraadpleegd.")
    assert len(spans) == len(lines)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert text[spans[-1].start : spans[-1].end] == "deel19999.html, geraadpleegd."
