"""Pages own their lines and geometry; the role passes return new pages, never change old ones."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from emnextract.pdf.footnotes import collect_notes
from emnextract.pdf.reader import read_pages
from emnextract.pdf.roles import mark_boxes, mark_footnotes, mark_running, measure

EMN_LIKE = Path(__file__).resolve().parent.parent / "fixtures" / "emn2019-like.pdf"


def _roles(pages):
    return [[ln.role for ln in page.lines] for page in pages]


def test_passes_return_new_pages_and_leave_their_input_alone():
    read, n_pages = read_pages(EMN_LIKE, {1, 2, 3})
    assert [p.number for p in read] == [1, 2, 3] and n_pages > 3
    assert all(p.width > 0 and p.height > p.width for p in read)
    before = _roles(read)
    assert {r for page in before for r in page} == {"body"}
    stats = measure(read)
    running = mark_running(read, stats)
    notes_marked = mark_footnotes(running, stats)
    boxed = mark_boxes(notes_marked, stats)
    assert _roles(read) == before  # nothing changed in place
    assert _roles(running) != before
    assert "footnote" not in {r for page in _roles(running) for r in page}
    assert "footnote" in {r for page in _roles(notes_marked) for r in page}
    notes, after = collect_notes(boxed, [])
    assert notes and all(n.lines for n in notes)
    assert _roles(boxed) == _roles(notes_marked)  # the collector did not demote in place
    assert len(after) == len(boxed)


def test_lines_are_immutable():
    (page,), _ = read_pages(EMN_LIKE, {2})
    line = page.lines[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.role = "header"  # type: ignore[misc]
    assert dataclasses.replace(line, role="header").role == "header" and line.role == "body"


def test_line_with_gives_what_replace_gives_and_leaves_the_line_alone():
    from emnextract.pdf.lines import line_with

    (page,), _ = read_pages(EMN_LIKE, {2})
    for line in page.lines[:5]:
        changes = {"role": "footnote", "ruled": True, "carry": not line.carry}
        made = line_with(line, **changes)
        assert made == dataclasses.replace(line, **changes) and made is not line
        assert made.runs is line.runs and line.role == "body" and not line.ruled
        assert line_with(line) == line and line_with(line) is not line
    with pytest.raises(KeyError):
        line_with(page.lines[0], colour="red")


def test_the_role_passes_remake_lines_without_dataclasses_replace(monkeypatch):
    # the passes remake hundreds of lines; dataclasses.replace costs twice line_with
    calls = []
    real = dataclasses.replace

    def counting(obj, **changes):
        calls.append(type(obj).__name__)
        return real(obj, **changes)

    from emnextract.pdf import endnotes, footnotes, roles, spans

    for module in (endnotes, footnotes, roles, spans):
        monkeypatch.setattr(module, "replace", counting, raising=False)
    monkeypatch.setattr(dataclasses, "replace", counting)
    from emnextract.pdf.reader import read_pdf

    doc = read_pdf(EMN_LIKE)
    assert doc.footnotes and doc.paragraphs
    assert "Line" not in calls and "TextLine" not in calls


def test_a_line_of_one_run_takes_its_geometry_style_and_text():
    from emnextract.pdf.lines import Run, make_line

    def run(text, bold=False, italic=False, sup=False):
        return Run(text, 10.0, 60.0, 5.0, 15.0, 10.0, "F", 13.0, bold, italic, ink=58.0, sup=sup)

    line = make_line([run("Een  korte\tregel ", bold=True)], 4)
    assert (line.text, line.ends_with_space, line.bold, line.italic) == (
        "Een korte regel",
        True,
        True,
        False,
    )
    assert (line.page, line.x0, line.top, line.x1, line.right, line.bottom) == (
        4,
        10.0,
        5.0,
        60.0,
        58.0,
        15.0,
    )
    assert (line.size, line.baseline) == (10.0, 13.0)
    # a lone superscript, or an empty run, is no bold or italic text
    assert not make_line([run("12", bold=True, italic=True, sup=True)], 1).bold
    assert not make_line([run("", bold=True)], 1).bold
    assert make_line([run("x", italic=True)], 1).italic
    # the same as the run beside another of its kind, put together
    pair = make_line([run("Een", bold=True), run("Een", bold=True)], 1)
    assert pair.bold and pair.x0 == line.x0 and pair.size == line.size


def test_line_content_of_a_line_of_one_run_and_of_a_lone_marker():
    from emnextract.pdf.lines import Run, make_line, union_bbox
    from emnextract.pdf.linetext import line_content

    def run(text, x0=10.0, sup=False):
        return Run(text, x0, x0 + 50, 5.0, 15.0, 10.0, "F", 13.0, False, False, sup=sup)

    line = make_line([run(" Twee  woorden\u00a0en meer ")], 2)
    assert line_content(line, {1}) == ("Twee woorden en meer", [])
    assert union_bbox([line]) == line.bbox == (10.0, 5.0, 60.0, 15.0)
    lone = make_line([run("7", sup=True)], 2)  # a note's number standing alone
    text, markers = line_content(lone, {7})
    assert text == "" and [(m.number, m.offset, m.page) for m in markers] == [(7, 0, 2)]
    assert line_content(lone, {8}) == ("7", [])


def test_page_derives_rules_from_its_rects():
    (page,), _ = read_pages(EMN_LIKE, {2})
    assert len(page.rules) == 1  # the separator above the page's notes
    for top, x0, x1 in page.rules:
        assert 0 <= top <= page.height and 0.1 * page.width < x1 - x0 < 0.6 * page.width


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_pages_columns_are_looked_for_once(monkeypatch, backend):
    # The note blocks, the side columns and the reading order all need a page's
    # columns; the role passes keep the lines where they stand, so the page works
    # them out once (a page in columns is then split up for its reading order).
    from emnextract.pdf import lines
    from emnextract.pdf.reader import read_pdf

    looked: dict[int, list[float | None]] = {}
    real = lines.find_gutter

    def counting(items, x_lo, x_hi):
        gutter = real(items, x_lo, x_hi)
        if items and isinstance(items[0], lines.Line) and x_lo == 0.0 and x_hi > 500:
            looked.setdefault(items[0].page, []).append(gutter)
        return gutter

    monkeypatch.setattr(lines, "find_gutter", counting)
    read_pdf(EMN_LIKE, pages=range(1, 9), backend=backend)
    assert sorted(looked) == list(range(1, 9))
    for page, found in looked.items():
        assert found[0] is not None or found == [None], (page, found)
