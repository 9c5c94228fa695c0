"""Join line texts: undo line-break hyphenation, rejoin broken URLs, else one space."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..hyphenation import join_hyphenated

_URLISH = regex.compile(
    r"(?:https?://|www\.)\S*$|\S*\.(?:nl|eu|com|org|int|gov|net|europa\.eu)/\S*$|\S*/\S*/\S*$"
)
_CAPITALISED_WORD = regex.compile(r"^\p{Lu}\p{Ll}+(?:[\s,.;:]|$)")
_URL_CONNECTOR = regex.compile(r"[/\-._=?&#%~]$")
_WORD_HYPHEN = regex.compile(r"\S-$")
_URL_END_PUNCT = regex.compile(r"[,;)\]]$")


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
    out = ""
    for i, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
            continue
        if (
            url_aware
            and not trailing_space[i - 1]
            and _URLISH.search(out)
            and not _URL_END_PUNCT.search(out)
        ):
            fresh = text.startswith(("http://", "https://", "www."))
            if not fresh and (_URL_CONNECTOR.search(out) or not _CAPITALISED_WORD.match(text)):
                out += text
                continue
        if _WORD_HYPHEN.search(out):
            out = join_hyphen(out, text, known_hyphenated)
            continue
        out += " " + text
    return out
