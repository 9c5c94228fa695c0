"""The one compiler for every grammar in ``patterns/``: named patterns with worked examples.

Every regular expression the readers and extractors use is declared in a module of
this package as a :class:`Pattern`: its source, its flags and the examples it must
match (and, where a near miss is instructive, examples it must not match). Code
never writes a regex of its own; it asks for ``SOME_PATTERN.regex``.

``tests/test_patterns.py`` checks every registered pattern against its examples, as
reporters-db does for eyecite: each example must be matched, each counter-example
must not, and every pattern must carry at least one example.

Word lists become regex alternations through :func:`words`, the one words->regex
compiler (longest entry first, ``*`` as a word-ending wildcard).

A pattern may name its *anchors* (as eyecite's reporters do): literal strings at least
one of which stands in every match. A caller that scans many texts asks
:meth:`Pattern.may_match` first and runs the regex only on texts holding an anchor;
``check`` fails on an example without one, so an anchor left out is caught by the
tests instead of silently losing matches.
"""

from __future__ import annotations

import re as _std_re  # finds one of many literal strings faster than regex (Prefilter only)
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex as _re

from .compiled import compile_cached

__all__ = [
    "Example",
    "Pattern",
    "Prefilter",
    "REGISTRY",
    "FOLDS_TO_ASCII",
    "ascii_fold",
    "char_positions",
    "JoinedTexts",
    "SEPARATOR",
    "fold",
    "group_reader",
    "join_texts",
    "literal_trie",
    "literals",
    "open_ended",
    "pattern",
    "word_branches",
    "words",
]

Example = str | tuple[str, str]
"""A string the pattern must match in full, or (text, expected match) for a search."""

REGISTRY: dict[str, Pattern] = {}


def fold(text: str) -> str:
    """``text`` as the anchors of a case-insensitive pattern are looked for in it.

    Case-folded, one character for one: every character a case-insensitive regex takes
    for an ASCII letter folds to that letter ("\u017f" long s to "s", the Kelvin sign to
    "k", "\u0130" to "i", where ``str.casefold`` alone would write "i" and a dot).
    """
    if text.isascii():
        return text.lower()  # the same as casefold for ASCII, and quicker
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    return "".join([c.casefold()[0] for c in text])


# The characters other than ASCII whose fold (see :func:`fold`) is an ASCII letter: "ß",
# "İ", "ſ", "ǰ", "ẖ" to "ẚ", "ẞ", the Kelvin sign and the ligatures "ﬀ" to "ﬆ" (a test
# checks the list against every character).
FOLDS_TO_ASCII = (
    "\xdf\u0130\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


def ascii_fold(text: str) -> str | None:
    """``text`` with every ASCII character folded and every other one a "?", if no
    character of it folds to an ASCII letter (:data:`FOLDS_TO_ASCII`); else None.

    It then holds an ASCII string without "?" exactly where :func:`fold` of ``text``
    does, and is made much faster than that fold of a text that is not ASCII (which
    reads every character through the Unicode tables).
    """
    if text.isascii():
        return text.lower()
    for c in FOLDS_TO_ASCII:  # a plain loop: quicker than any() over a generator
        if c in text:
            return None
    return text.encode("ascii", "replace").lower().decode("ascii")


def group_reader(m: _re.Match[str], numbers: Mapping[str, int]) -> Callable[[str], Any]:
    """``m.group`` for one group name at a time, read by number (``numbers``: the
    pattern's ``groupindex``): the regex module looks a name up several times slower than
    it reads a group by number, which counts where a match's groups are read one by one."""
    found = m.groups()

    def group(name: str) -> Any:
        return found[numbers[name] - 1]

    return group


@dataclass(frozen=True, eq=False)
class Pattern:
    """A named regular expression with the examples that document and test it."""

    name: str
    source: str
    examples: tuple[Example, ...]
    counter_examples: tuple[str, ...] = ()
    flags: int = 0
    doc: str = ""
    anchors: tuple[str, ...] = ()
    """Literal strings at least one of which stands in every match (none: no promise).

    For a case-insensitive pattern they are written case-folded and ASCII, and looked
    for in :func:`fold` of the text."""

    @cached_property
    def folds(self) -> bool:
        """Whether the anchors are looked for in the folded text (case-insensitive)."""
        return bool(self.flags & _re.IGNORECASE)

    @cached_property
    def _cased_anchors(self) -> bool:
        """Whether an anchor has a cased letter (else it is the same in the folded text)."""
        return any(a.upper() != a.lower() for a in self.anchors)

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """False when ``text`` holds none of the anchors, so the regex cannot match in it.

        ``folded`` is :func:`fold` of ``text`` when the caller has it already.
        """
        if not self.anchors:
            return True
        if self.folds and self._cased_anchors:
            text = fold(text) if folded is None else folded
        for a in self.anchors:
            if a in text:
                return True
        return False

    @cached_property
    def regex(self) -> _re.Pattern[str]:
        compiled = compile_cached(self.source, self.flags | _re.VERSION0)
        # From now on pattern.search etc. are the compiled regex's own methods: no
        # wrapper call on the extractors' hot paths.
        for name in ("search", "match", "fullmatch", "finditer", "sub"):
            object.__setattr__(self, name, getattr(compiled, name))
        return compiled

    # Convenience so call sites read like a compiled pattern.
    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> _re.Match[str] | None:
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> _re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> _re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[_re.Match[str]]:
        return self.regex.finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[_re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count=count)

    def check(self) -> list[str]:
        """Problems with this pattern's examples ([] when every example behaves)."""
        problems = []
        if not self.examples:
            problems.append(f"{self.name}: no examples")
        for ex in self.examples:
            if isinstance(ex, tuple):
                text, expected = ex
                m = self.regex.search(text)
                if m is None or m.group(0) != expected:
                    got = None if m is None else m.group(0)
                    problems.append(f"{self.name}: {text!r} should match {expected!r}, got {got!r}")
            elif self.regex.fullmatch(ex) is None:
                problems.append(f"{self.name}: does not match its example {ex!r} in full")
            matched = ex[1] if isinstance(ex, tuple) else ex
            if not self.may_match(matched):
                problems.append(f"{self.name}: example {matched!r} holds none of its anchors")
        for a in self.anchors:
            if not a or (self.folds and (a != a.casefold() or not a.isascii())):
                problems.append(f"{self.name}: anchor {a!r} is not a folded ASCII string")
        if self.anchors and ("(?i" in self.source or self.flags & _re.FULLCASE):
            # fold() knows the case rules of the IGNORECASE flag alone
            problems.append(f"{self.name}: anchors need case rules set by flags=IGNORECASE")
        for ex in self.counter_examples:
            if self.regex.search(ex) is not None:
                problems.append(f"{self.name}: matches its counter-example {ex!r}")
        return problems


# The texts one joined-text scan reads at once (in characters): enough that a scan
# costs little per text, few enough that the joined copies stay small next to the texts.
BATCH_CHARS = 1 << 16


def text_batches(texts: Sequence[str], limit: int | None = None) -> Iterator[Sequence[str]]:
    """``texts`` cut into runs of consecutive texts of at most ``limit`` characters each
    (None: :data:`BATCH_CHARS`; a longer text is a run of its own), for scans that join
    the texts they read.

    A scan of all the texts of a long report joined would hold copies of them all at
    once (the joined text, its lower case or fold, and the temporary buffers str makes
    for them); a scan per batch gives each text the same answer and holds a batch's.
    """
    limit = BATCH_CHARS if limit is None else limit
    start = 0
    size = 0
    for i, t in enumerate(texts):
        if size and size + len(t) > limit:
            yield texts[start:i]
            start = i
            size = 0
        size += len(t) + 1
    if start < len(texts):
        yield texts[start:]


SEPARATOR = "\x00"
"""Joins the texts a scan reads in one pass (:func:`join_texts`): a NUL, which no
anchor, stem, word or pattern of this package holds and which is no letter, so nothing
found crosses it and a word ends at it as at a text's edge."""


@dataclass(frozen=True)
class JoinedTexts:
    """Texts joined by :data:`SEPARATOR`, and where each starts and ends in ``joined``."""

    joined: str
    starts: list[int]
    ends: list[int]

    def text_at(self, i: int) -> int:
        """The index of the text that position ``i`` of ``joined`` lies in."""
        return bisect_right(self.starts, i) - 1


def char_positions(text: str, chars: Sequence[str]) -> list[int]:
    """Where any of the single characters ``chars`` stands in ``text``, in order: the
    places a grammar that opens with one of them is tried, instead of scanning the text."""
    found: list[int] = []
    for c in chars:
        i = text.find(c)
        while i != -1:
            found.append(i)
            i = text.find(c, i + 1)
    found.sort()
    return found


def join_texts(texts: Sequence[str]) -> JoinedTexts:
    """``texts`` joined for one scan over them all (one batch of :func:`text_batches`)."""
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for t in texts:
        starts.append(at)
        at += len(t)
        ends.append(at)
        at += len(SEPARATOR)
    return JoinedTexts(SEPARATOR.join(texts), starts, ends)


class Prefilter:
    """Which of several patterns may match a text, by their anchors, with the work shared.

    The anchors looked for in the text itself (those of case-sensitive patterns, and
    those without a cased letter) are found in one scan: a single character by ``in``,
    longer ones by one search of them all (:func:`literal_trie`), searched again one
    character after each hit so that none hides another. Anchors with a cased letter of
    case-insensitive patterns are looked for in :func:`fold` of the text, made at most
    once and only for a pattern not yet known to be a candidate. A pattern without
    anchors always is one.
    """

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._always = frozenset(i for i, p in enumerate(self.patterns) if not p.anchors)
        literal: dict[str, set[int]] = {}
        folded: dict[str, set[int]] = {}
        for i, p in enumerate(self.patterns):
            for a in p.anchors:
                cased = a.upper() != a.lower()
                (folded if p.folds and cased else literal).setdefault(a, set()).add(i)
        # one character, or a word in lower case (common first letters slow the scan)
        alone = [a for a in literal if len(a) == 1 or a[0].islower()]
        self._chars = [(a, frozenset(literal[a])) for a in alone]
        longer = sorted((a for a in literal if a not in alone), key=lambda a: (-len(a), a))
        # what a hit tells: the patterns of every anchor that stands in the anchor hit
        self._implied = {
            a: frozenset(i for b, ix in literal.items() if b in a for i in ix) for a in longer
        }
        self._scan = _std_re.compile(literal_trie(longer)).search
        self._folded = [(a, frozenset(ix)) for a, ix in folded.items()]
        # the folded anchors may be looked for in ascii_fold of the texts
        self._ascii_folded = all(a.isascii() and "?" not in a for a in folded)
        # for joined texts: anchors that open alike, searched together
        self._chars_of_many = _shared_openings(self._chars)
        self._folded_of_many = _shared_openings(self._folded)

    def candidates(self, text: str, folded: str | None = None) -> list[int]:
        """Indexes of the patterns that may match in ``text``, in order (``folded``:
        :func:`fold` of ``text`` when the caller has it)."""
        hits = set(self._always)
        if self._implied:
            pos = 0
            while (m := self._scan(text, pos)) is not None:
                hits |= self._implied[m.group()]
                pos = m.start() + 1  # an anchor may start inside the one hit
        for a, ix in self._chars:
            if not ix <= hits and a in text:
                hits |= ix
        for a, ix in self._folded:
            if not ix <= hits:
                if folded is None:
                    folded = fold(text)
                if a in folded:
                    hits |= ix
        return sorted(hits)

    def candidates_of(self, texts: Sequence[str]) -> list[list[int]]:
        """:meth:`candidates` of each of ``texts``, found in one pass over them all.

        The texts are read joined by a NUL, which no anchor holds, so a hit lies in one
        text; each anchor looked for by ``in`` is found once per text that holds it (the
        search goes on at the next text). One pass is much cheaper than one per text
        when the texts are many and short (the paragraphs and notes of a document).
        """
        return [hits for batch in text_batches(texts) for hits in self._candidates_of(batch)]

    def _candidates_of(self, texts: Sequence[str]) -> list[list[int]]:
        """:meth:`candidates_of` of one batch of texts."""
        if not texts:
            return []
        j = join_texts(texts)
        hits = [set(self._always) for _ in texts]
        if self._implied:
            pos = 0
            while (m := self._scan(j.joined, pos)) is not None:
                hits[j.text_at(m.start())] |= self._implied[m.group()]
                pos = m.start() + 1  # an anchor may start inside the one hit
        self._each_text(j.joined, self._chars_of_many, j, hits)
        if self._folded:
            # ascii_fold of the joined texts where it serves (all folded anchors ASCII);
            # else fold() of each, which reads one character at a time: the folds of
            # the texts joined are the fold of the joined texts (each folded alone: one
            # with a letter whose case-fold is longer is read letter by letter)
            folded = ascii_fold(j.joined) if self._ascii_folded else None
            if folded is None:
                folded = SEPARATOR.join([fold(t) for t in texts])
            self._each_text(folded, self._folded_of_many, j, hits)
        return [sorted(h) for h in hits]

    @staticmethod
    def _each_text(
        joined: str,
        anchors: _Openings,
        where: JoinedTexts,
        hits: list[set[int]],
    ) -> None:
        """Add the patterns of each anchor to those of every text of ``joined`` (laid out
        as ``where`` says) holding it."""
        alone, together = anchors
        for a, ix in alone:
            i = joined.find(a)
            while i != -1:
                k = where.text_at(i)
                hits[k] |= ix
                i = joined.find(a, where.ends[k] + 1)  # on to the next text
        for search, implied, every in together:
            pos = 0
            while (m := search(joined, pos)) is not None:
                i = m.start()
                k = where.text_at(i)
                found = hits[k]
                found |= implied[m.group()]
                # on to the next text once it holds all the group tells; else the
                # others of the group may stand further on in this one
                pos = where.ends[k] + 1 if every <= found else i + 1


_Alone = list[tuple[str, frozenset[int]]]
_Together = list[tuple[Callable[[str, int], Any], dict[str, frozenset[int]], frozenset[int]]]
_Openings = tuple[_Alone, _Together]


def _shared_openings(anchors: Sequence[tuple[str, frozenset[int]]]) -> _Openings:
    """``anchors`` (each with its patterns) as those looked for alone and groups of those
    that open with the same two characters, each group looked for by one search.

    The std re engine finds a group's shared opening as fast as ``str.find`` finds one
    literal, so a group costs about one pass where its anchors alone cost one each.
    """
    by_opening: dict[str, list[tuple[str, frozenset[int]]]] = {}
    for a, ix in anchors:
        by_opening.setdefault(a[:2] if len(a) >= 2 else a, []).append((a, ix))
    alone: _Alone = []
    together: _Together = []
    for opening, group in by_opening.items():
        if len(opening) < 2 or len(group) == 1:
            alone.extend(group)
            continue
        # what a hit tells: the patterns of every anchor of the group standing in it
        implied = {a: frozenset(i for b, ix in group if b in a for i in ix) for a, _ in group}
        every = frozenset(i for _, ix in group for i in ix)
        search: Callable[[str, int], Any] = _std_re.compile(
            literal_trie(a for a, _ in group)
        ).search
        together.append((search, implied, every))
    return alone, together


def open_ended(p: Pattern) -> str:
    """The source of ``p``, a grammar matched at the end of a text (its source ends in
    ``$``), without that ``$``: to be one branch of a grammar that closes them all with
    one."""
    if not p.source.endswith("$"):
        raise ValueError(f"pattern {p.name!r} does not end in '$'")
    return p.source[:-1]


def literal_trie(literals: Iterable[str]) -> str:
    """A std ``re`` source matching, where any of ``literals`` starts, the longest one
    that starts there (as their alternation, longest first, does).

    The literals are laid out as a tree of shared beginnings ("K(?:amer|st)"): the
    engine reads each character once at a position where the alternation would try
    every literal of that first character in turn.
    """
    tree: dict[str, Any] = {}
    for word in literals:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # a literal ends here

    def source(node: dict[str, Any]) -> str:
        ends = "" in node
        leaves = sorted(c for c, sub in node.items() if c and list(sub) == [""])
        alts = [_std_re.escape(c) + source(sub) for c, sub in sorted(node.items()) if c
                and c not in leaves]  # fmt: skip
        if len(leaves) > 1:
            alts.append("[" + "".join(_std_re.escape(c) for c in leaves) + "]")
        elif leaves:
            alts.append(_std_re.escape(leaves[0]))
        if not alts:
            return ""
        if len(alts) == 1 and not ends:
            return alts[0]
        # the characters that go on differ in each branch, so one branch at most reads
        # on; a literal ending here is taken only when none does (greedy ``?``)
        return "(?:" + "|".join(alts) + ")" + ("?" if ends else "")

    return source(tree) if tree else "(?!)"


def literals(found: Iterable[str]) -> _std_re.Pattern[str]:
    """The std ``re`` pattern of :func:`literal_trie` for the strings ``found``: its
    ``search`` finds where one of them starts (its ``match``, the longest one starting
    at a place). Strings that open with the same character are found by one search as
    fast as ``str.find`` finds one of them: the engine runs to that character, then
    reads on only there."""
    return _std_re.compile(literal_trie(found))


def pattern(
    name: str,
    source: str,
    *,
    examples: Iterable[Example],
    counter_examples: Iterable[str] = (),
    flags: int = 0,
    doc: str = "",
    anchors: Iterable[str] = (),
) -> Pattern:
    """Declare (and register) a named pattern. Names are unique across ``patterns/``.

    ``anchors``: literal strings at least one of which stands in every match (see
    :meth:`Pattern.may_match`); every example must hold one.
    """
    if name in REGISTRY:
        raise ValueError(f"pattern {name!r} is declared twice")
    p = Pattern(name, source, tuple(examples), tuple(counter_examples), flags, doc, tuple(anchors))
    REGISTRY[name] = p
    return p


def words(entries: Iterable[str], *, wildcard: bool = True) -> str:
    """One regex alternation (no group) for a word list, longest entry first.

    Entries may hold several words (matched across any white space). With
    ``wildcard``, a trailing ``*`` lets a word go on (``afgeschaf*``), a leading
    ``*`` lets it be the end of a compound (``*brief``), and a lone ``*`` stands for
    up to eight words in between (``maakte * bekend``).
    """
    parts = [part for _, part in word_branches(entries, wildcard=wildcard)]
    return "|".join(parts) if parts else r"(?!)"


def word_branches(entries: Iterable[str], *, wildcard: bool = True) -> list[tuple[str, str]]:
    """Each entry of a word list with its alternative of :func:`words`, in the order of
    the alternation (each entry once)."""
    parts: list[tuple[str, str]] = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        tokens = []
        for tok in entry.split():
            if tok.isalnum():  # nothing to escape (no white space either: split)
                tokens.append(tok)
            elif not wildcard or "*" not in tok:
                tokens.append(_re.escape(tok))
            elif tok == "*":
                tokens.append(r"\S+(?:\s+\S+){0,8}?")
            else:
                head = r"\w*" if tok.startswith("*") else ""
                tail = r"\w*" if tok.endswith("*") else ""
                tokens.append(head + _re.escape(tok.strip("*")) + tail)
        parts.append((entry, r"\s+".join(tokens)))
    return parts


def all_patterns() -> dict[str, Pattern]:
    """Every registered pattern, after importing every grammar module of the package."""
    import importlib
    import pkgutil

    from . import __path__ as package_path

    for info in pkgutil.iter_modules(package_path):
        importlib.import_module(f"{__package__}.{info.name}")
    return dict(REGISTRY)
