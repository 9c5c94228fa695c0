"""Unnumbered parts (Voorwoord, Bijlage B, Literatuurlijst) as sections, in both readers,
on layouts made here."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emnextract.document import part_id
from emnextract.pdf.reader import read_pdf
from emnextract.pipeline import build_report
from emnextract.text.reader import read_text

FILLER = (
    "De tekst van dit deel loopt over de volle breedte van de kolom door en beschrijft",
    "wat er in het verslagjaar is gebeurd, welke regels zijn veranderd en waarom dat zo is.",
    "Ook de gevolgen voor de uitvoering komen aan bod, met de cijfers die daarbij horen.",
)


def _dump() -> str:
    body = "\n".join(FILLER)
    return (
        f"Voorwoord\n{body}\n\n"
        f"Inleiding\n{body}\n\n"
        f"Beleid en uitvoering\n2.1\tNieuwe regels voor de procedure\n{body}\n\n"
        f"Conclusie\n{body}\n\n"
        f"2.2\tUitvoering door de diensten\n{body}\n\n"
        f"Bijlage A Overzicht van de wetgeving\n{body}\n\n"
        f"Literatuurlijst\n{body}\n"
    )


def test_text_dump_front_and_back_parts(tmp_path: Path) -> None:
    path = tmp_path / "parts.txt"
    path.write_text(_dump(), encoding="utf-8")
    doc = read_text(path)
    got = [(s.id, s.number, s.title, s.level) for s in doc.sections]
    assert got == [
        ("voorwoord", None, "Voorwoord", 1),
        ("1", "1", "Inleiding", 1),
        ("2", "2", "Beleid en uitvoering", 1),
        ("2.1", "2.1", "Nieuwe regels voor de procedure", 2),
        ("2.2", "2.2", "Uitvoering door de diensten", 2),
        ("bijlage-a", None, "Bijlage A Overzicht van de wetgeving", 1),
        ("literatuurlijst", None, "Literatuurlijst", 1),
    ]
    by_first = {}
    for p in doc.paragraphs:
        by_first.setdefault((p.section, p.section_id), p)
    assert list(by_first) == [
        (None, "voorwoord"),
        ("1", "1"),
        ("2.1", "2.1"),
        ("2.2", "2.2"),
        (None, "bijlage-a"),
        (None, "literatuurlijst"),
    ]
    # "Conclusie" inside chapter 2 is a subheading of 2.1, not a part
    concl = [p for p in doc.paragraphs if p.text == "Conclusie"]
    assert [(p.kind, p.section) for p in concl] == [("subheading", "2.1")]


def test_report_records_carry_the_section_id(tmp_path: Path) -> None:
    path = tmp_path / "parts.txt"
    path.write_text(_dump(), encoding="utf-8")
    report = build_report(read_text(path))
    assert {p.section_id for p in report.paragraphs} == {
        "voorwoord",
        "1",
        "2.1",
        "2.2",
        "bijlage-a",
        "literatuurlijst",
    }
    assert all(s.section_id == s.section for s in report.statistics if s.section)
    ids = [s.id for s in report.sections]
    assert len(ids) == len(set(ids))


def test_part_ids_are_slugs_unique_within_a_document() -> None:
    taken: set[str] = set()
    names = ["Samenvatting", "Bijlage 2: Cijfers", "Annex IV – Tables", "Samenvatting", "Één"]
    assert [part_id(n, taken) for n in names] == [
        "samenvatting",
        "bijlage-2",
        "annex-iv",
        "samenvatting-2",
        "een",
    ]


def _parts_pdf(path: Path) -> None:
    """Page 1: contents (annex label beside its title), Voorwoord; page 2: chapter 1 with
    a bold "Conclusie" inside; page 3: an annex and a bibliography."""
    c = canvas.Canvas(str(path), pagesize=A4)

    count = iter(range(1, 100))

    def text(y: float) -> float:
        """The filler, numbered apart (repeated lines would read as running headers)."""
        c.setFont("Helvetica", 10)
        n = next(count)
        for line in FILLER:
            c.drawString(60, y, f"{line[:-1]} ({n}).")
            y -= 13
        return y - 10

    def bold(y: float, title: str, size: float = 10) -> float:
        c.setFont("Helvetica-Bold", size)
        c.drawString(60, y, title)
        return y - 16

    y = bold(780, "Inhoud")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Bijlage B")
    c.setFont("Helvetica", 10)
    c.drawString(120, y, "Cijfers per maand ................................. 3")
    y = text(bold(y - 30, "Voorwoord"))
    c.showPage()
    y = text(bold(780, "1 Inleiding", 14))
    y = text(bold(y, "1.1 Achtergrond", 12))
    y = text(bold(y, "Conclusie"))
    c.showPage()
    y = text(bold(780, "Bijlage B: Cijfers per maand"))
    y = text(bold(y, "Literatuurlijst"))
    c.showPage()
    c.save()


def test_pdf_front_and_back_parts(tmp_path: Path) -> None:
    pdf = tmp_path / "parts.pdf"
    _parts_pdf(pdf)
    doc = read_pdf(pdf)
    got = [(s.id, s.number, s.title, s.page) for s in doc.sections]
    assert got == [
        ("voorwoord", None, "Voorwoord", 1),
        ("1", "1", "Inleiding", 2),
        ("1.1", "1.1", "Achtergrond", 2),
        ("bijlage-b", None, "Bijlage B: Cijfers per maand", 3),
        ("literatuurlijst", None, "Literatuurlijst", 3),
    ]
    first = {}
    for p in doc.paragraphs:
        first.setdefault(p.section_id, p)
    assert first["voorwoord"].text == "Voorwoord" and first["voorwoord"].kind == "subheading"
    assert first["bijlage-b"].page == 3 and first["bijlage-b"].section is None
    concl = [p for p in doc.paragraphs if p.text == "Conclusie"]
    assert [(p.kind, p.section_id) for p in concl] == [("subheading", "1.1")]


def test_text_dump_run_in_titles_inside_a_chunk(tmp_path: Path) -> None:
    """A title on its own line between two paragraphs without a blank line; a wrapped
    line, a line ending a sentence and a short line in a running sentence stay body."""
    dump = (
        "3.1\tOpvang\n"
        "De opvang van aanvragers is in het verslagjaar op meerdere plaatsen in het land \n"
        "uitgebreid, omdat het aantal aanvragen sterk is gestegen ten opzichte van 2018.\n"
        "Start proef met digitale intake\n"
        "De dienst is gestart met een proef waarbij de intake van aanvragers digitaal \n"
        "verloopt. De proef loopt tot het einde van het jaar door in drie regio's.\n"
        "Volgens de minister is het resultaat tot nu toe positief en wordt de proef in \n"
        "de loop van het jaar uitgebreid naar nog eens twee regio's in het zuiden van het\n"
        "Koninkrijk\n"
        "en naar de eilanden.\n"
    )
    path = tmp_path / "runin.txt"
    path.write_text(dump, encoding="utf-8")
    doc = read_text(path)
    got = [(p.kind, p.text[:31]) for p in doc.paragraphs]
    assert got == [
        ("body", "De opvang van aanvragers is in "),
        ("subheading", "Start proef met digitale intake"),
        ("body", "De dienst is gestart met een pr"),
    ]
    assert doc.paragraphs[-1].text.endswith("het Koninkrijk en naar de eilanden.")


def test_a_cover_title_and_its_subtitle_are_one_part() -> None:
    from emnextract.document import Para
    from emnextract.model import Section
    from emnextract.pdf.headings import resolve_openings

    def opening(title: str, page: int, index: int, paras: list[Para]) -> dict:
        key = f"\x00opening{title}"
        for p in paras:
            p.section_id = key
        box = (50.0, 100.0 + index, 300.0, 120.0 + index)
        return {
            "title": title,
            "page": page,
            "bbox": box,
            "paras": paras,
            "number": None,
            "index": index,
            "key": key,
        }

    intro = [Para("Dit rapport beschrijft het kader.")]
    annex = [Para("Een tabel met risico's.")]
    openings = [
        opening("Kader voor verantwoord gebruik", 1, 0, []),
        opening("van generatieve AI", 1, 0, intro),
        {"number": 1},
        opening("Bijlage 1: Model", 9, 1, annex),
    ]
    sections = [Section(number="1", title="Inleiding", level=1)]
    resolve_openings(openings, sections, intro + annex, set())
    assert [(s.id, s.title, s.page) for s in sections] == [
        # the id keeps whole words of the title up to 48 characters
        (
            "kader-voor-verantwoord-gebruik-van-generatieve",
            "Kader voor verantwoord gebruik van generatieve AI",
            1,
        ),
        ("1", "Inleiding", None),
        ("bijlage-1", "Bijlage 1: Model", 9),
    ]
    assert [(p.section, p.section_id) for p in intro + annex] == [
        (None, "kader-voor-verantwoord-gebruik-van-generatieve"),
        (None, "bijlage-1"),
    ]


def _columns_pdf(path: Path) -> None:
    """Five pages in two columns: a cover and a back cover sharing one display type
    (20 pt), chapter titles in 16 pt at the top of a page or of its right column, two
    titles side by side at the top of one page, and 10 pt running text."""
    c = canvas.Canvas(str(path), pagesize=A4)
    count = iter(range(1, 100))

    def text(x: float, y: float, lines: int = 6) -> float:
        c.setFont("Helvetica", 10)
        for _ in range(lines):
            c.drawString(
                x, y, f"Regel {next(count)} van de lopende tekst in deze kolom loopt door."
            )
            y -= 13
        return y - 10

    def title(x: float, y: float, words: str, size: float) -> float:
        c.setFont("Helvetica-Bold", size)
        c.drawString(x, y, words)
        return y - 1.6 * size

    title(60, 700, "Verslag over het jaar", 20)
    c.showPage()
    text(60, title(60, 780, "Samenvatting", 16))
    text(320, title(320, 780, "Inhoudsopgave", 16))
    c.showPage()
    text(60, title(60, 780, "Wetgeving en beleid", 16), 20)
    text(320, title(320, 780, "Uitvoering", 16), 20)
    c.showPage()
    text(60, title(60, 780, "Toezicht", 16), 20)
    text(320, 780, 20)
    c.showPage()
    title(60, 700, "Verslag over het jaar", 20)
    c.showPage()
    c.save()


def test_chapter_type_openings_at_column_tops_not_cover_type(tmp_path: Path) -> None:
    """The chapter type is the 16 pt of the titles, not the covers' 20 pt (printed on the
    first and the last page only); a title level with the page's first line opens a part
    in the right column; titles side by side stay two parts."""
    pdf = tmp_path / "columns.pdf"
    _columns_pdf(pdf)
    doc = read_pdf(pdf)
    got = [(s.id, s.title, s.page) for s in doc.sections]
    assert got == [
        ("verslag-over-het-jaar", "Verslag over het jaar", 1),
        ("samenvatting", "Samenvatting", 2),
        ("inhoudsopgave", "Inhoudsopgave", 2),
        ("wetgeving-en-beleid", "Wetgeving en beleid", 3),
        ("uitvoering", "Uitvoering", 3),
        ("toezicht", "Toezicht", 4),
        ("verslag-over-het-jaar-2", "Verslag over het jaar", 5),
    ]
    under = {p.section_id for p in doc.paragraphs if p.text.startswith("Regel")}
    assert under == {
        "samenvatting",
        "inhoudsopgave",
        "wetgeving-en-beleid",
        "uitvoering",
        "toezicht",
    }
