"""Endnotes: notes gathered at the end of a chapter or of the report.

Some reports print no notes at the page foot: every note stands in one block after the
chapter's (or the report's) last paragraph, usually under a title of its own ("Noten",
"Eindnoten", "Notes"). Such a block is told from body text by its type and its
numbers, never by fixed sizes or positions:

- its lines are smaller than the body (the document's own body size);
- it opens with a numbered note line, right under an endnote title or, without one,
  where the numbered lines run on consecutively and their numbers stand as raised
  markers in the body;
- it runs on, across pages, as long as the lines keep the notes' small type; it ends
  where body text, a heading, a chapter or an annex title starts (see
  :func:`body_resumes`, also used for page-foot note blocks).

The block's lines become ``footnote`` lines (``ruled``: they belong to a settled note
zone, so an unnumbered line at the top of the next page carries the last note on), and
the title line drops out of the body (role ``notes_title``). The notes themselves are
then read by :func:`~emnextract.pdf.footnotes.collect_notes` like page-foot notes, and
their markers linked in the body the same way.
"""

from __future__ import annotations

from ..patterns.endnotes import ANNEX_TITLE, ENDNOTE_TITLE
from ..patterns.layout import NOTE_FINISHED as _FINISHED
from .lines import Line, line_with
from .page import Page
from .roles import DocStats, note_number

_FLOW_ROLES = ("body", "footnote", "toc")
MIN_UNTITLED_NOTES = 3  # consecutive notes that make an untitled block an endnote block


def _small(ln: Line, stats: DocStats) -> bool:
    return ln.size < stats.body_size - 0.15


def body_resumes(block: list[Line], stats: DocStats) -> int:
    """Index of the first line of ``block`` (note lines in reading order) where running
    text takes over again: a line in neither the notes' type nor smaller than the body
    (body text, a heading, a chapter title), or an annex title; ``len(block)`` when the
    notes run to its end. The notes' type is that of the block's first line."""
    if not block:
        return 0
    note_size = block[0].size
    for i, ln in enumerate(block[1:], start=1):
        if ANNEX_TITLE.match(ln.text) and (ln.bold or ln.size > note_size + 0.15):
            return i
        if abs(ln.size - note_size) <= 0.15 or _small(ln, stats):
            continue
        if ln.size >= stats.body_size - 0.15:
            return i
    return len(block)


def _goes_on(
    prev: tuple[int, int, Line],
    cur: tuple[int, int, Line],
    role: str,
    titled: bool,
    stats: DocStats,
) -> bool:
    """Does line ``cur`` still belong to the note block ``prev`` is in?

    It must keep the notes' small type; an untitled block keeps the role its first line
    had (page-foot notes never run on into small print of the next page); on a new page
    a line that opens no note goes on only when the last note is unfinished."""
    ln = cur[2]
    if not _small(ln, stats):
        return False
    if not titled and ln.role != role:
        return False
    if cur[0] != prev[0] and note_number(ln) is None:
        return not _FINISHED.search(prev[2].text)
    return True


def _marker_numbers(pages: list[Page]) -> set[int]:
    """Numbers printed as raised digits in body lines (candidate note markers)."""
    found: set[int] = set()
    for page in pages:
        for ln in page.lines:
            if ln.role != "body":
                continue
            for r in ln.runs[1:]:
                digits = r.text.strip()
                if r.sup and digits.isdigit() and len(digits) <= 4:
                    found.add(int(digits))
    return found


def _foot_note_numbers(pages: list[Page]) -> set[int]:
    """Numbers that open the page-foot notes already marked."""
    found: set[int] = set()
    for page in pages:
        for ln in page.lines:
            opened = note_number(ln) if ln.role == "footnote" else None
            if opened is not None:
                found.add(opened[0])
    return found


def _consecutive(numbers: list[int]) -> bool:
    if len(numbers) < 2:
        return False
    steps = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1)
    return steps >= 0.8 * (len(numbers) - 1)


def mark_endnotes(pages: list[Page], stats: DocStats) -> list[Page]:
    """Pages (lines in reading order) with their endnote blocks marked ``footnote``."""
    flow: list[tuple[int, int, Line]] = [
        (p, i, ln)
        for p, page in enumerate(pages)
        for i, ln in enumerate(page.lines)
        if ln.role in _FLOW_ROLES
    ]
    markers: set[int] | None = None
    changes: dict[tuple[int, int], Line] = {}
    k = 0
    while k < len(flow):
        _p, _i, ln = flow[k]
        titled = (
            ln.role == "body"
            and not _small(ln, stats)
            and ENDNOTE_TITLE.match(ln.text) is not None
            and k + 1 < len(flow)
            and _small(flow[k + 1][2], stats)
            and note_number(flow[k + 1][2]) is not None
        )
        start = k + 1 if titled else k
        first = flow[start][2] if start < len(flow) else None
        if first is None or not _small(first, stats) or note_number(first) is None:
            k += 1
            continue
        end = start + 1
        while end < len(flow) and _goes_on(flow[end - 1], flow[end], first.role, titled, stats):
            end += 1
        block = [f[2] for f in flow[start:end]]
        end = start + body_resumes(block, stats)
        block = block[: end - start]
        numbers = [n[0] for n in (note_number(b) for b in block) if n is not None]
        if not titled:
            if all(b.role == "footnote" for b in block):
                k = end  # an ordinary page-foot note block
                continue
            if markers is None:
                # markers of notes already printed at a page foot are no evidence
                markers = _marker_numbers(pages) - _foot_note_numbers(pages)
            evidence = sum(1 for n in numbers if n in markers)
            if (
                len(numbers) < MIN_UNTITLED_NOTES
                or not _consecutive(numbers)
                or evidence < 0.8 * len(numbers)
            ):
                k = end
                continue
        elif not (len(numbers) == 1 or _consecutive(numbers)):
            k = end
            continue
        if titled:
            p, i, title = flow[k]
            changes[(p, i)] = line_with(title, role="notes_title")
        for p, i, note_line in flow[start:end]:
            changes[(p, i)] = line_with(note_line, role="footnote", ruled=True, carry=False)
        k = end
    if not changes:
        return pages
    return [
        page.with_lines(changes.get((p, i), ln) for i, ln in enumerate(page.lines))
        if any((p, i) in changes for i in range(len(page.lines)))
        else page
        for p, page in enumerate(pages)
    ]
