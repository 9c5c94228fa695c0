"""Footnote lines -> numbered notes, joined across lines and pages.

A note starts at a line that opens with the next number of the running sequence
(the number may be a separate raised glyph); lines before the first start on a page
continue the previous page's last note. Broken URLs are rejoined without spaces.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ..document import Note
from ..hyphenation import UrlEvidence
from ..patterns.layout import NOTE_FINISHED as _FINISHED
from .lines import Line, union_bbox
from .page import Page
from .roles import note_number
from .textjoin import join_line_spans


def _unfinished(text: str) -> bool:
    """Does a note's last line stop mid-sentence (so the next page carries it on)?"""
    return not _FINISHED.search(text)


def _accepts(number: int, last: int | None) -> bool:
    """Is ``number`` the plausible next note after ``last``? Allows a small skip."""
    if last is None:
        return number < 1000  # an excerpt may open on any note
    return last < number <= last + 3


def collect_notes(
    pages: list[Page],
    warnings: list[str],
    known_hyphenated: Container[str] = (),
    evidence: UrlEvidence | None = None,
) -> tuple[list[Note], list[Page]]:
    """Group footnote-role lines into notes; the pages come back with unnumbered
    small print (before any note) given back to the body."""
    notes: list[Note] = []
    parts: list[list[str]] = []
    first_lines: list[list[Line]] = []
    raw_lines: list[list[Line]] = []
    last: int | None = None
    demoted: set[int] = set()  # ids of small-print lines that belong to no note
    for page in pages:
        foot = [ln for ln in page.lines if ln.role == "footnote"]
        if not foot:
            continue
        started_here = False
        for ln in foot:
            opened = note_number(ln)
            if opened is not None and _accepts(opened[0], last):
                number, text = opened
                notes.append(Note(number=number, text="", page=ln.page))
                parts.append([text])
                first_lines.append([ln])
                raw_lines.append([ln])
                last = number
                started_here = True
                continue
            carried = not started_here and (
                ln.ruled or (ln.carry and notes and _unfinished(parts[-1][-1]))
            )
            if notes and (started_here or carried or raw_lines[-1][-1].page == ln.page):
                parts[-1].append(ln.text)
                raw_lines[-1].append(ln)
                if ln.page == notes[-1].page:
                    first_lines[-1].append(ln)
                continue
            demoted.add(id(ln))  # small print before any note: not a footnote
    for note, texts, lines_first, lines_all in zip(
        notes, parts, first_lines, raw_lines, strict=True
    ):
        spaces = [ln.ends_with_space for ln in lines_all]
        places = [(ln.page, ln.bbox) for ln in lines_all]
        note.text, note.lines = join_line_spans(
            texts, spaces, places, True, known_hyphenated, evidence, note.problems
        )
        note.bbox = union_bbox(lines_first)
    seen: set[int] = set()
    for note in notes:
        if note.number in seen:
            warnings.append(f"footnote {note.number} appears twice")
        seen.add(note.number)
    numbers = [n.number for n in notes]
    for a, b in zip(numbers, numbers[1:], strict=False):
        if b != a + 1:
            warnings.append(f"footnote numbering jumps from {a} to {b}")
    pages = [
        page.with_lines(replace(ln, role="body") if id(ln) in demoted else ln for ln in page.lines)
        if any(id(ln) in demoted for ln in page.lines)
        else page
        for page in pages
    ]
    return notes, pages
