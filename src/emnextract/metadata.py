"""Report title and year, read from the opening text when the reader could not tell."""

from __future__ import annotations

import regex

from .document import Document

_TITLE = regex.compile(
    r"(?i)\b(Jaaroverzicht(?:\s+Migratie\s+en\s+Asiel(?:\s+in\s+Nederland)?)?)\s+((?:19|20)\d\d)\b"
)
_OPENING_PARAGRAPHS = 25


def guess_title_year(doc: Document) -> tuple[str | None, int | None]:
    """Find "Jaaroverzicht [Migratie en Asiel in Nederland] YYYY" in the opening paragraphs.

    The most frequent year among such mentions wins, so a passing reference to an
    earlier report does not decide it.
    """
    counts: dict[int, int] = {}
    titles: dict[int, str] = {}
    for para in doc.paragraphs[:_OPENING_PARAGRAPHS]:
        for m in _TITLE.finditer(para.text):
            year = int(m.group(2))
            counts[year] = counts.get(year, 0) + 1
            name = " ".join(m.group(1).split())
            if len(name) > len(titles.get(year, "")):
                titles[year] = f"{name} {year}"
    if not counts:
        return None, None
    year = max(counts, key=lambda y: (counts[y], y))
    return titles[year], year


def fill_source_metadata(doc: Document) -> None:
    """Set ``doc.source.title``/``year`` from the text when the reader left them empty."""
    if doc.source.title is not None and doc.source.year is not None:
        return
    title, year = guess_title_year(doc)
    if doc.source.title is None:
        doc.source.title = title
    if doc.source.year is None:
        doc.source.year = year
