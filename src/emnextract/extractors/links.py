"""Links from a span of body text to the footnotes and citations it cites.

A footnote is named by its id ("n13"), not its printed number: numbering may start
again (per chapter, per page), and a marker is tied to the note of its own run.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..document import Para
from ..model import Citation


def citations_by_footnote(
    citations: list[Citation], references: Mapping[str, str | None] | None = None
) -> dict[str | int, list[str]]:
    """Note id -> ids of the citations found in that note (from their provenance).

    A footnote citation without provenance (made by hand) is filed under its printed
    number instead. ``references`` (cross-reference note id -> id of the note it names,
    "102 Zie noot 101.", see ``citation_resolve.note_references``) give a cross-reference
    the citations of the note it points to: it cites nothing of its own, but what cites it
    cites those sources.
    """
    out: dict[str | int, list[str]] = {}
    for c in citations:
        if c.footnote is None:
            continue
        where = c.provenance
        key: str | int = (
            where.id if where is not None and where.within == "footnote" else c.footnote
        )
        out.setdefault(key, []).append(c.id)
    for note, target in (references or {}).items():
        if note not in out and target is not None and out.get(target):
            out[note] = list(out[target])
    return out


def span_links(
    para: Para, start: int, end: int, cites: dict[str | int, list[str]]
) -> tuple[list[int], list[str]]:
    """Footnote numbers whose markers stand in ``para.text[start:end]`` and their citation ids
    (a marker tied to no note finds citations filed under its number)."""
    markers = para.markers_between(start, end)
    ids = [cid for m in markers for cid in cites.get(m.note or m.number, [])]
    return [m.number for m in markers], ids


def span_note_ids(para: Para, start: int, end: int) -> list[str]:
    """Ids of the notes whose markers stand in ``para.text[start:end]`` (or right after)."""
    return [m.note for m in para.markers_between(start, end) if m.note]
