"""Pass 2 of the dump reader: chapter titles, which a dump prints as short unnumbered lines.

A chapter is found from its numbered sections (the nearest title-like chunk before
its first section) or, for chapters without sections, between the known ones.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..document import Document
from ..patterns import layout
from .lines import Chunk, Line, box_line, title_like

_CAPTION = layout.CAPTION_START


class ChapterPass:
    """Tells which chunks open a chapter, and with which number and title."""

    chunks: list[Chunk]
    headings: list[tuple[int, str, str]]  # (line index, number, title)
    doc: Document

    def _title_lines(self, chunk: Chunk) -> int:
        """How many leading lines of ``chunk`` form a title (0 when none)."""
        n = 0
        for i, line in enumerate(chunk.lines):
            s = line.stripped
            fits = (
                len(s) <= layout.MAX_CHAPTER_LINE_CHARS
                if i == 0
                else box_line(s) and box_line(chunk.lines[i - 1].stripped)
            )
            if title_like(s, first=i == 0) and fits:
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
                title_ci = self._previous_title_chunk(ci, low_ci)
                if title_ci is None:
                    break
                ci = title_ci
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

    def _part_title(
        self,
        kind: str,
        lines: list[Line],
        after: Sequence[tuple[str, list[Line]]],
        next_chunk: Chunk | None,
        chapter: str | None,
    ) -> str | None:
        """The title of an unnumbered part (Samenvatting, Bijlage A, Literatuurlijst) or None.

        A part title is a subheading of its own (one or two title lines) that is a front
        title before the first chapter, or a back title or annex label anywhere, with
        running text after it: in its chunk, or the next chunk opening with text.
        """
        if kind != "subheading":
            return None
        title = self._joined(lines)
        front = chapter is None and layout.PART_FRONT.fullmatch(title) is not None
        back = layout.PART_BACK.fullmatch(title) is not None
        annex = layout.PART_ANNEX.match(title) is not None
        if not (front or back or annex):
            return None
        if after:
            return title if after[0][0] in ("body", "list_item") else None
        if next_chunk is None:
            return None
        first = next_chunk.lines[0].stripped
        if len(next_chunk.lines) >= 2 or not title_like(first, True):
            return title
        return None

    def _opens_chapter(self, chunk: Chunk, n: int) -> bool:
        """A chapter title stands right before its first heading or opens running text."""
        if chunk.next_is_heading and n == len(chunk.lines):
            return True
        if n < len(chunk.lines):
            return len(chunk.lines) - n >= 2 or not title_like(chunk.lines[n].stripped, True)
        return False
