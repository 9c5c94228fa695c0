"""Where each printed line's characters end up in a joined paragraph or note text.

Lines are joined one at a time (hyphenation undone, a space between, markers
removed); every join keeps a prefix of the text so far and appends the new line's
text. :func:`add_line_span` records the new line's span and trims the spans before
it to what the join kept of them (a split word's hyphen, a trailing space).
"""

from __future__ import annotations

from ..document import TextLine
from ..model import BBox


def add_line_span(
    spans: list[TextLine],
    joined: str,
    piece: str,
    page: int | None,
    bbox: BBox | None,
    base: int = 0,
) -> None:
    """Record that ``joined`` (the text so far) now ends with ``piece``, one line's text.

    ``spans`` is updated in place: the earlier lines' spans end where the kept text
    before ``piece`` ends (trailing white space excluded), and the new line gets
    ``joined[start:]`` (trailing white space excluded) when that is not empty.
    ``joined`` may be the tail of the text, starting at offset ``base``.
    """
    piece = piece.strip()
    body = joined.rstrip()
    start = len(body) - len(piece) if piece and body.endswith(piece) else len(body)
    kept = base + len(body[:start].rstrip())
    start += base
    for i in range(len(spans) - 1, -1, -1):
        span = spans[i]
        if span.end <= kept:
            break
        if span.start >= kept:
            del spans[i]
        else:
            spans[i] = TextLine(span.start, kept, span.page, span.bbox)
    if start < base + len(body):
        spans.append(TextLine(start, base + len(body), page, bbox))
