"""A PDF page as the reader sees it: its number, size, lines and drawn rects.

Like pdfplumber's ``Page``, it owns its content and geometry; the rules, frames and
shades drawn on it are derived from its rects on demand. Pages are immutable: a
pass that gives lines roles returns new pages (:meth:`Page.with_lines`) rather than
changing the lines it was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from .lines import Line

Rule = tuple[float, float, float]  # (top, x0, x1)
Box = tuple[float, float, float, float]  # (x0, top, x1, bottom)


@dataclass(frozen=True, eq=False)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...] = ()
    rects: tuple[dict[str, Any], ...] = ()  # pdfplumber rects and lines
    links: tuple[str, ...] = ()  # URIs of the page's link annotations

    def with_lines(self, lines: Iterable[Line]) -> Page:
        """The same page holding ``lines`` (new roles, or a new order)."""
        return replace(self, lines=tuple(lines))

    @cached_property
    def rules(self) -> list[Rule]:
        """(top, x0, x1) of short thin horizontal rules (the separator above footnotes)."""
        found = []
        for r in self.rects:
            h = r["bottom"] - r["top"]
            w = r["x1"] - r["x0"]
            if h < 2.0 and 0.1 * self.width < w < 0.6 * self.width:
                found.append((r["top"], r["x0"], r["x1"]))
        return found

    @cached_property
    def shades(self) -> list[Box]:
        """Filled rects big enough to hold a line of text (the ground of a margin box)."""
        return [
            (r["x0"], r["top"], r["x1"], r["bottom"])
            for r in self.rects
            if r.get("fill") and r["x1"] - r["x0"] > 20 and r["bottom"] - r["top"] > 6
        ]

    def frames(self, body_size: float) -> list[Box]:
        """Rects big enough to hold text (frames of margin boxes), not rules or cells."""
        out = []
        for r in self.rects:
            w = r["x1"] - r["x0"]
            h = r["bottom"] - r["top"]
            if w > 0.3 * self.width and h > 3 * body_size and w < 0.98 * self.width:
                out.append((r["x0"], r["top"], r["x1"], r["bottom"]))
        return out
