"""Footnote lines -> numbered notes, joined across lines and pages.

A note starts at a line that opens with the next number of the running sequence
(the number may be a separate raised glyph); lines before the first start on a page
continue the previous page's last note, when that note stands on the page right before
(small print pages further on is no note running on, but a table or body text set small). Broken URLs are rejoined without spaces.

Numbering may start again (per chapter, per section, per page): a line opening with 1
after higher numbers starts a new run when it cannot be the previous note carrying on
(its number is a raised glyph, the previous note has ended, or note 2 follows it).
Each note keeps its printed number and gets the 1-based ``run`` it belongs to.
"""

from __future__ import annotations

from collections.abc import Container

from ..document import Note
from ..hyphenation import UrlEvidence
from ..patterns.layout import NOTE_FINISHED as _FINISHED
from .lines import Line, line_with, union_bbox
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


def _restarts(
    number: int, last: int | None, foot: list[Line], k: int, previous: str, marked: bool
) -> bool:
    """Does ``foot[k]`` (opening with ``number``) start numbering again at 1?

    ``marked``: a raised marker 1 stands in the body on this page or the one before (or
    the document marks no note with raised digits at all).
    """
    if number != 1 or last is None or not marked:
        return False
    ln = foot[k]
    opened = note_number(ln)
    if opened is None or opened[1][:1].isdigit():
        return False  # "1 01 01 12 …": a table row in small type, not a note
    if ln.runs[0].sup or not _unfinished(previous):
        return True
    for nxt in foot[k + 1 :]:  # note 2 follows within this page's notes
        following = note_number(nxt)
        if following is not None and following[0] == 2:
            return True
    return False


def _raised_ones(pages: list[Page]) -> tuple[set[int], bool]:
    """Pages whose body holds a raised marker 1, and whether any body digit is raised."""
    ones: set[int] = set()
    raised = False
    for page in pages:
        for ln in page.lines:
            if ln.role not in ("body", "box"):
                continue
            for r in ln.runs:
                if not r.sup:
                    continue
                digits = r.text.strip()
                if digits.isdigit():
                    raised = True
                    if digits == "1":
                        ones.add(page.number)
    return ones, raised


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
    run = 1
    ones, raised = _raised_ones(pages)
    demoted: set[int] = set()  # ids of small-print lines that belong to no note
    for page in pages:
        foot = [ln for ln in page.lines if ln.role == "footnote"]
        if not foot:
            continue
        started_here = False
        for k, ln in enumerate(foot):
            opened = note_number(ln)
            restart = (
                opened is not None
                and notes
                and _restarts(
                    opened[0],
                    last,
                    foot,
                    k,
                    parts[-1][-1] if parts else "",
                    not raised or bool({ln.page, ln.page - 1} & ones),
                )
            )
            if opened is not None and (restart or _accepts(opened[0], last)):
                number, text = opened
                run += 1 if restart else 0
                notes.append(Note(number=number, text="", page=ln.page, run=run))
                parts.append([text])
                first_lines.append([ln])
                raw_lines.append([ln])
                last = number
                started_here = True
                continue
            carried = (
                not started_here
                and bool(notes)
                and ln.page == raw_lines[-1][-1].page + 1  # a note runs on to the next page only
                and (ln.ruled or (ln.carry and _unfinished(parts[-1][-1])))
            )
            # Unnumbered small print atop a later column's foot (a figure label, a photo
            # credit) carries on the note before it only when that note is unfinished.
            loose = ln.carry and not ln.ruled and bool(notes) and not _unfinished(parts[-1][-1])
            if (
                notes
                and not loose
                and (started_here or carried or raw_lines[-1][-1].page == ln.page)
            ):
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
    for a, b in zip(notes, notes[1:], strict=False):
        if b.run == a.run and b.number != a.number + 1:
            warnings.append(f"footnote numbering jumps from {a.number} to {b.number}")
    pages = [
        page.with_lines(
            line_with(ln, role="body") if id(ln) in demoted else ln for ln in page.lines
        )
        if any(id(ln) in demoted for ln in page.lines)
        else page
        for page in pages
    ]
    return notes, pages
