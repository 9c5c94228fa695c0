"""Full-size note markers: body-size digits glued to the word they follow.

Some documents print footnote markers without raising them ("migranten.1",
"EU/EER4", "in 201817"). Such digits are told from the text's own numbers by the
note sequence, not by type: a document that has notes but (almost) no raised markers
takes glued digits as markers only when they equal the number of the next note not yet
marked (or the one after it, when a marker is lost), in note order, so a run of
numbering that starts again is followed too.
"""

from __future__ import annotations

from ..document import MarkerRef, Note
from ..patterns import layout as L
from .lines import Line
from .page import Page

_GLUED = L.PDF_GLUED_MARKER
_CLOSING = ")]’”.,;:"  # marks a leftover full-size marker may follow, besides a lower-case letter


def raised_markers(pages: list[Page]) -> dict[int, list[str]]:
    """The raised digit runs standing in body lines (markers set the usual way), by page."""
    found: dict[int, list[str]] = {}
    for page in pages:
        for ln in page.lines:
            if ln.role in ("body", "box"):
                for r in ln.runs:
                    if r.sup and r.text.strip().isdigit():
                        found.setdefault(ln.page, []).append(r.text.strip())
    return found


class GluedMarkers:
    """Finds full-size markers line by line, following the notes in order.

    In a document whose markers are raised, a note left without a raised marker on its
    page may still have a full-size one there ("de Algemene Rekenkamer2?"): the finder
    then looks on that page only, for that number only, glued to a lower-case word or a
    closing mark (not "CO2" or "H2").
    """

    def __init__(self, notes: list[Note], by_page: dict[int, list[int]] | None = None) -> None:
        self.numbers = [n.number for n in notes]
        self.next = 0  # index in numbers of the next note without a marker
        self.by_page = by_page  # leftover mode: page -> numbers of its unmarked notes

    @classmethod
    def wanted(cls, pages: list[Page], notes: list[Note]) -> GluedMarkers | None:
        """A finder when the document's notes are not marked with raised digits, or, when
        they are, for the notes whose page shows no raised marker of their number."""
        if not notes:
            return None
        raised = raised_markers(pages)
        if sum(map(len, raised.values())) * 2 < len(notes):
            return cls(notes)
        by_page: dict[int, list[int]] = {}
        for n in notes:
            if n.page is not None and str(n.number) not in raised.get(n.page, ()):
                by_page.setdefault(n.page, []).append(n.number)
        return cls([], by_page) if by_page else None

    def take(self, ln: Line, text: str, markers: list[MarkerRef]) -> tuple[str, list[MarkerRef]]:
        """``text`` with the glued markers of the expected notes taken out, and ``markers``
        with theirs added (offsets in the returned text)."""
        expected = (
            self.by_page.get(ln.page, ())
            if self.by_page is not None
            else self.numbers[self.next : self.next + 2]
        )
        if not any(str(number) in text for number in expected):
            return text, markers  # a marker's digits hold its number: none can be here
        found: list[tuple[int, int, int]] = []  # (start, end, number)
        for hit in _GLUED.finditer(text):
            number = int(hit.group(1))
            if self.by_page is not None:
                left = self.by_page.get(ln.page, [])
                before = text[hit.start(1) - 1] if hit.start(1) else ""
                if number in left and before and (before.islower() or before in _CLOSING):
                    left.remove(number)
                    found.append((hit.start(1), hit.end(1), number))
                continue
            ahead = self.numbers[self.next : self.next + 2]
            if number in ahead:
                self.next += ahead.index(number) + 1
                found.append((hit.start(1), hit.end(1), number))
        if not found:
            return text, markers
        out = ""
        at = 0
        width = max(1, len(text))
        span = (ln.right or ln.x1) - ln.x0
        added: list[MarkerRef] = []
        for start, end, number in found:
            out += text[at:start]
            x0 = ln.x0 + span * start / width
            x1 = ln.x0 + span * end / width
            bbox = (round(x0, 2), round(ln.top, 2), round(x1, 2), round(ln.bottom, 2))
            added.append(MarkerRef(number=number, offset=len(out), page=ln.page, bbox=bbox))
            at = end
        out += text[at:]
        for ref in markers:  # raised markers already found shift left by the digits removed
            ref.offset -= sum(e - s for s, e, _ in found if e <= ref.offset)
        return out, sorted([*markers, *added], key=lambda ref: ref.offset)
