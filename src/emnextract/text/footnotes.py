"""Join a footnote's lines into its full text.

Notes in a dump wrap long URLs anywhere: at a slash, a dot, or at a hyphen that is
either the URL's own ("national-" + "reports_en") or inserted by hyphenation
("kabinet-krijgt-for-" + "se-kritiek"). URL pieces are glued without a space; a
hyphen inside a URL is dropped when the joined word is a word the document itself
uses ("forse"), or when neither piece is one ("forma-" + "liteiten"): the text is its
own dictionary.
"""

from __future__ import annotations

from collections.abc import Callable

from ..hyphenation import join_lines
from ..patterns import hyphenation as H
from ..patterns.layout import NOTE_DONE as _NOTE_DONE
from .lines import title_like

_URL_TOKEN = H.URL_TOKEN
_WORD = H.WORD
_SEGMENT_END = H.SEGMENT_END
_SEGMENT_START = H.SEGMENT_START
_URL_TAIL = H.URL_TAIL
_EXT_HEAD = H.EXT_HEAD


def vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words of the document's running text (URL pieces left out)."""
    words: set[str] = set()
    for token in text.split():
        if "/" in token or "www." in token:
            continue
        words.update(w.lower() for w in _WORD.regex.findall(token))
    return frozenset(words)


def _url_glue(left: str, right: str, in_url: bool, vocab: frozenset[str]) -> str | None:
    """Glue a URL broken over lines, or None when ``left`` does not end inside a URL."""
    token = left.rsplit(None, 1)[-1] if left.split() else ""
    if not (in_url or _URL_TOKEN.search(token)):
        return None
    if token.endswith((",", ";")) or (token.endswith(".") and not H.EXTENSION_HEAD.match(right)):
        return None  # the URL ended; running text goes on
    if token.endswith("-") and not token.endswith("--"):
        head = _SEGMENT_END.search(token[:-1])
        tail = _SEGMENT_START.search(right)
        if head and tail and vocab:
            joined = (head.group() + tail.group()).lower()
            known_head = head.group().lower() in vocab
            known_tail = tail.group().lower() in vocab
            # "for-"+"se" -> "forse" (a word of the text); "forma-"+"liteiten": neither
            # piece is a word, so the hyphen was the typesetter's
            if joined in vocab or not (known_head or known_tail):
                return left[:-1] + right
        return left + right
    return left + right


def join_note_lines(lines: list[str], vocab: frozenset[str] = frozenset()) -> str:
    """A note's text from its lines, URLs rejoined, hyphenation undone, whitespace normalised."""
    text = ""
    in_url = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not text:
            text = line
        else:
            glued = _url_glue(text, line, in_url, vocab)
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
    finished = bool(_NOTE_DONE.search(so_far))
    if finished and title_like(line, first=True) and not _EXT_HEAD.match(line):
        return False
    if after_blank:
        if not finished:
            return so_far.endswith(("-", "/", ",")) or wrapped
        return bool(_URL_TAIL.search(so_far) and _EXT_HEAD.match(line))
    return not finished or wrapped or bool(_URL_TAIL.search(so_far) and _EXT_HEAD.match(line))
