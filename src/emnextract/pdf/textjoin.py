"""Join line texts: undo line-break hyphenation, rejoin broken URLs, else one space."""

from __future__ import annotations

import regex

try:  # the shared rule, when present, decides split words vs real hyphens
    from ..hyphenation import join_hyphenated as _shared_join  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the checkout
    _shared_join = None

_URLISH = regex.compile(
    r"(?:https?://|www\.)\S*$|\S*\.(?:nl|eu|com|org|int|gov|net|europa\.eu)/\S*$|\S*/\S*/\S*$"
)
_CAPITALISED_WORD = regex.compile(r"^\p{Lu}\p{Ll}+(?:[\s,.;:]|$)")
_URL_CONNECTOR = regex.compile(r"[/\-._=?&#%~]$")
_WORD_HYPHEN = regex.compile(r"(\p{L})-$")
_SMALL_WORDS = frozenset(
    "en of tot and or to en/of noch dan als ofwel".split()
)  # "Immigratie- en Naturalisatiedienst": the hyphen is real, the space stays


def join_hyphen(left: str, right: str) -> str:
    """Join ``left`` (ending in ``-``) with ``right`` at a line break.

    A split word loses its hyphen ("verblijfs-" + "regeling"); a real hyphen stays:
    after a capital or digit ("EU-" + "lidstaten"), before a capital ("Noord-" +
    "Holland"), or when a conjunction follows ("Immigratie-" + "en ...").
    """
    if _shared_join is not None:
        return _shared_join(left, right)
    first = right.split(" ", 1)[0]
    if first.lower() in _SMALL_WORDS:
        return left + " " + right
    before = left[-2:-1]
    after = right[:1]
    if not before.isalpha() or before.isupper() or not after.isalpha() or after.isupper():
        return left + right
    return left[:-1] + right


def join_lines(texts: list[str], trailing_space: list[bool], url_aware: bool = False) -> str:
    """One string from successive line texts of a paragraph or note."""
    out = ""
    for i, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
            continue
        if url_aware and not trailing_space[i - 1] and _URLISH.search(out):
            fresh = text.startswith(("http://", "https://", "www."))
            if not fresh and (_URL_CONNECTOR.search(out) or not _CAPITALISED_WORD.match(text)):
                out += text
                continue
        if _WORD_HYPHEN.search(out):
            out = join_hyphen(out, text)
            continue
        out += " " + text
    return out
