"""Footnote markers in dump text: digits glued to words, told apart from numbers.

The dump keeps superscript markers as plain digits ("afgeschaft.13", "COA23",
"(Wav)44.", "in 2018161." = year 2018 + marker 161). A digit run is taken as a marker
only when its shape fits (glued to a word or punctuation, not part of a number,
date or range) and its value is the next number of the running sequence. Where the
notes' numbering starts again, the sequence moves on to the next run once the current
one has (nearly) been used up.
"""

from __future__ import annotations

import regex

from ..digits import to_int
from ..document import MarkerRef
from ..patterns import layout as L

_DIGITS = L.DIGIT_RUN
_GLUE_PUNCT = set(".,;:)]’”\"'!?%")
_YEAR = L.MARKER_YEAR
_ASCII_DIGITS = frozenset("0123456789")
# How far ahead of the expected number a glued marker may jump (a missed marker).
MAX_SKIP = 2


def _digits_before(text: str, end: int) -> int:
    """The length of the run of ASCII digits that ends at ``text[end]`` (exclusive).

    Walked back from ``end``, so its cost is the run's length, not the text's: a marker
    candidate after every number of an overlong paragraph stays linear in all.
    """
    start = end
    while start > 0 and text[start - 1] in _ASCII_DIGITS:
        start -= 1
    return end - start


class MarkerScanner:
    """Finds markers paragraph after paragraph, keeping the running sequence."""

    def __init__(self, start: int = 1, runs: list[tuple[int, int]] | None = None) -> None:
        self.expected = start
        self.seen: set[int] = set()
        self.skipped: list[int] = []
        self.missed: list[int] = []  # skipped numbers of runs already left
        self.runs = runs or []  # (first, last) note number of each run of numbering
        self.run = 0

    def scan(self, text: str) -> tuple[str, list[MarkerRef]]:
        """Return ``text`` without marker digits, and the markers with their offsets in it."""
        pieces: list[str] = []
        markers: list[MarkerRef] = []
        pos = 0
        kept = 0  # length of the clean text so far
        for m in _DIGITS.finditer(text):
            found = self._marker_in(text, m)
            if found is None:
                continue
            cut, number = found  # the marker digits are text[cut:m.end()]
            pieces.append(text[pos:cut])
            kept += cut - pos
            markers.append(MarkerRef(number=number, offset=kept))
            pos = m.end()
        pieces.append(text[pos:])
        return "".join(pieces), markers

    def _marker_in(self, text: str, m: regex.Match[str]) -> tuple[int, int] | None:
        digits = m.group()
        start, end = m.start(), m.end()
        after = text[end : end + 2]
        if after[:1].isalpha() or (after[:1] and after[:1] in "/–°"):
            return None
        if after[:1] == "-" and not after[1:2].islower():
            return None  # ranges and dates; "DUO159-lening" keeps its marker
        if after[:1] in ".," and after[1:2].isdigit():
            return None  # 1.152 / 21,3
        before = text[start - 1] if start else " "
        if before.isspace():
            # a year with a marker glued on: "in 2018161."
            if 5 <= len(digits) <= 7 and _YEAR.fullmatch(digits[:4]) and digits[4] != "0":
                after_year = to_int(digits[4:])
                if after_year is not None and self._accept(after_year):
                    return start + 4, after_year
            # a marker set off by a space before punctuation: "positief 160."
            if (
                start >= 2
                and text[start - 2].isalpha()
                and (after[:1] in (".", ",", ";", ":") and after[1:2] in ("", " "))
                and int(digits) == self.expected
            ):
                self._accept(int(digits))
                return start - 1, int(digits)
            return None
        if digits[0] == "0":
            return None
        if before.isalpha():
            pass
        elif before in _GLUE_PUNCT:
            if before in ".," and start >= 2 and text[start - 2] in _ASCII_DIGITS:
                run = _digits_before(text, start - 1)
                if before == "," and run != 4:
                    return None
                if before == "." and run <= 3 and len(digits) == 3:
                    return None  # thousands group: 2.000
        else:
            return None
        value = to_int(digits)  # None for a glued run far too long to be a note number
        if value is not None and self._accept(value):
            return start, value
        return None

    def _accept(self, number: int) -> bool:
        nxt = self.run + 1
        if (
            nxt < len(self.runs)
            and number == self.runs[nxt][0]
            and self.expected > self.runs[self.run][1] - MAX_SKIP
        ):
            # the numbering starts again: the next run's first marker
            self.missed.extend(self.skipped)
            self.missed.extend(range(self.expected, self.runs[self.run][1] + 1))
            self.skipped = []
            self.run = nxt
            self.seen = {number}
            self.expected = number + 1
            return True
        if number in self.skipped:
            # a marker met out of order (in a margin box set beside later text)
            self.skipped.remove(number)
            self.seen.add(number)
            return True
        if number == self.expected or self.expected < number <= self.expected + MAX_SKIP:
            if number != self.expected:
                self.skipped.extend(range(self.expected, number))
            self.seen.add(number)
            self.expected = number + 1
            return True
        return False
