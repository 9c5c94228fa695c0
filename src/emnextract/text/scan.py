"""Pass 1 of the dump reader: notes, headings, page furniture, and chunks of body lines.

Two running sequences decide: a line starting with a number is a note only when it
is the next note (and its marker stands nearby or the line has a note's shape), and
a heading must follow the previous one. Note numbering may start again (per chapter,
per page): a note line "1" in a note block's shape (a tab after the number), after a
finished note and with a marker 1 nearby, opens a new run.
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
_CLAUSE = layout.CLAUSE_MARK
MARKER_WINDOW = 80  # lines around a note candidate searched for its marker


def _heading_shaped(text: str) -> bool:
    """The text after a line's number reads as a title ("2 Terugkeer"): short, capital
    first, without a sentence end or clause mark ("Kamerstukken II 2020/21, 32317")."""
    return (
        text[:1].isupper()
        and len(text) <= layout.MAX_CHAPTER_LINE_CHARS
        and title_like(text, first=True)
        and not _CLAUSE.search(text)
    )


class ScanPass:
    """Finds notes, headings and furniture line by line; the rest goes into chunks."""

    text: str
    lines: list[Line]
    notes: list[tuple[int, list[Line]]]
    note_runs: list[int]  # indexes in notes where numbering starts again
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
            if (
                m
                and m.group("text")
                and int(m.group("num")) == 1
                and expected_note > 2
                and self._restarts(idx, line.text, m)
            ):
                expected_note = 1
                self.note_runs.append(len(self.notes))
            if m and m.group("text") and int(m.group("num")) == expected_note:
                tabbed = "\t" in line.text[: m.start("text")]
                initial = m.group("text")[0]
                shaped = tabbed or line.text.startswith(" ") or note_open or "page" in gap
                if (
                    shaped or self._marker_near(idx, expected_note)
                ) and not self._title_over_marker(idx, expected_note, m.group("text"), shaped):
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
                if (
                    first_line is not None
                    and self._marker_near(idx, expected_note)
                    and not self._title_over_marker(
                        idx, expected_note, self.lines[first_line].stripped, note_open
                    )
                ):
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

    def _restarts(self, idx: int, text: str, m: regex.Match[str]) -> bool:
        """Does note line ``idx`` ("1<tab>Text") start the numbering again?"""
        if "\t" not in text[: m.start("text")] or not self.notes:
            return False
        initial = m.group("text")[0]
        if initial.isalpha() and not initial.isupper():
            return False
        last = self.notes[-1][1][-1].stripped
        return bool(_NOTE_DONE.search(last) or _URL_TAIL.search(last)) and self._marker_near(idx, 1)

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
        tab of a note block is a note only when a "…afgeschaft.12" stands nearby (a dump
        may print a page's notes above its text, so the marker may come after the note).
        """
        lo, hi = max(0, idx - MARKER_WINDOW), min(len(self.lines), idx + MARKER_WINDOW)
        return self._marker_line(number, lo, hi, idx) is not None

    def _marker_line(self, number: int, lo: int, hi: int, skip: int) -> int | None:
        """The first body line in ``lo:hi`` (not ``skip``) with marker ``number`` glued on."""
        digits = str(number)
        for j in range(lo, hi):
            if j == skip or _NOTE.match(self.lines[j].text):
                continue
            if any(m.group("num") == digits for m in _GLUED.finditer(self.lines[j].text)):
                return j
        return None

    def _title_over_marker(self, idx: int, number: int, text: str, shaped: bool) -> bool:
        """Is line ``idx`` ("1 Inleiding", ``text`` after its number) a numbered title over
        the text holding the marker of its number, rather than that marker's note?

        A line shaped as a title is a note when a marker of its number stands above it.
        Else it is a heading: a bare line at once, and a line in a note's shape (``shaped``:
        a tab, an indent, inside a block of notes) when its first marker below is followed
        by another line opening with that number ("…gewijzigd.1", then "1 Staatsblad …"),
        the note of that marker. A dump may print a page's notes above its text, so a note
        in a note's shape keeps a marker below it that no other line claims.
        """
        if not _heading_shaped(text):
            return False
        if self._marker_line(number, max(0, idx - MARKER_WINDOW), idx, idx) is not None:
            return False
        if not shaped:
            return True
        end = min(len(self.lines), idx + MARKER_WINDOW)
        marker = self._marker_line(number, idx + 1, end, idx)
        if marker is None:
            return False
        for k in range(marker + 1, min(len(self.lines), marker + MARKER_WINDOW)):
            line = self.lines[k]
            note = _NOTE.match(line.text)
            if note and note.group("text") and int(note.group("num")) == number:
                return True
            lone = _PAGE.match(line.stripped)
            if lone and int(lone.group("num")) == number and self._note_text_after(k) is not None:
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
