"""Resolve "Ibid." footnotes to the source they repeat."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Citation, KamerstukFields
from ..patterns import citations as P
from .citation_parser import is_ibid


def note_reference(text: str) -> int | None:
    """The note a cross-reference note points to ("Zie noot 101." -> 101), else None.

    Only a note that is nothing but the reference counts ("Zie noot 12 voor de cijfers" does
    too; "Zie noot 12 en Kamerstukken II …" cites a source of its own and is read as usual).
    """
    m = P.NOTE_REFERENCE.match(text)
    if not m:
        return None
    rest = text[m.end() :].strip(" ,.;")
    return int(m.group("note")) if len(rest) <= 40 else None


def ibid_sources(
    notes: Iterable[tuple[int, str]], cites: Callable[[int], bool] = lambda _: True
) -> tuple[dict[int, int], list[str]]:
    """Ibid. footnote number -> number of the footnote it repeats, and warnings.

    ``notes`` are (number, text) in footnote order; ``cites(number)`` says whether a note
    cites something. An Ibid. repeats the nearest earlier footnote that is not itself an
    Ibid. and cites something: explanatory notes and cross-references ("Zie noot 101")
    are skipped, and a run of Ibid.s all point to the same source.
    """
    sources: dict[int, int] = {}
    warnings: list[str] = []
    last_source: int | None = None
    for number, text in notes:
        if not is_ibid(text):
            if cites(number):
                last_source = number
        elif last_source is None:
            warnings.append(f"footnote {number}: 'Ibid.' without an earlier footnote that cites")
        else:
            sources[number] = last_source
    return sources, warnings


def note_references(notes: Iterable[tuple[int, str]]) -> dict[int, int]:
    """Cross-reference note -> the note it points to ("102 Zie noot 101." -> {102: 101}).

    A cross-reference is no citation of its own; the note it names holds the sources, so
    what cites the cross-reference cites those (see ``links.citations_by_footnote``).
    """
    out = {}
    for number, text in notes:
        target = note_reference(text)
        if target is not None and target != number:
            out[number] = target
    return out


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
