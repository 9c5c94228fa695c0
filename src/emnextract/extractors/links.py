"""Links from a span of body text to the footnotes and citations it cites."""

from __future__ import annotations

from ..document import Para
from ..model import Citation


def citations_by_footnote(citations: list[Citation]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for c in citations:
        if c.footnote is not None:
            out.setdefault(c.footnote, []).append(c.id)
    return out


def span_links(
    para: Para, start: int, end: int, cites: dict[int, list[str]]
) -> tuple[list[int], list[str]]:
    """Footnote numbers whose markers stand in ``para.text[start:end]`` and their citation ids."""
    notes = [m.number for m in para.markers_between(start, end)]
    ids = [cid for n in notes for cid in cites.get(n, [])]
    return notes, ids
