"""Undo line-break hyphenation while keeping real hyphens.

Shared by the text-dump and PDF readers: both meet words split over lines
("verblijfs-" + "regeling") and genuine hyphenated words that happen to break at
their hyphen ("EU-" + "lidstaten", "Immigratie- en Naturalisatiedienst").
"""

from __future__ import annotations

from collections.abc import Container

import regex

from .patterns.hyphenation import ELLIPSIS_CONJUNCTIONS, HYPHEN_PREFIXES

_LAST_WORD = regex.compile(r"(\S*)-\s*$")
_FIRST_WORD = regex.compile(r"^\s*(\S+)")
_COMPOUND = regex.compile(r"(?<![\p{L}\d-])\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)+")
_URLISH = regex.compile(r"(?:https?://|www\.|/)\S*$")


def hyphen_is_real(before: str, after: str, known_hyphenated: Container[str] = ()) -> bool:
    """True when the hyphen ending ``before`` (a word fragment incl. the hyphen) must stay.

    ``before`` is the last token of the line (e.g. "EU-"), ``after`` the first token of
    the next line (e.g. "lidstaten"). ``known_hyphenated`` holds lower-cased compounds the
    document writes with a hyphen on one line ("start-ups"): those keep theirs.
    """
    stem = before[:-1] if before.endswith("-") else before
    word = regex.sub(r"^\p{P}+", "", stem)
    head = regex.sub(r"\p{P}+$", "", after).lower()
    if not word:
        return True  # a lone dash ("- ") is punctuation, not a split word
    if f"{word}-{head}".lower() in known_hyphenated:
        return True
    if head in ELLIPSIS_CONJUNCTIONS or after.lower() in ELLIPSIS_CONJUNCTIONS:
        return True
    if after[:1].isupper() or after[:1].isdigit():
        return True  # "West-" + "Afrika", "HvJ-" + "EU", "1-" + "1-2019"
    last_part = word.rsplit("-", 1)[-1]
    if last_part.isupper() and len(last_part) >= 1 and any(c.isalpha() for c in last_part):
        return True  # acronym: "EU-" + "lidstaten"
    if any(c.isdigit() for c in last_part):
        return True  # "5-" + "jaarstermijn"
    if last_part.lower() in HYPHEN_PREFIXES:
        return True
    return False


def join_lines(prev: str, next: str, known_hyphenated: Container[str] = ()) -> str:  # noqa: A002
    """Join two consecutive lines of running text.

    A line ending in a split word ("verblijfs-") is glued to the next without the
    hyphen; a real hyphen ("EU-", "Immigratie- en") is kept and glued (or spaced before
    a conjunction). Other lines are joined with one space.
    """
    left = prev.rstrip()
    right = next.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and not left.endswith("--"):
        m = _LAST_WORD.search(left)
        before = (m.group(1) + "-") if m else "-"
        fm = _FIRST_WORD.match(right)
        after = fm.group(1) if fm else ""
        if before == "-":
            return left + " " + right  # a dash standing alone
        if _URLISH.search(before):
            return left + right  # URLs break at their own hyphens: keep, no space
        if hyphen_is_real(before, after, known_hyphenated):
            head = regex.sub(r"\p{P}+$", "", after).lower()
            if head in ELLIPSIS_CONJUNCTIONS:
                return left + " " + right
            return left + right
        return left[:-1] + right
    return left + " " + right


def dehyphenate(lines: list[str], known_hyphenated: Container[str] = ()) -> str:
    """Join a paragraph's lines into one string, undoing line-break hyphenation."""
    text = ""
    for line in lines:
        text = join_lines(text, line, known_hyphenated) if text else line.strip()
    return text


def hyphenated_compounds(text: str) -> frozenset[str]:
    """Lower-cased hyphenated words the text writes whole on one line ("start-ups")."""
    return frozenset(m.group().lower() for m in _COMPOUND.finditer(text))


def join_hyphenated(left: str, right: str, known_hyphenated: Container[str] = ()) -> str:
    """Join ``left`` (ending in "-") with the next line ``right``; the PDF reader's entry point."""
    return join_lines(left, right, known_hyphenated)
