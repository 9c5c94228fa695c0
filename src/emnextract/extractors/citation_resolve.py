"""Resolve "Ibid." footnotes to the source they repeat."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..document import Note
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
    notes: Iterable[tuple[int, str]],
    cites: Callable[[int], bool] = lambda _: True,
    ibid: Callable[[int], bool] | None = None,
) -> tuple[dict[int, int], list[str]]:
    """Ibid. footnote number -> number of the footnote it repeats, and warnings.

    ``notes`` are (number, text) in footnote order; ``cites(number)`` says whether a note
    cites something, ``ibid(number)`` whether it is an Ibid. (read from its text when not
    given). An Ibid. repeats the nearest earlier footnote that is not itself an Ibid. and
    cites something: explanatory notes and cross-references ("Zie noot 101") are skipped,
    and a run of Ibid.s all point to the same source.
    """
    sources: dict[int, int] = {}
    warnings: list[str] = []
    last_source: int | None = None
    for number, text in notes:
        if not (ibid(number) if ibid is not None else is_ibid(text)):
            if cites(number):
                last_source = number
        elif last_source is None:
            warnings.append(f"footnote {number}: 'Ibid.' without an earlier footnote that cites")
        else:
            sources[number] = last_source
    return sources, warnings


def note_references(notes: Iterable[Note]) -> dict[str, str | None]:
    """Cross-reference note id -> id of the note it points to ("102 Zie noot 101.").

    The note named is the one of that number in the same run of numbering (None when the
    document has no such note). A cross-reference is no citation of its own; the note it
    names holds the sources, so what cites the cross-reference cites those (see
    ``links.citations_by_footnote``).
    """
    notes = list(notes)
    by_number = {(n.run, n.number): n.id for n in notes}
    out: dict[str, str | None] = {}
    for n in notes:
        target = note_reference(n.text)
        if target is not None and target != n.number:
            out[n.id] = by_number.get((n.run, target))
    return out


def ibid_copies(number: int, raw: str, originals: list[Citation]) -> list[Citation]:
    """Copies of ``originals`` for Ibid. footnote ``number``; ids are set by the caller.

    Each copy keeps kind, fields, canonical id and link, and points to the citation it
    copies through ``ibid_of`` (an original, never another copy).
    """
    # a copy of its own of what may be changed (fields, problems, provenance), the rest
    # (strings, numbers) shared: no deep copy of the whole record
    copies = [
        c.model_copy(
            update={
                "raw": raw,
                "footnote": number,
                "ibid_of": c.id,
                "fields": c.fields.model_copy(deep=True),
                "problems": list(c.problems),
                "provenance": c.provenance.model_copy() if c.provenance else None,
            }
        )
        for c in originals
    ]
    page = P.PAGE.search(raw)  # "Ibid., p. 5": same source, another page
    if page and len(copies) == 1 and isinstance(copies[0].fields, KamerstukFields):
        copies[0].fields.page = P.SPACE.sub("", page.group("page"))
    return copies
