"""The PDF reader on the generated fixture PDFs, scored against the hand-checked gold.

``tools/make_fixtures.py`` renders ``fixtures/emn2019-part1.txt`` twice, in two unlike
layouts, taking every heading, footnote text and marker position from
``tests/gold/structure_reference.json``; so the gold is exactly what the reader must
find in each PDF (restricted to the chapters a fixture holds). These are the
acceptance figures of the PDF path: all sections, all footnote texts, >= 98% of
markers linked at the right place, and a position on every record.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from conftest import extracted, load_tool, page_glyphs, same_glyphs
from emnextract.eval.gold import load_gold_dir, restrict_to_chapters
from emnextract.eval.structure import match_structure

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLD_DIR = ROOT / "tests" / "gold"

# fixture -> chapters it holds (None: the whole dump, front matter included)
CHAPTERS: dict[str, set[int] | None] = {
    "emn2019-like.pdf": None,
    "altlayout-2019.pdf": {2, 3, 4},
}


def gold_for(name: str) -> dict:
    """The structure gold restricted to the chapters the fixture holds."""
    gold = load_gold_dir(GOLD_DIR)["fixtures/emn2019-part1.txt"]["structure"]
    chapters = CHAPTERS[name]
    return gold if chapters is None else restrict_to_chapters(gold, chapters)


def report_for(name: str):
    return extracted(f"fixtures/{name}")


@cache
def scores(name: str) -> dict:
    return {r.kind: r for r in match_structure(report_for(name), gold_for(name))}


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_every_numbered_section_found_and_no_false_heading(name):
    score = scores(name)["sections"]
    assert score.misses == []
    assert score.false_hits == []  # false headings and wrong titles alike
    assert score.tp == len(gold_for(name)["sections"])


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_section_levels_and_parents(name):
    gold_levels = {s["number"]: s["level"] for s in gold_for(name)["sections"]}
    for section in report_for(name).sections:
        if section.number is None:  # an unnumbered part (Samenvatting) is level 1
            assert section.level == 1 and section.id == "samenvatting", section
            continue
        assert section.level == gold_levels.get(section.number), section
        if section.level > 1:
            assert section.parent == section.number.rsplit(".", 1)[0], section


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_all_footnotes_found_with_reference_text(name):
    score = scores(name)["footnotes"]
    assert score.false_hits == []
    assert score.misses == [] and score.mismatches == []
    assert (
        score.fields["text"] == (score.gold, score.gold) == (len(gold_for(name)["footnotes"]),) * 2
    )


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_markers_linked_at_the_right_place(name):
    score = scores(name)["markers"]
    right, _ = score.fields["place"]
    assert score.gold > 100
    percent = 100.0 * right / score.gold
    assert percent >= 98.0, f"{right}/{score.gold} wrong: {score.misses + score.mismatches}"


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_every_record_has_page_and_bbox(name):
    report = report_for(name)
    pages = report.source.pages
    records = [*report.sections, *report.paragraphs, *report.footnotes]
    assert report.sections and report.paragraphs and report.footnotes
    for record in records:
        assert record.page is not None and 1 <= record.page <= pages, record
        assert record.bbox is not None, record
        x0, top, x1, bottom = record.bbox
        assert x0 <= x1 and top <= bottom, record
    for note in report.footnotes:
        if note.marker is not None:
            assert note.marker.page is not None and note.marker.bbox is not None, note.number
            assert note.marker.page <= note.page, note.number  # a note follows its marker


@pytest.mark.parametrize("name", list(CHAPTERS))
def test_no_marker_digits_left_glued_in_paragraphs(name):
    """Every gold note's marker is gone from the text: its context is not followed by it."""
    report = report_for(name)
    text = "\n".join(p.text for p in report.paragraphs)
    for note in gold_for(name)["footnotes"]:
        context = " ".join(note["context"].split())
        assert context + str(note["number"]) not in text, note["number"]


def test_generator_reproduces_the_committed_pdfs(tmp_path):
    """Regenerating gives the committed fixtures: same glyphs at the same places.

    Equal bytes (the usual case, ``invariant=1``) or else the same glyphs at the same
    places, so that another reportlab release serialising the same drawing
    differently does not count as a change.
    """
    generator = load_tool("make_fixtures")
    items, gold, problems = generator.prepare()
    assert not [p for p in problems if "marker" in p or "context" in p]
    for name, (style, chapters) in generator.FIXTURES.items():
        stats = generator.build(style, items, gold, tmp_path / name, chapters)
        fresh, committed = tmp_path / name, FIXTURES / name
        if fresh.read_bytes() != committed.read_bytes():  # another reportlab release?
            assert same_glyphs(page_glyphs(fresh), page_glyphs(committed)), name
        assert (FIXTURES / name).stat().st_size < 300_000
        # the traits the reader must cope with are really in the file
        assert stats["url_cuts"] >= 10 and stats["hyphen_breaks"] >= 10, stats
        assert stats["number_first_lines"] >= 3, stats
        assert stats["split_notes"] >= 1, stats


def test_fixture_layouts_differ():
    """Page size, fonts and sizes of the two fixtures are not the same layout."""
    seen = {}
    for name in CHAPTERS:
        with pdfplumber.open(FIXTURES / name) as pdf:
            page = pdf.pages[2]
            sizes = sorted({round(c["size"], 1) for c in page.chars})
            fonts = {c["fontname"] for c in page.chars}
            seen[name] = (round(page.width), round(page.height), tuple(sizes), frozenset(fonts))
    a, b = seen["emn2019-like.pdf"], seen["altlayout-2019.pdf"]
    assert (a[0], a[1]) == (595, 842) and (b[0], b[1]) == (612, 792)
    assert a[3].isdisjoint(b[3])
    assert set(a[2]) != set(b[2])
