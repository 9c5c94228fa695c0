"""Resolve "Ibid." footnotes to the source they repeat."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Citation, KamerstukFields
from ..patterns import citations as P
from .citation_parser import is_ibid


def ibid_sources(notes: Iterable[tuple[int, str]]) -> tuple[dict[int, int], list[str]]:
    """Ibid. footnote number -> number of the footnote it repeats, and warnings.

    ``notes`` are (number, text) in footnote order. An Ibid. repeats the nearest
    earlier footnote that is not itself an Ibid., so a run of Ibid.s all point to
    the same source.
    """
    sources: dict[int, int] = {}
    warnings: list[str] = []
    last_source: int | None = None
    for number, text in notes:
        if not is_ibid(text):
            last_source = number
        elif last_source is None:
            warnings.append(f"footnote {number}: 'Ibid.' without an earlier footnote")
        else:
            sources[number] = last_source
    return sources, warnings


def ibid_copies(number: int, raw: str, originals: list[Citation]) -> list[Citation]:
    """Copies of ``originals`` for Ibid. footnote ``number``; ids are set by the caller.

    Each copy keeps kind, fields, canonical id and link, and points to the citation it
    copies through ``ibid_of`` (an original, never another copy).
    """
    copies = [
        c.model_copy(update={"raw": raw, "footnote": number, "ibid_of": c.id}, deep=True)
        for c in originals
    ]
    page = P.PAGE.search(raw)  # "Ibid., p. 5": same source, another page
    if page and len(copies) == 1 and isinstance(copies[0].fields, KamerstukFields):
        copies[0].fields.page = P.SPACE.sub("", page.group("page"))
    return copies
