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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import regex as _re

__all__ = ["Example", "Pattern", "REGISTRY", "pattern", "words"]

Example = str | tuple[str, str]
"""A string the pattern must match in full, or (text, expected match) for a search."""

REGISTRY: dict[str, Pattern] = {}


@dataclass(frozen=True, eq=False)
class Pattern:
    """A named regular expression with the examples that document and test it."""

    name: str
    source: str
    examples: tuple[Example, ...]
    counter_examples: tuple[str, ...] = ()
    flags: int = 0
    doc: str = ""

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
        for ex in self.counter_examples:
            if self.regex.search(ex) is not None:
                problems.append(f"{self.name}: matches its counter-example {ex!r}")
        return problems


def pattern(
    name: str,
    source: str,
    *,
    examples: Iterable[Example],
    counter_examples: Iterable[str] = (),
    flags: int = 0,
    doc: str = "",
) -> Pattern:
    """Declare (and register) a named pattern. Names are unique across ``patterns/``."""
    if name in REGISTRY:
        raise ValueError(f"pattern {name!r} is declared twice")
    p = Pattern(name, source, tuple(examples), tuple(counter_examples), flags, doc)
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
