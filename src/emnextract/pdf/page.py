"""A PDF page as the reader sees it: its number, size, lines and drawn rects.

Like pdfplumber's ``Page``, it owns its content and geometry; the rules, frames and
shades drawn on it are derived from its rects on demand. A rect is kept as the five
values the reader uses (:class:`Rect`), not as the backend's dict of some twenty
entries, since every page of a long report stays in memory until it is assembled. Pages are immutable: a
pass that gives lines roles returns new pages (:meth:`Page.with_lines`) rather than
changing the lines it was given.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, NamedTuple

from ..document import SharedValues
from .lines import Line

Rule = tuple[float, float, float]  # (top, x0, x1)
_THIN = 2.0  # a rule is thinner than this
_REACH = 2.0  # rules that end this close to each other meet
Box = tuple[float, float, float, float]  # (x0, top, x1, bottom)
_DRAWN = ("rules", "shades", "tables")  # cached properties worked out from the rects alone


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


def share_values(lines: Iterable[Line], shared: SharedValues) -> tuple[Line, ...]:
    """A page's new lines, their recurring values made one object each.

    Every page of a long report stays in memory until it is assembled, and most of its
    coordinates recur (the margins, the grid of baselines, the sizes and rises of its
    fonts), as do texts (a line of one run and its run, running headers, labels):
    ``shared`` (one per document) gives each value one object. Values stay equal to
    what they were; the lines, not yet seen by anything else, are filled in place.
    """
    num = shared.number
    text = shared.text
    setattr_ = object.__setattr__  # the lines are frozen once handed on
    out = tuple(lines)
    for ln in out:
        setattr_(ln, "text", text(ln.text))
        for r in ln.runs:
            r.text = text(r.text)
            r.x0 = num(r.x0)
            r.x1 = num(r.x1)
            r.top = num(r.top)
            r.bottom = num(r.bottom)
            r.size = num(r.size)
            r.baseline = num(r.baseline)
            r.lift = num(r.lift)
            if r.ink is not None:
                r.ink = num(r.ink)
        setattr_(ln, "x0", num(ln.x0))
        setattr_(ln, "top", num(ln.top))
        setattr_(ln, "x1", num(ln.x1))
        setattr_(ln, "bottom", num(ln.bottom))
        setattr_(ln, "size", num(ln.size))
        setattr_(ln, "baseline", num(ln.baseline))
        setattr_(ln, "right", num(ln.right))
    return out


class _Rects(tuple[Rect, ...]):
    """A page's rects, made :class:`Rect` once (pages made from it keep them)."""

    __slots__ = ()


def _same_layout(lines: tuple[Line, ...], old: tuple[Line, ...]) -> bool:
    """Do ``lines`` stand where ``old`` stand, in the same order, with the same text
    (only their roles changed)? Their columns are then the same."""
    return len(lines) == len(old) and all(
        a is b or (a.x0, a.x1, a.baseline, a.text) == (b.x0, b.x1, b.baseline, b.text)
        for a, b in zip(lines, old, strict=True)
    )


@dataclass(frozen=True, eq=False)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...] = ()
    rects: tuple[Rect | Mapping[str, Any], ...] = ()  # drawn rects and lines (kept as Rect)
    links: tuple[str, ...] = ()  # URIs of the page's link annotations

    def __post_init__(self) -> None:
        if not isinstance(self.rects, _Rects):  # not yet made Rects (by another page)
            object.__setattr__(self, "rects", _Rects(Rect.of(r) for r in self.rects))

    @property
    def boxes(self) -> tuple[Rect, ...]:
        """The drawn rects and lines."""
        return self.rects  # type: ignore[return-value]  # made Rects in __post_init__

    def with_lines(self, lines: Iterable[Line]) -> Page:
        """The same page holding ``lines`` (new roles, or a new order): the page itself
        when they are the very lines it holds. What is drawn on it (rules, shades,
        tables) is not worked out again."""
        lines = tuple(lines)
        old = self.lines
        if len(lines) == len(old) and all(a is b for a, b in zip(lines, old, strict=True)):
            return self
        page = replace(self, lines=lines)
        kept = _DRAWN + ("text_columns",) if _same_layout(lines, old) else _DRAWN
        for name in kept:
            if name in self.__dict__:
                page.__dict__[name] = self.__dict__[name]
        return page

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

    @cached_property
    def tables(self) -> list[Box]:
        """Boxes of ruled tables: thin rules that meet in a grid of two cells or more.

        A cell border is a thin vertical rule whose ends touch thin horizontal rules; the
        rules that touch each other form one grid. A grid of one cell (a frame) is no
        table, nor is a lone rule (a footnote separator) or an underline.
        """
        flat: list[tuple[float, float, float, float]] = []  # (top, bottom, x0, x1)
        upright: list[tuple[float, float, float, float]] = []
        for r in self.boxes:
            w = r.x1 - r.x0
            h = r.bottom - r.top
            if h < _THIN and w > _REACH:
                flat.append((r.top, r.bottom, r.x0, r.x1))
            elif w < _THIN and h > _REACH:
                upright.append((r.top, r.bottom, r.x0, r.x1))
        if len(upright) < 2 or len(flat) < 2:
            return []
        flat.sort()
        tops = [f[0] for f in flat]
        parent = list(range(len(flat) + len(upright)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for k, (top, bottom, x0, x1) in enumerate(upright):
            lo = bisect_left(tops, top - _REACH - _THIN)
            hi = bisect_right(tops, bottom + _REACH)
            for i in range(lo, hi):
                f = flat[i]
                if f[1] >= top - _REACH and f[2] - _REACH <= x0 and x1 <= f[3] + _REACH:
                    parent[root(len(flat) + k)] = root(i)
        groups: dict[int, list[int]] = {}
        for i in range(len(parent)):
            groups.setdefault(root(i), []).append(i)
        out: list[Box] = []
        for members in groups.values():
            rows = {round(flat[i][0]) for i in members if i < len(flat)}
            cols = {round(upright[i - len(flat)][2]) for i in members if i >= len(flat)}
            if len(rows) >= 2 and len(cols) >= 2 and len(rows) + len(cols) >= 5:
                parts = [flat[i] if i < len(flat) else upright[i - len(flat)] for i in members]
                out.append(
                    (
                        min(p[2] for p in parts),
                        min(p[0] for p in parts),
                        max(p[3] for p in parts),
                        max(p[1] for p in parts),
                    )
                )
        return out

    @cached_property
    def text_columns(self) -> list[tuple[float, float]]:
        """The x-spans of the page's columns of text, left to right (one: not in columns).

        Worked out once for lines that keep their places (see :meth:`with_lines`)."""
        from .lines import column_spans

        return column_spans(list(self.lines), 0.0, self.width)

    def in_table(self, x0: float, top: float, x1: float, bottom: float) -> bool:
        """Does the box (of a line, a rule) lie in one of the page's ruled tables?"""
        for tx0, ttop, tx1, tbottom in self.tables:
            if tx0 - _REACH <= x0 and x1 <= tx1 + _REACH:
                if ttop - _REACH <= top and bottom <= tbottom + _REACH:
                    return True
        return False

    def frames(self, body_size: float) -> list[Box]:
        """Rects big enough to hold text (frames of margin boxes), not rules or cells."""
        out = []
        for r in self.boxes:
            w = r.x1 - r.x0
            h = r.bottom - r.top
            if w > 0.3 * self.width and h > 3 * body_size and w < 0.98 * self.width:
                out.append((r.x0, r.top, r.x1, r.bottom))
        return out
