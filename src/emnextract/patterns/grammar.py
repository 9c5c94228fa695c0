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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import regex as _re

__all__ = ["Example", "Pattern", "Prefilter", "REGISTRY", "fold", "pattern", "words"]

Example = str | tuple[str, str]
"""A string the pattern must match in full, or (text, expected match) for a search."""

REGISTRY: dict[str, Pattern] = {}


def _rank(c: str) -> int:
    if c.islower() or c.isspace():
        return 0
    if c in ".,;-()'\"":
        return 1
    return 2 if c.isdigit() else 3


def _key(anchor: str) -> str:
    best = max(range(len(anchor)), key=lambda i: (_rank(anchor[i]), i))
    return anchor[best] if _rank(anchor[best]) else ""


def fold(text: str) -> str:
    """``text`` as the anchors of a case-insensitive pattern are looked for in it.

    Case-folded, one character for one: every character a case-insensitive regex takes
    for an ASCII letter folds to that letter ("\u017f" long s to "s", the Kelvin sign to
    "k", "\u0130" to "i", where ``str.casefold`` alone would write "i" and a dot).
    """
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    return "".join([c.casefold()[0] for c in text])


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

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """False when ``text`` holds none of the anchors, so the regex cannot match in it.

        ``folded`` is :func:`fold` of ``text`` when the caller has it already.
        """
        if not self.anchors:
            return True
        if self.folds:
            text = fold(text) if folded is None else folded
        return any(a in text for a in self.anchors)

    @cached_property
    def keyed_anchors(self) -> tuple[tuple[str, str], ...]:
        """(key, anchor) for each anchor of a case-sensitive pattern: the key is the one
        character of the anchor looked for first (a single character is found by one fast
        scan), the one least common in running text by a rough rank (capitals and signs
        before digits, digits before ``.,-()``; lower case letters never). An anchor of only
        lower case letters and a case-insensitive pattern's anchors have the key ""."""
        if self.folds:
            return tuple(("", a) for a in self.anchors)
        return tuple((_key(a), a) for a in self.anchors)

    @cached_property
    def regex(self) -> _re.Pattern[str]:
        compiled = _re.compile(self.source, self.flags | _re.VERSION0)
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
        for ex in self.counter_examples:
            if self.regex.search(ex) is not None:
                problems.append(f"{self.name}: matches its counter-example {ex!r}")
        return problems


class Prefilter:
    """Which of several patterns may match a text, by their anchors, with the work shared.

    The text is folded at most once, and each key character of the case-sensitive
    patterns' anchors (see :attr:`Pattern.keyed_anchors`) is looked for once; an anchor
    is looked for in full only where its key stands. A pattern without anchors always
    may match.
    """

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._keys = frozenset(k for p in self.patterns for k, _ in p.keyed_anchors if k)
        self._plans = [
            (p.folds, frozenset(k for k, _ in p.keyed_anchors), p.keyed_anchors)
            if p.anchors
            else None
            for p in self.patterns
        ]

    def candidates(self, text: str, folded: str | None = None) -> list[int]:
        """Indexes of the patterns that may match in ``text``, in order (``folded``:
        :func:`fold` of ``text`` when the caller has it)."""
        present = {k for k in self._keys if k in text}
        present.add("")
        out = []
        for i, plan in enumerate(self._plans):
            if plan is None:
                out.append(i)
                continue
            folds, keys, checks = plan
            if folds:
                if folded is None:
                    folded = fold(text)
                for _, a in checks:
                    if a in folded:
                        out.append(i)
                        break
            elif not keys.isdisjoint(present):
                for k, a in checks:
                    if k in present and a in text:
                        out.append(i)
                        break
        return out


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
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        tokens = []
        for tok in entry.split():
            if not wildcard or "*" not in tok:
                tokens.append(_re.escape(tok))
            elif tok == "*":
                tokens.append(r"\S+(?:\s+\S+){0,8}?")
            else:
                head = r"\w*" if tok.startswith("*") else ""
                tail = r"\w*" if tok.endswith("*") else ""
                tokens.append(head + _re.escape(tok.strip("*")) + tail)
        parts.append(r"\s+".join(tokens))
    return "|".join(parts) if parts else r"(?!)"


def all_patterns() -> dict[str, Pattern]:
    """Every registered pattern, after importing every grammar module of the package."""
    import importlib
    import pkgutil

    from . import __path__ as package_path

    for info in pkgutil.iter_modules(package_path):
        importlib.import_module(f"{__package__}.{info.name}")
    return dict(REGISTRY)
