"""Read a plain-text dump of a report into a :class:`~emnextract.document.Document`.

A dump (text extracted from the PDF) has lost fonts and positions: footnote blocks sit
between body lines, markers are digits glued to words ("afgeschaft.13", "COA23"),
page numbers stand alone, chapter titles are unnumbered short lines. The reader
recovers structure from line shapes plus two running sequences: footnote numbers
(a line starting with a number is a note only when it is the next note) and section
numbers (a heading must follow the previous one).

Errors: an empty file, or one without any report structure (no numbered section and
no footnote) raises :class:`~emnextract.errors.EmnError` naming the problem.
Undecodable bytes fall back from UTF-8 to cp1252 (then latin-1) with a warning.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..document import Document, Note, Para
from ..errors import EmnError
from ..model import Section, Source
from ..patterns import layout
from ..patterns.hyphenation import EXT_HEAD, URL_TAIL
from ..source import sha256_of_bytes
from .footnotes import join_note_lines, vocabulary
from .markers import MarkerScanner

MARKER_WINDOW = 80  # lines around a note candidate searched for its marker
_HEADING = layout.SECTION_HEADING
_HEADING_SPACED = layout.SECTION_HEADING_SPACED
_CHAPTER = layout.CHAPTER_LINE
_NOTE = layout.FOOTNOTE_START
_PAGE = layout.PAGE_NUMBER
_FURNITURE = layout.FURNITURE
_FOOTER = layout.PAGE_FOOTER
_BULLET = layout.BULLET
_CAPTION = layout.CAPTION_START
_TERMINAL = layout.TERMINAL
_NOTE_DONE = layout.NOTE_DONE
_URL_TAIL = URL_TAIL
_EXT_HEAD = EXT_HEAD
_GLUED = layout.GLUED_MARKER


@dataclass(slots=True)
class Line:
    text: str  # without the newline (trailing spaces kept: a soft wrap sign)
    offset: int  # offset of the first non-space character in the file text

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class Chunk:
    """Consecutive body-ish lines; ``gap_before`` tells what separated it from the last chunk."""

    lines: list[Line]
    gap_before: set[str] = field(default_factory=set)  # blank | note | page | furniture | heading
    next_is_heading: bool = False


def decode(data: bytes, path: str, warnings: list[str]) -> str:
    """UTF-8 first; cp1252 then latin-1 for dumps written by older tools."""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8-sig":
            warnings.append(f"{path}: not UTF-8, read as {encoding}")
        return text
    raise EmnError(path, "cannot be decoded as text")  # pragma: no cover - latin-1 never fails


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        lines.append(Line(body, pos + lead))
        pos += len(raw)
    return lines


def _title_like(s: str, first: bool) -> bool:
    """A line that can be (part of) a title: short, no sentence end, capital first."""
    s = s.strip()
    if not s or len(s) > layout.MAX_TITLE_CHARS or _TERMINAL.search(s):
        return False
    if s.endswith(","):
        return False
    if first and not (s[0].isupper() or s[0].isdigit() or s[0] in "‘'\"("):
        return False
    return True


def _box_line(s: str) -> bool:
    return 0 < len(s.strip()) <= layout.MAX_BOX_LINE_CHARS


class _Reader:
    def __init__(self, text: str, source: Source, warnings: list[str]):
        self.text = text
        self.lines = split_lines(text)
        self.doc = Document(source=source, warnings=warnings)
        self.notes: list[tuple[int, list[Line]]] = []
        self.headings: list[tuple[int, str, str]] = []  # (line index, number, title)
        self.chunks: list[Chunk] = []
        self.body_width = self._body_width()

    def _body_width(self) -> float:
        """The running text's column width in characters (median of the longer lines)."""
        lengths = sorted(len(line.stripped) for line in self.lines if len(line.stripped) >= 40)
        return float(lengths[len(lengths) // 2]) if lengths else 100.0

    # ---- pass 1: notes, headings, page numbers, body chunks -------------------------
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
                first = m.group("text")[0]
                shaped = tabbed or line.text.startswith(" ") or note_open or "page" in gap
                if shaped or self._marker_near(idx, expected_note):
                    if tabbed or first.isupper() or not first.isalpha():
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
            j < len(self.lines)
            and _title_like(self.lines[j].stripped, not parts)
            and len(parts) < 3
        ):
            text = self.lines[j].text
            if _HEADING.match(text) or _HEADING_SPACED.match(text) or _NOTE.match(text):
                break
            if parts and not _box_line(self.lines[j].stripped):
                break
            parts.append(self.lines[j].stripped)
            j += 1
        return " ".join(" ".join(parts).split()), j - 1

    def _next_heading(self, h: regex.Match, last: tuple[int, ...] | None, line: Line) -> bool:
        """A space-separated heading must carry the very next section number."""
        if self._soft_wrapped(line) or len(h.group("title")) > layout.MAX_TITLE_CHARS:
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
        widest = max(len(ls[-1].stripped) for _n, ls in self.notes[-50:])
        widest = max(
            widest, max(len(ls[0].stripped) for _n, ls in self.notes[-50:]), self.body_width
        )
        return len(line.stripped) >= 0.8 * widest

    def _continues_note(self, s: str, after_blank: bool) -> bool:
        """Does this line carry on the open footnote (after a wrap, blank line or page break)?"""
        note_lines = self.notes[-1][1]
        so_far = note_lines[-1].stripped
        if not after_blank:
            return not (
                _HEADING.match(s)
                or _HEADING_SPACED.match(s)
                or _CHAPTER.match(s)
                or _CAPTION.match(s)
            )
        if not _NOTE_DONE.search(so_far):
            # after a blank line only a note cut mid-word or at the column edge goes on
            # ("Kamerstukken II 2021/22, 30175, nr. 414" is complete without a full stop)
            return so_far.endswith(("-", "/", ",")) or self._full_note_line(note_lines[-1])
        # a URL broken at its dot: ".../afgeschaft." + "aspx, geraadpleegd ..."
        return bool(_URL_TAIL.search(so_far) and _EXT_HEAD.match(s))

    @staticmethod
    def _heading_ok(h: regex.Match, last: tuple[int, ...] | None) -> bool:
        title = h.group("title").strip()
        if not title or not (title[0].isupper() or title[0].isdigit()):
            return False
        if len(title) > layout.MAX_TITLE_CHARS or _TERMINAL.search(title):
            return False
        number = tuple(int(p) for p in h.group("num").split("."))
        return last is None or number > last

    # ---- pass 2: chapters ---------------------------------------------------------------
    def build(self) -> None:
        self.scan()
        # Mark chunks directly followed by a heading line.
        heading_lines = {idx for idx, _number, _title in self.headings}
        line_pos = {id(line): i for i, line in enumerate(self.lines)}
        for chunk in self.chunks:
            last = line_pos[id(chunk.lines[-1])]
            chunk.next_is_heading = (last + 1) in heading_lines

        chapters = self._find_chapters(line_pos)
        self._emit(chapters, line_pos)

    def _title_lines(self, chunk: Chunk) -> int:
        """How many leading lines of ``chunk`` form a title (0 when none)."""
        n = 0
        for i, line in enumerate(chunk.lines):
            s = line.stripped
            fits = (
                len(s) <= layout.MAX_CHAPTER_LINE_CHARS
                if i == 0
                else _box_line(s) and _box_line(chunk.lines[i - 1].stripped)
            )
            if _title_like(s, first=i == 0) and fits:
                if _CAPTION.match(s):
                    break
                n += 1
                continue
            break
        return n

    def _find_chapters(self, line_pos: dict[int, int]) -> dict[int, tuple[str, str, int]]:
        """chunk index -> (chapter number, title, title line count)."""
        chapters: dict[int, tuple[str, str, int]] = {}
        first_line_of = [line_pos[id(c.lines[0])] for c in self.chunks]
        # chapters given explicitly ("Hoofdstuk 3") need no title search
        seen_chapters: set[int] = {int(n) for _i, n, _t in self.headings if "." not in n}
        prev_heading_line = -1
        for idx, number, _title in self.headings:
            chap = int(number.split(".")[0])
            if chap in seen_chapters:
                prev_heading_line = idx
                continue
            seen_chapters.add(chap)
            # nearest title-like chunk before this heading, after the previous heading
            for ci in range(len(self.chunks) - 1, -1, -1):
                if first_line_of[ci] >= idx:
                    continue
                if first_line_of[ci] <= prev_heading_line:
                    break
                n = self._title_lines(self.chunks[ci])
                if n and self._opens_chapter(self.chunks[ci], n):
                    title = " ".join(
                        " ".join(line.stripped for line in self.chunks[ci].lines[:n]).split()
                    )
                    chapters[ci] = (str(chap), title, n)
                    break
            else:
                self.doc.warnings.append(f"chapter {chap}: no title found before section {number}")
            prev_heading_line = idx
        # chapters without numbered sections ("Inleiding"): the nearest title-like chunks
        # before the next known chapter's title, one per missing number, going backwards
        # bounds as (chapter, first chunk after its title, chunks before its title)
        known = [(int(num), ci + 1, ci) for ci, (num, _t, _n) in chapters.items()]
        for idx, number, _title in self.headings:
            if "." not in number:  # explicit "Hoofdstuk N" line
                before = bisect.bisect_left(first_line_of, idx)
                known.append((int(number), before, before))
        bounds = [(0, 0, 0)] + sorted(known)
        for (low_num, low_after, _b), (high_num, _a, high_before) in zip(
            bounds, bounds[1:], strict=False
        ):
            low_ci = low_after - 1
            ci = high_before - 1
            for num in range(high_num - 1, low_num, -1):
                ci = self._previous_title_chunk(ci, low_ci)
                if ci is None:
                    break
                chunk = self.chunks[ci]
                n = self._title_lines(chunk)
                chapters[ci] = (str(num), self._joined(chunk.lines[:n]), n)
                ci -= 1
        return chapters

    def _previous_title_chunk(self, ci: int, stop: int) -> int | None:
        """Index of the nearest chunk at or before ``ci`` (after ``stop``) opening a chapter."""
        while ci > stop:
            chunk = self.chunks[ci]
            n = self._title_lines(chunk)
            if n and self._joined(chunk.lines[:n]).lower() in layout.FRONT_MATTER_TITLES:
                return None  # front matter is no chapter
            if (
                n
                and self._opens_chapter(chunk, n)
                and chunk.gap_before & {"blank", "note", "page", "furniture"}
            ):
                return ci
            ci -= 1
        return None

    @staticmethod
    def _joined(lines: list[Line]) -> str:
        return " ".join(" ".join(line.stripped for line in lines).split())

    def _opens_chapter(self, chunk: Chunk, n: int) -> bool:
        """A chapter title stands right before its first heading or opens running text."""
        if chunk.next_is_heading and n == len(chunk.lines):
            return True
        if n < len(chunk.lines):
            return len(chunk.lines) - n >= 2 or not _title_like(chunk.lines[n].stripped, True)
        return False

    # ---- pass 3: sections, paragraphs, footnotes ---------------------------------------
    def _emit(self, chapters: dict[int, tuple[str, str, int]], line_pos: dict[int, int]) -> None:
        doc = self.doc
        events: list[tuple[int, str, object]] = []
        for idx, number, title in self.headings:
            events.append((idx, "heading", (number, title)))
        for ci, chunk in enumerate(self.chunks):
            events.append((line_pos[id(chunk.lines[0])], "chunk", ci))
        events.sort(key=lambda e: (e[0], 0 if e[1] == "heading" else 1))

        section: str | None = None
        chapter: str | None = None
        paras: list[tuple[Para, list[str], Chunk]] = []  # para, raw lines (for joining)

        for line_idx, kind, payload in events:
            if kind == "heading":
                number, title = payload  # type: ignore[misc]
                parts = number.split(".")
                parent = ".".join(parts[:-1]) or None
                doc.sections.append(
                    Section(
                        number=number,
                        title=title,
                        level=len(parts),
                        parent=parent,
                        offset=self.lines[line_idx].offset,
                    )
                )
                section = number
                chapter = parts[0]
                continue
            ci = payload  # type: ignore[assignment]
            chunk = self.chunks[ci]
            lines = chunk.lines
            if ci in chapters:
                num, title, n = chapters[ci]
                doc.sections.append(
                    Section(number=num, title=title, level=1, parent=None, offset=lines[0].offset)
                )
                section = chapter = num
                lines = lines[n:]
                if not lines:
                    continue
                chunk = Chunk(lines, {"heading"})
            elif section is None or chapter is None:
                n = self._title_lines(chunk)
                title = " ".join(
                    " ".join(line.stripped for line in chunk.lines[:n]).split()
                ).lower()
                if title in layout.FRONT_MATTER_TITLES:
                    section = None
            for para_kind, para_lines in self._split_chunk(chunk):
                prev = self._open_body(paras)
                if (
                    para_kind == "body"
                    and prev is not None
                    and prev[0].section == section
                    and self._continues_paragraph(prev[1], para_lines)
                ):
                    prev[1].extend(line.text for line in para_lines)
                    continue
                para = Para(text="", kind=para_kind, section=section, offset=para_lines[0].offset)
                paras.append((para, [line.text for line in para_lines], chunk))
        # a margin box standing right above a photo credit is the photo's caption
        for (para, _lines, _c), (nxt, _l2, _c2) in zip(paras, paras[1:], strict=False):
            if para.kind == "box" and nxt.kind == "caption":
                para.kind = "caption"

        scanner = MarkerScanner(start=self.notes[0][0] if self.notes else 1)
        from ..hyphenation import dehyphenate, hyphenated_compounds, marks_wraps_with_space

        compounds = hyphenated_compounds(self.text)
        soft_wraps = marks_wraps_with_space(self.text.split("\n"))

        for para, raw_lines, _chunk in paras:
            cleaned = [layout.MARGIN_BAR.sub("", line) for line in raw_lines]
            if para.kind == "list_item":
                cleaned[0] = _BULLET.sub("", cleaned[0], count=1)
            text = " ".join(dehyphenate(cleaned, compounds, soft_wraps).split())
            para.text, para.markers = scanner.scan(text)
            doc.paragraphs.append(para)

        vocab = vocabulary(self.text)
        for number, note_lines in self.notes:
            doc.footnotes.append(
                Note(
                    number=number,
                    text=join_note_lines([line.text for line in note_lines], vocab),
                    offset=note_lines[0].offset,
                )
            )
        for number in scanner.skipped:
            doc.warnings.append(
                f"marker {number}: not found in the body (the sequence jumped over it)"
            )
        self._assign_pages()

    def _assign_pages(self) -> None:
        """Pages from form feeds (pdftotext writes one per page); without them pages stay null."""
        breaks = [i for i, ch in enumerate(self.text) if ch == "\f"]
        if not breaks:
            return
        # a form feed at the very start opens page 1 rather than ending page 0
        breaks = [b for b in breaks if self.text[:b].strip()]

        def page_at(offset: int | None) -> int | None:
            return None if offset is None else bisect.bisect_right(breaks, offset) + 1

        doc = self.doc
        for section in doc.sections:
            section.page = page_at(section.offset)
        for para in doc.paragraphs:
            para.page = page_at(para.offset)
            for marker in para.markers:
                marker.page = para.page
        for note in doc.footnotes:
            note.page = page_at(note.offset)
        doc.source.pages = (
            len(breaks) + (0 if self.text[breaks[-1] :].strip() == "" else 1) if breaks else None
        )

    @staticmethod
    def _open_body(paras: list) -> tuple | None:
        """The last body paragraph, looking past boxes and captions set inside it."""
        for item in reversed(paras):
            if item[0].kind in ("box", "caption"):
                continue
            return item if item[0].kind == "body" else None
        return None

    def _split_chunk(self, chunk: Chunk) -> list[tuple[str, list[Line]]]:
        """Cut a chunk into paragraphs with a kind: subheading, box, caption, list item, body."""
        lines = chunk.lines
        out: list[tuple[str, list[Line]]] = []
        if _CAPTION.match(lines[0].stripped):
            # caption lines are short; a long line after them is running text again
            n = 1
            while n < len(lines) and _box_line(lines[n].stripped):
                n += 1
            if n == len(lines):
                return [("caption", lines)]
            return [("caption", lines[:n]), ("body", lines[n:])]
        if _BULLET.match(lines[0].text):
            return [("list_item", lines)]
        if len(lines) >= 2 and all(_box_line(line.stripped) for line in lines):
            return [("box", lines)]
        if len(lines) == 1:
            line = lines[0]
            kind = (
                "subheading"
                if _title_like(line.stripped, True) and not self._soft_wrapped(line)
                else "body"
            )
            return [(kind, lines)]
        if (
            len(lines) >= 3
            and self._heads_text(lines[0], lines[1], soft_ok=True)
            and self._heads_text(lines[1], lines[2], second=True)
            and len(lines[1].stripped) <= 0.85 * self.body_width
        ):
            out.append(("subheading", lines[:2]))  # a title wrapped over two lines
            lines = lines[2:]
        elif self._heads_text(lines[0], lines[1]):
            out.append(("subheading", lines[:1]))
            lines = lines[1:]
        out.append(("body", lines))
        return out

    def _soft_wrapped(self, line: Line) -> bool:
        """A line of running text cut at the column edge: near full width, ending in one space."""
        text = line.text
        return (
            text.endswith(" ")
            and not text.endswith("  ")
            and len(line.stripped) >= 0.75 * self.body_width
        )

    def _heads_text(
        self, line: Line, nxt: Line, soft_ok: bool = False, second: bool = False
    ) -> bool:
        """A title line set above running text (a run-in subheading)."""
        s = line.stripped
        if not _title_like(s, not second) or s.endswith("-"):
            return False
        if soft_ok:
            return _title_like(nxt.stripped, False) and not nxt.stripped.endswith("-")
        if self._soft_wrapped(line):
            return False
        first = nxt.stripped[:1]
        return first.isupper() or first.isdigit() or first in "‘'\"("

    @staticmethod
    def _continues_paragraph(prev_lines: list[str], nxt: list[Line]) -> bool:
        """A body paragraph cut by a page break, footnote block or stray blank line."""
        last = prev_lines[-1].strip()
        first = nxt[0].stripped
        if not last or not first:
            return False
        if last.endswith("-") and first[0].islower():
            return True
        return not _TERMINAL.search(last) and first[0].islower()


def read_text(path: str | Path) -> Document:
    """Read a text dump into a Document (sections, paragraphs, footnotes, markers)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EmnError(str(path), f"cannot be read ({exc.strerror})") from None
    warnings: list[str] = []
    text = decode(data, str(path), warnings)
    if not text.strip():
        raise EmnError(str(path), "is empty (no text to read)")
    source = Source(path=str(path), sha256=sha256_of_bytes(data), kind="text")
    reader = _Reader(text, source, warnings)
    reader.build()
    doc = dataclasses.replace(reader.doc)  # a finished Document: ids given to its units
    if not doc.sections and not doc.footnotes:
        raise EmnError(
            str(path), "does not look like a report: no numbered sections and no footnotes"
        )
    return doc
