"""A line's own text and the footnote markers set in it (raised digits of known notes).

The marker digits are not part of the text: each becomes a :class:`MarkerRef` with
its offset in the text and the box it is printed in.
"""

from __future__ import annotations

from ..document import MarkerRef
from ..patterns import layout as L
from .lines import Line

_MARKER_TEXT = L.MARKER_DIGITS


def line_content(ln: Line, note_numbers: set[int]) -> tuple[str, list[MarkerRef]]:
    """A line's text without marker digits, and its markers (offsets in that text)."""
    runs = ln.runs
    if len(runs) == 1 and not runs[0].sup:
        return " ".join(runs[0].text.split()), []  # most lines: one run, no marker
    text = ""
    markers: list[MarkerRef] = []
    prev = None
    for r in ln.runs:
        raw = r.text
        if r.sup and _MARKER_TEXT.match(raw.strip()):
            numbers = [int(x) for x in L.DIGITS.regex.findall(raw)]
            if "-" in raw or "–" in raw:
                a, b = numbers[0], numbers[-1]
                numbers = list(range(a, b + 1)) if 0 < b - a < 10 else numbers
            if numbers and all(n in note_numbers for n in numbers):
                at = len(text.rstrip())
                for n in numbers:
                    markers.append(
                        MarkerRef(
                            number=n,
                            offset=at,
                            page=ln.page,
                            bbox=(
                                round(r.x0, 2),
                                round(r.top, 2),
                                round(r.right, 2),
                                round(r.bottom, 2),
                            ),
                        )
                    )
                prev = r
                continue
        piece = " ".join(raw.split())
        if raw[:1].isspace():
            piece = " " + piece
        if raw[-1:].isspace() and piece.strip():
            piece += " "
        if prev is not None and text and not text.endswith(" ") and not piece.startswith(" "):
            if r.x0 - prev.x1 > 0.2 * min(prev.size, r.size):
                piece = " " + piece
        if text.endswith(" ") and piece.startswith(" "):
            piece = piece[1:]
        if not text:
            piece = piece.lstrip()
        text += piece
        prev = r
    stripped = text.rstrip()
    for m in markers:
        m.offset = min(m.offset, len(stripped))
    return stripped, markers
