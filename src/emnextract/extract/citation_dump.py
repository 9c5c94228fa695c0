"""Footnotes of a plain-text dump, split without the full reader.

A light stand-in used by the evaluation and benchmark scripts when only footnote
texts are needed: a footnote starts on a line "<n><tab> text" (or "<n> text" from
100 on) whose number is the next expected one, and runs on until a blank line; a
line ending mid-sentence (no final full stop) continues after blank lines.
"""

from __future__ import annotations

import regex

from ..hyphenation import join_lines

_START = regex.compile(r"^ ?(\d{1,3}) ?\t? ?(?=\S)")
_ENDS_NOTE = regex.compile(r"[.)]\s*$")


def _starts(line: str, number: int) -> regex.Match | None:
    m = _START.match(line)
    if m and int(m.group(1)) == number and ("\t" in line[:6] or number >= 100):
        return m
    return None


def footnotes_from_dump(text: str) -> dict[int, str]:
    """Footnote number -> joined text, in order."""
    lines = text.split("\n")
    notes: dict[int, str] = {}
    expected, i = 1, 0
    while i < len(lines):
        m = _starts(lines[i], expected)
        if not m:
            i += 1
            continue
        body = [lines[i][m.end() :].strip()]
        j = i + 1
        while True:
            while j < len(lines) and lines[j].strip() and not _starts(lines[j], expected + 1):
                body.append(lines[j].strip())
                j += 1
            if j < len(lines) and not lines[j].strip() and not _ENDS_NOTE.search(body[-1]):
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and not _starts(lines[k], expected + 1):
                    j = k
                    continue
            break
        joined = ""
        for piece in body:
            joined = join_lines(joined, piece) if joined else piece
        notes[expected] = joined
        expected += 1
        i = j
    return notes
