"""Join a footnote's lines into its full text.

Notes in a dump wrap long URLs anywhere: at a slash, a dot, or at a hyphen that is
either the URL's own ("national-" + "reports_en") or inserted by hyphenation
("kabinet-krijgt-for-" + "se-kritiek"). URL pieces are glued without a space; a
hyphen inside a URL is kept or dropped by the one rule of
:func:`emnextract.hyphenation.url_break_hyphen` (the same URL written whole elsewhere,
else the document's own words: the text is its own dictionary); a guess is recorded
in the note's problems.
"""

from __future__ import annotations

from collections.abc import Callable

from ..hyphenation import join_lines, url_break_hyphen, urls_of, vocabulary
from ..patterns import hyphenation as H
from ..patterns.endnotes import MID_SENTENCE_ABBREVIATIONS
from ..patterns.layout import NOTE_DONE as _NOTE_DONE
from .lines import title_like

__all__ = ["join_note_lines", "note_goes_on", "urls_of", "vocabulary"]

_URL_TOKEN = H.URL_TOKEN
_URL_TAIL = H.URL_TAIL
_EXT_HEAD = H.EXT_HEAD


def _url_glue(
    left: str,
    right: str,
    in_url: bool,
    vocab: frozenset[str],
    urls: frozenset[str],
    problems: list[str] | None,
) -> str | None:
    """Glue a URL broken over lines, or None when ``left`` does not end inside a URL."""
    token = left.rsplit(None, 1)[-1] if left.split() else ""
    if not (in_url or _URL_TOKEN.search(token)):
        return None
    if token.endswith((",", ";")) or (token.endswith(".") and not H.EXTENSION_HEAD.match(right)):
        return None  # the URL ended; running text goes on
    if token.endswith("-") and not token.endswith("--"):
        keep, guess = url_break_hyphen(token, right, vocab, urls)
        if guess is not None and problems is not None:
            problems.append(guess)
        return left + right if keep else left[:-1] + right
    return left + right


def join_note_lines(
    lines: list[str],
    vocab: frozenset[str] = frozenset(),
    urls: frozenset[str] = frozenset(),
    problems: list[str] | None = None,
) -> str:
    """A note's text from its lines, URLs rejoined, hyphenation undone, whitespace
    normalised; ``problems`` gets each guess made where a URL was cut at a hyphen."""
    text = ""
    in_url = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not text:
            text = line
        else:
            glued = _url_glue(text, line, in_url, vocab, urls, problems)
            text = glued if glued is not None else join_lines(text, line)
        last = text.rsplit(None, 1)[-1]
        in_url = bool(_URL_TOKEN.search(last)) and not last.endswith((",", ";"))
    return " ".join(text.split())


def note_goes_on(
    so_far: str, line: str, after_blank: bool, wrapped: bool, stops: Callable[[str], bool]
) -> bool:
    """Does ``line`` carry on a note whose last line so far is ``so_far``?

    A note ends where the next note, a heading, a chapter or annex title, or body text
    starts. ``stops(line)`` tells the first kinds (titles and headings, by the caller's
    patterns); body text is told by shape: a line follows a finished note line (one
    ending a sentence) that did not run to the column edge (``wrapped`` False), so the
    note's text did not wrap onto it; a title-like line after a finished note is a
    title. After a blank line, only a note cut mid-word, at a comma or slash, or at the
    column edge goes on, or a URL cut at its dot.
    """
    if stops(line):
        return False
    last_word = so_far.rsplit(None, 1)[-1].lower() if so_far.split() else ""
    # "nr." or "blz." ends a line mid-sentence ("Verordening (EG) nr." + "595/2009")
    finished = bool(_NOTE_DONE.search(so_far)) and (
        last_word.rstrip(".") not in MID_SENTENCE_ABBREVIATIONS
    )
    if finished and title_like(line, first=True) and not _EXT_HEAD.match(line):
        return False
    if after_blank:
        if not finished:
            return so_far.endswith(("-", "/", ",")) or wrapped
        return bool(_URL_TAIL.search(so_far) and _EXT_HEAD.match(line))
    return not finished or wrapped or bool(_URL_TAIL.search(so_far) and _EXT_HEAD.match(line))
