"""Resolve "Ibid." footnotes: copy the citations of the source they point back to."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Citation
from .citation_parser import is_ibid


def resolve_ibid(
    notes: Sequence[tuple[int, str]],
    cites_of: dict[int, list[Citation]],
    new_id: Callable[[], str],
) -> tuple[dict[int, list[Citation]], list[str]]:
    """Copies for every Ibid. footnote, keyed by its number, and warnings.

    ``notes`` are (number, text) in footnote order; ``cites_of`` holds the citations
    parsed from each footnote. An Ibid. points to the nearest earlier footnote that
    is not itself Ibid.; each copy keeps kind and fields and sets ``ibid_of`` to the
    id it copies (never to another copy).
    """
    copies: dict[int, list[Citation]] = {}
    warnings: list[str] = []
    last_source: int | None = None
    for number, text in notes:
        if not is_ibid(text):
            last_source = number
            continue
        if last_source is None:
            warnings.append(f"footnote {number}: 'Ibid.' without an earlier footnote")
            continue
        originals = cites_of.get(last_source, [])
        if not originals:
            warnings.append(
                f"footnote {number}: 'Ibid.' points to footnote {last_source}, which cites nothing"
            )
        copies[number] = [
            c.model_copy(
                update={"id": new_id(), "raw": text.strip(), "footnote": number, "ibid_of": c.id},
                deep=True,
            )  # fmt: skip
            for c in originals
        ]
    return copies, warnings
