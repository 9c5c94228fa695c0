"""Ruled tables: their cells are never notes, their borders are no note separator, and
pages turned a quarter (landscape, /Rotate) keep their own geometry."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from emnextract.pdf.page import Page
from emnextract.pdf.reader import read_pages, read_pdf
from emnextract.pdf.roles import mark_running, measure


def _rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _grid(xs: list[float], ys: list[float]) -> list[dict[str, float]]:
    """Cell borders as word processors draw them: one thin rect per cell side."""
    out = [_rect(a, y - 0.25, b, y + 0.25) for a, b in zip(xs, xs[1:], strict=False) for y in ys]
    out += [_rect(x - 0.25, t, x + 0.25, b) for x in xs for t, b in zip(ys, ys[1:], strict=False)]
    return out


def test_a_grid_of_cells_is_a_table_a_rule_or_a_frame_is_not():
    grid = _grid([50, 150, 300, 450], [100, 120, 160, 200])
    separator = [_rect(50, 700, 194, 700.5)]
    frame = _grid([50, 450], [400, 500])  # one cell: a box around text
    page = Page(1, 595, 842, rects=tuple(grid + separator + frame))
    assert len(page.tables) == 1
    x0, top, x1, bottom = page.tables[0]
    assert (round(x0), round(top), round(x1), round(bottom)) == (50, 100, 450, 200)
    assert page.in_table(160, 125, 290, 135)  # a cell's line
    assert page.in_table(50, 160, 450, 160)  # a border
    assert not page.in_table(50, 700, 194, 700)  # the separator
    assert not page.in_table(60, 410, 400, 420)  # text in the frame
    two = Page(1, 595, 842, rects=tuple(grid + _grid([50, 250, 450], [500, 520, 540])))
    assert len(two.tables) == 2
    assert Page(1, 595, 842, rects=tuple(separator)).tables == []


def _table_page_pdf(path: Path) -> None:
    """Page 1 portrait text with a note; page 2 landscape: a paragraph with a marker, a
    ruled table in the notes' type size reaching down near the separator, the note; page
    3 landscape: the table runs on to the page foot, no notes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    c.setFont("Helvetica", 10)
    words = "De regeling wordt in het voorjaar geëvalueerd door het ministerie en de uitvoering"
    for k in range(30):
        c.drawString(60, h - 80 - 14 * k, f"{words} {k}.")
    last = "Een laatste zin met een verwijzing."
    c.drawString(60, h - 80 - 14 * 30, last)
    c.setFont("Helvetica", 6.5)
    c.drawString(60 + c.stringWidth(last, "Helvetica", 10), h - 80 - 14 * 30 + 4, "1")
    c.line(60, h - 740, 204, h - 740)
    c.setFont("Helvetica", 7.5)
    c.drawString(60, h - 752, "1 Zie de brief van de minister over de evaluatie, waarin de")
    c.drawString(60, h - 761, "stappen worden beschreven en")  # unfinished: runs on
    c.showPage()
    for page in (2, 3):
        c.setPageSize(landscape(A4))
        w, h = landscape(A4)
        c.setFont("Helvetica", 10)
        intro = "Het overzicht hieronder geeft de stand van zaken per onderwerp."
        c.drawString(60, h - 70, intro)
        if page == 2:
            c.setFont("Helvetica", 6.5)
            c.drawString(60 + c.stringWidth(intro, "Helvetica", 10), h - 66, "2")
        xs = [60.0, 200.0, 420.0, 640.0, w - 60]
        rows = 12 if page == 2 else 15
        ys = [90.0 + 30 * r for r in range(rows + 1)]
        c.setFont("Helvetica", 7.5)
        for r in range(rows):
            for k, x in enumerate(xs[:-1]):
                label = (
                    f"{r + 1}. Onderwerp" if k == 0 else f"Toelichting in cel {k} van rij {r + 1}"
                )
                c.drawString(x + 3, h - ys[r] - 10, label)
                c.drawString(x + 3, h - ys[r] - 19, "met een tweede regel")
        for a, b in zip(xs, xs[1:], strict=False):
            for y in ys:
                c.rect(a + 0.25, h - y - 0.25, b - a - 0.5, 0.5, stroke=0, fill=1)
        for x in xs:
            for t, b in zip(ys, ys[1:], strict=False):
                c.rect(x - 0.25, h - b, 0.5, b - t, stroke=0, fill=1)
        if page == 2:
            c.line(60, h - 470, 204, h - 470)
            c.drawString(60, h - 482, "2 Kamerstukken II, 2019-2020, 30573, nr. 180.")
        c.showPage()
    c.save()


def test_table_cells_on_landscape_pages_are_not_notes(tmp_path):
    pdf = tmp_path / "tables.pdf"
    _table_page_pdf(pdf)
    doc = read_pdf(pdf)
    assert [(n.number, n.page, n.text) for n in doc.footnotes] == [
        (
            1,
            1,
            "Zie de brief van de minister over de evaluatie, waarin de stappen worden beschreven en",
        ),
        (2, 2, "Kamerstukken II, 2019-2020, 30573, nr. 180."),
    ]
    body = " ".join(p.text for p in doc.paragraphs)
    assert "Toelichting in cel 3 van rij 15" in body  # the last column is no side column
    assert [m.number for p in doc.paragraphs for m in p.markers] == [1, 2]


def test_measure_leaves_table_cells_out_and_keeps_the_portrait_geometry(tmp_path):
    pdf = tmp_path / "tables.pdf"
    _table_page_pdf(pdf)
    pages, _ = read_pages(pdf)
    stats = measure(pages)
    assert stats.body_size == 10.0  # more chars in the 7.5 pt cells than in the text
    assert round(stats.width) == 595 and stats.right < 595
    wide = pages[1]
    assert round(stats.right_on(wide) - stats.right) == round(wide.width - 595)
    roles = {ln.role for page in mark_running(pages, stats) for ln in page.lines}
    assert "margin" not in roles


def test_notes_under_the_last_of_four_columns_are_notes_not_side_text(tmp_path):
    """A landscape page (or spread) in four columns: the last column starts far right,
    where a letter's side column of small print would stand; its notes are notes."""
    pdf = tmp_path / "four.pdf"
    c = canvas.Canvas(str(pdf), pagesize=landscape(A4))
    w, h = landscape(A4)
    words = "Het kabinet zet in op een transitie"
    for col, x in enumerate((40, 240, 440, 640)):
        c.setFont("Helvetica", 10)
        rows = 20 if col == 3 else 30
        for k in range(rows):
            c.drawString(x, h - 60 - 14 * k, f"{words} {col}{k}.")
        if col == 3:
            last = "Zie de bijlage."
            c.drawString(x, h - 60 - 14 * rows, last)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + c.stringWidth(last, "Helvetica", 10), h - 56 - 14 * rows, "1")
            c.setFont("Helvetica", 7.5)
            c.drawString(x, h - 480, "1 Bijvoorbeeld het bebossen van gebieden waar")
            c.drawString(x + 6, h - 490, "voorheen geen bos stond.")
    c.save()
    doc = read_pdf(pdf)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Bijvoorbeeld het bebossen van gebieden waar voorheen geen bos stond.")
    ]
    assert [m.number for p in doc.paragraphs for m in p.markers] == [1]


def test_columns_on_half_of_a_spread_are_found(tmp_path):
    """A spread (two pages side by side) with two columns on its left half only, and its
    notes under each column: the gutter is found in the text's own extent, so each
    column's notes are read on their own, in order."""
    pdf = tmp_path / "spread.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(1190, 842))
    h = 842
    words = "Nederland werkt samen met andere landen aan"
    for col, x in enumerate((48, 306)):
        c.setFont("Helvetica", 9)
        for k in range(40):
            text = f"{words} {col}{k}."
            c.drawString(x, h - 60 - 12 * k, text)
            if k == 10:
                c.setFont("Helvetica", 6)
                c.drawString(x + c.stringWidth(text, "Helvetica", 9), h - 57 - 12 * k, str(col + 1))
                c.setFont("Helvetica", 9)
        c.setFont("Helvetica", 7.5)
        c.drawString(
            x, h - 700, f"{col + 1} Een toelichting onder kolom {col + 1} die doorloopt op"
        )
        c.drawString(x + 6, h - 710, f"een tweede regel van kolom {col + 1}.")
    c.save()
    doc = read_pdf(pdf)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Een toelichting onder kolom 1 die doorloopt op een tweede regel van kolom 1."),
        (2, "Een toelichting onder kolom 2 die doorloopt op een tweede regel van kolom 2."),
    ]
