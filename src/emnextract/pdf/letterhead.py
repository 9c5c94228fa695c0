"""Drop a letter's header block (Betreft/kenmerk lines) from its paragraphs.

The block describes the letter (its date, subject, reference); read as body text it
would pass for a subheading or a one-line paragraph. It stands on page 1 before
the salutation; the labels are data in ``patterns.letterhead``. The date line
("Datum 22 december 2022") alone stays, as a plain body paragraph: it is where the
letter's own time is read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Para
from ..patterns import letterhead as P

_LABEL = P.LABEL_LINE
_SALUTATION = P.SALUTATION


@dataclass
class Letterhead:
    """What the header block said: label -> value (values may be empty)."""

    fields: dict[str, str]

    @property
    def subject(self) -> str | None:
        return next((self.fields[lb] for lb in P.SUBJECT_LABELS if self.fields.get(lb)), None)

    @property
    def date_text(self) -> str | None:
        return next((self.fields[lb] for lb in P.DATE_LABELS if self.fields.get(lb)), None)


def _beside(label: Para, other: Para) -> bool:
    """``other`` starts on the label's line, to its right (a value set at a tab stop)."""
    if label.bbox is None or other.bbox is None or other.page != label.page:
        return False
    return abs(other.bbox[1] - label.bbox[1]) < 2.0 and other.bbox[0] > label.bbox[2]


def split_letterhead(paras: list[Para]) -> tuple[list[Para], Letterhead | None]:
    """The paragraphs without the header block's label lines, and what they said.

    Only page-1 paragraphs before the salutation (or the first long paragraph) are
    looked at, so a body sentence that starts with "Datum" is never touched.
    """
    fields: dict[str, str] = {}
    dropped: set[int] = set()
    for i, para in enumerate(paras[: P.MAX_HEADER_PARAGRAPHS]):
        if para.page != 1 or _SALUTATION.match(para.text) or len(para.text) > 300:
            break
        if para.markers or i in dropped:
            continue
        m = _LABEL.match(para.text.strip())
        if not m:
            continue
        value = m.group("value") or ""
        if m.group("label") in P.DATE_LABELS and value:
            para.kind = "body"  # kept: the letter's date line, never a subheading
        else:
            dropped.add(i)
        if not value:
            nxt = i + 1
            if nxt < len(paras) and _beside(para, paras[nxt]) and not _LABEL.match(paras[nxt].text):
                value = paras[nxt].text.strip()
                dropped.add(nxt)
        fields.setdefault(m.group("label"), value)
    if not dropped:
        return paras, None
    return [p for i, p in enumerate(paras) if i not in dropped], Letterhead(fields)
