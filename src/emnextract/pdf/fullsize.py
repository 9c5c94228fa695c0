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


def raised_markers(pages: list[Page]) -> int:
    """How many raised digit runs stand in body lines (markers set the usual way)."""
    return sum(
        1
        for page in pages
        for ln in page.lines
        if ln.role in ("body", "box")
        for r in ln.runs
        if r.sup and r.text.strip().isdigit()
    )


class GluedMarkers:
    """Finds full-size markers line by line, following the notes in order."""

    def __init__(self, notes: list[Note]) -> None:
        self.numbers = [n.number for n in notes]
        self.next = 0  # index in numbers of the next note without a marker

    @classmethod
    def wanted(cls, pages: list[Page], notes: list[Note]) -> GluedMarkers | None:
        """A finder when the document's notes are not marked with raised digits."""
        if not notes or raised_markers(pages) * 2 >= len(notes):
            return None
        return cls(notes)

    def take(self, ln: Line, text: str, markers: list[MarkerRef]) -> tuple[str, list[MarkerRef]]:
        """``text`` with the glued markers of the expected notes taken out, and ``markers``
        with theirs added (offsets in the returned text)."""
        found: list[tuple[int, int, int]] = []  # (start, end, number)
        for hit in _GLUED.finditer(text):
            ahead = self.numbers[self.next : self.next + 2]
            number = int(hit.group(1))
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
