"""The numbered section tree of a PDF report: which heading numbers continue it.

A numbered line is a heading only when its number continues the tree sanely (the
next section, a first subsection, a new chapter seen through its first section) and
its level keeps the type its level was first seen in.
"""

from __future__ import annotations

from typing import Any

from ..model import Section


class SectionTree:
    """The numbered section tree: accepts only numbers that continue it sanely."""

    def __init__(self) -> None:
        self.path: list[int] = []  # current numbers, e.g. [4, 3, 2]
        self.styles: dict[int, tuple[float, bool]] = {}  # level -> (size, bold) seen first

    def fits(
        self,
        parts: list[int],
        style: tuple[float, bool] | None = None,
        chapter_type: bool = False,
        opens: bool = False,
    ) -> bool:
        """``chapter_type``: the line is set in the document's chapter type at a page
        top, so a first chapter may carry any number (an excerpt opening on chapter 6).
        ``opens``: its own first subsection (N.1) is the next heading line, so the
        chapter may skip numbers (a report printing a selection of its chapters)."""
        level = len(parts)
        known = self.styles.get(level)
        if style is not None and known is not None:
            if abs(known[0] - style[0]) > 0.3 or known[1] != style[1]:
                return False  # headings of one level share their type
        if level == 1:
            if not self.path:
                return 1 <= parts[0] <= (99 if chapter_type else 3) or opens
            return self.path[0] < parts[0] <= self.path[0] + 2 or (
                opens and self.path[0] < parts[0]
            )
        if len(self.path) < level - 1:
            if level == 2 and not self.path:
                return parts[1] <= 2  # first numbered section, chapter unseen
            return False
        if parts[:-1] != self.path[: level - 1]:
            # a new chapter seen only through its first section ("5.1" after "4.3")
            if level == 2 and self.path and self.path[0] < parts[0] <= self.path[0] + 2:
                return parts[1] <= 2
            return False
        prev = self.path[level - 1] if len(self.path) >= level else 0
        return prev < parts[-1] <= prev + 2

    def take(self, parts: list[int], style: tuple[float, bool] | None = None) -> None:
        self.path = list(parts)
        if style is not None:
            self.styles.setdefault(len(parts), style)


def chapter_of(number: str, opening: dict[str, Any]) -> Section:
    """The chapter (level 1) that a chapter opening (title, page, bbox) starts."""
    return Section(
        number=number,
        title=opening["title"],
        level=1,
        parent=None,
        page=opening["page"],
        bbox=opening["bbox"],
    )


def number_openings(openings: list[dict[str, Any]], sections: list[Section]) -> None:
    """Number the unnumbered chapter openings that sit between two known chapters.

    ``openings`` are the chapter openings in document order (``number`` None when
    unknown; ``title``, ``page``, ``bbox``, ``index`` in ``sections`` and ``paras``
    under it); an opening right before chapter N (after chapter N-2) is chapter N-1,
    inserted into ``sections`` and given to its paragraphs.
    """
    for i, op in enumerate(openings):
        if op.get("number") is not None or "paras" not in op:
            continue
        nxt = openings[i + 1]["number"] if i + 1 < len(openings) else None
        before = [o["number"] for o in openings[:i] if o.get("number") is not None]
        prev_n = before[-1] if before else 0
        if nxt is not None and nxt - 1 == prev_n + 1 and nxt - 1 >= 1:
            number = str(nxt - 1)
            op["number"] = nxt - 1
            sec = chapter_of(number, op)
            sections.insert(op["index"], sec)
            for later in openings[i + 1 :]:
                if "index" in later:
                    later["index"] += 1
            for p in op["paras"]:
                p.section = number
