"""Links from a span of body text to the footnotes and citations it cites."""

from __future__ import annotations

from collections.abc import Mapping

from ..document import Para
from ..model import Citation


def citations_by_footnote(
    citations: list[Citation], references: Mapping[int, int] | None = None
) -> dict[int, list[str]]:
    """Footnote number -> ids of the citations it holds.

    ``references`` (cross-reference note -> the note it names, "102 Zie noot 101.", see
    ``citation_resolve.note_references``) give a cross-reference the citations of the note
    it points to: it cites nothing of its own, but what cites it cites those sources.
    """
    out: dict[int, list[str]] = {}
    for c in citations:
        if c.footnote is not None:
            out.setdefault(c.footnote, []).append(c.id)
    for note, target in (references or {}).items():
        if note not in out and out.get(target):
            out[note] = list(out[target])
    return out


def span_links(
    para: Para, start: int, end: int, cites: dict[int, list[str]]
) -> tuple[list[int], list[str]]:
    """Footnote numbers whose markers stand in ``para.text[start:end]`` and their citation ids."""
    notes = [m.number for m in para.markers_between(start, end)]
    ids = [cid for n in notes for cid in cites.get(n, [])]
    return notes, ids
