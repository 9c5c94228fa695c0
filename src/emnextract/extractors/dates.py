"""Dutch date expressions: find their spans and normalise them, with a precision.

One grammar (declared with its tables in ``patterns/dates.py``; the statistics
extractor reads its periods from the same matches, :func:`date_cores`) is run over a
text; each hit is normalised to the contract's form, where ``date`` holds the first
day of the period written at its precision:

=================================  ==============  ===============
written                            ``date``        ``precision``
=================================  ==============  ===============
``per 1 mei 2019``, ``30-4-2020``  ``2019-05-01``  ``day``
``sinds juli 2019``                ``2019-07``     ``month``
``in de zomer van 2020``           ``2020-06``     ``season`` (first month: voorjaar 03, zomer 06, najaar 09, winter 12)
``de tweede helft van 2019``       ``2019-07``     ``half``
``het eerste kwartaal`` (of 2020)  ``2020-01``     ``quarter``
``medio 2020``, ``eind 2019``      ``2020``        ``year`` (``modifier_kind`` mid, end)
``studiejaar 2020-2021``           ``2020-09``     ``academic_year`` (starts in September)
=================================  ==============  ===============

Year from context. An expression without a year (``per 1 november``, ``het eerste
kwartaal``) takes, in this order: the year of the date it is coordinated with
(``in maart en oktober 2019`` gives March 2019), else the nearest preceding explicit
year in the same text that is a point in time (a full date, a month or year part
with a year, or a year after a temporal preposition like ``in``/``sinds``; a year
inside a name such as ``Vreemdelingenbesluit 2000`` does not count), else the
caller's ``context_year`` (the report year). The first end of a range takes the
year of the second (``van 1 maart tot en met 30 juni 2020``; a year earlier when its
month comes later: ``van 1 november tot 1 maart 2021``). A date marked as the
coming or last one (``per 1 juli a.s.``, ``jl.``) without its year has none: its year
cannot be told. ``tussen 2015 en 2020`` is one span of years. A bare year listed right after an
anchored one (``voor 2030 en 2050``) shares its anchor. Dates with an inferred year are ``inferred=True``. With
no year at all, ``date`` is ``None``: the span is still a date (useful for telling
dates from other numbers), but it cannot be normalised.

Whitespace between tokens may be any run of spaces or line breaks, so a date split
over a line break is found as one span.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import regex

from .. import digits
from ..model import DateModifier, DatePrecision
from ..patterns import dates as P
from ..patterns.grammar import literals

__all__ = ["DateMatch", "date_cores", "find_dates", "parse_date"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text.

    ``start``/``end`` cover the whole expression including its preposition
    (``per 1 mei 2019``); ``core_start`` is where the date proper begins.
    ``anchored`` is False for a bare year with no temporal word before it (a year
    that may be part of a name, "regeerakkoord 2017").
    """

    start: int
    end: int
    text: str
    date: str | None
    precision: DatePrecision
    inferred: bool = False
    prep: str | None = None
    modifier: str | None = None
    core_start: int = 0
    anchored: bool = True
    explicit_year: bool = True
    end_date: str | None = (
        None  # end of a range: "2015-2019" -> "2019", "1-5 juli 2019" -> "2019-07-05"
    )

    @property
    def modifier_kind(self) -> DateModifier | None:
        """The part of the period the modifier picks: ``start``, ``mid``, ``end`` or None."""
        return P.MODIFIER_KINDS.get(self.modifier or "")


# The grammar itself (patterns/dates.py): the date proper, tried only where an anchor
# word or number starts, and the words before it that belong to the expression
# (matched on the few words before the core, longest first).
_CORE_RE = P.CORE.regex
_CORE_YEAR_RE = P.CORE_YEAR.regex
_ASCII_DIGITS = frozenset("0123456789")
_PREFIX_RE = P.PREFIX.regex
_ANCHOR = P.ANCHOR.regex
_DATE_NUMBER = P.DATE_NUMBER.regex
_LAST_WORD = P.LAST_WORD.regex
_COORDINATION = P.COORDINATION.regex
_SPACES = P.SPACES.regex
_LIST_GAP = P.LIST_GAP.regex
_RELATIVE_YEAR = P.RELATIVE_YEAR.regex
_TUSSEN_GAP = P.TUSSEN_GAP.regex
_ORDINAL_BEFORE = P.ORDINAL_BEFORE.regex
_YEAR_PART_STEMS = frozenset(P.YEAR_PART_STEMS)
# The letters the stems searched for open with: a text holding none has no stem (nor a
# year part, without which an ordinal starts no date).
_STEM_OPENINGS = frozenset(stem[0] for stem in P.SEARCHED_STEMS)


class _Hit(Protocol):
    """Where a stem search found a stem (a match of its pattern, or :class:`_Found`)."""

    def start(self) -> int: ...

    def group(self) -> str: ...


class _Found:
    """Where :class:`_FindStem` found its stem, read as a match is (``start``, ``group``)."""

    __slots__ = ("at", "stem")

    def __init__(self, at: int, stem: str) -> None:
        self.at, self.stem = at, stem

    def start(self) -> int:
        return self.at

    def group(self) -> str:
        return self.stem


class _FindStem:
    """A search for one stem by ``str.find``: a letter is found as ``memchr`` finds it,
    a long stem with skips as long as itself, where the engine of a pattern steps one
    character at a time."""

    __slots__ = ("stem",)

    def __init__(self, stem: str) -> None:
        self.stem = stem

    def __call__(self, low: str, pos: int, end: int) -> _Found | None:
        at = low.find(self.stem, pos, end)
        return None if at < 0 else _Found(at, self.stem)


# One search per group of stems that open alike (see patterns/dates.py); a stem alone
# in its group found by str.find when it is a letter or long (the patterns' search
# runs as fast for the shorter ones).
_FIND_LENGTH = 7
_STEM_SEARCHES: tuple[Callable[[str, int, int], _Hit | None], ...] = tuple(
    _FindStem(stems[0])
    if len(stems) == 1 and (len(stems[0]) == 1 or len(stems[0]) >= _FIND_LENGTH)
    else literals(stems).search
    for _, stems in P.ANCHOR_STEM_GROUPS
)
_LOOKBACK = 60  # longest prefix ("met terugwerkende kracht tot het begin van de ")
_PREFIX_WORDS = 8

_MONTH_NUMBER = {**P.MONTHS, **P.MONTH_ABBREVIATIONS}
# Group name -> number of the grammar's groups: the regex module reads ``m.group(name)``
# several times slower than a number, so the hot paths read a match's groups by number.
CORE_GROUP = _CORE_RE.groupindex
# The grammar's groups in their order, as :func:`_raw` unpacks ``m.groups()``.
CORE_GROUPS = (
    "acad", "ay1", "ay2", "nd", "nsep", "nm", "ny", "dd", "dd2", "dmf", "dma", "dy", "pord",
    "ppart", "py", "q", "qy", "season", "sy", "mm", "mab", "my", "yy", "yy2", "yy3",
)  # fmt: skip
if tuple(sorted(CORE_GROUP, key=CORE_GROUP.__getitem__)) != CORE_GROUPS:
    raise ImportError("patterns.dates.CORE: its groups are not those dates._raw reads")
_PREP, _ART, _MOD = (_PREFIX_RE.groupindex[name] for name in ("prep", "art", "mod"))


def _norm(s: str | None) -> str | None:
    return _words(s) if s else None


def _words(s: str) -> str:
    """``s`` in lower case, each run of white space one space."""
    if s.isalpha():
        return s.lower()  # one word (letters hold no white space)
    return _SPACES.sub(" ", s).lower()


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    core_start: int
    prep: str | None
    mod: str | None
    precision: DatePrecision
    year: int | None
    month: int | None
    day: int | None
    end_year: int | None = None
    end_day: int | None = None


# What a date's prefix says: its preposition and modifier (normalised, or None) and
# whether it holds an article.
_Prefix = tuple[str | None, str | None, bool]


def _prefix_of(words: str) -> _Prefix | None:
    """What the prefix ``words`` (all of them, up to the date) says; None if the grammar
    does not read them all."""
    pre = _PREFIX_RE.fullmatch(words)
    if pre is None or pre.end() == pre.start():
        return None
    prefix = pre.groups()
    return _norm(prefix[_PREP - 1]), _norm(prefix[_MOD - 1]), bool(prefix[_ART - 1])


def _raw(m: regex.Match[str], start: int, pre: _Prefix | None, offset: int = 0) -> _Raw | None:
    if pre:
        prep, mod, article = pre
    else:
        prep = mod = None
        article = False
    # the groups read by number, all at once (see CORE_GROUPS): several times quicker
    # than a group name at a time
    (
        acad, ay1, _ay2, nd, _nsep, nm, ny, dd, dd2, dmf, dma, dy, pord, ppart, py,
        q, qy, season, sy, mm, mab, my, yy, yy2, yy3,
    ) = m.groups()  # fmt: skip
    end, core_start = m.end() - offset, m.start() - offset
    if acad:
        return _Raw(
            start, end, core_start, prep, mod, "academic_year", int(ay1),
            P.ACADEMIC_YEAR_START_MONTH, None,
        )  # fmt: skip
    if nd:
        return _Raw(start, end, core_start, prep, mod, "day", int(ny), int(nm), int(nd))
    if dd:
        month = _MONTH_NUMBER[(dmf or dma).lower()]
        day = int(dd)
        raw = _Raw(start, end, core_start, prep, mod, "day", int(dy) if dy else None, month, day)
        if dd2 and int(dd2) > day:
            raw.end_day = int(dd2)
        return raw
    if pord:
        ordinal = _words(pord)
        n = P.ORDINALS[ordinal]
        precision = P.YEAR_PARTS[_words(ppart)]
        if precision == "half":
            n = 2 if ordinal == P.LAST_ORDINAL else n
            if n > 2:
                return None
            month = 1 + (n - 1) * 6
        else:
            month = 1 + (n - 1) * 3
        year = int(py) if py else None
        return _Raw(start, end, core_start, prep, mod, precision, year, month, None)
    if q:
        return _Raw(
            start, end, core_start, prep, mod, "quarter", int(qy), 1 + (int(q) - 1) * 3, None
        )
    if season:
        if not (sy or mod or article):
            return None  # "zomer", "tot voorjaar": a word or a recurring season, not a date
        year = int(sy) if sy else None
        return _Raw(
            start, end, core_start, prep, mod, "season", year, P.SEASONS[season.lower()], None
        )
    if mm or mab:
        month = _MONTH_NUMBER[(mm or mab).lower()]
        year = int(my) if my else None
        return _Raw(start, end, core_start, prep, mod, "month", year, month, None)
    if yy:
        last = yy2 or yy3
        end_year = None
        if last:
            end_year = int(last) if len(last) == 4 else int(yy[:2] + last)
            if end_year <= int(yy):
                end_year = None
        return _Raw(start, end, core_start, prep, mod, "year", int(yy), None, None, end_year)
    return None


def _anchored(r: _Raw) -> bool:
    return r.precision != "year" or r.mod is not None or (r.prep in P.YEAR_ANCHORS)


def _iso(r: _Raw, year: int) -> str | None:
    if r.precision == "day":
        assert r.month is not None and r.day is not None  # _raw gives a day both
        try:
            return _dt.date(year, r.month, r.day).isoformat()
        except ValueError:
            return None
    if r.precision == "year":
        return f"{year:04d}"
    return f"{year:04d}-{r.month:02d}"


def _end_iso(r: _Raw, year: int | None) -> str | None:
    if r.end_year:
        return f"{r.end_year:04d}"
    if r.end_day and year is not None:
        assert r.month is not None  # a day range is read with its month
        try:
            return _dt.date(year, r.month, r.end_day).isoformat()
        except ValueError:
            return None
    return None


def find_dates(
    text: str,
    context_year: int | None = None,
    *,
    cores: Sequence[regex.Match[str]] | None = None,
    offset: int = 0,
    prefixes: dict[str, _Prefix | None] | None = None,
) -> list[DateMatch]:
    """All date expressions in ``text``, in order, normalised (see module docstring).

    ``cores`` are the matches of :func:`date_cores` in ``text`` when the caller has them
    already (a Document reads them once for all its stages,
    :attr:`~emnextract.document.Document.readings`), read from a string in which
    ``text`` starts at ``offset``. ``prefixes`` holds the date prefixes read already
    (words -> what they say), shared by the texts of one document: a report writes the
    same few ("in", "per 1", "sinds de") before most of its dates.
    """
    if cores is None:
        cores, offset = list(date_cores(text)), 0
    if prefixes is None:
        prefixes = {}
    # each date with the words before it that belong to it (read back to the end of the
    # date before, at most _LOOKBACK characters)
    found: list[_Raw] = []
    last_end = 0
    for m in cores:
        core_start = m.start() - offset
        start, pre = _prefix(text, max(last_end, core_start - _LOOKBACK), core_start, prefixes)
        last_end = m.end() - offset
        if (r := _raw(m, start, pre, offset)) is not None:
            found.append(r)
    raws = _join_spans(text, found)
    out: list[DateMatch] = []
    last_year: int | None = None
    anchored = [_anchored(r) for r in raws]
    for i, r in enumerate(raws):
        if not anchored[i] and i and anchored[i - 1] and _listed_year(text, raws[i - 1], r):
            anchored[i] = True  # "voor 2030 en 2050": the preposition covers both
            r.prep = raws[i - 1].prep
        year, inferred = r.year, False
        if year is None:
            inferred = True
            year = _coordinated_year(text, raws, i)
            if year is None and _RELATIVE_YEAR.match(text, r.end):
                pass  # "per 1 juli a.s.": the year cannot be told
            elif year is None:
                year = last_year if last_year is not None else context_year
        elif anchored[i]:
            last_year = year
        date = _iso(r, year) if year is not None else None
        if r.year is not None and date is None:
            continue  # "31-02-2019": not a date
        # the fields in their order (a call by keyword costs more than the reading)
        out.append(
            DateMatch(
                r.start,  # start
                r.end,  # end
                text[r.start : r.end],  # text
                date,  # date
                r.precision,  # precision
                inferred,  # inferred
                r.prep,  # prep
                r.mod,  # modifier
                r.core_start,  # core_start
                anchored[i],  # anchored
                r.year is not None,  # explicit_year
                _end_iso(r, year),  # end_date
            )
        )
    return out


def _listed_year(text: str, before: _Raw, r: _Raw) -> bool:
    """Whether bare year ``r`` is listed right after the year ``before`` ("2030 en 2050")."""
    return (
        before.precision == r.precision == "year"
        and before.end_year is None
        and _LIST_GAP.fullmatch(text, before.end, r.start) is not None
    )


def date_cores(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
    """The date proper of each date expression in ``text[pos:endpos]``, in order.

    Matches of the date grammar (``patterns.dates.CORE``, groups named there) without
    the prepositions before them; the periods of statistics are read from these.
    """
    last_end = 0
    end = len(text) if endpos is None else endpos
    for start in _anchor_starts(text, pos, end):
        if start < last_end:
            continue
        # a run of four digits (the numbers found are runs of at most two or of four)
        # is read with the year branch alone: the grammar's others cannot match there
        m = (
            _CORE_YEAR_RE.match(text, start, end)
            if start + 2 < end
            and text[start + 2] in _ASCII_DIGITS
            and text[start + 1] in _ASCII_DIGITS
            and text[start] in _ASCII_DIGITS
            else _CORE_RE.match(text, start, end)
        )
        if m is None:
            continue
        last_end = m.end()
        yield m


def _anchor_starts(text: str, pos: int, end: int) -> list[int]:
    """Where ``P.ANCHOR`` matches in ``text[pos:end]``: numbers, then word stems confirmed."""
    starts = {m.start() for m in _DATE_NUMBER.finditer(text, pos, end)}
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: no shortcut
        low = "".join(c.lower()[0] for c in text)
    if _STEM_OPENINGS.isdisjoint(low):
        # no letter a stem opens with ("30-4-2020"): no stem to search for (a long
        # text holds one within its first few characters, where this stops)
        return sorted(starts)
    for search in _STEM_SEARCHES:
        # every place a stem of the group starts (the next search from the place after)
        m = search(low, pos, end)
        while m is not None:
            s = m.start()
            if m.group() in _YEAR_PART_STEMS:
                # a year part: the ordinal word before it is where a date may start
                ordinal = _ORDINAL_BEFORE.match(low, pos, s)
                t = s if ordinal is None else ordinal.start()
                if (
                    t < s
                    and (t == 0 or not _is_word_char(low[t - 1]))
                    and _ANCHOR.match(text, t, end)
                ):
                    starts.add(t)
            elif (s == 0 or not _is_word_char(low[s - 1])) and _ANCHOR.match(text, s, end):
                starts.add(s)
            m = search(low, s + 1, end)
    return sorted(starts)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _prefix(
    text: str, lower: int, core_start: int, prefixes: dict[str, _Prefix | None]
) -> tuple[int, _Prefix | None]:
    """The longest run of whole words before ``core_start`` that is a date prefix (where
    it starts, what it says); ``prefixes`` holds the runs of words read already."""
    # the words of the window from its end (LAST_WORD searches backwards), up to
    # _PREFIX_WORDS: the grammar reads only its own words, so a prefix starts after
    # the last other word, and the words before that one are not read
    backwards = _LAST_WORD.finditer(text, lower, core_start)
    last = next(backwards, None)
    if last is None or last.group().lower() not in P.PREFIX_LAST_WORDS:
        return core_start, None
    words = [last]
    for w in backwards:
        if len(words) == _PREFIX_WORDS:
            break
        word = w.group()
        if word.isascii() and word.lower() not in P.PREFIX_WORDS:
            break
        words.append(w)
    words.reverse()
    for w in words:
        if w.start() > 0 and (text[w.start() - 1].isalnum()):
            continue  # a cut-off word at the window edge
        word = w.group()
        if word.isascii() and word.lower() not in P.PREFIX_FIRST_WORDS:
            continue  # the grammar cannot start with it (it reads words ending at spaces)
        # the grammar reads the words alone (it looks at nothing around them), so the
        # same words say the same wherever they stand
        key = text[w.start() : core_start]
        if key in prefixes:
            pre = prefixes[key]
        else:
            pre = prefixes[key] = _prefix_of(key)
        if pre is not None:
            return w.start(), pre
    return core_start, None


def _join_spans(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``tussen 2015 en 2020``: the two years as one span (like ``2015-2020``)."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        r = raws[i]
        if (
            i + 1 < len(raws)
            and r.prep == "tussen"
            and r.precision == raws[i + 1].precision == "year"
            and r.end_year is None
            and raws[i + 1].prep is None
            and r.year is not None
            and (raws[i + 1].year or 0) > r.year
            and _TUSSEN_GAP.fullmatch(text, r.end, raws[i + 1].start)
        ):
            r.end, r.end_year = raws[i + 1].end, raws[i + 1].year
            i += 1
        out.append(r)
        i += 1
    return out


def _range_end(text: str, raws: list[_Raw], i: int) -> bool:
    """Whether ``raws[i + 1]`` is the second end of a range opened by ``raws[i]``."""
    return (
        i + 1 < len(raws)
        and raws[i + 1].prep in P.RANGE_END_PREPOSITIONS
        and not text[raws[i].end : raws[i + 1].start].strip()
    )


def _coordinated_year(text: str, raws: list[_Raw], i: int) -> int | None:
    """The year of the next date when joined to this one ("maart en oktober 2019"),
    or the second end of its range ("van 1 maart tot en met 30 juni 2020")."""
    j = i
    while j + 1 < len(raws):
        gap = _COORDINATION.fullmatch(text, raws[j].end, raws[j + 1].start)
        if gap is None and not _range_end(text, raws, j):
            return None
        j += 1
        nxt = raws[j]
        if nxt.year is not None:
            r = raws[i]
            later = (r.month or 0, r.day or 0) > (nxt.month or 13, nxt.day or 32)
            return nxt.year - 1 if later and r.precision in ("day", "month") else nxt.year
    return None


_NUMERIC_SEPARATORS = str.maketrans("./", "--")


def parse_date(text: str) -> tuple[str, str] | None:
    """The one date a whole string writes, as (``date``, ``precision``); else None.

    Read by :func:`find_dates`, with one addition for numeric day dates as citations
    write them: any of ``-``, ``.`` and ``/`` as separators, spaces after them and
    leading zeros (``03.12.2019``, ``28-02- 2020``). The year must be written; an
    impossible date (``31-02-2019``), a preposition before the date (``op 5 juni
    2019``) or a second date gives None.
    """
    s = text.strip()
    parts = "".join(s.split()).translate(_NUMERIC_SEPARATORS).split("-")
    values = [digits.to_int(p) for p in parts]
    if len(parts) == 3 and all(v is not None for v in values):
        s = "-".join(str(v) for v in values)
    found = find_dates(s)
    if len(found) != 1:
        return None
    d = found[0]
    if d.core_start != 0 or d.end != len(s) or not d.explicit_year or d.date is None:
        return None
    return d.date, d.precision
