"""Join line texts: undo line-break hyphenation, rejoin broken URLs, else one space."""

from __future__ import annotations

from collections.abc import Container, Sequence

from ..document import TextLine
from ..hyphenation import UrlEvidence, join_hyphenated
from ..model import BBox
from ..patterns.hyphenation import CAPITALISED_WORD as _CAPITALISED_WORD
from ..patterns.hyphenation import NOTE_URLISH as _URLISH
from ..patterns.hyphenation import URL_CONNECTOR as _URL_CONNECTOR
from ..patterns.hyphenation import URL_END_PUNCT as _URL_END_PUNCT
from ..patterns.hyphenation import WORD_HYPHEN as _WORD_HYPHEN
from .spans import add_line_span


def join_hyphen(left: str, right: str, known_hyphenated: Container[str] = ()) -> str:
    """Join ``left`` (ending in ``-``) with ``right``: the project's shared rule.

    A split word loses its hyphen ("verblijfs-" + "regeling"); a real one stays
    ("EU-" + "lidstaten", "Immigratie-" + "en ...").
    """
    return join_hyphenated(left, right, known_hyphenated)


def join_lines(
    texts: list[str],
    trailing_space: list[bool],
    url_aware: bool = False,
    known_hyphenated: Container[str] = (),
) -> str:
    """One string from successive line texts of a paragraph or note."""
    return join_line_spans(texts, trailing_space, (), url_aware, known_hyphenated)[0]


# Characters of the joined text kept in the working tail: every join looks only at the
# end of the text so far (its last word or URL), so text further back is set aside and
# joining stays linear however long a note grows.
_TAIL = 2000


def join_line_spans(
    texts: list[str],
    trailing_space: list[bool],
    places: Sequence[tuple[int | None, BBox | None]] = (),
    url_aware: bool = False,
    known_hyphenated: Container[str] = (),
    evidence: UrlEvidence | None = None,
    problems: list[str] | None = None,
) -> tuple[str, list[TextLine]]:
    """:func:`join_lines`, plus each line's span in the joined text.

    ``places`` gives each line's (page, bbox) for its span; without it they are None.
    ``evidence`` decides a URL hyphen at a line break (kept without it); its guesses go
    to ``problems``.
    """
    done: list[str] = []  # text set aside: no later join changes it
    base = 0  # its length
    out = ""  # the working tail
    spans: list[TextLine] = []
    for i, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        page, bbox = places[i] if i < len(places) else (None, None)
        out = _join(out, text, i, trailing_space, url_aware, known_hyphenated, evidence, problems)
        add_line_span(spans, out, text, page, bbox, base)
        if len(out) > 2 * _TAIL:
            done.append(out[:-_TAIL])
            base += len(out) - _TAIL
            out = out[-_TAIL:]
    return "".join(done) + out, spans


def _join(
    out: str,
    text: str,
    i: int,
    trailing_space: list[bool],
    url_aware: bool,
    known_hyphenated: Container[str],
    evidence: UrlEvidence | None = None,
    problems: list[str] | None = None,
) -> str:
    """``out`` with line ``i``'s (stripped, non-empty) ``text`` joined on.

    Only ``out``'s last word is looked at (every rule here is about how the text so far
    ends), so a join costs the same however long ``out`` is.
    """
    if not out:
        return text
    cut = out.rfind(" ") + 1
    last = out[cut:]
    if (
        url_aware
        and not trailing_space[i - 1]
        and ("/" in last or "www." in last)  # what every URL piece holds: search only then
        and _URLISH.search(last)
        and not _URL_END_PUNCT.search(last)
    ):
        fresh = text.startswith(("http://", "https://", "www."))
        if not fresh and (_URL_CONNECTOR.search(last) or not _CAPITALISED_WORD.match(text)):
            broken = out.endswith("-") and not out.endswith("--")
            if broken and evidence is not None and not evidence.keeps_hyphen(last, text, problems):
                return out[:-1] + text
            return out + text
    if _WORD_HYPHEN.search(last):
        return out[:cut] + join_hyphen(last, text, known_hyphenated)
    return out + " " + text
