"""Full-size markers glued to a word, in a document whose other markers are raised."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emnextract.pdf.reader import read_pdf

BODY = [
    ("Het eerste punt is dat de regeling in dit jaar is gewijzigd door de minister", "1"),
    ("Het tweede punt is dat de uitvoering bij de gemeenten is verbeterd sinds maart", "2"),
    ("Voor het zogeheten CO3 beleid de ketenpartners organiseren3 is aanbevolen door", None),
    ("de inspectie en ook het beleid in de regio valt onder het programma van", None),
    ("het ministerie dat de regels uitvoert en de resultaten jaarlijks publiceert.", None),
]
NOTES = ["Kamerstukken II 2019/20, 19637, nr. 2600.", "Stb. 2019, 143.", "Zie de handreiking."]


def _pdf(path: Path, note_page: bool = True) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "1 Inleiding")
    y = 750
    for k in range(3):  # filler so body type is the most common
        c.setFont("Helvetica", 10)
        c.drawString(
            60, y, f"Deze alinea {k} beschrijft de achtergrond van het verslag over het jaar."
        )
        y -= 14
    y -= 10
    for text, raised in BODY:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, text)
        if raised:
            c.setFont("Helvetica", 6)
            c.drawString(60 + c.stringWidth(text, "Helvetica", 10), y + 4, raised)
        y -= 14
    c.line(60, 120, 200, 120)
    y = 108
    for number, note in enumerate(NOTES, 1):
        c.setFont("Helvetica", 6)
        c.drawString(60, y + 3, str(number))
        c.setFont("Helvetica", 8)
        c.drawString(66, y, note)
        y -= 11
    c.showPage()
    c.save()


def test_a_full_size_marker_links_the_note_left_without_a_raised_one(tmp_path: Path) -> None:
    pdf = tmp_path / "mixed.pdf"
    _pdf(pdf)
    doc = read_pdf(pdf)
    assert [(n.number, n.text) for n in doc.footnotes] == list(enumerate(NOTES, 1))
    marked = {m.number: p.text for p in doc.paragraphs for m in p.markers}
    assert sorted(marked) == [1, 2, 3]
    body = marked[3]
    # the marker's digit left the text; "CO3", a digit after a capital, stays text
    assert "zogeheten CO3 beleid de ketenpartners organiseren is aanbevolen" in body
