"""Provenance of a record: the paragraph or note it stands in, its offsets, page and box."""

from __future__ import annotations

from .document import Note, Para
from .model import BBox, Provenance


def page_at(unit: Para | Note, offset: int) -> int | None:
    """The page of ``unit.text[offset]``: a paragraph or note may run over a page break.

    A paragraph's ``page_breaks`` ((offset, page) pairs) decide when the reader gives
    them; else its printed ``lines``; else the page where the unit starts.
    """
    breaks = unit.page_breaks if isinstance(unit, Para) else []
    if breaks:
        page = unit.page
        for at, next_page in breaks:
            if at > offset:
                break
            page = next_page
        return page
    for line in unit.lines:
        if offset < line.end and line.page is not None:
            return line.page
    return unit.page


def span_bbox(unit: Para | Note, start: int, end: int) -> BBox | None:
    """The box of the printed lines that hold ``unit.text[start:end]``, on its first page."""
    boxes = [
        line
        for line in unit.lines
        if line.bbox is not None and line.start < max(end, start + 1) and line.end > start
    ]
    if not boxes:
        return None
    page = boxes[0].page
    on_page = [ln.bbox for ln in boxes if ln.page == page and ln.bbox is not None]
    if len(on_page) == 1 and type(on_page[0]) is tuple:
        return on_page[0]  # a span on one line: that line's box, shared (a tuple cannot change)
    return (
        min(b[0] for b in on_page),
        min(b[1] for b in on_page),
        max(b[2] for b in on_page),
        max(b[3] for b in on_page),
    )


def provenance(unit: Para | Note, start: int, end: int) -> Provenance:
    """Provenance of ``unit.text[start:end]``."""
    return Provenance._made(
        within="footnote" if isinstance(unit, Note) else "paragraph",
        id=unit.id,
        start=start,
        end=end,
        page=page_at(unit, start),
        bbox=span_bbox(unit, start, end),
    )
