"""Where a page's note zone is, on layouts drawn here with reportlab.

- On a spread (two printed pages side by side on one landscape PDF page) columns start
  a quarter of the way across; each column's notes stay its own, and a further column
  of body text on the page is no side column (its notes' hanging lines stay notes).
- A table drawn low on a page, cell by cell, is no note separator: its rows (one
  opening with a budget-line number) stay out of the notes, read under the real rule.
- A note runs on only onto the next page: small print under a rule pages further on
  carries on no note.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from emnextract.pdf.reader import read_pdf

SPREAD = (1190.0, 842.0)
A4 = (595.0, 842.0)
WORDS = (
    "de gemeente opende in maart een nieuw loket voor statushouders in de regio en het "
    "loket helpt bij het vinden van werk een opleiding en een woning voor iedereen die "
    "erom vraagt terwijl in de zomer een spreekuur volgde over de inburgering zelf"
).split()


def _body_lines(n: int, seed: int, width: int = 7) -> list[str]:
    """``n`` lines of running text (``width`` words each), the first capitalised."""
    out = []
    for i in range(n):
        words = [WORDS[(seed + i * width + k) % len(WORDS)] for k in range(width)]
        out.append(" ".join(words))
    out[0] = out[0][0].upper() + out[0][1:]
    out[-1] += "."
    return out


class _Page:
    def __init__(self, c: canvas.Canvas, height: float) -> None:
        self.c = c
        self.h = height

    def text(self, x: float, top: float, size: float, s: str, font: str = "Helvetica") -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, self.h - top, s)

    def marker(self, x: float, top: float, number: int) -> None:
        self.text(x, top - 3.5, 6.0, str(number))

    def rule(self, x0: float, x1: float, top: float) -> None:
        self.c.setLineWidth(0.5)
        self.c.line(x0, self.h - top, x1, self.h - top)


def _column(p: _Page, x: float, top: float, lines: list[str], marks: dict[int, int]) -> float:
    """Body lines in 9 pt from ``top``; ``marks``: line index -> note number after it."""
    for i, line in enumerate(lines):
        p.text(x, top, 9, line)
        if i in marks:
            p.marker(x + p.c.stringWidth(line, "Helvetica", 9), top, marks[i])
        top += 12
    return top


def _notes(p: _Page, x: float, top: float, notes: list[tuple[int, list[str]]]) -> None:
    """Notes in 7.5 pt under a short separator rule, their lines hanging after the number."""
    p.rule(x, x + 70, top - 8)
    for number, lines in notes:
        p.text(x, top, 7.5, str(number))
        for line in lines:
            p.text(x + 6, top, 7.5, line)
            top += 10


def _spread_pdf(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=SPREAD)
    p = _Page(c, SPREAD[1])
    # PDF page 1: printed page 1 in two columns (x 48 and 306), printed page 2 a figure.
    p.text(48, 110, 20, "Inleiding", "Helvetica-Bold")
    _column(p, 48, 160, _body_lines(30, 0), {10: 1, 25: 2})
    _column(p, 306, 160, _body_lines(26, 3), {8: 3, 20: 4})
    p.text(820, 300, 14, "CO2", "Helvetica-Bold")
    p.text(860, 360, 18, "Akkoord", "Helvetica-Bold")
    _notes(
        p,
        48,
        700,
        [
            (1, ["Centrale bank, stresstest klimaat,", "september 2021."]),
            (2, ["Overeenkomst van Parijs, 2015."]),
        ],
    )
    _notes(
        p,
        306,
        690,
        [
            (3, ["Beleidsnotitie over handel en hulp, met een", "consultatie."]),
            (4, ["De inzet in de sector landbouw volgt deze", "structuur."]),
        ],
    )
    c.showPage()
    # PDF page 2: four columns of body text, notes at the foot of the last.
    p = _Page(c, SPREAD[1])
    for k, x in enumerate((48, 306, 643, 901)):
        marks = {12: 5} if k == 3 else {}
        _column(p, x, 120, _body_lines(40, 5 * k + 1), marks)
    _notes(
        p,
        901,
        650,
        [
            (
                5,
                [
                    "Bijvoorbeeld het bebossen van gebieden waar",
                    "voorheen geen bos stond, zie",
                    "het rapport van 2022.",
                ],
            )
        ],
    )
    c.showPage()
    c.save()


def test_notes_of_each_column_on_a_spread_stay_their_own(tmp_path: Path) -> None:
    path = tmp_path / "spread.pdf"
    _spread_pdf(path)
    doc = read_pdf(path)
    texts = {n.number: n.text for n in doc.footnotes}
    assert texts == {
        1: "Centrale bank, stresstest klimaat, september 2021.",
        2: "Overeenkomst van Parijs, 2015.",
        3: "Beleidsnotitie over handel en hulp, met een consultatie.",
        4: "De inzet in de sector landbouw volgt deze structuur.",
        5: "Bijvoorbeeld het bebossen van gebieden waar voorheen geen bos stond, zie het rapport van 2022.",
    }
    # each column's running text is read whole, not line by line across the gutter
    first = _body_lines(30, 0)
    body = " ".join(p.text for p in doc.paragraphs if p.page == 1)
    assert " ".join(first) in body


def _budget_table_pdf(path: Path) -> None:
    """Page 1: body text with note 1, a table in body size drawn cell by cell low on the
    page (a row opens with a budget-line number), then note 2 under its separator."""
    c = canvas.Canvas(str(path), pagesize=A4)
    p = _Page(c, A4[1])
    lines = _body_lines(24, 2, width=9)
    top = _column(p, 72, 80, lines, {5: 1, 20: 2})
    top += 20
    cols = (72, 250, 330, 410, 490)
    rows = [
        ("20 01 02 01 Beloning en", "Niet-", "NEE", "NEE", "NEE"),
        ("20 02 01 03 Gedetacheerde", "Niet-", "NEE", "NEE", "NEE"),
        ("20 02 06 01 Dienstreizen", "Niet-", "NEE", "NEE", "NEE"),
    ]
    for row in rows:
        for a, b in zip(cols, (*cols[1:], 530), strict=False):
            p.rule(a, b, top - 10)  # each cell's own top border
            c.line(a, A4[1] - top + 10, a, A4[1] - top - 8)  # and its left side
        for x, cell in zip(cols, row, strict=False):
            p.text(x + 3, top, 9, cell)
        top += 22
    for a, b in zip(cols, (*cols[1:], 530), strict=False):
        p.rule(a, b, top - 10)
    _notes(p, 72, 760, [(1, ["Zoals bedoeld in artikel 58 van het Financieel Reglement."])])
    p.text(72, 770, 7.5, "2")
    p.text(78, 770, 7.5, "Gedifferentieerde kredieten.")
    c.showPage()
    c.save()


def test_a_table_drawn_low_on_the_page_is_no_note_separator(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    _budget_table_pdf(path)
    doc = read_pdf(path)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Zoals bedoeld in artikel 58 van het Financieel Reglement."),
        (2, "Gedifferentieerde kredieten."),
    ]
    body = " ".join(p.text for p in doc.paragraphs)
    assert "Beloning" in body and "Dienstreizen" in body


def test_small_print_under_a_rule_pages_later_carries_on_no_note(tmp_path: Path) -> None:
    path = tmp_path / "later.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    p = _Page(c, A4[1])
    _column(p, 72, 80, _body_lines(40, 1, width=9), {3: 1})
    _notes(p, 72, 760, [(1, ["Zie het verslag van de commissie van 2021"])])  # unfinished
    for _ in range(2):
        c.showPage()
        p = _Page(c, A4[1])
        _column(p, 72, 80, _body_lines(40, 4, width=9), {})
    # page 3: a rule low on the page, small print under it that opens no note
    p.rule(72, 142, 600)
    for k, line in enumerate(_body_lines(5, 7, width=8)):
        p.text(72, 612 + 10 * k, 7.5, line)
    c.showPage()
    c.save()
    doc = read_pdf(path)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Zie het verslag van de commissie van 2021")
    ]


def test_a_gutter_near_the_side_needs_a_column_of_running_text() -> None:
    """Lines (as find_gutter sees them) 25% in: a column of text beside one makes a
    gutter there; hanging list numbers before their items do not."""
    from emnextract.pdf.lines import Line, find_gutter

    def line(x0: float, x1: float, baseline: float, text: str) -> Line:
        return Line(1, [], x0, baseline - 9, x1, baseline, 9.0, baseline, text=text)

    width = 1190.0
    text = "de gemeente opende in maart een nieuw loket voor"
    spread = []
    for k in range(12):
        spread += [line(48, 280, 100 + 12 * k, text), line(306, 540, 100 + 12 * k, text)]
    assert find_gutter(spread, 0.0, width) == 304.0
    listed = []
    for k in range(12):
        listed += [line(250, 262, 100 + 12 * k, f"{k + 1}."), line(300, 1100, 100 + 12 * k, text)]
    assert find_gutter(listed, 0.0, width) is None
