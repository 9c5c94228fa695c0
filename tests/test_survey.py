"""The gold-free survey's checks on documents built here, and the command on a real folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from emnextract.cli import main
from emnextract.document import Document, Note, Para, TextLine
from emnextract.eval.survey import (
    cid_glyphs,
    glued_words,
    note_suspects,
    printed_glued,
    survey_document,
)
from emnextract.model import Section, Source

ROOT = Path(__file__).resolve().parents[1]


def _doc(paragraphs: list[Para], notes: list[Note], sections: list[Section] = ()) -> Document:
    src = Source(path="x.pdf", sha256="0" * 64, kind="pdf", pages=3)
    return Document(source=src, sections=list(sections), paragraphs=paragraphs, footnotes=notes)


def _lines(text: str, cuts: list[int], height: float) -> list[TextLine]:
    """TextLines cutting ``text`` at ``cuts``, each ``height`` points high."""
    bounds = [0, *cuts, len(text)]
    return [
        TextLine(a, b, 1, (50.0, 100.0 + 12 * i, 500.0, 100.0 + 12 * i + height))
        for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]


def test_a_note_with_a_heading_line_is_suspect() -> None:
    text = "Rapport van de inspectie, 2021. 3.4 Uitvoering van het beleid"
    note = Note(7, text, lines=_lines(text, [32], 8.0))
    plain = Note(8, "Kamerstukken II 2020/21, 30 123, nr. 4.")
    found = note_suspects(_doc([], [note, plain]))
    assert len(found) == 1 and found[0].startswith("n1 (7): heading line '3.4 Uitvoering")


def test_a_note_holding_a_section_title_or_far_too_long_is_suspect() -> None:
    title = "Terugkeer van afgewezen aanvragers"
    sec = Section(number="5.2", title=title, level=2, parent="5")
    notes = [Note(i, f"Brief van de minister, nr. {i}.") for i in range(1, 6)]
    notes.append(Note(6, "Zie de brief. " + title + " Het kabinet heeft in dat jaar besloten."))
    notes.append(Note(7, "Deze paragraaf beschrijft het beleid. " * 30))
    found = note_suspects(_doc([], notes, [sec]))
    assert [f.split(":")[0] for f in found] == ["n6 (6)", "n7 (7)"]
    assert "holds section title 5.2" in found[0] and "chars (median" in found[1]


def test_a_note_in_body_size_type_is_suspect_where_notes_are_smaller() -> None:
    body_text = "Een alinea lopende tekst over het beleid van dat jaar en de gevolgen ervan."
    para = Para(body_text, lines=_lines(body_text, [40], 10.0))
    small = [Note(i, "Een korte noot met een bron erin.") for i in range(1, 4)]
    for n in small:
        n.lines = _lines(n.text, [15], 8.0)
    big_text = "Een noot die lopende tekst opslokte en verder gaat op de pagina."
    big = Note(4, big_text, lines=_lines(big_text, [20, 40], 10.0))
    found = note_suspects(_doc([para], [*small, big]))
    assert found == ["n4 (4): 3 of 3 lines in body-size type"]


def test_glued_words_long_runs_case_and_digit_joins() -> None:
    texts = [
        ("p1", "De minister schreef het rapportdatwerdaangebodenaandekamerinmei over"),
        ("p2", "the separation of PowersThe next section, 1Introduction and more"),
        ("p3", "De CoronaMelder app; de CoronaMelder werd gebruikt door arbeidsmarktdiscriminatie"),
        ("p4", "In 2019 werden 3D-printers en G4-steden genoemd; COVID-19 en GenAI."),
    ]
    assert glued_words(texts) == [
        "p1: rapportdatwerdaangebodenaandekamerinmei",
        "p2: PowersThe",
        "p2: 1Introduction",
    ]


def test_cid_glyphs_are_counted_per_text() -> None:
    texts = [("p1", "een (cid:127) lijst (cid:127) met"), ("n2", "geen glyphs"), ("n3", "(cid:3)")]
    assert cid_glyphs(texts) == ["p1: (cid:127) x2", "n3: (cid:3) x1"]


def test_survey_row_counts_sections_notes_and_links() -> None:
    para = Para("Tekst met een noot.")
    from emnextract.document import MarkerRef

    para.markers.append(MarkerRef(1, 10))
    secs = [Section(number="1", title="Inleiding", level=1)]
    row = survey_document(_doc([para], [Note(1, "Bron."), Note(2, "Nog een bron.")], secs), "x")
    assert (row.pages, row.numbered, row.footnotes, row.linked) == (3, 1, 2, 1)


def test_survey_command_on_a_folder(capsys) -> None:  # type: ignore[no-untyped-def]
    folder = ROOT / "fixtures" / "realdocs"
    code = main(
        ["evaluate", "--suite", "survey", "--dir", str(folder / "Kamerbrief_innovatie_missie.pdf")]
    )
    out = capsys.readouterr().out
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("Kamerbrief_innovatie"))
    # pages 8, notes 15, all linked (the figures the reader gives on this letter)
    assert row.split()[1] == "8" and row.split()[4:6] == ["15", "15"]
    assert main(["evaluate", "--suite", "survey", "--dir", str(folder / "missing")]) == 2


def test_a_title_counts_only_where_it_opens_a_printed_note_line() -> None:
    title = "Aanbevelingen voor verder onderzoek"
    sec = Section(number="4", title=title, level=1)
    named = "Zie ook hoofdstuk 4 " + title + " voor de gevolgen van die keuze."
    mention = Note(1, named, lines=_lines(named, [30], 8.0))  # the title in running text
    swallowed_text = "Brief van de minister, 2021. " + title  # the title alone on a line
    swallowed = Note(2, swallowed_text, lines=_lines(swallowed_text, [29], 8.0))
    small_text = "Brief van de minister, 2021. " + title
    small = Note(3, small_text, lines=_lines(small_text, [29], 8.0))
    small.lines[1] = replace(small.lines[1], bbox=(50.0, 112.0, 500.0, 118.0))  # smaller type
    found = note_suspects(_doc([], [mention, swallowed, small], [sec]))
    assert found == [f"n2 (2): holds section title 4 {title[:40]!r}"]


def test_a_long_note_counts_only_when_its_lines_break_apart() -> None:
    short = [Note(i, f"Brief van de minister, nr. {i}.") for i in range(1, 6)]
    long_text = "Deze noot legt de rekenwijze van de tabel uitgebreid uit. " * 14
    cuts = list(range(80, len(long_text), 80))
    block = Note(6, long_text, lines=_lines(long_text, cuts, 8.0))
    apart = Note(7, long_text, lines=_lines(long_text, cuts, 8.0))
    a, b = apart.lines[3].bbox, apart.lines[4].bbox
    assert a is not None and b is not None
    apart.lines[4] = replace(apart.lines[4], bbox=(b[0], a[1] - 300, b[2], a[3] - 300))  # far up
    found = note_suspects(_doc([], [*short, block, apart]))
    assert [f.split(":")[0] for f in found] == ["n7 (7)"]


def test_words_inside_a_url_are_not_glued() -> None:
    texts = [
        ("n1", "Zie https://www.example.nl/docs/Raad%20van%20State/AdviesAanvraag/1 voor"),
        ("n2", "Zie www.voorbeeld.nl/RapportEvaluatie en de EvaluatieRapport zelf"),
    ]
    assert glued_words(texts) == ["n2: EvaluatieRapport"]


def test_tokens_the_page_prints_glued_are_told_from_lost_spaces(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "glue.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 200))
    c.setFont("Helvetica", 10)
    c.drawString(20, 150, "A Health Model 22Approach to the question")
    c.drawString(20, 130, "Evaluation")  # "Evaluation Report": a word gap, drawn apart
    c.drawString(20 + c.stringWidth("Evaluation ", "Helvetica", 10), 130, "Report")
    c.showPage()
    c.save()
    wanted = {1: {"22Approach", "EvaluationReport"}, 2: {"22Approach"}}
    assert printed_glued(path, wanted) == {(1, "22Approach")}
    assert printed_glued(tmp_path / "missing.pdf", wanted) == set()
