"""Report title and year, read from the opening text when the reader could not tell."""

from __future__ import annotations

from .document import Document
from .model import Source
from .patterns.sentences import REPORT_TITLE

_TITLE = REPORT_TITLE.regex
_OPENING_PARAGRAPHS = 25


def guess_title_year(doc: Document) -> tuple[str | None, int | None]:
    """Find "Jaaroverzicht [Migratie en Asiel in Nederland] YYYY" in the opening paragraphs
    and in the running headers and footers (which name the report on every page).

    The most frequent year among such mentions wins, so a passing reference to an
    earlier report does not decide it.
    """
    counts: dict[int, int] = {}
    titles: dict[int, str] = {}
    texts = [p.text for p in doc.paragraphs[:_OPENING_PARAGRAPHS]] + doc.running
    for text in texts:
        for m in _TITLE.finditer(text):
            year = int(m.group(2))
            counts[year] = counts.get(year, 0) + 1
            name = " ".join(m.group(1).split())
            if len(name) > len(titles.get(year, "")):
                titles[year] = f"{name} {year}"
    if not counts:
        return None, None
    year = max(counts, key=lambda y: (counts[y], y))
    return titles[year], year


def with_metadata(source: Source, doc: Document) -> Source:
    """``source`` with ``title``/``year`` read from the text where the reader left them empty.

    Returns a new Source; the Document is not changed.
    """
    if source.title is not None and source.year is not None:
        return source
    title, year = guess_title_year(doc)
    return source.model_copy(
        update={
            "title": source.title if source.title is not None else title,
            "year": source.year if source.year is not None else year,
        }
    )
