"""Pass 1 of the dump reader: notes, headings, page furniture, and chunks of body lines.

Two running sequences decide: a line starting with a number is a note only when it
is the next note (and its marker stands nearby or the line has a note's shape), and
a heading must follow the previous one.
"""

from __future__ import annotations

import regex

from ..patterns import layout
from ..patterns.hyphenation import EXT_HEAD, URL_TAIL
from .endnotes import endnote_block, ends_note
from .footnotes import note_goes_on
from .lines import Chunk, Line, box_line, soft_wrapped, title_like

_HEADING = layout.SECTION_HEADING
_HEADING_SPACED = layout.SECTION_HEADING_SPACED
_CHAPTER = layout.CHAPTER_LINE
_NOTE = layout.FOOTNOTE_START
_PAGE = layout.PAGE_NUMBER
_FURNITURE = layout.FURNITURE
_FOOTER = layout.PAGE_FOOTER
_CAPTION = layout.CAPTION_START
_TERMINAL = layout.TERMINAL
_NOTE_DONE = layout.NOTE_DONE
_URL_TAIL = URL_TAIL
_EXT_HEAD = EXT_HEAD
_GLUED = layout.GLUED_MARKER
MARKER_WINDOW = 80  # lines around a note candidate searched for its marker


class ScanPass:
    """Finds notes, headings and furniture line by line; the rest goes into chunks."""

    text: str
    lines: list[Line]
    notes: list[tuple[int, list[Line]]]
    headings: list[tuple[int, str, str]]  # (line index, number, title)
    chunks: list[Chunk]
    body_width: float

    def scan(self) -> None:
        expected_note = 1
        note_open = False  # the last note may still continue
        blank_since_note = False
        last_heading: tuple[int, ...] | None = None
        current: list[Line] = []
        gap: set[str] = set()
        skip_to = -1

        def flush() -> None:
            nonlocal current, gap
            if current:
                self.chunks.append(Chunk(current, gap))
                gap = set()
            current = []

        for idx, line in enumerate(self.lines):
            if idx <= skip_to:
                continue  # already taken (a chapter title, a note's first line)
            s = line.stripped
            if not s:
                if current:
                    flush()
                gap.add("blank")
                if note_open:
                    blank_since_note = True
                continue
            block = endnote_block(self.lines, idx, self.body_width)
            if block is not None:
                flush()
                gap.add("note")
                self.notes.extend(block.notes)
                expected_note = block.notes[-1][0] + 1
                note_open = False
                skip_to = block.end - 1
                continue
            m = _NOTE.match(line.text)
            if not self.notes:
                # an excerpt may start mid-document: its first note sets the sequence
                first = m if m and m.group("text") else _PAGE.match(s)
                if first and int(first.group("num")) != expected_note:
                    tabbed = m is not None and "\t" in line.text[: m.start("text")]
                    note_like = (
                        m.group("text")[0].isupper() or not m.group("text")[0].isalpha()
                        if m is not None and m.group("text")
                        else self._note_text_after(idx) is not None
                    )
                    if tabbed or (note_like and self._marker_near(idx, int(first.group("num")))):
                        expected_note = int(first.group("num"))
            if m and m.group("text") and int(m.group("num")) == expected_note:
                tabbed = "\t" in line.text[: m.start("text")]
                initial = m.group("text")[0]
                shaped = tabbed or line.text.startswith(" ") or note_open or "page" in gap
                if shaped or self._marker_near(idx, expected_note):
                    if tabbed or initial.isupper() or not initial.isalpha():
                        flush()
                        gap.add("note")
                        self.notes.append(
                            (
                                expected_note,
                                [
                                    Line(
                                        m.group("text"),
                                        line.offset
                                        + m.start("text")
                                        - len(line.text)
                                        + len(line.text.lstrip()),
                                    )
                                ],
                            )
                        )
                        expected_note += 1
                        note_open, blank_since_note = True, False
                        continue
            lone = _PAGE.match(s)
            if lone and int(lone.group("num")) == expected_note:
                # the note number on a line of its own, its text on the next line
                first_line = self._note_text_after(idx)
                if first_line is not None and self._marker_near(idx, expected_note):
                    flush()
                    gap.add("note")
                    self.notes.append((expected_note, [self.lines[first_line]]))
                    expected_note += 1
                    note_open, blank_since_note = True, False
                    skip_to = first_line
                    continue
            if _FOOTER.match(s):
                flush()
                gap.add("page")
                if note_open:
                    blank_since_note = True  # a page break: the note may go on below
                continue
            if note_open and self._continues_note(s, blank_since_note):
                self.notes[-1][1].append(line)
                blank_since_note = False
                continue
            note_open = False
            c = _CHAPTER.match(line.text)
            if c:
                flush()
                title, skip_to = self._chapter_title(c.group("title"), idx)
                number = c.group("num")
                last_heading = (int(number),)
                self.headings.append((idx, number, title))
                gap = {"heading"}
                continue
            h = _HEADING.match(line.text)
            if not (h and self._heading_ok(h, last_heading)):
                spaced = _HEADING_SPACED.match(line.text)
                h = spaced if spaced and self._next_heading(spaced, last_heading, line) else None
            if h and self._heading_ok(h, last_heading):
                flush()
                number = h.group("num")
                last_heading = tuple(int(p) for p in number.split("."))
                self.headings.append((idx, number, " ".join(h.group("title").split())))
                gap = {"heading"}
                continue
            if _PAGE.match(s):
                flush()
                gap.add("page")
                continue
            if _FURNITURE.match(s):
                flush()
                gap.add("furniture")
                continue
            current.append(line)
        flush()

    def _note_text_after(self, idx: int) -> int | None:
        """Index of the line right under a lone note number, when it can be note text."""
        j = idx + 1
        if j < len(self.lines) and not self.lines[j].stripped:
            j += 1  # one blank line may stand between number and text
        if j >= len(self.lines) or not self.lines[j].stripped:
            return None
        if "\f" in self.text[self.lines[idx].offset : self.lines[j].offset]:
            return None  # a number right before a form feed is the page's number
        text = self.lines[j].text
        if (
            _PAGE.match(text)
            or _NOTE.match(text)
            or _HEADING.match(text)
            or _HEADING_SPACED.match(text)
        ):
            return None
        return j

    def _marker_near(self, idx: int, number: int) -> bool:
        """Is marker ``number`` glued to a word in the body lines around line ``idx``?

        Notes sit on the page of their marker, so a line "12 Staatsblad ..." without the
        tab of a note block is a note only when a "…afgeschaft.12" stands nearby.
        """
        digits = str(number)
        lo, hi = max(0, idx - MARKER_WINDOW), min(len(self.lines), idx + MARKER_WINDOW)
        for j in range(lo, hi):
            if j == idx or _NOTE.match(self.lines[j].text):
                continue
            if any(m.group("num") == digits for m in _GLUED.finditer(self.lines[j].text)):
                return True
        return False

    def _chapter_title(self, inline: str, idx: int) -> tuple[str, int]:
        """Title of an explicit chapter line: on the line itself, or the short lines under it."""
        if inline:
            return " ".join(inline.split()), idx
        parts: list[str] = []
        j = idx + 1
        while j < len(self.lines) and not self.lines[j].stripped:
            j += 1
        while (
            j < len(self.lines) and title_like(self.lines[j].stripped, not parts) and len(parts) < 3
        ):
            text = self.lines[j].text
            if _HEADING.match(text) or _HEADING_SPACED.match(text) or _NOTE.match(text):
                break
            if parts and not box_line(self.lines[j].stripped):
                break
            parts.append(self.lines[j].stripped)
            j += 1
        return " ".join(" ".join(parts).split()), j - 1

    def _next_heading(self, h: regex.Match[str], last: tuple[int, ...] | None, line: Line) -> bool:
        """A space-separated heading must carry the very next section number."""
        if soft_wrapped(line, self.body_width) or len(h.group("title")) > layout.MAX_TITLE_CHARS:
            return False
        number = tuple(int(p) for p in h.group("num").split("."))
        if last is None:
            return all(p == 1 for p in number[1:])
        successors = {last + (1,)}
        for k in range(1, len(last) + 1):
            successors.add(last[: k - 1] + (last[k - 1] + 1,) + ((1,) if k == 1 else ()))
        return number in successors

    def _full_note_line(self, line: Line) -> bool:
        """A note line running to the column edge (so its text wraps on)."""
        widest: float = max(len(ls[-1].stripped) for _n, ls in self.notes[-50:])
        widest = max(
            widest, max(len(ls[0].stripped) for _n, ls in self.notes[-50:]), self.body_width
        )
        return len(line.stripped) >= 0.8 * widest

    def _continues_note(self, s: str, after_blank: bool) -> bool:
        """Does this line carry on the open footnote (after a wrap, blank line or page break)?"""
        note_lines = self.notes[-1][1]
        wrapped = self._full_note_line(note_lines[-1])
        return note_goes_on(note_lines[-1].stripped, s, after_blank, wrapped, ends_note)

    @staticmethod
    def _heading_ok(h: regex.Match[str], last: tuple[int, ...] | None) -> bool:
        title = h.group("title").strip()
        if not title or not (title[0].isupper() or title[0].isdigit()):
            return False
        if len(title) > layout.MAX_TITLE_CHARS or _TERMINAL.search(title):
            return False
        number = tuple(int(p) for p in h.group("num").split("."))
        return last is None or number > last
