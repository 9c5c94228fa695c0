"""A PDF page as the reader sees it: its number, size, lines and drawn rects.

Like pdfplumber's ``Page``, it owns its content and geometry; the rules, frames and
shades drawn on it are derived from its rects on demand. A rect is kept as the five
values the reader uses (:class:`Rect`), not as the backend's dict of some twenty
entries, since every page of a long report stays in memory until it is assembled. Pages are immutable: a
pass that gives lines roles returns new pages (:meth:`Page.with_lines`) rather than
changing the lines it was given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, NamedTuple

from .lines import Line

Rule = tuple[float, float, float]  # (top, x0, x1)
Box = tuple[float, float, float, float]  # (x0, top, x1, bottom)


class Rect(NamedTuple):
    """A drawn rect or line: its box, and whether it is filled."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: bool = False

    @classmethod
    def of(cls, r: Rect | Mapping[str, Any]) -> Rect:
        """The rect of a backend's dict (pdfplumber's keys), or the rect itself."""
        if isinstance(r, Rect):
            return r
        return cls(r["x0"], r["top"], r["x1"], r["bottom"], bool(r.get("fill")))


@dataclass(frozen=True, eq=False)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...] = ()
    rects: tuple[Rect | Mapping[str, Any], ...] = ()  # drawn rects and lines (kept as Rect)
    links: tuple[str, ...] = ()  # URIs of the page's link annotations

    def __post_init__(self) -> None:
        object.__setattr__(self, "rects", tuple(Rect.of(r) for r in self.rects))

    @property
    def boxes(self) -> tuple[Rect, ...]:
        """The drawn rects and lines."""
        return self.rects  # type: ignore[return-value]  # made Rects in __post_init__

    def with_lines(self, lines: Iterable[Line]) -> Page:
        """The same page holding ``lines`` (new roles, or a new order)."""
        return replace(self, lines=tuple(lines))

    @cached_property
    def rules(self) -> list[Rule]:
        """(top, x0, x1) of short thin horizontal rules (the separator above footnotes)."""
        found = []
        for r in self.boxes:
            h = r.bottom - r.top
            w = r.x1 - r.x0
            if h < 2.0 and 0.1 * self.width < w < 0.6 * self.width:
                found.append((r.top, r.x0, r.x1))
        return found

    @cached_property
    def shades(self) -> list[Box]:
        """Filled rects big enough to hold a line of text (the ground of a margin box)."""
        return [
            (r.x0, r.top, r.x1, r.bottom)
            for r in self.boxes
            if r.fill and r.x1 - r.x0 > 20 and r.bottom - r.top > 6
        ]

    def frames(self, body_size: float) -> list[Box]:
        """Rects big enough to hold text (frames of margin boxes), not rules or cells."""
        out = []
        for r in self.boxes:
            w = r.x1 - r.x0
            h = r.bottom - r.top
            if w > 0.3 * self.width and h > 3 * body_size and w < 0.98 * self.width:
                out.append((r.x0, r.top, r.x1, r.bottom))
        return out
