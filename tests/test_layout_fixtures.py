"""The generated layout fixtures in ``fixtures/layouts/`` and their gold.

``tools/layout_fixtures.py`` draws six layout classes (numbering restarting per chapter,
notes under two columns, full-size note numbers, no space glyphs with ligatures,
endnotes, landscape and rotated table pages with notes) and writes the gold from what it drew. These tests check that
the generator reproduces the committed files and that every gold record is really in its
PDF, read with pdfplumber alone (not with the project's reader): the text in the box of
each heading, note and marker, the context before each marker, and the layout trait
itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from conftest import load_tool, page_glyphs, same_glyphs

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "fixtures" / "layouts"
GOLD_DIR = ROOT / "tests" / "gold" / "layouts"
NAMES = [
    "restart-per-chapter",
    "two-column-notes",
    "fullsize-note-numbers",
    "no-space-glyphs",
    "endnotes",
    "landscape-notes",
]
LIGATURES = "\ufb00\ufb01\ufb02\ufb03"  # ff fi fl ffi


def squash(text: str) -> str:
    """Ligatures written out (NFKC), whitespace dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@cache
def gold(name: str) -> dict:
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pdfs():
    opened = {name: pdfplumber.open(PDF_DIR / f"{name}.pdf") for name in NAMES}
    yield opened
    for pdf in opened.values():
        pdf.close()


def region(pdf, page: int, bbox: list[float]):
    """The chars lying wholly inside ``bbox`` (half a point of slack) on 1-based ``page``."""
    x0, top, x1, bottom = bbox
    return pdf.pages[page - 1].within_bbox((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5))


def test_generator_reproduces_the_layout_fixtures_and_gold(tmp_path):
    """Regenerating gives the committed PDFs (same bytes, or else the same glyphs at the
    same places under another reportlab release) and the committed gold, byte for byte.

    ``no-space-glyphs.pdf`` needs DejaVu Sans (package fonts-dejavu-core, or a folder in
    ``$EMN_FIXTURE_FONTS``); the other tests only read the committed files.
    """
    generator = load_tool("layout_fixtures")
    stats = generator.build_all(tmp_path / "pdf", tmp_path / "gold")
    assert sorted(stats) == sorted(NAMES)
    for name in NAMES:
        fresh, committed = tmp_path / "pdf" / f"{name}.pdf", PDF_DIR / f"{name}.pdf"
        if fresh.read_bytes() != committed.read_bytes():
            assert same_glyphs(page_glyphs(fresh), page_glyphs(committed)), name
        fresh_gold = (tmp_path / "gold" / f"{name}.json").read_text(encoding="utf-8")
        assert fresh_gold == (GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"), name
        assert stats[name]["overfull"] == 0, (name, stats[name])
        assert 4 <= stats[name]["pages"] <= 8, (name, stats[name])
        assert committed.stat().st_size < 150_000


@pytest.mark.parametrize("name", NAMES)
def test_gold_comes_from_the_reference(name):
    """Note texts are the reference texts; numbers run 1..n (per chapter when restarting);
    every note has exactly one marker, in the same order."""
    reference = json.loads((ROOT / "tests" / "gold" / "structure_reference.json").read_text())
    texts = {n["number"]: n["text"] for n in reference["footnotes"]}
    titles = {s["number"]: (s["title"], s["level"]) for s in reference["sections"]}
    g = gold(name)
    assert len(g["footnotes"]) >= 12 and len(g["sections"]) >= 4
    for section in g["sections"]:
        assert (section["title"], section["level"]) == titles[section["number"]]
    expected: dict[str, int] = {}
    for note in g["footnotes"]:
        assert note["text"] == " ".join(texts[note["source_number"]].split())
        run = note["chapter"] if g["numbering"] == "per-chapter" else ""
        expected[run] = expected.get(run, 0) + 1
        assert note["number"] == expected[run], note
    keys = [(m["chapter"], m["number"], m["source_number"]) for m in g["markers"]]
    assert keys == [(n["chapter"], n["number"], n["source_number"]) for n in g["footnotes"]]


@pytest.mark.parametrize("name", NAMES)
def test_every_section_heading_is_in_its_box(name, pdfs):
    for section in gold(name)["sections"]:
        text = region(pdfs[name], section["page"], section["bbox"]).extract_text()
        assert squash(text) == squash(section["number"] + section["title"]), section


@pytest.mark.parametrize("name", NAMES)
def test_every_footnote_text_is_in_its_boxes(name, pdfs):
    """The note's boxes hold its printed number and its exact text; every word of the text
    occurs in the text of the note's pages."""
    pdf = pdfs[name]
    for note in gold(name)["footnotes"]:
        assert note["page"] == note["parts"][0]["page"]
        drawn = "".join(
            region(pdf, part["page"], part["bbox"]).extract_text() for part in note["parts"]
        )
        assert squash(drawn) == squash(f"{note['number']}{note['text']}"), note
        page_text = squash("".join(_column_text(pdf, name, p) for p in note["parts"]))
        for word in note["text"].split():
            assert squash(word) in page_text, (note["number"], word)


def _column_text(pdf, name: str, part: dict) -> str:
    """The text of the part's page, restricted to the part's column."""
    page = pdf.pages[part["page"] - 1]
    x0, x1 = gold(name)["columns"][part["column"]]
    return page.within_bbox((x0 - 1, 0, x1 + 1, page.height)).extract_text()


def _marker_chars(pdf, page: int, markers: list[dict]) -> set[tuple]:
    keys = set()
    for m in markers:
        if m["page"] == page:
            for c in region(pdf, page, m["bbox"]).chars:
                keys.add((c["x0"], c["top"]))
    return keys


@pytest.mark.parametrize("name", NAMES)
def test_every_marker_is_in_its_box_right_after_its_context(name, pdfs):
    g = gold(name)
    pdf = pdfs[name]
    superscript = g["markers_style"] == "superscript"
    for m in g["markers"]:
        page = pdf.pages[m["page"] - 1]
        digits = region(pdf, m["page"], m["bbox"]).chars
        assert "".join(c["text"] for c in digits) == str(m["number"]), m
        first = digits[0]
        # the glyph right before the marker on its line: glued to it
        line = [
            c
            for c in page.chars
            if c["x1"] <= first["x0"] + 0.3
            and c["top"] < first["bottom"]
            and c["bottom"] > first["top"]
        ]
        before = max(line, key=lambda c: c["x1"])
        assert first["x0"] - before["x1"] < 0.3, m
        if m["context"]:
            assert unicodedata.normalize("NFKC", before["text"])[-1] == m["context"][-1], m
        if superscript:
            assert first["size"] < before["size"] - 1 and first["bottom"] < before["bottom"] - 1
        else:
            assert first["size"] == before["size"] and abs(first["bottom"] - before["bottom"]) < 0.1
        # the context is the text before the marker in the marker's column
        x0, x1 = g["columns"][m["column"]]
        skip = _marker_chars(pdf, m["page"], g["markers"])
        column = page.filter(
            lambda o, x0=x0, x1=x1, skip=skip: (
                o.get("object_type") != "char"
                or (o["x0"] >= x0 - 1 and o["x1"] <= x1 + 1 and (o["x0"], o["top"]) not in skip)
            )
        )
        assert squash(m["context"]) in squash(column.extract_text()), m


def test_restart_per_chapter_numbers_repeat_across_chapters():
    g = gold("restart-per-chapter")
    assert g["numbering"] == "per-chapter"
    chapters_of: dict[int, set[str]] = {}
    for note in g["footnotes"]:
        chapters_of.setdefault(note["number"], set()).add(note["chapter"])
    assert len({n["chapter"] for n in g["footnotes"]}) >= 3
    assert len(chapters_of[1]) >= 3 and len(chapters_of[2]) >= 3
    # chapters run on without a page break: some page has notes of two chapters
    runs_on_page: dict[int, set[str]] = {}
    for note in g["footnotes"]:
        runs_on_page.setdefault(note["page"], set()).add(note["chapter"])
    assert any(len(runs) > 1 for runs in runs_on_page.values())


def test_two_column_notes_stand_under_their_markers_column():
    g = gold("two-column-notes")
    assert len(g["columns"]) == 2
    marker_of = {(m["chapter"], m["number"]): m for m in g["markers"]}
    used = set()
    for note in g["footnotes"]:
        m = marker_of[(note["chapter"], note["number"])]
        x0, x1 = g["columns"][m["column"]]
        for part in note["parts"]:
            assert (part["page"], part["column"]) == (m["page"], m["column"]), note
            assert x0 - 0.5 <= part["bbox"][0] and part["bbox"][2] <= x1 + 0.5, note
        used.add(m["column"])
    assert used == {0, 1}
    pages = {}
    for note in g["footnotes"]:
        pages.setdefault(note["page"], set()).add(note["parts"][0]["column"])
    assert any(cols == {0, 1} for cols in pages.values())


def test_fullsize_note_numbers_at_note_size_some_glued(pdfs):
    g = gold("fullsize-note-numbers")
    pdf = pdfs["fullsize-note-numbers"]
    glued = [n for n in g["footnotes"] if n["glued"]]
    apart = [n for n in g["footnotes"] if not n["glued"]]
    assert glued and apart
    for note in g["footnotes"]:
        part = note["parts"][0]
        chars = region(pdf, part["page"], part["bbox"]).chars
        number = str(note["number"])
        first_line = [c for c in chars if abs(c["bottom"] - chars[0]["bottom"]) < 0.5]
        assert "".join(c["text"] for c in first_line[: len(number)]) == number
        assert {round(c["size"], 2) for c in chars} == {g["note_size"]}  # one size
        after = first_line[len(number)]
        if note["glued"]:
            assert after["text"] == note["text"][0]
            assert after["x0"] - first_line[len(number) - 1]["x1"] < 0.1, note
        else:
            assert after["text"] == " " or after["x0"] - first_line[len(number) - 1]["x1"] > 3


def test_no_space_glyphs_ligatures_and_bold_body_size_headings(pdfs):
    g = gold("no-space-glyphs")
    pdf = pdfs["no-space-glyphs"]
    assert not g["space_glyphs"] and g["ligatures"]
    text = ""
    for page in pdf.pages:
        assert not [c for c in page.chars if not c["text"].strip()], page.page_number
        text += "".join(c["text"] for c in page.chars)
    for glyph in LIGATURES:
        assert glyph in text, glyph
    levels = {s["level"] for s in g["sections"]}
    assert levels >= {1, 2, 3}
    for section in g["sections"]:
        chars = region(pdf, section["page"], section["bbox"]).chars
        assert {round(c["size"], 2) for c in chars} == {g["body_size"]}, section
        assert all("Bold" in c["fontname"] for c in chars), section
    assert g["sections"][0]["number"] == "1" and g["sections"][0]["title"] == "Inleiding"


def test_endnotes_all_after_the_noten_heading(pdfs):
    g = gold("endnotes")
    pdf = pdfs["endnotes"]
    heading = g["endnotes_heading"]
    assert heading["text"] == "Noten"
    assert squash(region(pdf, heading["page"], heading["bbox"]).extract_text()) == "Noten"
    assert heading["page"] < g["pages"]  # the notes run over more than one page
    assert {p["page"] for n in g["footnotes"] for p in n["parts"]} >= {heading["page"], g["pages"]}
    for note in g["footnotes"]:
        assert all(p["page"] >= heading["page"] for p in note["parts"])
    assert all(m["page"] < heading["page"] for m in g["markers"])
    body = squash("".join(p.extract_text() for p in pdf.pages[: heading["page"] - 1]))
    for note in g["footnotes"]:
        assert squash(note["text"])[:40] not in body, note


def test_landscape_notes_on_turned_pages_under_ruled_tables(pdfs):
    """Landscape pages (a wide MediaBox) and a page with /Rotate 90 hold a ruled table in
    the notes' type size, and notes of that page under it; pdfplumber reads the rotated
    page upright, in the coordinates of the page as shown."""
    g = gold("landscape-notes")
    pdf = pdfs["landscape-notes"]
    turned = {t["page"]: t["kind"] for t in g["turned_pages"]}
    assert sorted(turned.values()) == ["landscape", "landscape", "rotated"]
    for number, kind in turned.items():
        page = pdf.pages[number - 1]
        assert page.width > page.height, number
        assert page.rotation == (90 if kind == "rotated" else 0), number
        mediabox = page.page_obj.attrs["MediaBox"]
        wide_box = mediabox[2] - mediabox[0] > mediabox[3] - mediabox[1]
        assert wide_box == (kind == "landscape"), number
        notes = [n for n in g["footnotes"] if n["page"] == number]
        assert notes, number
        chars = page.chars
        assert all(c["upright"] for c in chars), number
        # the table: many thin borders, its cells in the notes' size, right above the notes
        thin = [o for o in page.rects + page.lines if min(o["width"], o["height"]) < 1]
        assert len(thin) > 30, number
        upright = [o for o in thin if o["width"] < 1]
        table_top = min(o["top"] for o in upright)
        table_bottom = max(o["bottom"] for o in upright)
        cells = [c for c in chars if table_top < c["top"] < table_bottom]
        assert {round(c["size"], 2) for c in cells} == {g["note_size"]}, number
        first_note = min(n["parts"][0]["bbox"][1] for n in notes)
        assert 0 < first_note - table_bottom < 6 * g["note_size"], number
        # the page's notes stand wider than the portrait column: the wide measure
        x0, x1 = g["columns"][notes[0]["parts"][0]["column"]]
        assert x1 - x0 > g["columns"][0][1] - g["columns"][0][0] + 100


def test_same_glyphs_allows_float_noise_and_nothing_more():
    page = [
        ("a", "Times-Roman", 9.5, 73.124938, 276.6655),
        ("b", "Times-Roman", 9.5, 78.0, 276.6655),
    ]
    assert same_glyphs([page], [list(page)])
    noise = [("a", "Times-Roman", 9.5, 73.124937, 276.6655), page[1]]
    assert same_glyphs([page], [noise])  # 1e-6 pt: another build's float formatting
    moved = [("a", "Times-Roman", 9.5, 73.174938, 276.6655), page[1]]
    assert not same_glyphs([page], [moved])  # 0.05 pt
    other = [("e", "Times-Roman", 9.5, 73.124938, 276.6655), page[1]]
    assert not same_glyphs([page], [other])
    assert not same_glyphs([page], [page[:1]])
    assert not same_glyphs([page], [page, page])
