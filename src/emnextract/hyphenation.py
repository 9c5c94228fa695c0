"""Undo line-break hyphenation while keeping real hyphens.

Shared by the text-dump and PDF readers: both meet words split over lines
("verblijfs-" + "regeling") and genuine hyphenated words that happen to break at
their hyphen ("EU-" + "lidstaten", "Immigratie- en Naturalisatiedienst").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import regex

from .patterns import hyphenation as H
from .patterns.hyphenation import ELLIPSIS_CONJUNCTIONS, HYPHEN_PREFIXES

_LAST_WORD = H.LAST_WORD
_FIRST_WORD = H.FIRST_WORD
_COMPOUND = H.COMPOUND
_URLISH = H.URLISH
_SEGMENT_END = H.SEGMENT_END
_SEGMENT_START = H.SEGMENT_START
_WORD = H.WORD


def hyphen_is_real(before: str, after: str, known_hyphenated: Container[str] = ()) -> bool:
    """True when the hyphen ending ``before`` (a word fragment incl. the hyphen) must stay.

    ``before`` is the last token of the line (e.g. "EU-"), ``after`` the first token of
    the next line (e.g. "lidstaten"). ``known_hyphenated`` holds lower-cased compounds the
    document writes with a hyphen on one line ("start-ups"): those keep theirs.
    """
    stem = before[:-1] if before.endswith("-") else before
    word = H.LEADING_PUNCT.sub("", stem)
    head = H.TRAILING_PUNCT.sub("", after).lower()
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


# How far back from a line's end its last word is first looked for: the text before a
# join may be a whole paragraph, and only its last word counts.
_LAST_WORD_REACH = 32


def _last_word(left: str) -> regex.Match[str] | None:
    """``_LAST_WORD.search(left)``, looking at the end of ``left`` only.

    The match is the last run of non-space chars; when it starts inside the window
    looked at, no match starts further back (that one would start inside the window
    too), so the window gives the same match as the whole text.
    """
    pos = max(0, len(left) - _LAST_WORD_REACH)
    m = _LAST_WORD.search(left, pos)
    if pos and (m is None or m.start() == pos):
        return _LAST_WORD.search(left)
    return m


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
        m = _last_word(left)
        before = (m.group(1) + "-") if m else "-"
        fm = _FIRST_WORD.match(right)
        after = fm.group(1) if fm else ""
        if before == "-":
            return left + " " + right  # a dash standing alone
        if _URLISH.search(before):
            return left + right  # URLs break at their own hyphens: keep, no space
        if hyphen_is_real(before, after, known_hyphenated):
            head = H.TRAILING_PUNCT.sub("", after).lower()
            if head in ELLIPSIS_CONJUNCTIONS:
                return left + " " + right
            return left + right
        return left[:-1] + right
    return left + " " + right


_BARE_WORD_END = H.BARE_WORD_END
_LOWER_START = H.LOWER_START
_URL_START = H.URL_START
_LONG_LINE = 50


def marks_wraps_with_space(lines: list[str]) -> bool:
    """True when the dump ends ordinary wrapped lines with a space.

    Some PDF-to-text tools keep the space before a line break and drop the soft
    hyphen of a word split over lines ("integratie" + "beleid"). In such a dump a
    long line that ends in a bare lowercase letter is a split word. Judged on the
    document's own long lines that end in a letter: most must carry the space,
    otherwise the signal means nothing and no word is joined.
    """
    spaced = bare = 0
    for line in lines:
        if len(line.strip()) < _LONG_LINE:
            continue
        core = line.rstrip("\r\n")
        if H.LETTER_THEN_SPACES.search(core):
            spaced += 1
        elif H.LETTER_END.search(core):
            bare += 1
    return spaced >= 20 and spaced >= 4 * bare


def lost_soft_hyphen(prev_raw: str, next_raw: str) -> bool:
    """``prev_raw`` (with its trailing spaces) ends in a word split without a hyphen."""
    if prev_raw != prev_raw.rstrip():
        return False
    last = prev_raw.rsplit(None, 1)[-1] if prev_raw.split() else ""
    if not last or "/" in last or "www." in last or _URL_START.match(next_raw):
        return False
    return bool(_BARE_WORD_END.search(prev_raw) and _LOWER_START.match(next_raw))


def dehyphenate(
    lines: list[str], known_hyphenated: Container[str] = (), soft_wraps: bool = False
) -> str:
    """Join a paragraph's lines into one string, undoing line-break hyphenation.

    With ``soft_wraps`` (see :func:`marks_wraps_with_space`), a line ending in a bare
    lowercase letter is glued to the next without a space: the dump lost the hyphen.
    """
    text = ""
    prev = ""
    for line in lines:
        if not text:
            text = line.strip()
        elif soft_wraps and lost_soft_hyphen(prev, line):
            text = text.rstrip() + line.strip()
        else:
            text = join_lines(text, line, known_hyphenated)
        prev = line
    return text


def hyphenated_compounds(text: str) -> frozenset[str]:
    """Lower-cased hyphenated words the text writes whole on one line ("start-ups")."""
    return _compounds(set(text.split()))


def _compounds(tokens: Iterable[str]) -> frozenset[str]:
    """:func:`hyphenated_compounds` of a text's distinct white-space-delimited tokens.

    A compound lies within one token holding a hyphen, and the white space before a
    token lets it start, so only those tokens are searched (in any order).
    """
    hyphenated = " ".join([t for t in tokens if "-" in t])
    return frozenset(m.group().lower() for m in _COMPOUND.finditer(hyphenated))


def join_hyphenated(left: str, right: str, known_hyphenated: Container[str] = ()) -> str:
    """Join ``left`` (ending in "-") with the next line ``right``; the PDF reader's entry point."""
    return join_lines(left, right, known_hyphenated)


def fold(word: str) -> str:
    """A word lower-cased without its accents ("België" -> "belgie"), for comparing
    pieces of a URL (which drop accents) with the words of the text."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def url_break_hyphen(
    url_so_far: str, right: str, vocab: Container[str], urls: Iterable[str] = ()
) -> tuple[bool, str | None]:
    """Is the hyphen ending ``url_so_far`` (a URL cut at a line end) the URL's own?

    ``right`` is the text of the next line. The one rule, for both readers. Evidence,
    strongest first:

    1. the same URL elsewhere in the document (``urls``: URLs written whole, a PDF's
       link annotations) holds the pieces joined with or without the hyphen: settled;
    2. the words on both sides (``vocab``: the document's own words, lower-cased and
       folded): the joined word is a word of the text ("bel-" + "gie" -> "belgie",
       as "België") -> a break hyphen; neither piece is a word ("migra-" + "tion") ->
       a break hyphen; else the URL's own ("national-" + "reports").

    Returns (keep the hyphen, the guess made): the guess is None when the document
    settled it, else a sentence saying which way it went and why, for the note's
    problems.
    """
    head = url_so_far[:-1]
    tail = right.split(None, 1)[0].rstrip(".,;:)") if right.split() else ""
    segment = head.rsplit("/", 1)[-1]
    if len(segment) >= 3 and tail:
        for url in urls:
            if f"{segment}-{tail}" in url:
                return True, None
            if f"{segment}{tail}" in url:
                return False, None
    h = _SEGMENT_END.search(head)
    t = _SEGMENT_START.search(tail)
    if not (h and t):
        return True, None  # digits or punctuation at the break: the URL's own hyphen
    left, right_word = h.group(), t.group()
    joined = fold(left + right_word)
    cut = f"'{left}-' + '{right_word}'"
    if not vocab:
        return True, f"URL hyphen at the line break {cut} kept: no words to decide by"
    if joined in vocab:
        return False, (
            f"URL hyphen at the line break {cut} dropped: '{left + right_word}' is a word "
            "of the text"
        )
    known_left, known_right = fold(left) in vocab, fold(right_word) in vocab
    if not (known_left or known_right):
        return False, (
            f"URL hyphen at the line break {cut} dropped: neither piece is a word of the text"
        )
    return True, f"URL hyphen at the line break {cut} kept: a word of the text stands on a side"


def vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words of the document's running text (URL pieces left out), each also
    without its accents ("belgië" and "belgie"), as URLs write them."""
    return _vocabulary(set(text.split()))


def _vocabulary(tokens: Iterable[str]) -> frozenset[str]:
    """:func:`vocabulary` of a text's distinct tokens (in any order)."""
    kept = " ".join([t for t in tokens if "/" not in t and "www." not in t])
    words = {w.lower() for w in set(_WORD.regex.findall(kept))}  # letters: within tokens
    return frozenset(words | {fold(w) for w in words if not w.isascii()})  # ASCII: as is


def urls_of(text: str) -> frozenset[str]:
    """The URL tokens of a text (a URL written whole somewhere settles how a cut copy of
    it joins)."""
    return _urls(set(text.split()))


def _urls(tokens: Iterable[str]) -> frozenset[str]:
    """:func:`urls_of` of a text's distinct tokens."""
    return frozenset(
        token.rstrip(".,;:)’”'\"")
        for token in tokens
        if token.startswith(("http://", "https://", "www.")) or "://" in token
    )


def text_evidence(
    texts: Iterable[str], links: AbstractSet[str] = frozenset()
) -> tuple[frozenset[str], UrlEvidence]:
    """The :func:`hyphenated_compounds` of ``texts`` (a document's lines, read one at a
    time), and the :class:`UrlEvidence` they offer (their :func:`vocabulary`, their
    :func:`urls_of` and ``links``).

    Only the distinct tokens are kept: a long report repeats most of its words, so
    its text is never held whole nor split into one list. The evidence is worked out
    when first asked: few documents cut a URL at a hyphen.
    """
    tokens: set[str] = set()
    add = tokens.update
    for text in texts:
        add(text.split())
    vocab = _Deferred(lambda: _vocabulary(tokens))
    urls = _Deferred(lambda: _urls(tokens) | links)
    return _compounds(tokens), UrlEvidence(vocab, urls)


class _Deferred:
    """A set of strings worked out when first asked."""

    def __init__(self, make: Callable[[], frozenset[str]]) -> None:
        self._make: Callable[[], frozenset[str]] | None = make
        self._value: frozenset[str] = frozenset()

    def _get(self) -> frozenset[str]:
        if self._make is not None:
            self._value, self._make = self._make(), None
        return self._value

    def __contains__(self, item: object) -> bool:
        return item in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


@dataclass(frozen=True)
class UrlEvidence:
    """What a document offers to decide a URL hyphen at a line break: its own words
    (:func:`vocabulary`) and the URLs it holds whole (text, link annotations)."""

    vocab: Container[str] = frozenset()
    urls: Iterable[str] = ()

    def keeps_hyphen(self, url_so_far: str, right: str, problems: list[str] | None) -> bool:
        """:func:`url_break_hyphen`, its guess (if any) added to ``problems``."""
        keep, guess = url_break_hyphen(url_so_far, right, self.vocab, self.urls)
        if guess is not None and problems is not None:
            problems.append(guess)
        return keep
