"""Sentence spans in a paragraph, rule-based and fast.

Measures and statistics are reported per sentence; both use this one splitter so
that their ``sentence`` fields agree.
"""

from __future__ import annotations

from ..patterns import sentences as P
from ..patterns.abbreviations import ABBREVIATIONS
from ..patterns.grammar import char_positions

_BOUNDARY = P.BOUNDARY.regex
_WORD_BEFORE = P.WORD_BEFORE.regex
# A word of more letters than any abbreviation written without full stops is neither an
# abbreviation nor an initial: before a full stop after that many ASCII letters, the
# word need not be read.
_LONGER_THAN_ABBREVIATIONS = 1 + max(len(a) for a in ABBREVIATIONS if "." not in a)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text`` (end exclusive, stripped)."""
    spans: list[tuple[int, int]] = []
    start = 0
    resume = 0  # where the boundary search goes on (a boundary does not overlap another)
    boundary = _BOUNDARY.match
    # a boundary opens with one of the marks: tried only where one stands, which finds
    # what a scan of the whole text finds
    for dot in char_positions(text, P.BOUNDARY_MARKS):
        if dot < resume:
            continue
        m = boundary(text, dot)
        if m is None:
            continue
        after = resume = m.end()
        if text[dot] == "." and _may_be_short(text, dot) and _may_end_a_word(text, dot):
            w = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
            if w:
                word = w.group(1)
                if word.lower().rstrip(".") in ABBREVIATIONS:
                    continue
                # a single capital letter ("J. Smit") is an initial, not an end
                if len(word) == 1 and word.isupper():
                    continue
        end = dot + len(text[dot:after].rstrip())
        if end > start:
            # a sentence opens and ends on a character that is no space (_strip
            # asked only where one may not)
            if text[start].isspace() or text[end - 1].isspace():
                spans.append(_strip(text, start, end))
            else:
                spans.append((start, end))
        start = after
    if start < len(text) and text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _may_end_a_word(text: str, dot: int) -> bool:
    """Whether ``_WORD_BEFORE`` may find a word ending at the full stop at ``dot``: it
    needs a letter or a dot before it (an ASCII character is told here, any other by
    the grammar)."""
    if dot == 0:
        return False
    c = text[dot - 1]
    return not c.isascii() or c.isalpha() or c == "."


def _may_be_short(text: str, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` may be an abbreviation or an
    initial: not when more ASCII letters stand before it than any abbreviation holds."""
    n = _LONGER_THAN_ABBREVIATIONS
    before = text[dot - n : dot] if dot >= n else ""
    return not (before.isascii() and before.isalpha())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
