"""Endnotes in a text dump: notes gathered at the end of a chapter or of the report.

A dump of such a report has no note blocks between body lines: after a chapter's last
paragraph (or at the report's end) comes a title ("Noten", "Eindnoten", "Notes") and
under it the numbered notes, far from their markers. :func:`endnote_block` reads one
such block from its title on: each note opens with the next number of its sequence
(the first one sets it), wraps over lines and page breaks, and ends where the next
note, a heading, a chapter or annex title, or body text starts (see
:func:`~emnextract.text.footnotes.note_goes_on`). The notes are then the document's
footnotes like any other, their markers found in the body by the running sequence.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..patterns import layout
from ..patterns.endnotes import ANNEX_TITLE, ENDNOTE_TITLE
from .footnotes import note_goes_on
from .lines import Line

_NOTE = layout.FOOTNOTE_START
_PAGE = layout.PAGE_NUMBER
_FOOTER = layout.PAGE_FOOTER
_FURNITURE = layout.FURNITURE
_HEADING = layout.SECTION_HEADING
_HEADING_SPACED = layout.SECTION_HEADING_SPACED
_CHAPTER = layout.CHAPTER_LINE
_CAPTION = layout.CAPTION_START
MAX_SKIP = 3  # a note number may jump this far over a missing note


def ends_note(s: str) -> bool:
    """Does this line start something a note never runs into (a heading, a chapter,
    annex or endnote title, a caption)?"""
    return bool(
        _HEADING.match(s)
        or _HEADING_SPACED.match(s)
        or _CHAPTER.match(s)
        or _CAPTION.match(s)
        or ANNEX_TITLE.match(s)
        or ENDNOTE_TITLE.match(s)
    )


@dataclass
class EndnoteBlock:
    """The notes under one endnote title: ``end`` is the index of the first line after
    the block (where running text, a title or the file's end comes)."""

    title: int
    end: int
    notes: list[tuple[int, list[Line]]]


def _first_line(line: Line) -> tuple[int, Line] | None:
    m = _NOTE.match(line.text)
    if not m or not m.group("text"):
        return None
    text = m.group("text")
    tabbed = "\t" in line.text[: m.start("text")]
    if not (tabbed or text[0].isupper() or not text[0].isalpha()):
        return None
    start = line.offset + m.start("text") - len(line.text) + len(line.text.lstrip())
    return int(m.group("num")), Line(text, start)


def endnote_block(lines: list[Line], idx: int, width: float) -> EndnoteBlock | None:
    """The endnote block whose title stands at line ``idx``, or None when no numbered
    note follows the title (then it is an ordinary line). ``width`` is the running
    text's column width in characters (a note line near it wrapped onto the next)."""
    if not ENDNOTE_TITLE.match(lines[idx].text):
        return None
    j = idx + 1
    while j < len(lines) and not lines[j].stripped:
        j += 1
    if j >= len(lines) or _first_line(lines[j]) is None:
        return None
    notes: list[tuple[int, list[Line]]] = []
    after_blank = False
    widest = width
    k = j
    end = j
    while k < len(lines):
        line = lines[k]
        s = line.stripped
        if not s or "\f" in line.text and not s.replace("\f", "").strip():
            after_blank = True
            k += 1
            continue
        opened = _first_line(line)
        if opened is not None and (
            not notes or notes[-1][0] < opened[0] <= notes[-1][0] + MAX_SKIP
        ):
            notes.append((opened[0], [opened[1]]))
            widest = max(widest, len(s))
            after_blank = False
            end = k + 1
            k += 1
            continue
        if _FOOTER.match(s) or _FURNITURE.match(s) or (_PAGE.match(s) and not opened):
            after_blank = True  # a page break inside the block
            k += 1
            continue
        last = notes[-1][1][-1]
        wrapped = len(last.stripped) >= 0.8 * widest
        if not note_goes_on(last.stripped, s, after_blank, wrapped, ends_note):
            break
        notes[-1][1].append(line)
        widest = max(widest, len(s))
        after_blank = False
        end = k + 1
        k += 1
    return EndnoteBlock(idx, end, notes)
