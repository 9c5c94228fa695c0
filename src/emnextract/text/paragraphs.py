"""Paragraphs of a text dump: chunks cut into subheadings, boxes, captions, list items, body.

Also when a body paragraph cut by a page break, a footnote block or a stray blank
line carries on in the next chunk.
"""

from __future__ import annotations

from ..document import Para
from ..model import ParagraphKind
from ..patterns import layout
from .lines import Chunk, Line, box_line, soft_wrapped, title_like

_BULLET = layout.BULLET
_CAPTION = layout.CAPTION_START
_TERMINAL = layout.TERMINAL


class ParagraphPass:
    """Cuts chunks into typed paragraphs."""

    body_width: float

    @staticmethod
    def _open_body(
        paras: list[tuple[Para, list[str], Chunk]],
    ) -> tuple[Para, list[str], Chunk] | None:
        """The last body paragraph, looking past boxes and captions set inside it."""
        for item in reversed(paras):
            if item[0].kind in ("box", "caption"):
                continue
            return item if item[0].kind == "body" else None
        return None

    def _split_chunk(self, chunk: Chunk) -> list[tuple[ParagraphKind, list[Line]]]:
        """Cut a chunk into paragraphs with a kind: subheading, box, caption, list item, body."""
        lines = chunk.lines
        out: list[tuple[ParagraphKind, list[Line]]] = []
        if _CAPTION.match(lines[0].stripped):
            # caption lines are short; a long line after them is running text again
            n = 1
            while n < len(lines) and box_line(lines[n].stripped):
                n += 1
            if n == len(lines):
                return [("caption", lines)]
            return [("caption", lines[:n]), ("body", lines[n:])]
        if _BULLET.match(lines[0].text):
            return [("list_item", lines)]
        if len(lines) >= 2 and all(box_line(line.stripped) for line in lines):
            return [("box", lines)]
        if len(lines) == 1:
            line = lines[0]
            kind: ParagraphKind = (
                "subheading"
                if title_like(line.stripped, True) and not self._soft_wrapped(line)
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
        return soft_wrapped(line, self.body_width)

    def _heads_text(
        self, line: Line, nxt: Line, soft_ok: bool = False, second: bool = False
    ) -> bool:
        """A title line set above running text (a run-in subheading)."""
        s = line.stripped
        if not title_like(s, not second) or s.endswith("-"):
            return False
        if soft_ok:
            return title_like(nxt.stripped, False) and not nxt.stripped.endswith("-")
        if self._soft_wrapped(line):
            return False
        first = nxt.stripped[:1]
        if first.isdigit() and len(s) >= 0.9 * self.body_width:
            return False  # running text wrapped at the column edge before a number
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
