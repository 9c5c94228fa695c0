"""Endnotes (notes gathered at a chapter's or the report's end) and where a note ends.

PDFs are drawn here with reportlab; dumps are written here. A note must end where the
next note, a heading, a chapter or annex title, or body text starts, in both readers.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import load_tool
from emnextract.pdf.reader import read_pdf
from emnextract.text.endnotes import ends_note
from emnextract.text.footnotes import note_goes_on
from emnextract.text.reader import read_text

ROOT = Path(__file__).resolve().parent.parent
BODY = [
    "De gemeente opende in maart een nieuw loket voor statushouders in de regio.",
    "Het loket helpt bij het vinden van werk, een opleiding en een woning voor hen.",
    "In de zomer kwam daar een spreekuur bij voor vragen over de inburgering zelf.",
]


def _body_with_markers(c, y: float, rows: int, markers: dict[int, str]) -> float:
    """Draw ``rows`` body lines from ``y`` (pt from the page top), a raised marker after
    line ``i`` for each ``i: number`` of ``markers``; the ``y`` under the last line."""
    h = A4[1]
    for i, line in enumerate((BODY * rows)[:rows]):
        c.setFont("Helvetica", 10)
        c.drawString(72, h - y, line)
        if i in markers:
            c.setFont("Helvetica", 6.5)
            c.drawString(72 + c.stringWidth(line, "Helvetica", 10), h - y + 3.5, markers[i])
        y += 14
    return y


def _endnote_chapter_pdf(path: Path, title: str | None = "Noten") -> None:
    """One page: chapter 1 with two marked paragraphs, its notes in 8 pt (under
    ``title`` when given), then chapter 2 on the same page: a heading and body text."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    y = 70.0

    def text(x: float, size: float, font: str, s: str, rise: float = 0.0) -> None:
        c.setFont(font, size)
        c.drawString(x, h - y + rise, s)

    text(72, 16, "Helvetica-Bold", "1 Eerste hoofdstuk")
    y += 30
    text(72, 12, "Helvetica-Bold", "1.1 Inleiding")
    y += 20
    for i, line in enumerate(BODY * 3):
        text(72, 10, "Helvetica", line)
        if i in (2, 5, 8):
            x = 72 + c.stringWidth(line, "Helvetica", 10)
            text(x, 6.5, "Helvetica", str(i // 3 + 1), rise=3.5)
        y += 14
    y += 12
    if title:
        text(72, 12, "Helvetica-Bold", title)
        y += 18
    notes = [
        ("1", ["Kamerstukken II 2019/20, 32824, nr. 301."]),
        (
            "2",
            [
                "Gemeente, ‘Loket statushouders’, https://www.example.nl/loket,",
                "geraadpleegd op 3-4-2020.",
            ],
        ),
        ("3", ["Brief van de wethouder aan de raad van 12 mei 2020."]),
    ]
    for number, lines in notes:
        for k, line in enumerate(lines):
            if k == 0:
                text(72, 8, "Helvetica", number)
            text(84, 8, "Helvetica", line)
            y += 10
    y += 16
    text(72, 16, "Helvetica-Bold", "2 Tweede hoofdstuk")
    y += 30
    text(72, 12, "Helvetica-Bold", "2.1 Inleiding")
    y += 20
    for line in BODY:
        text(72, 10, "Helvetica", line)
        y += 14
    c.save()


def test_pdf_endnotes_under_a_title_end_where_the_next_chapter_starts(tmp_path):
    pdf = tmp_path / "chapter-notes.pdf"
    _endnote_chapter_pdf(pdf)
    doc = read_pdf(pdf)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Kamerstukken II 2019/20, 32824, nr. 301."),
        (
            2,
            "Gemeente, ‘Loket statushouders’, https://www.example.nl/loket, geraadpleegd op 3-4-2020.",
        ),
        (3, "Brief van de wethouder aan de raad van 12 mei 2020."),
    ]
    assert [s.number for s in doc.sections] == ["1", "1.1", "2", "2.1"]
    markers = sorted(m.number for p in doc.paragraphs for m in p.markers)
    assert markers == [1, 2, 3]
    after = [p for p in doc.paragraphs if p.section == "2.1"]
    assert after and after[0].text.startswith("De gemeente opende")
    assert not any(p.text.startswith("Noten") for p in doc.paragraphs)


def test_pdf_endnotes_without_title_are_told_by_their_markers(tmp_path):
    pdf = tmp_path / "untitled.pdf"
    _endnote_chapter_pdf(pdf, title=None)
    doc = read_pdf(pdf)
    assert [n.number for n in doc.footnotes] == [1, 2, 3]
    assert doc.footnotes[-1].text == "Brief van de wethouder aan de raad van 12 mei 2020."


def test_pdf_small_numbered_rows_without_markers_stay_body(tmp_path):
    pdf = tmp_path / "table.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    y = A4[1] - 80
    for line in BODY:
        c.setFont("Helvetica", 10)
        c.drawString(72, y, line)
        y -= 14
    for i, row in enumerate(["Syrië 2.345", "Eritrea 1.210", "Turkije 980", "Jemen 455"], 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, y, f"{i} {row}")
        y -= 10
    c.save()
    doc = read_pdf(pdf)
    assert doc.footnotes == []
    assert any("Syrië" in p.text for p in doc.paragraphs)


DUMP_ANNEX = """\
2.1\tInleiding
De regeling voor gezinsleden trad op 1 juli in werking.4 Daarna volgde een evaluatie
van de eerste maanden door de uitvoeringsdienst van het ministerie zelf.

 4\tStaatsblad 2020, 210.
 5\tZie voor de evaluatie de brief van de minister van 3 november 2020 aan de
Tweede Kamer.
Bijlage 1 Cijfers over de uitvoering
In deze bijlage staan de aantallen aanvragen per kwartaal en per type vergunning, zoals
de uitvoeringsdienst die aan het eind van het jaar heeft aangeleverd aan het ministerie.

De aantallen over het vierde kwartaal zijn voorlopig en kunnen nog worden bijgesteld
wanneer de definitieve registratie van de aanvragen is afgerond in het nieuwe jaar.
"""


def test_dump_note_before_an_annex_ends_at_the_annex_title(tmp_path):
    path = tmp_path / "annex.txt"
    path.write_text(DUMP_ANNEX.replace("evaluatie\nvan", "evaluatie5\nvan"), encoding="utf-8")
    doc = read_text(path)
    texts = {n.number: n.text for n in doc.footnotes}
    assert texts == {
        4: "Staatsblad 2020, 210.",
        5: "Zie voor de evaluatie de brief van de minister van 3 november 2020 aan de Tweede Kamer.",
    }
    bodies = " ".join(p.text for p in doc.paragraphs)
    assert "In deze bijlage staan de aantallen" in bodies
    assert "De aantallen over het vierde kwartaal" in bodies


DUMP_ENDNOTES = """\
Terugkeer
3.1\tInleiding
Het aantal vertrekken nam toe.1 Veel vreemdelingen vertrokken zelfstandig met steun van
een organisatie.2

3.2\tBeleid
De nieuwe aanpak werd in het voorjaar gepresenteerd.3

Noten
1 Kamerstukken II 2020/21, 29344, nr. 140.
2 Zie voor de cijfers: https://www.example.nl/cijfers/terugkeer-
2020.pdf, geraadpleegd op 1-2-2021.
3 Ibid.
Opvang
4.1\tInleiding
De opvang had het hele jaar te maken met een tekort aan plaatsen in de regio.
"""


def test_dump_endnotes_under_a_title_are_notes_with_linked_markers(tmp_path):
    path = tmp_path / "endnotes.txt"
    path.write_text(DUMP_ENDNOTES, encoding="utf-8")
    doc = read_text(path)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Kamerstukken II 2020/21, 29344, nr. 140."),
        (
            2,
            "Zie voor de cijfers: https://www.example.nl/cijfers/terugkeer-2020.pdf, geraadpleegd op 1-2-2021.",
        ),
        (3, "Ibid."),
    ]
    assert sorted(m.number for p in doc.paragraphs for m in p.markers) == [1, 2, 3]
    assert [s.number for s in doc.sections] == ["3", "3.1", "3.2", "4", "4.1"]
    assert any(p.section == "4.1" and p.text.startswith("De opvang") for p in doc.paragraphs)


def test_note_goes_on_only_where_the_note_text_wraps():
    # a finished note line that did not reach the column edge: the next line is not its
    assert not note_goes_on("Staatsblad 2020, 210.", "De regeling werd", False, False, ends_note)
    # a finished sentence at the column edge wraps on
    assert note_goes_on("… zie de brief van 3 mei.", "Daarin staat meer.", False, True, ends_note)
    # mid-sentence always goes on, unless a title stops it
    assert note_goes_on("Zie de brief van de minister aan", "de Kamer.", False, False, ends_note)
    assert not note_goes_on("Zie de brief aan", "Bijlage A: Tabellen", False, True, ends_note)
    assert not note_goes_on("Zie de brief aan", "4.2\tOpvang", False, True, ends_note)
    # a URL cut at its dot carries its extension over
    assert note_goes_on(
        "https://www.example.nl/rapport.", "pdf, geraadpleegd", True, False, ends_note
    )


def test_text_endnotes_fixture_is_reproduced(tmp_path):
    tool = load_tool("text_layout_fixtures")
    tool.build(tmp_path / "fx", tmp_path / "gold")
    name = tool.NAME
    assert filecmp.cmp(
        tmp_path / "fx" / f"{name}.txt",
        ROOT / "fixtures" / "layouts" / f"{name}.txt",
        shallow=False,
    )
    assert filecmp.cmp(
        tmp_path / "gold" / f"{name}.json",
        ROOT / "tests" / "gold" / "layouts" / f"{name}.json",
        shallow=False,
    )


def test_pdf_ruled_note_block_ends_where_the_next_chapter_starts(tmp_path):
    """Notes under a separator rule mid-page, then a new chapter on the same page: the
    heading and its body text are no part of the last note."""
    pdf = tmp_path / "ruled.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    h = A4[1]
    y = 80.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - y, "1 Eerste hoofdstuk")
    y += 30
    y = _body_with_markers(c, y, 10 * len(BODY), {4: "1", 20: "2"})
    y += 6
    c.line(72, h - y, 200, h - y)
    y += 12
    for number, note in (
        ("1", "Staatsblad 2021, 77."),
        ("2", "Kamerstukken II 2020/21, 35400, nr. 9."),
    ):
        c.setFont("Helvetica", 8)
        c.drawString(72, h - y, number)
        c.drawString(84, h - y, note)
        y += 10
    y += 20
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - y, "2 Tweede hoofdstuk")
    y += 26
    for line in BODY:
        c.setFont("Helvetica", 10)
        c.drawString(72, h - y, line)
        y += 14
    c.save()
    doc = read_pdf(pdf)
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (1, "Staatsblad 2021, 77."),
        (2, "Kamerstukken II 2020/21, 35400, nr. 9."),
    ]
    assert "2" in [s.number for s in doc.sections]
    assert any(p.section == "2" and p.text.startswith("De gemeente") for p in doc.paragraphs)


def test_url_break_hyphen_decided_by_the_documents_own_evidence():
    from emnextract.hyphenation import url_break_hyphen, vocabulary

    vocab = vocabulary("Het overleg tussen België en Nederland over de samenwerking ging door.")
    # the joined word is a word of the text, once accents are folded: a break hyphen
    keep, guess = url_break_hyphen(
        "https://www.example.org/nieuws/samenwerking-bel-", "gie-nederland", vocab
    )
    assert not keep and guess and "'belgie'" in guess
    # neither piece is a word of the text: a word split by the break
    keep, guess = url_break_hyphen("https://example.eu/reports/migra-", "tion-policy_en", vocab)
    assert not keep and guess and "neither piece" in guess
    # a word of the text on a side and no joined word: the URL's own hyphen
    keep, guess = url_break_hyphen("https://example.nl/overleg-", "nederland-2020", vocab)
    assert keep and guess is not None
    # the same URL written whole elsewhere settles it either way, without a guess
    whole = {"https://example.nl/overleg-nederland-2020"}
    assert url_break_hyphen("https://example.nl/x/overleg-", "nederland-2020", vocab, whole) == (
        True,
        None,
    )
    joined = {"https://example.org/nieuws/samenwerkingbelgie"}
    assert url_break_hyphen(
        "https://example.org/nieuws/samenwerking-", "belgie", vocab, joined
    ) == (
        False,
        None,
    )
    # digits at the break: the URL's own hyphen ("2019-" + "03")
    assert url_break_hyphen("https://example.nl/2019-", "03/bericht", vocab) == (True, None)


def test_dump_note_records_its_url_guess(tmp_path):
    path = tmp_path / "url.txt"
    path.write_text(
        "1.1\tInleiding\n"
        "Het overleg tussen België en Nederland ging door.1 De samenwerking bleef.\n"
        "\n"
        " 1\tZie https://www.example.org/nieuws/samenwerking-bel-\n"
        "gie-nederland, geraadpleegd op 1-2-2020.\n",
        encoding="utf-8",
    )
    doc = read_text(path)
    note = doc.footnotes[0]
    assert (
        note.text
        == "Zie https://www.example.org/nieuws/samenwerking-belgie-nederland, geraadpleegd op 1-2-2020."
    )
    assert len(note.problems) == 1 and "dropped" in note.problems[0]


def test_pdf_note_url_hyphen_follows_the_link_annotation(tmp_path):
    pdf = tmp_path / "link.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    _body_with_markers(c, 80.0, 4 * len(BODY), {2: "1"})
    c.line(72, 760 - 680, 200, 760 - 680)
    c.setFont("Helvetica", 8)
    c.drawString(72, 70, "1")
    c.drawString(84, 70, "Zie https://www.example.nl/beleid/regeling-werk-")
    c.drawString(84, 60, "zoekenden-2020, geraadpleegd op 1-2-2020.")
    url = "https://www.example.nl/beleid/regeling-werkzoekenden-2020"
    c.linkURL(url, (84, 58, 300, 78), relative=0)
    c.save()
    doc = read_pdf(pdf)
    assert doc.footnotes[0].text == f"Zie {url}, geraadpleegd op 1-2-2020."
    assert doc.footnotes[0].problems == []  # the annotation settled it


def test_pdf_page_foot_notes_do_not_run_into_small_print_of_the_next_page(tmp_path):
    """Page 1 ends with its notes; page 2 opens with a small-type table: no note of it."""
    pdf = tmp_path / "table-after-notes.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    h = A4[1]
    y = 80.0
    y = _body_with_markers(c, y, 12 * len(BODY), {3: "1", 7: "2", 11: "3"})
    c.line(72, 100, 200, 100)
    for k, note in enumerate(
        ["Staatsblad 2021, 12.", "Staatsblad 2021, 13.", "Staatsblad 2021, 14."]
    ):
        c.setFont("Helvetica", 8)
        c.drawString(72, 88 - 10 * k, str(k + 1))
        c.drawString(84, 88 - 10 * k, note)
    c.showPage()
    y = 80.0
    for row in ("Tabel 1 Aanvragen per maand", "1 januari 120", "2 februari 135", "3 maart 150"):
        c.setFont("Helvetica", 8)
        c.drawString(72, h - y, row)
        y += 10
    for line in BODY:
        c.setFont("Helvetica", 10)
        c.drawString(72, h - y, line)
        y += 14
    c.save()
    doc = read_pdf(pdf)
    assert [n.text for n in doc.footnotes] == [
        "Staatsblad 2021, 12.",
        "Staatsblad 2021, 13.",
        "Staatsblad 2021, 14.",
    ]


def test_note_line_ending_in_an_abbreviation_goes_on():
    # "nr." at a line end is mid-sentence, even where the line is short of the edge
    assert note_goes_on(
        "tot wijziging van Verordening (EG) nr.", "595/2009.", False, False, ends_note
    )
    # "etc." closes the note: a page number under it is no part of it
    assert not note_goes_on("zoals beeld en geluid, etc.", "Vervolgens", False, False, ends_note)
