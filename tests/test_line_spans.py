"""Each paragraph and note of a PDF says which printed line each of its characters came from.

``Para.lines`` / ``Note.lines`` hold one span per printed line, with offsets in the
final text (hyphenation undone, marker digits removed, lines joined) and the line's
page and bbox. Record provenance relies on the offsets being exact.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from emnextract.pdf.reader import read_lines, read_pdf
from emnextract.pdf.spans import add_line_span

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = [
    "emn2019-like.pdf",
    "altlayout-2019.pdf",
    "realdocs/Kamerbrief_emissie_luchtvaart.pdf",  # a letter: margin column, letterhead
]


@cache
def _doc(name: str):
    return read_pdf(ROOT / "fixtures" / name)


@cache
def _printed(name: str) -> dict[tuple, str]:
    """(page, bbox) -> the printed line's text, for every line of the PDF."""
    pages = read_lines(ROOT / "fixtures" / name)[0]
    return {(ln.page, ln.bbox): ln.text for lines in pages for ln in lines}


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _check(text: str, spans, page: int | None, bbox, printed: dict[tuple, str]) -> None:
    assert spans, f"no line spans for {text[:60]!r}"
    assert spans[0].start == 0
    assert spans[-1].end == len(text.rstrip())
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start, "line spans overlap or are out of order"
        assert text[a.end : b.start].strip() == "", "text between two lines belongs to none"
    for span in spans:
        piece = text[span.start : span.end]
        assert piece.strip() == piece != ""
        assert span.page is not None and span.bbox is not None
        assert span.page >= page
        if span.page == page and bbox is not None:
            x0, top, x1, bottom = span.bbox
            assert bbox[0] - 0.01 <= x0 and x1 <= bbox[2] + 0.01
            assert bbox[1] - 0.01 <= top and bottom <= bbox[3] + 0.01
        # The characters came from that printed line (markers and split hyphens aside).
        line = printed[(span.page, span.bbox)]
        assert _subsequence("".join(piece.split()), "".join(line.split())), (piece, line)


@pytest.mark.parametrize("name", FIXTURES)
def test_paragraph_lines_cover_their_text(name):
    doc = _doc(name)
    assert doc.paragraphs
    for para in doc.paragraphs:
        _check(para.text, para.lines, para.page, para.bbox, _printed(name))


@pytest.mark.parametrize("name", FIXTURES)
def test_note_lines_cover_their_text(name):
    doc = _doc(name)
    assert doc.footnotes
    for note in doc.footnotes:
        _check(note.text, note.lines, note.page, note.bbox, _printed(name))


def test_a_split_word_belongs_to_both_lines():
    spans: list = []
    add_line_span(spans, "de verblijfs-", "de verblijfs-", 1, (0, 0, 1, 1))
    add_line_span(spans, "de verblijfsregeling", "regeling", 1, (0, 2, 1, 3))
    assert [(s.start, s.end) for s in spans] == [(0, 12), (12, 20)]


def test_a_line_without_text_gets_no_span():
    spans: list = []
    add_line_span(spans, "tekst", "tekst", 1, None)
    add_line_span(spans, "tekst ", "", 1, None)
    add_line_span(spans, "tekst  meer", "meer", 2, None)
    assert [(s.start, s.end, s.page) for s in spans] == [(0, 5, 1), (7, 11, 2)]
