"""Glyphs as the PDF reader keeps them: inferred word spaces, folded ligatures and
spaces, undecoded glyphs settled (bullets kept, the rest dropped, one warning).

The char-level tests feed :func:`page_runs` chars shaped like pdfplumber's (the fields
it reads); the undecoded-glyph tests read a PDF made here with reportlab in a
standard font without a ToUnicode map, where pdfminer yields "(cid:N)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from emnextract.pdf.glyphs import GlyphCount
from emnextract.pdf.lines import build_lines, page_runs
from emnextract.pdf.reader import read_pdf

SIZE = 10.0
BASE = 700.0  # PDF y of the baseline


def _chars(pieces: list[tuple[str, float]], x: float = 72.0, font: str = "Serif") -> list[dict]:
    """pdfplumber-like chars: (text, advance) each, placed left to right from ``x``.

    An advance of 0 after a glyph's own width is given as a gap entry ("", gap).
    """
    out = []
    for text, width in pieces:
        if text == "":
            x += width  # a positioned gap, no glyph
            continue
        out.append(
            {
                "text": text,
                "fontname": font,
                "size": SIZE,
                "matrix": (SIZE, 0, 0, SIZE, x, BASE),
                "x0": x,
                "x1": x + width,
                "top": 842.0 - BASE - 0.75 * SIZE,
                "bottom": 842.0 - BASE + 0.25 * SIZE,
                "y0": BASE - 0.25 * SIZE,
                "y1": BASE + 0.75 * SIZE,
            }
        )
        x += width
    return out


def _word(word: str, gap: float = 0.0) -> list[tuple[str, float]]:
    """A word's glyphs (5 pt each), the first one ``gap`` after the previous glyph."""
    return ([("", gap)] if gap else []) + [(ch, 5.0) for ch in word]


def _text(chars: list[dict]) -> str:
    return " / ".join(ln.text for ln in build_lines(page_runs(chars), 1, 595.0))


def test_word_spaces_inferred_from_gaps_when_the_pdf_has_no_space_glyphs():
    # a justified line: word gaps of 0.25 em, a tight one of 0.19 em
    chars = _chars(_word("Eerste") + _word("regel", 2.5) + _word("van", 1.9) + _word("tekst", 2.5))
    assert _text(chars) == "Eerste regel van tekst"


def test_kerning_and_small_gaps_are_no_word_space():
    chars = _chars(_word("Wo") + [("", 0.6)] + _word("rd") + [("", -0.8)] + _word("en"))
    assert _text(chars) == "Worden"


def test_a_line_with_space_glyphs_keeps_its_spacing_but_a_clear_gap_is_a_space():
    # space glyphs carry the word spaces; a 0.15 em kern is no word space there
    chars = _chars(_word("de") + [(" ", 2.5)] + _word("wet") + [("", 1.5)] + _word("ten"))
    assert _text(chars) == "de wetten"
    # a word set apart by position only (a tab stop) in a line that has spaces
    chars = _chars(_word("de") + [(" ", 2.5)] + _word("wet") + _word("tekst", 4.0))
    assert _text(chars) == "de wet tekst"


def test_letter_spaced_type_reads_as_words():
    # every glyph 0.2 em apart, words 0.6 em apart
    pieces: list[tuple[str, float]] = []
    for k, word in enumerate(["OVER", "DE", "WET"]):
        for i, ch in enumerate(word):
            gap = 6.0 if k and i == 0 else 2.0 if i else 0.0
            pieces += _word(ch, gap)
    assert _text(_chars(pieces)) == "OVER DE WET"


def test_ligatures_and_special_spaces_fold_and_the_line_box_stays():
    chars = _chars(
        [("e", 5), ("\ufb03", 9), ("c", 5), ("i", 5), ("ë", 5), ("n", 5), ("t", 5)]
        + [("\u00a0", 2.5)]
        + _word("of")
        + [("\u202f", 1.5)]
        + _word("\ufb02ink")
    )
    (line,) = build_lines(page_runs(chars), 1, 595.0)
    assert line.text == "efficiënt of flink"
    assert line.x0 == chars[0]["x0"] and line.x1 == chars[-1]["x1"]


def test_a_printed_soft_hyphen_is_a_hyphen_an_invisible_one_goes():
    printed = _chars(_word("migra") + [("\u00ad", 3.3)])
    assert _text(printed) == "migra-"
    hidden = _chars(_word("migra") + [("\u00ad", 0.0)] + _word("tie"))
    assert _text(hidden) == "migratie"


def test_undecoded_glyphs_in_chars_are_counted_and_never_become_text():
    count = GlyphCount()
    chars = _chars(
        [("(cid:12)", 5.0), ("", 6.0)]
        + _word("punt")
        + _word("met", 2.5)
        + [("", 2.5), ("(cid:7)", 5.0), ("", 2.5)]
        + _word("teken")
        + [("", 2.5), ("(cid:150)", 5.0), ("", 2.5)]
        + _word("eind")
    )
    lines = build_lines(page_runs(chars, count), 1, 595.0, count)
    assert [ln.text for ln in lines] == ["• punt met teken – eind"]
    assert (count.total, count.undecoded, count.symbols) == (len(chars), 3, 2)
    # the bullet and the dash are read; one glyph is lost, and only that is warned of
    assert count.warning("x.pdf") == "x.pdf: glyphs with no Unicode mapping dropped: 1"
    assert GlyphCount(total=10).warning("x.pdf") is None
    assert GlyphCount(total=10, undecoded=2, symbols=2).warning("x.pdf") is None


@pytest.fixture(scope="module")
def undecoded_pdf(tmp_path_factory) -> Path:
    """A one-page report in Helvetica (WinAnsi, no ToUnicode): a bullet list whose
    bullet is encoded at code 127, and glyphs of codes the encoding leaves undefined."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("glyphs") / "undecoded.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Het aantal aanvragen steeg in het verslagjaar opnieuw.")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 730, "1 Aanvragen")
    c.setFont("Helvetica", 10)
    c.drawString(72, 712, "Er kwamen meer aanvragen binnen dan in het jaar ervoor, namelijk")
    c.drawString(72, 700, "in deze groepen:")
    for k, item in enumerate(["nareizende gezinsleden", "alleenstaande minderjarigen"]):
        c.drawString(84, 682 - 14 * k, "\u2022")  # reportlab encodes it at 127
        c.drawString(96, 682 - 14 * k, item)
    # undefined WinAnsi codes inside the text: symbols the font draws, no Unicode
    c.setFont("Helvetica", 10)
    c._code.append("BT /F1 10 Tf 72 640 Td (Het teken \\001\\002 staat hier \\035 los.) Tj ET")
    c.save()
    return path


def test_undecoded_glyphs_from_a_real_pdf(undecoded_pdf):
    import pdfplumber

    with pdfplumber.open(undecoded_pdf) as pdf:
        raw = [ch["text"] for ch in pdf.pages[0].chars if ch["text"].startswith("(cid:")]
    assert raw == ["(cid:127)", "(cid:127)", "(cid:1)", "(cid:2)", "(cid:29)"]  # the premise

    doc = read_pdf(undecoded_pdf)
    texts = [p.text for p in doc.paragraphs]
    assert not any("cid" in t or "\ufffd" in t for t in texts)
    items = [p.text for p in doc.paragraphs if p.kind == "list_item"]
    assert items == ["nareizende gezinsleden", "alleenstaande minderjarigen"]
    assert "Het teken staat hier los." in texts
    [warning] = [w for w in doc.warnings if "Unicode" in w]
    assert warning.endswith("dropped: 3")  # the bullets are read, codes 1, 2 and 29 not


def test_no_record_is_made_from_an_undecoded_glyph(undecoded_pdf):
    from emnextract import extract

    report = extract(undecoded_pdf)
    assert not any(s.value in (1, 2, 29, 127) for s in report.statistics), (
        "a statistic was read from a glyph code"
    )
    assert report.citations == []


def test_accents_drawn_over_a_letter_compose_and_a_degree_sign_stays():
    # TeX draws "´" then "e" over it: one accented letter
    chars = _chars([("M", 10.0), ("\u00b4", 5.0), ("", -4.6), ("e", 4.6), ("r", 4.0)])
    assert _text(chars) == "Mér"
    # a ring that does not overlap a letter is a printed sign ("1,5˚C")
    chars = _chars([("1", 5.0), (",", 2.5), ("5", 5.0), ("\u02da", 4.0), ("C", 6.5)])
    assert _text(chars) == "1,5˚C"


def _spread(words: list[str], gap: float, x: float = 72.0) -> list[dict]:
    pieces: list[tuple[str, float]] = []
    for k, word in enumerate(words):
        pieces += _word(word, gap if k else 0.0)
    return _chars(pieces, x)


def test_a_loose_justified_line_stays_one_line_a_table_row_does_not():
    # four words stretched to 2 em gaps, all equal: one line of text
    assert _text(_spread(["Het", "netwerk", "als", "geheel"], 20.0)) == "Het netwerk als geheel"
    # figures in table columns, equally spaced: separate cells
    assert _text(_spread(["2017", "2018", "2019", "2020"], 20.0)) == "2017 / 2018 / 2019 / 2020"
    # words at unequal tab stops: separate cells
    chars = _spread(["Land", "Aantal"], 20.0) + _spread(["Deel", "Totaal"], 35.0, 200.0)
    assert _text(chars) == "Land / Aantal / Deel / Totaal"


@pytest.mark.parametrize(
    ("font", "bold", "italic"),
    [
        ("ABCDEF+CMBX12", True, False),
        ("CMR10", False, False),
        ("XYZ+CMTI10", False, True),
        ("SFBX1000", True, False),
        ("NimbusRomNo9L-Medi", True, False),
        ("NimbusRomNo9L-ReguItal", False, True),
        ("MinionPro-It", False, True),
        ("Verdana-BoldItalic", True, True),
        ("ABCDEE+Calibri", False, False),
        ("DigitalSans-Regular", False, False),
    ],
)
def test_bold_and_italic_told_from_font_names_tex_ones_too(font, bold, italic):
    (line,) = build_lines(page_runs(_chars(_word("Titel"), font=font)), 1, 595.0)
    assert (line.bold, line.italic) == (bold, italic)


def test_the_no_space_glyphs_fixture_reads_as_its_gold():
    import json

    root = Path(__file__).resolve().parent.parent
    gold = json.loads((root / "tests/gold/layouts/no-space-glyphs.json").read_text("utf-8"))
    doc = read_pdf(root / "fixtures/layouts/no-space-glyphs.pdf")
    assert [(s.number, s.title, s.level) for s in doc.sections] == [
        (s["number"], s["title"], s["level"]) for s in gold["sections"]
    ]
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (n["number"], n["text"]) for n in gold["footnotes"]
    ]
    words = [w for p in doc.paragraphs for w in p.text.split()]
    assert len(words) > 1500 and max(len(w) for w in words if "/" not in w) < 30
    assert not any(ch in p.text for p in doc.paragraphs for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04")
    assert all(p.kind != "subheading" or len(p.text.split()) > 1 for p in doc.paragraphs)


def test_a_chapter_may_skip_numbers_only_when_its_first_section_follows():
    from emnextract.pdf.headings import SectionTree

    tree = SectionTree()
    assert tree.fits([1])
    tree.take([1], (10.0, True))
    # "4 ..." after chapter 1: a numbered list item, unless "4.1" comes next
    assert not tree.fits([4], (10.0, True))
    assert tree.fits([4], (10.0, True), opens=True)
    assert not tree.fits([4], (10.0, False), opens=True)  # not the chapters' type
    assert not tree.fits([1], (10.0, True), opens=True)  # no step back
    assert SectionTree().fits([7], opens=True) and not SectionTree().fits([7])


def test_a_chapter_in_display_type_may_skip_numbers_upwards_only():
    """The same jump rule for a chapter title in the chapter type at a page top."""
    from emnextract.pdf.headings import SectionTree

    tree = SectionTree()
    tree.take([2], (16.0, True))
    tree.take([2, 1], (12.0, True))
    assert not tree.fits([6], (16.0, True))
    assert tree.fits([6], (16.0, True), display=True)
    assert tree.fits([6], (18.0, True), display=True)  # the chapter type itself: no type check
    assert not tree.fits([2], (16.0, True), display=True)  # no step back
    assert not tree.fits([1], (16.0, True), display=True)
    assert not tree.fits([6, 1], (12.0, True), display=True)  # chapters only
    assert SectionTree().fits([12], display=True) and not SectionTree().fits([12])
