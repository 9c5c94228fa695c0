"""PDF reader units on real pages: superscripts, note-number glyphs, joins, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emnextract.errors import EmnError
from emnextract.pdf.lines import Line
from emnextract.pdf.reader import read_lines, read_pdf
from emnextract.pdf.roles import note_number
from emnextract.pdf.textjoin import join_lines

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "realdocs"
EMISSIE = REAL / "Kamerbrief_emissie_luchtvaart.pdf"
WATER = REAL / "Kamerbrief_water_en_Bodem.pdf"
CIRCULAIR = REAL / "Kamerbrief_circulaire_economie.pdf"
CORONAMELDER = REAL / "Evaluatie_CoronaMelder_na_9_maanden_english.pdf"
EMN_LIKE = REAL.parent / "emn2019-like.pdf"


def _page_lines(path: Path, page: int) -> list[Line]:
    return read_lines(path, {page})[0][0]


def _line_with(lines: list[Line], text: str) -> Line:
    found = [ln for ln in lines if text in ln.text]
    assert len(found) == 1, [ln.text for ln in found]
    return found[0]


def test_raised_small_digit_in_body_is_a_superscript():
    line = _line_with(_page_lines(EMISSIE, 1), "Schiphol aan de Kamer aangeboden")
    assert [(r.text.strip(), r.sup) for r in line.runs if r.sup] == [("1", True)]
    assert line.size == 9.0  # the line's size is its body text's, not the marker's


def test_marker_removed_from_text_and_linked_at_its_offset():
    doc = read_pdf(EMISSIE, pages=[1])
    para = next(p for p in doc.paragraphs if "eindrapport van het RIVM" in p.text)
    assert "aangeboden. In die brief" in para.text  # digit gone, no stray space
    [marker] = para.markers
    assert marker.number == 1 and marker.page == 1
    assert para.text[: marker.offset].endswith("aan de Kamer aangeboden")
    x0, top, x1, bottom = marker.bbox
    assert x1 - x0 < 6 and bottom - top < 7  # one small glyph


def test_small_digit_on_the_baseline_is_a_subscript_not_a_marker():
    line = _line_with(_page_lines(WATER, 4), "slaan CO2 op")
    assert not any(r.sup for r in line.runs)


def test_note_number_glyph_joins_its_text_despite_different_tops():
    """6.75 pt number on a higher baseline beside 8.25 pt note text: one line, one note."""
    line = _line_with(_page_lines(EMISSIE, 1), "Kamerstukken II 2021/22, 30175")
    number, text = line.runs[0], line.runs[1]
    assert number.sup and number.text.strip() == "1"
    assert abs(number.top - text.top) > 0.5 and number.size < text.size
    assert note_number(line) == (1, "Kamerstukken II 2021/22, 30175, nr. 414")


def test_note_number_with_a_tab_gap_still_groups():
    line = _line_with(_page_lines(CIRCULAIR, 2), "Nationale Grondstoffenstrategie")
    assert line.runs[1].x0 - line.runs[0].x1 > 4  # a visible gap between number and text
    assert note_number(line) == (
        1,
        "Zie ook de Nationale Grondstoffenstrategie (Kamerstuk 2022Z24775)",
    )


def test_coronamelder_note_numbers_smaller_than_notes():
    doc = read_pdf(CORONAMELDER, pages=[9])
    assert [n.number for n in doc.footnotes] == [6, 7, 8]
    assert doc.footnotes[1].text == "Also known as COVID-19 or coronavirus."
    assert {m.number for _, _, m in doc.markers()} == {6, 7, 8}
    assert all("9/45" not in p.text and "28 May 2021" not in p.text for p in doc.paragraphs)


def test_number_alone_on_its_line_starts_the_note_below():
    doc = read_pdf(WATER, pages=[22])
    notes = {n.number: n.text for n in doc.footnotes}
    assert notes[21] == (
        "https://www.hdsr.nl/publish/pages/117157/eindrapportage_sturen_met_grondwater_"
        "bedrijvenproef_spengen_2017_2022_lage_resolutie.pdf"
    )
    assert notes[22].endswith("veenweidegebieden_-_def.pdf")  # URL hyphen kept, no space


def test_line_break_hyphens_in_real_paragraphs():
    water = " ".join(p.text for p in read_pdf(WATER, pages=[3]).paragraphs)
    assert "buffer- en afvoercapaciteit" in water  # real hyphen before "en" keeps its space
    emissie = " ".join(p.text for p in read_pdf(EMISSIE, pages=[6]).paragraphs)
    assert "ReFuelEU-verordening" in emissie and "VN-burgerluchtvaartorganisatie" in emissie


def test_url_rejoin_rules():
    assert (
        join_lines(
            [
                "https://www.gezondheidsraad.nl/documenten/adviezen/2021/09/15/risicos-van-",
                "ultrafijnstof-in-de-buitenlucht",
            ],
            [False, False],
            url_aware=True,
        )
        == "https://www.gezondheidsraad.nl/documenten/adviezen/2021/09/15/risicos-van-ultrafijnstof-in-de-buitenlucht"
    )
    # A line that ended with a space in the PDF is not glued, nor is a fresh URL.
    assert join_lines(["zie https://a.nl/x", "Geraadpleegd op 3 mei"], [True, False], True) == (
        "zie https://a.nl/x Geraadpleegd op 3 mei"
    )
    assert (
        join_lines(["https://a.nl/x", "https://b.nl/y"], [False, False], True)
        == "https://a.nl/x https://b.nl/y"
    )


def _spanning_note_pdf(path: Path) -> None:
    """Two A4 pages, Word-like: note 1 starts on page 1 and runs on under page 2's rule."""
    c = canvas.Canvas(str(path), pagesize=A4)
    body = [
        f"Regel {i} van de lopende tekst over het onderwerp van deze brief." for i in range(1, 30)
    ]
    for page in (1, 2):
        y = 780
        for i, text in enumerate(body):
            c.setFont("Helvetica", 10)
            c.drawString(72, y, text)
            if page == 1 and i == 3:
                c.setFont("Helvetica", 6.5)
                c.drawString(72 + c.stringWidth(text, "Helvetica", 10), y + 3.5, "1")
            if page == 2 and i == 5:
                c.setFont("Helvetica", 6.5)
                c.drawString(72 + c.stringWidth(text, "Helvetica", 10), y + 3.5, "2")
            y -= 13
        c.line(72, 92 if page == 1 else 104, 216, 92 if page == 1 else 104)
        c.setFont("Helvetica", 8)
        if page == 1:
            c.setFont("Helvetica", 5.5)
            c.drawString(72, 83, "1")
            c.setFont("Helvetica", 8)
            c.drawString(76, 80, "Deze noot begint onderaan de eerste pagina en loopt door")
            c.drawString(72, 70, "op de volgende pagina, waar de tekst van de noot verder")
        else:
            c.drawString(72, 92, "gaat onder de scheidingslijn en daar eindigt.")
            c.setFont("Helvetica", 5.5)
            c.drawString(72, 83, "2")
            c.setFont("Helvetica", 8)
            c.drawString(76, 80, "Tweede noot.")
        c.setFont("Helvetica", 8)
        c.drawString(450, 40, f"Pagina {page} van 2")
        c.showPage()
    c.save()


def test_marker_raised_by_text_rise_is_a_superscript():
    """The text matrix leaves out a ``Ts`` rise; the glyph box shows it."""
    line = _line_with(_page_lines(EMN_LIKE, 2), "85.940 reguliere aanvragen")
    marker = [r for r in line.runs if r.sup]
    assert [r.text for r in marker] == ["2"]
    assert line.baseline - marker[0].baseline > 2  # moved to where it is drawn


def test_heading_number_on_its_own_height_stays_with_its_title():
    line = _line_with(_page_lines(EMN_LIKE, 28), "Beleidsontwikkelingen")
    assert line.text == "6.2 Beleidsontwikkelingen"
    assert not any(r.sup for r in line.runs)


def _two_column_pdf(path: Path) -> None:
    """A heading across the page, then two columns only 20 pt apart, then notes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, 780, "2.1 Twee kolommen")
    left = [f"Links regel {i} van de eerste kolom met tekst." for i in range(1, 9)]
    right = [f"Rechts regel {i} van de tweede kolom met tekst." for i in range(1, 9)]
    y = 755
    for a, b in zip(left, right, strict=True):
        c.setFont("Helvetica", 10)
        c.drawString(60, y, a)
        c.drawString(60 + c.stringWidth(left[0], "Helvetica", 10) + 20, y, b)
        y -= 13
    c.drawString(60, y - 13, "Daarna loopt de tekst weer over de volle breedte van de pagina door.")
    c.showPage()
    c.save()


def test_close_columns_are_read_one_after_the_other(tmp_path):
    pdf = tmp_path / "columns.pdf"
    _two_column_pdf(pdf)
    doc = read_pdf(pdf)
    text = " ".join(p.text for p in doc.paragraphs)
    assert "Links regel 8 van de eerste kolom met tekst. Rechts regel 1" in text
    assert text.index("Links regel 1") < text.index("Links regel 8") < text.index("Rechts regel 1")
    assert text.index("Rechts regel 8") < text.index("volle breedte")
    assert [s.number for s in doc.sections] == ["2.1"]


def test_footnote_running_onto_next_page_joins_its_start(tmp_path):
    pdf = tmp_path / "spanning.pdf"
    _spanning_note_pdf(pdf)
    doc = read_pdf(pdf)
    assert [(n.number, n.page) for n in doc.footnotes] == [(1, 1), (2, 2)]
    assert doc.footnotes[0].text == (
        "Deze noot begint onderaan de eerste pagina en loopt door op de volgende pagina, "
        "waar de tekst van de noot verder gaat onder de scheidingslijn en daar eindigt."
    )
    assert doc.footnotes[1].text == "Tweede noot."
    assert [(m.number, m.page) for _, _, m in doc.markers()] == [(1, 1), (2, 2)]
    assert not any("scheidingslijn" in p.text or "Pagina" in p.text for p in doc.paragraphs)


def test_running_header_that_names_the_chapter_is_still_a_header(tmp_path):
    """Headers change with the chapter; a one-page chapter's header repeats nowhere."""
    pdf = tmp_path / "headers.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    chapters = ["Asiel", "Asiel", "Asiel", "Terugkeer", "Mensenhandel", "Grensbewaking"]
    for page, chapter in enumerate(chapters, start=1):
        c.setFont("Helvetica", 7)
        c.drawString(60, 805, f"Jaaroverzicht 2019 | {chapter}")
        c.setFont("Helvetica", 10)
        for i in range(20):
            c.drawString(
                60,
                760 - 14 * i,
                f"Regel {i} van pagina {page} in de lopende tekst over {chapter.lower()}.",
            )
        c.setFont("Helvetica", 8)
        c.drawString(290, 30, str(page))
        c.showPage()
    c.save()
    doc = read_pdf(pdf)
    assert doc.paragraphs
    for para in doc.paragraphs:
        assert "Jaaroverzicht" not in para.text, para.text
        assert not para.text.startswith(tuple("123456"))


def test_encrypted_damaged_and_fake_pdfs_raise_clear_errors(tmp_path):
    from reportlab.lib import pdfencrypt

    encrypted = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(encrypted), encrypt=pdfencrypt.StandardEncryption("secret"))
    c.drawString(100, 700, "Geheim")
    c.save()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(EMISSIE.read_bytes()[:3000])
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    with pytest.raises(EmnError, match="encrypted"):
        read_pdf(encrypted)
    scanned = tmp_path / "scanned.pdf"
    c = canvas.Canvas(str(scanned))
    c.rect(100, 100, 300, 500, fill=1)  # an image-only page: no text layer
    c.save()
    with pytest.raises(EmnError, match="no extractable text"):
        read_pdf(scanned)
    for path in (truncated, fake):
        with pytest.raises(EmnError, match="not a readable PDF") as err:
            read_pdf(path)
        assert str(path) in str(err.value)
