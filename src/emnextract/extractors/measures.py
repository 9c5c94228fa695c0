"""Dated measures: each dated event in the body text, with its role, name and sources.

Dates come from :func:`~emnextract.extractors.dates.find_dates`, run per paragraph with
the report year as context year. Which dates are measure dates:

* Never in footnotes (only body paragraphs are read), never a year inside a name
  ("Vreemdelingenbesluit 2000"), never a date whose year cannot be told.
* Not when the sentence only says when a page was consulted or media reported
  (``NOT_A_MEASURE`` in ``patterns/measure_roles.py``).
* The report's own year is no reason to drop an event: "In 2019 is het project
  gestart" in the 2019 report is a measure like any other (a trigger decides, below).
* A day date ("op 29 januari 2019") is an event: always a measure date, unless it
  stands alone but for a label ("Datum 22 december 2022", a letter's date line).
* Any coarser date (month, season, half, quarter, academic year, year) is a
  measure date only when something makes it the moment of a change: its own
  preposition (``per``, ``vanaf``, ``tot en met`` ...), a trigger word in the same
  clause (``gestart``, ``afgeschaft``, ``zal`` ...) or an event verb
  (``opgeroepen``, ``gedaan`` -> role ``other``). In a sentence that counts
  things (``aanvragen``, ``procent`` ...) it is the period of a statistic, unless
  the date is later than the document and the sentence sets a target.
* A coarse date later than the document's own time (:func:`document_time`: the
  year after the report year, or the letter's date) dates a plan or a target:
  ``planned`` ("In 2030 koopt de overheid ... in"), ``deadline`` with an
  obligation ("In 2050 moet ..."), unless a preposition or a verb of what
  happened in the past gives its own role ("per 2020", "In januari 2020 is
  besloten").

Role, in order of precedence: a firm preposition (``tot en met``, ``uiterlijk``,
``tot`` -> deadline); a later date without a verb of what happened (above); a
word of intention in the clause (``zal``, ``beoogd``, ``gepland`` -> planned, not
for a year before the document's time); an in-force preposition (``per``, ``met
ingang van``, ``vanaf``, ``sinds``); else the trigger verb nearest the date in its
sentence, a trigger noun (``rapport``, ``brief``) only when no verb is there;
else ``other``.

Name: a run-in subheading (the bold one-line title the reports put above a
measure) for the first paragraphs it opens in its section, unless it is generic
("Maatregelen"); else a noun phrase of the sentence: the phrase before a
bracketed date, else the first article-opened phrase in the date's clause, then
the sentence, that names no actor or frame ("Het streven is"), quotes balanced.

Page: the page where the date stands, from ``para.page_breaks`` ((offset, page)
pairs) when the reader gives it, else the paragraph's page.
"""

from __future__ import annotations

import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import reduce
from operator import itemgetter, or_
from typing import TypeVar

import regex

from ..document import Document, Para, Readings
from ..model import Citation, Measure, MeasureRole
from ..patterns import measure_roles as R
from ..patterns.grammar import Pattern, fold, join_texts, literals
from ..patterns.grammar import char_positions as _char_positions
from ..provenance import page_at, provenance
from .dates import DateMatch
from .links import citations_by_footnote, span_links, span_note_ids

__all__ = ["document_time", "extract_measures", "measure_dates", "role_of"]

BODY_KINDS = frozenset({"body", "list_item", "box"})
_B = TypeVar("_B")


_ROLE_RE = {role: p.regex for role, p in R.ROLE_TRIGGERS.items()}
_NOUN_ROLE_RE = {role: p.regex for role, p in R.NOUN_ROLE_TRIGGERS.items()}
_EVENT_RE = R.EVENT.regex
_TARGET_RE = R.TARGET.regex
_FUTURE_AUX_RE = R.FUTURE_AUXILIARY.regex
_MUST_RE = R.MUST_WORDS.regex
_PLANNED_RE = R.PLANNED_WORDS.regex
_PLANNED_GOVERNING_RE = R.PLANNED_GOVERNING_WORDS.regex
_NOT_MEASURE_RE = R.NOT_A_MEASURE_WORDS.regex
_COUNTING_RE = R.COUNTING.regex
_CHANGE_RE = R.CHANGE.regex
_PERIOD_RE = R.PERIOD.regex
_CLAUSE_BREAK = R.CLAUSE_BREAK.regex
_SUBCLAUSE_BREAK = R.SUBCLAUSE_BREAK.regex
_RESPONSE_RE = R.RESPONSE_FRAME.regex
_PERFECT_AUX_RE = R.PERFECT_AUXILIARY.regex
_PARTICIPLE_RE = R.PARTICIPLE.regex
_QUANTITY_RE = R.QUANTITY.regex
_QUANTITY_START = R.QUANTITY_START.regex
_DOCUMENT_RE = R.DOCUMENT_NOUN.regex
_COUNT_RE = R.COUNT.regex
_BUDGET_NOUN_RE = R.BUDGET_NOUN.regex
_MONEY_RE = R.MONEY.regex
_LISTED_YEAR_RE = R.LISTED_YEAR.regex
_RELATIVE_OPENER_RE = R.RELATIVE_OPENER.regex
_NEGATION_RE = R.NEGATION.regex
_MODAL_RE = R.MODAL.regex
_DIGIT = R.DIGIT.regex
_LIST_JOINT = R.LIST_JOINT.regex
_WORD = R.WORD.regex
_TWO_WORDS = R.TWO_WORDS.regex
_WORD_RUN = R.WORD_RUN.regex

# The trigger lists' word anchors (``R.WORD_ANCHORS``), one bit per anchor (a whole
# word, a prefix or an infix): a word's bits are the anchors it fits, a run's the union
# over its words. A list whose anchors' bits (its mask) a run lacks matches nowhere in
# it, so its searches there are skipped; so does a branch of a list (an entry,
# ``R.TRIGGER_BRANCHES``) whose anchor's bit it lacks.
_ANCHOR_KINDS = ("exact", "prefix", "infix")
_ANCHOR_KEY_BIT: dict[tuple[str, str], int] = {
    key: 1 << i
    for i, key in enumerate(
        sorted(
            {
                (kind, a)
                for anchors in R.WORD_ANCHORS.values()
                for kind, group in zip(_ANCHOR_KINDS, anchors, strict=True)
                for a in group
            }
        )
    )
}


def _anchor_mask(anchors: R.WordAnchors) -> int:
    """The bits of ``anchors`` (words, prefixes, infixes)."""
    return reduce(
        or_,
        (
            _ANCHOR_KEY_BIT[kind, a]
            for kind, group in zip(_ANCHOR_KINDS, anchors, strict=True)
            for a in group
        ),
        0,
    )


_ANCHOR_MASK: dict[regex.Pattern[str], int] = {
    p.regex: _anchor_mask(anchors) for p, anchors in R.WORD_ANCHORS.items()
}
_ALL_BITS = (1 << len(_ANCHOR_KEY_BIT)) - 1
# two more bits: a word that breaks a clause (a subclause), as a whole run of word
# characters; a sentence with none (and no dash standing alone) breaks at punctuation
_CLAUSE_WORD_BIT = 1 << len(_ANCHOR_KEY_BIT)
_SUBCLAUSE_WORD_BIT = _CLAUSE_WORD_BIT << 1
_BREAK_WORD_BITS = {_CLAUSE_BREAK: _CLAUSE_WORD_BIT, _SUBCLAUSE_BREAK: _SUBCLAUSE_WORD_BIT}
# and one for the words that break a subclause but not a clause ("om", "die"): in a run
# without them the two grammars match alike (each word matches as a whole token, the
# rest of the grammars is the same), so the subclause breaks are the clause breaks
_SUBCLAUSE_ONLY_BIT = _SUBCLAUSE_WORD_BIT << 1
_SUBCLAUSE_ONLY_WORDS = tuple(w for w in R.SUBCLAUSE_BREAK_WORDS if w not in R.CLAUSE_BREAK_WORDS)
_DASHES = frozenset(R.BREAK_DASHES)
_NONE: frozenset[str] = frozenset()  # no dashes, no anchoring tokens
_EXACT: dict[str, int] = {}
_PREFIXES: dict[str, int] = {}
_INFIXES: dict[str, int] = {}
for (_kind, _a), _bit in _ANCHOR_KEY_BIT.items():
    _table = {"exact": _EXACT, "prefix": _PREFIXES, "infix": _INFIXES}[_kind]
    _table[_a] = _table.get(_a, 0) | _bit
for _words, _bit in (
    (R.CLAUSE_BREAK_WORDS, _CLAUSE_WORD_BIT),
    (R.SUBCLAUSE_BREAK_WORDS, _SUBCLAUSE_WORD_BIT),
    (_SUBCLAUSE_ONLY_WORDS, _SUBCLAUSE_ONLY_BIT),
):
    for _a in _words:
        _EXACT[_a] = _EXACT.get(_a, 0) | _bit
# The prefixes a word begins with are the longest of them and the prefixes that one
# begins with: a prefix's bits with those of the shorter prefixes it begins with are
# the bits of every word whose longest prefix it is, found by one match of them all.
_LONGEST_PREFIX = literals(_PREFIXES).match
_PREFIX_BITS: dict[str, int] = {
    a: reduce(or_, (bit for b, bit in _PREFIXES.items() if a.startswith(b)), 0) for a in _PREFIXES
}


def _token_bits(token: str) -> int:
    """The patterns the runs of word characters in ``token`` (no white space) may
    anchor as a whole word or by its start."""
    if token.isalpha():
        return _word_bits(fold(token))  # letters alone: the token is one run
    bits = 0
    for word in _WORD_RUN.findall(token):
        bits |= _word_bits(fold(word))
    return bits


def _infix_bits(low: str) -> int:
    """The patterns the infixes (``*brief``) in the folded text ``low`` may anchor:
    letters alone, so each lies in one run of word characters."""
    bits = 0
    for infix, bit in _INFIXES.items():
        if infix in low:
            bits |= bit
    return bits


# the infixes by the letter they open with, each group found by one search (as fast as
# a search for one of them; one search for them all tries every place)
_INFIX_SEARCHES = tuple(
    (
        literals([a for a in _INFIXES if a[0] == first]).search,
        tuple((a, bit) for a, bit in _INFIXES.items() if a[0] == first),
    )
    for first in sorted({a[0] for a in _INFIXES})
)


def _word_bits(low: str) -> int:
    """The patterns a run of word characters, folded to ``low`` (:func:`~emnextract.patterns.grammar.fold`), may anchor
    as a whole word or by its start (infixes: :meth:`_Run.anchor_bits`)."""
    prefix = _LONGEST_PREFIX(low)
    return _EXACT.get(low, 0) | (_PREFIX_BITS[prefix.group()] if prefix else 0)


# Characters no run of word characters holds (punctuation, quotes, dashes), and those
# and digits: a token of these alone has runs of digits only, and every anchor of the
# trigger lists opens with a letter (``_ANCHOR_OPENINGS`` is checked by the tests).
_AROUND_WORDS = "".join(c for c in string.punctuation if c != "_") + "‘’“”„‚«»–—…"
_NO_LETTERS = _AROUND_WORDS + string.digits
_ANCHOR_OPENINGS = frozenset(a[:1] for a in (*_EXACT, *_PREFIXES))


class _KnownWords:
    """The anchor bits (:func:`_token_bits`) of the tokens read so far, shared by the runs
    of one document: every token seen, those with bits, and their bits."""

    __slots__ = ("anchoring", "bits", "branches", "seen", "verbs")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.anchoring: set[str] = set()
        self.bits: dict[str, int] = {}
        # (trigger list, the bits of its anchors a run fits) -> the branches it searches
        self.branches: dict[tuple[regex.Pattern[str], int], list[regex.Pattern[str]]] = {}
        # a word of a name -> whether it is a verb (:func:`_is_verb`), as asked so far
        self.verbs: dict[str, bool] = {}

    def read(self, tokens: set[str]) -> None:
        """Take in ``tokens``, none of them seen yet: the bits of their runs of word
        characters (:func:`_token_bits`) and of the infixes in their fold
        (:func:`_infix_bits`), found in one pass over the folds of them all (a fold is
        made character by character, and an infix, letters alone, never holds the
        separator that joins them nor the punctuation around a word)."""
        self.seen |= tokens
        exact, longest, prefix_bits = _EXACT, _LONGEST_PREFIX, _PREFIX_BITS
        order = list(tokens)
        lows: list[str] = []  # the fold of each token's letters, for its infixes
        found: list[int] = []
        for token in order:
            # the commonest token: a word, maybe with punctuation around it ("(IND),"),
            # which holds no word character: one run, the word (_word_bits, inline)
            word = token if token.isalpha() else token.strip(_AROUND_WORDS)
            if word.isalpha():
                low = word.lower() if word.isascii() else fold(word)
                prefix = longest(low)
                bits = exact.get(low, 0) | (prefix_bits[prefix.group()] if prefix else 0)
            elif not word.strip(_NO_LETTERS):
                low, bits = "", 0  # digits and punctuation: no anchor, no infix
            else:
                low, bits = fold(token), _token_bits(token)
            lows.append(low)
            found.append(bits)
        j = join_texts(lows)
        joined = j.joined
        for search, infixes in _INFIX_SEARCHES:
            m = search(joined)
            while m is not None:  # every place an infix starts (searched on from the next)
                at = m.start()
                k = j.text_at(at)
                for infix, bit in infixes:
                    if joined.startswith(infix, at):
                        found[k] |= bit
                m = search(joined, at + 1)
        for token, bits in zip(order, found, strict=True):
            if bits:
                self.bits[token] = bits
                self.anchoring.add(token)

    def read_runs(self, runs: list[_Run]) -> None:
        """Find the anchor bits of ``runs`` (:meth:`_Run.anchor_bits`) all at once: their
        tokens not seen yet read in one go."""
        token_lists = [run.sentence.split() for run in runs]
        new = set().union(*token_lists)
        new -= self.seen
        if new:
            self.read(new)
        for run, tokens in zip(runs, token_lists, strict=True):
            run._take_tokens(tokens)


class _Run:
    """A sentence (or an overlong run without sentence ends) of a paragraph, with what
    every date in it reads found once: its words and its clause breaks.

    A date reads a window of the run (see :func:`_window`); the matches of a grammar in
    the window are those of the run inside it, unless a match of the run straddles an
    edge the window's search depends on (then the date searches its window itself, as
    always): the grammars read here have no lookaround, so a match inside the window
    does not depend on the text around it.
    """

    __slots__ = (
        "_anchoring",
        "_bits",
        "_branches",
        "_breaks",
        "_dashes",
        "_known",
        "_punctuation",
        "_words",
        "e",
        "s",
        "sentence",
    )

    def __init__(self, text: str, s: int, e: int, known_words: _KnownWords | None = None) -> None:
        self.s, self.e = s, e
        self.sentence = text[s:e]
        self._breaks: dict[regex.Pattern[str], tuple[list[int], list[int]]] = {}
        self._punctuation: list[int] | None = None  # where the break punctuation stands
        self._words: tuple[list[regex.Match[str]], list[int], list[int], list[str]] | None = None
        self._bits: int | None = None
        self._dashes: frozenset[str] = _NONE  # the dashes standing alone
        self._anchoring: AbstractSet[str] = _NONE  # the tokens with bits (none yet)
        self._branches: dict[regex.Pattern[str], list[regex.Pattern[str]]] = {}
        # the bits of the tokens seen so far, shared by the runs of one document
        self._known = _KnownWords() if known_words is None else known_words

    def lacks(self, pattern: regex.Pattern[str]) -> bool:
        """Whether a trigger list's ``pattern`` surely matches nowhere in the run: no
        word of the run fits its word anchors (``R.WORD_ANCHORS``)."""
        mask = _ANCHOR_MASK.get(pattern)
        return mask is not None and not self.anchor_bits() & mask

    def branches(self, pattern: regex.Pattern[str]) -> list[regex.Pattern[str]]:
        """The branches of the trigger list ``pattern`` (``R.TRIGGER_BRANCHES``) that may
        match in the run, in order: those whose anchor a word of the run fits."""
        found = self._branches.get(pattern)
        if found is None:
            fitting = self.anchor_bits() & _ANCHOR_MASK[pattern]
            # runs whose words fit the same anchors of the list search the same branches:
            # picked once per document
            key = (pattern, fitting)
            found = self._known.branches.get(key)
            if found is None:
                of_bit = _BRANCHES[pattern]
                picked: list[tuple[int, Pattern]] = []
                while fitting:  # the few anchors of the list the run has, bit by bit
                    bit = fitting & -fitting
                    picked += of_bit[bit]
                    fitting ^= bit
                picked.sort(key=itemgetter(0))
                # (a branch is compiled when first searched: a process pays for those it uses)
                found = self._known.branches[key] = [b.regex for _, b in picked]
            self._branches[pattern] = found
        return found

    def anchor_bits(self) -> int:
        """The bits of the trigger lists the words of the run may anchor."""
        if self._bits is None:
            known = self._known
            # a run of word characters never holds white space: each lies in one
            # token of the run split at white space, whose bits are those of its runs
            tokens = self.sentence.split()
            new = set(tokens)
            new -= known.seen
            if new:
                known.read(new)
            self._take_tokens(tokens)
        assert self._bits is not None  # set by _take_tokens
        return self._bits

    def _take_tokens(self, tokens: list[str]) -> None:
        """The run's dashes, anchoring tokens and anchor bits from its ``tokens`` (split
        at white space), every one of them read already (:meth:`_KnownWords.read`)."""
        known = self._known
        self._dashes = _DASHES.intersection(tokens) or _NONE
        # most tokens anchor nothing: only those that do are looked up (an infix,
        # ``*brief``, letters alone, lies in one token: its bits are the token's)
        self._anchoring = found = known.anchoring.intersection(tokens)
        self._bits = reduce(or_, map(known.bits.__getitem__, found), 0)

    def words(self) -> tuple[list[regex.Match[str]], list[int], list[int], list[str]]:
        """The words of the run (offsets in the run), their starts, ends and lower case."""
        if self._words is None:
            found = list(_WORD.finditer(self.sentence))
            self._words = (
                found,
                [m.start() for m in found],
                [m.end() for m in found],
                [m.group().lower() for m in found],
            )
        return self._words

    def _edges(self, breaks: regex.Pattern[str]) -> tuple[list[int], list[int]]:
        """Starts and ends (in the paragraph) of the matches of ``breaks`` in the run."""
        edges = self._breaks.get(breaks)
        if edges is None:
            word_bit = _BREAK_WORD_BITS.get(breaks)
            if breaks is _SUBCLAUSE_BREAK and not self.anchor_bits() & _SUBCLAUSE_ONLY_BIT:
                # no word breaks a subclause alone: the clause breaks, found once for both
                edges = self._breaks[breaks] = self._edges(_CLAUSE_BREAK)
                return edges
            if word_bit is None:
                found = list(breaks.finditer(self.sentence))
                spans = [m.span() for m in found]
            else:
                spans = self._break_spans(breaks, word_bit)
            s = self.s
            edges = self._breaks[breaks] = ([a + s for a, _ in spans], [b + s for _, b in spans])
        return edges

    def _break_spans(self, breaks: regex.Pattern[str], word_bit: int) -> list[tuple[int, int]]:
        """The spans (in the run) of the matches of a clause-break grammar, ``breaks``, whose
        break words have the anchor bit ``word_bit``, as its ``finditer`` gives them.

        A match is a punctuation mark, or a break word or dash between white space:
        regex white space is white space to str.split too, so the word or dash is a
        whole token of the run, one with ``word_bit`` or a dash. The grammar is tried
        only where one of these stands (right before each place such a token is found,
        where its white space is); a run with none breaks at its punctuation alone,
        single characters found by plain search, much quicker than any regex. The
        grammar has no lookaround, so a match tried at a place is the one ``finditer``
        finds there, and taking the matches from the left, each after the end of the
        one before, gives those ``finditer`` gives.
        """
        if self._punctuation is None:
            self._punctuation = _char_positions(self.sentence, R.BREAK_PUNCTUATION)
        at = self._punctuation
        bits = self.anchor_bits()
        if not bits & word_bit and not self._dashes:
            return [(i, i + 1) for i in at]
        known = self._known.bits
        tokens = [t for t in self._anchoring if known[t] & word_bit]
        tokens += self._dashes
        sentence = self.sentence
        places: set[int] = set()
        for token in tokens:
            i = sentence.find(token, 1)
            while i != -1:
                places.add(i - 1)
                i = sentence.find(token, i + 1)
        punctuation = set(at)
        spans: list[tuple[int, int]] = []
        done = 0  # the end of the last match: the next may start there
        for i in sorted(places | punctuation):
            if i < done:
                continue
            if i in punctuation:  # the grammar matches the mark alone there
                spans.append((i, i + 1))
                done = i + 1
            elif (m := breaks.match(sentence, i)) is not None:
                spans.append(m.span())
                done = m.end()
        return spans

    def clause(
        self, breaks: regex.Pattern[str], ws: int, we: int, start: int, end: int
    ) -> tuple[int, int] | None:
        """:func:`_clause` of the window ``[ws, we)`` (paragraph offsets, as the
        result), or None when a break of the run straddles ``ws``, ``start``, ``end``
        or ``we``, so the window's own matches may differ from the run's."""
        starts, ends = self._edges(breaks)
        for at in (ws, start, end):
            i = bisect_left(starts, at) - 1
            if i >= 0 and ends[i] > at:
                return None
        j = bisect_right(ends, start) - 1  # the last break ending by the date
        left = ends[j] if j >= 0 and starts[j] >= ws else ws
        k = bisect_left(starts, end)  # the first break from the date's end
        if k < len(starts) and starts[k] < we:
            if ends[k] > we:
                return None
            right = starts[k]
        else:
            right = we
        return min(left, start), max(right, end)


def _clause(
    sentence: str,
    start: int,
    end: int,
    breaks: regex.Pattern[str] | None = None,
    run: _Run | None = None,
    offset: int = 0,
) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``[start, end)``, cut at ``breaks`` (by default
    ``_CLAUSE_BREAK``); ``sentence`` is a window of ``run`` at ``offset`` in the
    paragraph, when given, whose breaks are found once."""
    if breaks is None:
        breaks = _CLAUSE_BREAK
    if run is not None:
        found = run.clause(breaks, offset, offset + len(sentence), start + offset, end + offset)
        if found is not None:
            return found[0] - offset, found[1] - offset
    left = 0
    for m in breaks.finditer(sentence, 0, start):
        left = m.end()
    right_m = breaks.search(sentence, end)
    right = right_m.start() if right_m else len(sentence)
    return min(left, start), max(right, end)


_TRIGGER_TABLES: tuple[dict[MeasureRole, regex.Pattern[str]], ...] = (
    _ROLE_RE,
    _NOUN_ROLE_RE,
    {"other": _EVENT_RE},
)
# (rank, role, pattern, anchor mask) of every trigger list, in the order searched
_TRIGGER_LISTS: tuple[tuple[int, MeasureRole, regex.Pattern[str], int], ...] = tuple(
    (rank, role, pattern, _ANCHOR_MASK[pattern])
    for rank, table in enumerate(_TRIGGER_TABLES)
    for role, pattern in table.items()
)


def _branch_table(
    branches: Iterable[tuple[_B, R.WordAnchors]],
) -> dict[int, list[tuple[int, _B]]]:
    """A trigger list's ``branches`` (in the order of its alternation, each with its
    anchors) by the bit of their anchor, each with its place in that order."""
    table: dict[int, list[tuple[int, _B]]] = {}
    for order, (branch, anchors) in enumerate(branches):
        table.setdefault(_anchor_mask(anchors), []).append((order, branch))
    return table


# the branches of every trigger list (``R.TRIGGER_BRANCHES``), by their anchor's bit
_BRANCHES: dict[regex.Pattern[str], dict[int, list[tuple[int, Pattern]]]] = {
    p.regex: _branch_table(branches) for p, branches in R.TRIGGER_BRANCHES.items()
}


def _trigger_hits(
    text: str, lo: int = 0, hi: int | None = None, view: _Run | None = None
) -> tuple[tuple[int, int, int, MeasureRole], ...]:
    """(start, end, rank, role) of every trigger in ``text[lo:hi]``: verbs (rank 0),
    nouns (rank 1), event verbs (rank 2). ``view`` is the run ``text`` is, when it is
    one: the lists none of its words anchor are not searched, and of the others only
    the branches its words anchor (:func:`_alternation`)."""
    end = len(text) if hi is None else hi
    if view is None:
        return tuple(
            (m.start(), m.end(), rank, role)
            for rank, role, pattern, _ in _TRIGGER_LISTS
            for m in pattern.finditer(text, lo, end)
        )
    bits = view.anchor_bits()
    return tuple(
        (a, b, rank, role)
        for rank, role, pattern, mask in _TRIGGER_LISTS
        if bits & mask
        for a, b in _alternation(view.branches(pattern), text, lo, end)
    )


def _alternation(
    branches: list[regex.Pattern[str]], text: str, lo: int, hi: int
) -> list[tuple[int, int]]:
    """The spans of the matches ``finditer(text, lo, hi)`` gives of the alternation of
    ``branches`` (each ``\\b(?:entry)(?!\\w)``, in the alternation's order), from theirs.

    The alternation matches at the first place from ``lo`` where a branch does, as the
    first branch in order that matches there does, then goes on from the match's end.
    Each branch's next match (its search from where the alternation goes on) is kept
    until the alternation passes its start: the first of them (the first branch in
    order among those starting there) is the alternation's next match.
    """
    if len(branches) == 1:
        return [m.span() for m in branches[0].finditer(text, lo, hi)]
    found = [b.search(text, lo, hi) for b in branches]
    spans: list[tuple[int, int]] = []
    while True:
        first = _earliest(found)
        if first is None:
            return spans
        spans.append(first.span())
        at = first.end()
        for i, m in enumerate(found):
            if m is not None and m.start() < at:
                found[i] = branches[i].search(text, at, hi)


def _search(
    pattern: regex.Pattern[str],
    text: str,
    lo: int = 0,
    hi: int | None = None,
    view: _Run | None = None,
) -> regex.Match[str] | None:
    """``pattern.search(text, lo, hi)``, skipped (None) when ``text`` is the run
    ``view`` and none of its words anchor the pattern; of a trigger list, found by the
    branches its words anchor (the first match of one, the first branch in order
    among those starting there: as the alternation's search finds it)."""
    end = len(text) if hi is None else hi
    if view is None or pattern not in _BRANCHES:
        if view is not None and view.lacks(pattern):
            return None
        return pattern.search(text, lo, end)
    branches = view.branches(pattern)
    if len(branches) < 2:  # most often none: the run lacks the list
        return branches[0].search(text, lo, end) if branches else None
    return _earliest([branch.search(text, lo, end) for branch in branches])


def _earliest(found: list[regex.Match[str] | None]) -> regex.Match[str] | None:
    """The match of ``found`` that starts first, the first in order among those that
    start there (as an alternation of their patterns takes the first branch that
    matches at a place); None for none."""
    first: regex.Match[str] | None = None
    for m in found:
        if m is not None and (first is None or m.start() < first.start()):
            first = m
    return first


def _nearest_trigger(
    text: str,
    lo: int,
    hi: int,
    start: int,
    end: int,
    others: tuple[tuple[int, int], ...] = (),
    shared_ok: bool = True,
    hits: tuple[tuple[int, int, int, MeasureRole], ...] | None = None,
    view: _Run | None = None,
) -> MeasureRole | None:
    """The role of the trigger in ``text[lo:hi]`` that belongs to the date at ``[start, end)``.

    A verb ("vastgesteld") outranks a noun ("rapport") at any distance: the verb
    says what happened, the noun often only where it was written down. A plain
    event verb ("opgeroepen", "uitgevoerd") makes the date a measure's with role
    ``other``. A trigger nearer to another date of the sentence (``others``) is
    that date's ("is op 2 maart ingediend en op 8 juni aangenomen"). The nearest
    trigger wins,
    of two equally near the one after the date (a participle closes its date's
    clause), then the longer; a trigger spanning the date ("maakte op 12 mei
    bekend") is at distance 0.
    """
    best: tuple[int, int, int, int, MeasureRole] | None = None
    shared: tuple[int, int, int, int, MeasureRole] | None = None  # nearer to another date
    found = _trigger_hits(text, lo, hi, view) if hits is None else hits
    for m_start, m_end, rank, role in found:
        if m_start < lo or m_end > hi:
            continue
        if m_start >= start and m_end <= end:
            continue  # inside the date expression itself
        if m_end <= start:
            dist, after = start - m_end, 1
        elif m_start >= end:
            dist, after = m_start - end, 0
        else:
            dist, after = 0, 0
        key = (0 if rank != 1 else 1, dist, after, -(m_end - m_start), role)
        if any(_distance(m_start, m_end, o) < dist for o in others):
            # nearer to another date of the sentence: that one's, unless
            # this date has no trigger of its own ("In antwoord op vragen
            # in maart en tijdens het debat van 16 juni is toegezegd")
            if shared is None or key[:4] < shared[:4]:
                shared = key
            continue
        if best is None or key[:4] < best[:4]:
            best = key
    if best is None and shared_ok:
        best = shared
    return best[4] if best else None


def _distance(m_start: int, m_end: int, span: tuple[int, int]) -> int:
    """Characters between ``[m_start, m_end)`` and ``span`` (0 when they overlap)."""
    if m_end <= span[0]:
        return span[0] - m_end
    if m_start >= span[1]:
        return m_start - span[1]
    return 0


def _is_future(date: DateMatch, now: str | None) -> bool:
    """Whether ``date`` begins after the document's own time ``now``.

    ``now`` is a year or a day ("2022-12-22", the letter date). A yearly report
    covering ``year`` is written in the year after it, so ``document_time`` gives
    that year, and against a year only a later year is the future.
    """
    if now is None or date.date is None or not date.explicit_year:
        return False
    if len(now) == 4:
        return int(date.date[:4]) > int(now)
    return date.date > now


def _is_past(date: DateMatch, now: str | None) -> bool:
    """Whether ``date`` lies in a year before the document's own time ``now``."""
    if now is None or date.date is None or not date.explicit_year:
        return False
    return int(date.date[:4]) < int(now[:4])


def _identifies_document(
    sentence: str, date: DateMatch, start: int, lo: int, view: _Run | None = None
) -> bool:
    """ "naar aanleiding van de uitspraak van de Afdeling van 2 juni 2021": a date
    after ``van`` that only identifies a ruling or document something else responds
    to (a response frame a few words before it in its clause)."""
    if date.prep != "van":
        return False
    words = list(_WORD.finditer(sentence, lo, start))[-R.RESPONSE_FRAME_REACH :]
    if not words:
        return False
    frame = _search(_RESPONSE_RE, sentence, words[0].start(), start, view)
    return (
        frame is not None and _search(_DOCUMENT_RE, sentence, frame.end(), start, view) is not None
    )


def _is_budget_year(
    sentence: str, date: DateMatch, offset: int, start: int, lo: int, hi: int
) -> bool:
    """ "voor 2021" as the year a budget or target is for: after a budget or target
    noun, listed with another year ("voor 2021 en 2022"), or with money in the clause.
    """
    before = list(_WORD.finditer(sentence, max(0, start - 40), start))
    if before and _BUDGET_NOUN_RE.fullmatch(before[-1].group()):
        return True
    if date.core_start == date.start or _LISTED_YEAR_RE.match(sentence, date.end - offset):
        return True  # "voor 2021 en 2022": the listed year shares the preposition
    return _MONEY_RE.search(sentence, lo, hi) is not None


def _qualifies(
    sentence: str,
    date: DateMatch,
    offset: int,
    hits: tuple[tuple[int, int, int, MeasureRole], ...] | None,
    run: _Run | None = None,
    view: _Run | None = None,
) -> bool:
    """A date in a relative clause that only says who or what qualifies ("Britse
    burgers die vóór 1 januari 2021 in Nederland woonden"): nothing happens to a
    rule on it. The clause opens with "die" a word or two before the date and holds
    no trigger and no perfect."""
    if view is not None and view.lacks(_RELATIVE_OPENER_RE):
        return False  # no relative clause in the sentence
    start, end = date.start - offset, date.end - offset
    lo, hi = _clause(sentence, date.core_start - offset, end, _SUBCLAUSE_BREAK, run, offset)
    if not _RELATIVE_OPENER_RE.search(sentence, max(0, lo - 7), lo):
        return False
    if "(" in sentence[lo:start] or ")" in sentence[lo:start]:
        return False  # "zomers (zoals die in 2018) zullen in 2050 ..."
    if len(_WORD.findall(sentence, lo, start)) > R.RELATIVE_REACH:
        return False  # "een handreiking die aangeeft wat ... op 1 juli 2023"
    found = _trigger_hits(sentence, lo, hi, view) if hits is None else hits
    if any(lo <= a and b <= hi and not (start <= a and b <= end) for a, b, _, _ in found):
        return False
    return not _happened(sentence, lo, hi, view)


def _happened(sentence: str, lo: int, hi: int, view: _Run | None = None) -> bool:
    """A clause in the perfect or past passive: an auxiliary and a participle."""
    return (
        _search(_PERFECT_AUX_RE, sentence, lo, hi, view) is not None
        and _PARTICIPLE_RE.search(sentence, lo, hi) is not None
    )


def _is_statistic_period(
    sentence: str,
    masked: str,
    date: DateMatch,
    offset: int,
    counts: bool,
    future: bool,
    run: _Run | None = None,
    view: _Run | None = None,
) -> bool:
    """A coarse date in a sentence that gives a figure: the period of that figure.

    A figure by its form (thousands dots, money, a percentage) counts in the date's
    own clause, an infinitive or relative clause apart ("In 2019 heeft de Kamer
    opgeroepen om ... boven de 3.000 voet ..." dates the call, not a figure), and
    so does a number with the noun it counts ("door 147 vergunninghouders"), read
    in ``masked``: the sentence with its dates blanked out.
    """
    target = future and (
        _search(_TARGET_RE, sentence, view=view) is not None
        or _search(_PLANNED_GOVERNING_RE, sentence, view=view) is not None
    )
    if target:
        # "doelstelling om in 2030 ... 55 procent ... te realiseren", "Het streven
        # is dat minimaal 30 statushouders in 2021 een baan krijgen"
        return False
    lo, hi = _clause(
        sentence, date.core_start - offset, date.end - offset, _SUBCLAUSE_BREAK, run, offset
    )
    if _quantity(sentence, lo, hi) is not None or (
        # a count holds a digit: the quick search for one spares most searches for it
        _DIGIT.search(masked, lo, hi) and _COUNT_RE.search(masked, lo, hi)
    ):
        return True  # "In 2022 zijn 9.750 nieuwe inburgeringsplichtigen ... gestart"
    return _search(_COUNTING_RE, sentence, view=view) is not None and (
        counts or _search(_CHANGE_RE, sentence, view=view) is not None
    )


# What may stand right after the run of digits a figure opens with (``R.QUANTITY``): a
# thousands dot or a decimal comma, else (after any white space) its unit; the first
# characters of the units in either case (a run is passed over only for an ASCII
# character, and no other ASCII character matches one of these ignoring case)
_UNIT_OPENINGS = frozenset(c for u in R.FIGURE_UNITS for c in (u[0].lower(), u[0].upper()))
_AFTER_DIGITS = _UNIT_OPENINGS | {".", ","}
# ASCII characters that are surely no white space to the grammar (``\s``)
_PRINTABLE_ASCII = frozenset(string.ascii_letters + string.digits + string.punctuation)


def _quantity(sentence: str, lo: int, hi: int) -> regex.Match[str] | None:
    """``_QUANTITY_RE.search(sentence, lo, hi)``, the grammar tried only where a match
    may start (``R.QUANTITY_START``: a euro sign, the first digit of a run of digits or
    ``lo``), from the left: the first match found is the one the search finds. Its
    lookbehind reads before ``lo`` as the search's does.

    A run of digits (most are years) is skipped when what follows it opens no figure
    (:func:`_opens_no_figure`): the grammar would fail there."""
    for start in _QUANTITY_START.finditer(sentence, lo, hi):
        at = start.start()
        if sentence[at] != "€" and _opens_no_figure(sentence, start.end(), hi):
            continue
        m = _QUANTITY_RE.match(sentence, at, hi)
        if m is not None:
            return m
    return None


def _opens_no_figure(sentence: str, after: int, hi: int) -> bool:
    """Whether a maximal run of digits ending at ``after`` (``sentence`` read up to ``hi``)
    surely opens no ``R.QUANTITY`` figure. Every figure that opens with a digit takes
    the whole run (a digit after it would fail what comes next), then a thousands dot,
    a decimal comma or its unit, after white space or none. So the run opens none when
    nothing follows it, or a printable ASCII character that is none of these, or a
    single space and then such a character (not an opening of a unit) or nothing."""
    if after >= hi:
        return True
    c = sentence[after]
    if c == " ":
        if after + 1 >= hi:
            return True
        c = sentence[after + 1]
        return c in _PRINTABLE_ASCII and c not in _UNIT_OPENINGS
    return c in _PRINTABLE_ASCII and c not in _AFTER_DIGITS


def role_of(
    sentence: str,
    date: DateMatch,
    offset: int = 0,
    report_year: int | None = None,
    counts: bool | None = None,
    now: str | None = None,
    others: tuple[DateMatch, ...] = (),
    range_role: MeasureRole | None = None,
    masked: str | None = None,
    hits: tuple[tuple[int, int, int, MeasureRole], ...] | None = None,
    run: _Run | None = None,
) -> MeasureRole | None:
    """The role of ``date`` in ``sentence``, or None when it is not a measure date.

    ``offset`` is where ``sentence`` starts in the text ``date`` was found in;
    ``counts`` says whether the sentence holds a number other than a date (computed
    from ``sentence`` when not given); ``now`` is the document's own time (see
    :func:`document_time`, defaults to the year after ``report_year``); ``others``
    are the other dates of the sentence; ``range_role`` the role the date has as an
    end of a range ("van 1 maart tot en met 30 juni 2020"), if it is one;
    ``masked`` the sentence with all its dates blanked out; ``hits`` its triggers
    (:func:`_trigger_hits`), when the caller has found them already; ``run`` the
    sentence or run ``sentence`` is a window of, whose clause breaks are found once.
    """
    if not _may_be_measure(date):
        return None
    if now is None and report_year is not None:
        now = f"{report_year + 1:04d}"
    start, end = date.start - offset, date.end - offset
    # the run itself, when ``sentence`` is all of it: its words tell which trigger
    # lists cannot match in it
    view = run if run is not None and offset == run.s and sentence == run.sentence else None
    lo, hi = _clause(sentence, date.core_start - offset, end, _CLAUSE_BREAK, run, offset)
    if _search(_NOT_MEASURE_RE, sentence, lo, hi, view):
        return None
    if _is_dateline(sentence, start, end):
        return None
    if _identifies_document(sentence, date, start, lo, view):
        return None
    bare_year = date.precision == "year" and date.modifier is None
    if (
        bare_year
        and date.prep in R.BUDGET_YEAR_PREPOSITIONS
        and _is_budget_year(sentence, date, offset, start, lo, hi)
    ):
        return None  # "het quotum voor 2021": a budget or target year
    # "na 2021" is the open time after a date, not a moment
    future = (
        date.precision != "day" and date.prep not in R.OPEN_PREPOSITIONS and _is_future(date, now)
    )
    if date.precision != "day":
        if _search(_PERIOD_RE, sentence, lo, start, view):
            return None  # "in de periode ... tot en met december 2019"
        if counts is None:
            counts = _DIGIT.search(sentence[:start] + sentence[end:]) is not None
        if masked is None:
            masked = sentence[:start] + " " * (end - start) + sentence[end:]
        if _is_statistic_period(sentence, masked, date, offset, counts, future, run, view):
            return None
    if range_role is not None:
        return range_role
    if _qualifies(sentence, date, offset, hits, run, view):
        return None  # "burgers die vóór 1 januari 2021 in Nederland woonden"
    prep_role = R.PREPOSITION_ROLES.get(date.prep or "")
    if prep_role is not None:
        return prep_role
    spans = tuple((o.start - offset, o.end - offset) for o in others)
    # an intention governs what follows it ("Het streven is dat ... in 2021"), not
    # what came before ("heeft op 16 december laten weten dat zij ... zal berichten")
    # a date before the document's own time is no plan ("zomers (zoals die in
    # 2018) zullen ...")
    planned = not _is_past(date, now) and (
        _search(_PLANNED_RE, sentence, lo, hi, view) is not None
        or _search(_PLANNED_GOVERNING_RE, sentence, 0, hi, view) is not None
    )
    # the end of a stretch ("met een looptijd tot 1 januari 2021") takes no verb
    # that belongs to another date ("gestart in januari 2019")
    shared_ok = date.prep != "tot"
    trigger = _nearest_trigger(sentence, lo, hi, start, end, spans, shared_ok, hits, view)
    if trigger is None and not bare_year:
        # the verb of a sentence opened by its date comes later ("Op 4 juni 2019
        # heeft de Commissie, ..., haar rapport gepubliceerd")
        trigger = _nearest_trigger(
            sentence, end, len(sentence), start, end, spans, shared_ok, hits, view
        )
    if date.precision != "day" and _search(_NEGATION_RE, sentence, lo, hi, view):
        return None  # "is in 2019 het voorstel niet in consultatie gebracht"
    if (
        date.precision != "day"
        and _is_past(date, now)
        and _search(_FUTURE_AUX_RE, sentence, lo, hi, view)
        and not _search(_PERFECT_AUX_RE, sentence, lo, hi, view)
    ):
        return None  # the report telling ("worden de ontwikkelingen in 2019 benoemd")
    if trigger is None and _happened(sentence, lo, hi, view):
        trigger = "other"  # "begin 2023 is dat besluit geëvalueerd"
    if date.prep == "tot" and trigger in (None, "in_force", "other"):
        if _search(_MODAL_RE, sentence, lo, hi, view):
            return R.TOT_MODAL_ROLE  # "konden tot 25 februari een aanvraag indienen"
        return R.TOT_ROLE  # "De regeling gold tot 1 juni 2020"
    if (
        future
        and trigger in (None, "other")
        or future
        and _search(_FUTURE_AUX_RE, sentence, lo, hi, view)
        and not planned
    ):
        # a date after the document's own time without a verb of what happened
        # ("In 2030 koopt de overheid ... in"), or with a present passive ("In
        # 2023 wordt ... een notitie opgesteld"), dates a plan or a target; one
        # that must be reached by then is a deadline ("In 2050 moet ... zijn")
        return "deadline" if _search(_MUST_RE, sentence, lo, hi, view) else "planned"
    if date.precision != "day" and trigger is None and not planned:
        return None  # a period, not the moment of a change
    if planned:
        return "planned"
    return trigger or "other"


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """A date standing alone but for a label ("Datum 22 december 2022"): a letter's
    or page's date line, not an event."""
    if _TWO_WORDS.search(sentence, 0, start) or _TWO_WORDS.search(sentence, end):
        return False  # two words before it or after it: most dates stand in a sentence
    words = 0
    # read in place (a word has no lookaround: its matches in a part are those of the
    # part alone), not in copies of the parts
    for lo, hi in ((0, start), (end, len(sentence))):
        for _ in _WORD.finditer(sentence, lo, hi):  # stops at the second word: cheap on any length
            words += 1
            if words > 1:
                return False
    return True


def _range_roles(text: str, dates: list[DateMatch]) -> dict[int, MeasureRole]:
    """{index: role} of the dates that are ends of a range ("van maart 2020 tot en met
    juni 2022"): the first started, the second by its preposition."""
    roles: dict[int, MeasureRole] = {}
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        if (
            a.prep in R.RANGE_START_PREPOSITIONS
            and b.prep in R.RANGE_END_ROLES
            and not text[a.end : b.start].strip()
        ):
            roles[i] = R.RANGE_START_ROLE
            roles[i + 1] = R.RANGE_END_ROLES[b.prep or ""]
    return roles


def _coordinated(text: str, dates: list[DateMatch], i: int, j: int) -> bool:
    """Whether ``dates[i]`` and ``dates[j]`` are listed together ("in april en juli
    2019"): every gap between them a list joint, so they share their verb."""
    lo, hi = min(i, j), max(i, j)
    return all(
        _LIST_JOINT.fullmatch(text, dates[k].end, dates[k + 1].start) is not None
        for k in range(lo, hi)
    )


def _window(text: str, s: int, e: int, d: DateMatch) -> tuple[int, int]:
    """The part of the sentence ``text[s:e]`` read for date ``d``: all of it, or in an
    overlong run without sentence ends the ``R.SENTENCE_WINDOW`` characters either
    side of the date (cut at a space), so each date costs the same however long
    the run is."""
    if e - s <= 2 * R.SENTENCE_WINDOW:
        return s, e
    ws, we = max(s, d.start - R.SENTENCE_WINDOW), min(e, d.end + R.SENTENCE_WINDOW)
    if ws > s:
        space = text.find(" ", ws, d.start)
        ws = space + 1 if space != -1 else ws
    if we < e:
        space = text.rfind(" ", d.end, we)
        we = space if space != -1 else we
    return ws, we


def measure_dates(
    text: str, context_year: int | None = None, now: str | None = None
) -> list[tuple[tuple[int, int], DateMatch, MeasureRole]]:
    """(sentence span, date, role) for each measure date in a paragraph's ``text``."""
    return [(span, d, role) for span, _w, d, role, _r in _read_dates(text, context_year, now)]


def _may_be_measure(d: DateMatch) -> bool:
    """Whether :func:`role_of` may give ``d`` a role whatever its sentence says: not
    without a year or with a year in a name, nor as a span of years ("2015-2019" is a
    period). Its first test, asked before a sentence is read."""
    return (
        d.date is not None and d.anchored and not (d.precision == "year" and d.end_date is not None)
    )


def _runs_of(
    text: str, context_year: int | None, known_words: _KnownWords, readings: Readings
) -> dict[tuple[int, int], _Run]:
    """The runs (sentences) of a paragraph's ``text`` that hold a date that may be a
    measure's, by span: those :func:`_read_dates` reads."""
    runs: dict[tuple[int, int], _Run] = {}
    dates = readings.find_dates(text, context_year)
    if not dates:
        return runs
    spans = readings.sentence_spans(text)
    starts = [s for s, _ in spans]
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i >= 0 and _may_be_measure(d) and spans[i] not in runs:
            runs[spans[i]] = _Run(text, *spans[i], known_words)
    return runs


def _read_dates(
    text: str,
    context_year: int | None,
    now: str | None,
    known_words: _KnownWords | None = None,
    readings: Readings | None = None,
    runs: dict[tuple[int, int], _Run] | None = None,
) -> list[tuple[tuple[int, int], tuple[int, int], DateMatch, MeasureRole, _Run]]:
    """(sentence span, window read, date, role, run) for each measure date in ``text``:
    the window is the part of the sentence read for the date (see :func:`_window`),
    which its record keeps; the run is the sentence with what its dates read in it.
    ``known_words`` holds the anchor bits of the words seen (see :meth:`_Run.lacks`),
    shared by the paragraphs of one document; ``readings`` those of its Document, whose
    dates and sentences other stages read too; ``runs`` the runs of ``text`` made
    already (:func:`_runs_of`), the others are made here."""
    if known_words is None:
        known_words = _KnownWords()
    if readings is None:
        readings = Readings()
    dates = readings.find_dates(text, context_year)
    if not dates:
        return []
    spans = readings.sentence_spans(text)
    starts = [s for s, _ in spans]
    masked_text: str | None = None  # made for the first coarse date (a day reads none)
    ranges = _range_roles(text, dates)
    out: list[tuple[tuple[int, int], tuple[int, int], DateMatch, MeasureRole, _Run]] = []
    if runs is None:
        runs = {}
    hits: dict[tuple[int, int], tuple[tuple[int, int, int, MeasureRole], ...]] = {}
    hit_starts: dict[tuple[int, int], list[int]] = {}
    for k, d in enumerate(dates):
        if not _may_be_measure(d):
            continue  # its sentence is not read
        i = bisect_right(starts, d.start) - 1
        if i < 0:
            continue
        s, e = spans[i]
        ws, we = _window(text, s, e, d)
        run = runs.get((s, e))
        if run is None:
            run = runs[(s, e)] = _Run(text, s, e, known_words)
        sentence = run.sentence if (ws, we) == (s, e) else text[ws:we]
        window_hits = None
        if (ws, we) != (s, e):
            # an overlong run: its triggers found once, then those of each window
            if (s, e) not in hits:
                found = sorted(_trigger_hits(run.sentence, view=run))
                hits[(s, e)] = tuple(found)
                hit_starts[(s, e)] = [a for a, _, _, _ in found]
            run_hits, run_starts = hits[(s, e)], hit_starts[(s, e)]
            # only the hits that start inside the window, found by bisection: each
            # date costs the same however many triggers the run holds
            lo_i = bisect_left(run_starts, ws - s)
            hi_i = bisect_right(run_starts, we - s)
            window_hits = tuple(
                (a - ws + s, b - ws + s, rank, role)
                for a, b, rank, role in run_hits[lo_i:hi_i]
                if b + s <= we
            )
        others = tuple(
            dates[j]
            for j in range(max(0, k - 4), min(len(dates), k + 5))
            if j != k
            and dates[j].anchored
            and ws <= dates[j].start
            and dates[j].end <= we
            and not _coordinated(text, dates, j, k)
        )
        counts: bool | None = None
        masked: str | None = None
        if d.precision != "day":  # role_of reads the figures around a coarse date alone
            if masked_text is None:
                masked_text = _masked(text, dates)
            counts = _DIGIT.search(masked_text, ws, we) is not None
            masked = masked_text[ws:we]
        role = role_of(
            sentence,
            d,
            offset=ws,
            report_year=context_year,
            counts=counts,
            now=now,
            others=others,
            range_role=ranges.get(k),
            masked=masked,
            hits=window_hits,
            run=run,
        )
        if role is not None:
            out.append(((s, e), (ws, we), d, role, run))
    return out


def _masked(text: str, dates: list[DateMatch]) -> str:
    """``text`` with every date blanked out (spaces; the dates are in order)."""
    parts: list[str] = []
    at = 0
    for d in dates:
        start = max(at, d.start)
        parts.append(text[at:start])
        parts.append(" " * (d.end - start))
        at = max(at, d.end)
    parts.append(text[at:])
    return "".join(parts)


_VERB_LISTS = tuple((p, _ANCHOR_MASK[p]) for p in (*_ROLE_RE.values(), _EVENT_RE))


def _is_verb(word: str) -> bool:
    """A trigger or event verb: the end of a noun phrase ("... afgeschaft"). ``word``
    holds no white space; only the lists its runs of word characters anchor are tried."""
    bits = _token_bits(word) | _infix_bits(fold(word))
    return any(bits & bit and p.fullmatch(word) for p, bit in _VERB_LISTS)


def _known_verb(word: str, verbs: dict[str, bool]) -> bool:
    """:func:`_is_verb` of ``word``, asked once per word in ``verbs``."""
    verb = verbs.get(word)
    if verb is None:
        verb = verbs[word] = _is_verb(word)
    return verb


def _phrase_text(
    sentence: str,
    words: list[regex.Match[str]],
    i: int,
    j: int,
    ws: int = 0,
    we: int | None = None,
) -> str:
    """``sentence`` from word ``i`` to word ``j`` (inclusive), quotes balanced; only
    ``sentence[ws:we]`` is read."""
    we = len(sentence) if we is None else we
    lo, hi = words[i].start(), words[j].end()
    if lo > ws and sentence[lo - 1] in R.NAME_OPEN_QUOTES:
        lo -= 1
    text = sentence[lo:hi].rstrip(".,;:")
    for open_q, close_q in R.NAME_QUOTE_PAIRS:
        # a closing quote inside a word is an apostrophe ("amv’s")
        closing = R.CLOSING_QUOTES[close_q].regex
        opens, closes = text.count(open_q), len(closing.findall(text))
        if opens > closes:
            close_at = sentence.find(close_q, lo + len(text), we)
            if 0 <= close_at - (lo + len(text)) < R.NAME_QUOTE_REACH:
                text = sentence[lo : close_at + 1]
            else:
                text = text.replace(open_q, "")
        elif closes > opens:
            text = closing.sub("", text)
    return " ".join(text.split())


def _noun_phrase(
    sentence: str,
    words: list[regex.Match[str]],
    i: int,
    limit: int,
    lower: list[str] | None = None,
    verbs: dict[str, bool] | None = None,
) -> tuple[int, int]:
    """The word range of the noun phrase opened at word ``i`` (its article excluded);
    ``lower`` the words in lower case, when the caller has them; ``verbs`` what
    :func:`_is_verb` said of the words asked so far (in a document), to ask again."""
    if verbs is None:
        verbs = {}
    if lower is None:
        lower = [w.group().lower() for w in words]
    first = j = i + 1
    last = -1
    while j < limit and j - first < R.NAME_MAX_WORDS:
        word = lower[j]
        if word == "van" and j + 1 < limit and lower[j + 1] in R.NAME_ARTICLES:
            j += 2
            continue
        if word in R.NAME_STOP_WORDS or word in R.NAME_ARTICLES:
            break
        if j > first and _known_verb(words[j].group(), verbs):
            break  # right after the article a participle is an adjective ("het aangepaste PAGO")
        if sentence[words[j - 1].end() : words[j].start()].strip(" ‘’“”'\"") and j > first:
            break  # a comma, bracket or dash ends the phrase
        last = j
        j += 1
    # "in het kader van X": the name is X
    if last - first >= 2 and lower[first] in R.NAME_FRAME_NOUNS and lower[first + 1] == "van":
        first += 3 if lower[first + 2] in R.NAME_ARTICLES else 2
    while last >= first and lower[last] in R.NAME_TRAILING_WORDS:
        last -= 1
    return first, last


def _run_words(
    run: _Run, ws: int, we: int, d_start: int, d_end: int
) -> tuple[list[regex.Match[str]], list[int], list[str]] | None:
    """The words of the window ``[ws, we)`` of ``run`` (run offsets) but those starting
    in the date at ``[d_start, d_end)``, their starts and lower case; None when a word of
    the run straddles an edge of the window (the window's own words differ then)."""
    found, starts, ends, lower = run.words()
    for at in (ws, we):
        i = bisect_left(starts, at) - 1
        if i >= 0 and ends[i] > at:
            return None
    i0, i1 = bisect_left(starts, ws), bisect_left(starts, we)
    j0, j1 = bisect_left(starts, d_start, i0, i1), bisect_left(starts, d_end, i0, i1)
    return (
        found[i0:j0] + found[j1:i1],
        starts[i0:j0] + starts[j1:i1],
        lower[i0:j0] + lower[j1:i1],
    )


def _name_from_sentence(
    sentence: str, date: DateMatch, offset: int, run: _Run | None = None
) -> str:
    """A short noun phrase of the sentence naming what the date is about.

    A date in brackets comments on the phrase before them ("het programma
    ‘Samen tegen Mensenhandel’ (reeds in 2018 gestart)"). Else the first phrase
    opened by an article in the date's clause, then in the sentence, that names
    no actor ("de staatssecretaris") and no frame ("Het streven is"), without its
    article; failing that, the opening words.

    ``sentence`` may be a window of ``run`` (at ``offset`` in the paragraph): its words
    and clause breaks are then taken from those of the run, found once for all its
    dates.
    """
    d_start, d_end = date.start - offset, date.end - offset
    lo, hi = _clause(sentence, date.core_start - offset, d_end, _CLAUSE_BREAK, run, offset)
    ws, we = 0, len(sentence)
    view = None
    verbs = None if run is None else run._known.verbs
    if run is not None:
        shift = offset - run.s  # the window's start in the run
        view = _run_words(run, shift, shift + we, d_start + shift, d_end + shift)
    if view is not None and run is not None:
        words, starts, lower = view
        sentence = run.sentence
        ws, we = shift, shift + we
        d_start, d_end, lo, hi = d_start + shift, d_end + shift, lo + shift, hi + shift
    else:
        words = [m for m in _WORD.finditer(sentence) if not (d_start <= m.start() < d_end)]
        starts = [w.start() for w in words]
        lower = [w.group().lower() for w in words]
    if not words:
        return ""
    bracket = sentence.rfind("(", ws, d_start)
    if bracket != -1 and sentence.find(")", bracket, d_start) == -1:
        before = [k for k, w in enumerate(words) if w.end() <= bracket]
        opener = next(
            (k for k in reversed(before[-R.NAME_MAX_WORDS - 1 :]) if lower[k] in R.NAME_ARTICLES),
            None,
        )
        if opener is not None and before:
            first, last = _noun_phrase(sentence, words, opener, before[-1] + 1, lower, verbs)
            if last >= first and lower[first] not in R.NAME_ACTOR_WORDS:
                return _phrase_text(sentence, words, first, last, ws, we)
    # the words of the clause first, then the rest in order
    a, b = bisect_left(starts, lo), bisect_left(starts, hi)
    short: str | None = None  # a one-word phrase, if nothing longer turns up
    for i in (*range(a, b), *range(a), *range(b, len(words))):
        if lower[i] not in R.NAME_ARTICLES:
            continue
        first, last = _noun_phrase(sentence, words, i, len(words), lower, verbs)
        if last < first:
            continue
        phrase = lower[first : last + 1]
        if any(p in R.NAME_ACTOR_WORDS for p in phrase[:3]) or phrase[0] in R.NAME_SKIP_NOUNS:
            continue
        text = _phrase_text(sentence, words, first, last, ws, we)
        if len(phrase) >= R.NAME_MIN_WORDS:
            return text
        short = short or text
    return short or " ".join(w.group() for w in words[: R.NAME_MAX_WORDS])


def _is_measure_heading(text: str, section_titles: set[str]) -> bool:
    """A run-in title of a measure, not the title of a report part or section."""
    words = text.split()
    first = words[0].lower() if words else ""
    letters = R.LETTER.regex.finditer(text)
    if next(letters, None) is None or next(letters, None) is None or next(letters, None) is None:
        return False  # fewer than three letters: a bullet glyph or a number, not a title
    whole = text.lower().strip(" .:")
    return (
        whole not in section_titles
        and whole not in R.GENERIC_HEADINGS
        and first not in R.NOT_MEASURE_HEADINGS
    )


def document_time(doc: Document) -> str | None:
    """The document's own time, against which a later date is a plan.

    The year after the report year when the source tells it (a yearly report on
    2019 is written in 2020: "In januari 2020 is besloten" is past); else the
    first date line ("Datum 22 december 2022": a letter's date); else the latest
    day-precise date with its year in the body.
    """
    if doc.source.year:
        return f"{doc.source.year + 1:04d}"
    latest: str | None = None
    for para in doc.paragraphs:
        if para.kind == "caption":
            continue
        for d in doc.readings.find_dates(para.text):
            if d.precision != "day" or not d.explicit_year or d.date is None:
                continue
            if _is_dateline(para.text, d.start, d.end):
                return d.date
            if d.date > (latest or ""):
                latest = d.date
    return latest


def extract_measures(doc: Document, citations: list[Citation] | None = None) -> list[Measure]:
    """Every measure date in the body paragraphs of ``doc``, in document order.

    A subheading names the measures of the paragraphs it directly opens (up to
    ``R.HEADING_SCOPE_PARAGRAPHS`` in its section); further on, the name comes
    from the sentence. Without ``citations`` the records name their footnotes only
    (the pipeline links the citations afterwards).
    """
    cites = citations_by_footnote(citations or [])
    context_year = doc.source.year
    doc.readings.read_dates_of(p.text for p in doc.paragraphs if p.kind in BODY_KINDS)
    now = document_time(doc)
    measures: list[Measure] = []
    heading: str | None = None
    heading_section: str | None = None
    under_heading = 0  # body paragraphs read since the heading
    section_titles = {" ".join(s.title.split()).lower() for s in doc.sections}
    known_words = _KnownWords()  # anchor bits of the words read (see _Run.lacks)
    # the runs with a date that may be a measure's, their words read all at once (a
    # paragraph's runs are let go once it is read)
    runs = {
        id(para): _runs_of(para.text, context_year, known_words, doc.readings)
        for para in doc.paragraphs
        if para.kind in BODY_KINDS
    }
    known_words.read_runs([run for found in runs.values() for run in found.values()])
    for para in doc.paragraphs:
        if para.kind == "subheading":
            text = " ".join(para.text.split())
            heading = text if _is_measure_heading(text, section_titles) else None
            heading_section = para.section
            under_heading = 0
            continue
        if heading_section != para.section:
            heading = None
        if para.kind not in BODY_KINDS:
            continue
        under_heading += 1
        if under_heading > R.HEADING_SCOPE_PARAGRAPHS:
            heading = None
        found = _read_dates(
            para.text, context_year, now, known_words, doc.readings, runs.pop(id(para), None)
        )
        for span, window, d, role, run in found:
            measures.append(
                _record(para, span, window, d, role, heading, cites, len(measures) + 1, run)
            )
    return measures


def _record(
    para: Para,
    span: tuple[int, int],
    window: tuple[int, int],
    d: DateMatch,
    role: MeasureRole,
    heading: str | None,
    cites: dict[str | int, list[str]],
    number: int,
    run: _Run | None = None,
) -> Measure:
    """The record of date ``d``, read in ``window`` of the sentence at ``span``."""
    assert d.date is not None  # role_of gives no role to a date without a year
    s, e = span
    notes, ids = span_links(para, s, e, cites)
    ws, we = window
    # the sentence as read for this date: all of it, or its window in an overlong run,
    # so records never copy a long text once per date
    sentence = para.text[ws:we]
    return Measure._made(
        id=f"m{number}",
        date=d.date,
        precision=d.precision,
        date_text=" ".join(d.text.split()),
        role=role,
        measure=heading or _name_from_sentence(sentence, d, ws, run),
        sentence=" ".join(sentence.split()),
        section=para.section,
        page=page_at(para, d.start),
        inferred=d.inferred,
        modifier=d.modifier_kind,
        footnotes=notes,
        footnote_ids=span_note_ids(para, s, e),
        citations=ids,
        provenance=provenance(para, d.start, d.end),
    )
