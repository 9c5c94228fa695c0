"""The periods a sentence states, and which of them a figure refers to.

Period: a period stated right after the figure ("220 aanvragen in 2018"), else the
nearest one before it in the same clause, else a later one in the sentence that is not
itself a comparison ("ten opzichte van 2018"), else the period an earlier sentence of
the same paragraph set (see :mod:`emnextract.extractors.statistics`), else none: the
report's year is no default. A month without a year ("In februari") takes the year
stated last in the section. A quarter is ``YYYY-Qn``, a half ``YYYY-Hn``, a season its
year.

What is not a period: a year in a name or title ("Vreemdelingenwet 2000", "NPCE
2023-2030"), the date of a cited document or parliamentary event ("in de Kamerbrief
van 3 maart 2020", "Kamervragen in maart 2022"), a letterhead date ("Datum …"), the
time after a year ("Na 2021"). A day on its own ("Op 1 april 2022 is de pilot in vijf
gemeenten gestart") is an event: :attr:`Period.event`, no period of the figures, unless
it bounds a span ("tot 14 oktober 2021").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ...patterns import dates as D
from ...patterns import statistics as P
from ...patterns.grammar import fold, group_reader
from ..dates import CORE_GROUP, date_cores
from ..numbers import Quantity

_MONTH_NUMBER = {**D.MONTHS, **D.MONTH_ABBREVIATIONS}
_ORDINALS = D.ORDINALS
_HALF = {part: precision == "half" for part, precision in D.YEAR_PARTS.items()}
_SPACES = D.SPACES.regex
# the numbers of the date grammar's groups read most (by number: see CORE_GROUP)
_YY, _YY2, _YY3, _MM, _MY, _AY1 = (CORE_GROUP[k] for k in ("yy", "yy2", "yy3", "mm", "my", "ay1"))


@dataclass(slots=True)
class Period:
    start: int
    end: int
    value: str | None  # None: a month whose year comes from context
    month: int | None = None
    comparison: bool = False  # introduced by "ten opzichte van", "tegen", …
    event: bool = False  # a day ("op 1 april 2022"): when something happened, no period


def find_periods(
    sentence: str,
    cores: list[regex.Match[str]] | None = None,
    offset: int = 0,
    folded: str | None = None,
) -> list[Period]:
    """Period expressions in a sentence, names with a year ("Vreemdelingenwet 2000") left out.

    Read from the matches of the date grammar (:func:`..dates.date_cores`), so a date
    form is learned once for dates and periods alike. ``cores`` may be matches over a
    whole paragraph in which ``sentence`` starts at ``offset``; only those inside the
    sentence count. ``folded`` is :func:`~emnextract.patterns.grammar.fold` of the
    sentence when the caller has it.
    """
    if cores is None:
        inside = list(date_cores(sentence))
    else:
        end = offset + len(sentence)
        inside = [m for m in cores if m.start() >= offset and m.end() <= end]
    if not inside:
        return []
    out: list[Period] = []
    if folded is None:  # as the word lists' literals are looked for (one per letter)
        folded = fold(sentence)
    i = 0
    while i < len(inside):
        m = inside[i]
        nxt = inside[i + 1] if i + 1 < len(inside) else None
        if nxt is not None and _bare_year(m) and _bare_year(nxt):
            gap = sentence[m.end() - offset : nxt.start() - offset]
            if P.YEAR_AND_GAP.match(gap):  # "tussen 2015 en 2019": one range
                i += 2
                p = _year_range(
                    sentence, m.start() - offset, nxt.end() - offset, m.group(_YY), nxt.group(_YY)
                )
                if p is not None:
                    out.append(p)
                continue
        if nxt is not None and m.group(_MM) and not m.group(_MY) and nxt.group(_MY):
            months = _month_range(sentence, m, nxt, offset)
            if months is not None:  # "januari tot en met maart 2022"
                out.append(months)
                i += 2
                continue
        p = _period(sentence, m, offset, folded)
        if p is not None:
            out.append(p)
        i += 1
    markers = P.pieces_in(folded, P.COMPARE_LITERALS)  # those in the sentence at all
    for p in out:
        start = max(0, p.start - 60)
        if P.may_hold_within(folded, markers, start, p.start) and (
            P.COMPARED_BEFORE.search(sentence, start, p.start)
        ):
            p.comparison = True
    return _merge_ranges(sentence, out)


def _period(sentence: str, m: regex.Match[str], offset: int, folded: str) -> Period | None:
    """The period a date-grammar match states, if it states one (rules in the docstring).

    ``folded`` is :func:`~emnextract.patterns.grammar.fold` of ``sentence``."""
    g = group_reader(m, CORE_GROUP)
    year = g("yy")
    if year:  # the commonest date: a year, or a range of years
        start, stop = m.start() - offset, m.end() - offset
        last = g("yy2") or g("yy3")
        if last:
            return _year_range(sentence, start, stop, year, last)
        return _year(sentence, start, stop, year, folded)
    if g("acad"):  # "studiejaar 2020-2021"
        start = m.start(_AY1) - offset
        return _year_range(sentence, start, m.end() - offset, g("ay1"), g("ay2"))
    if g("nd"):
        return None  # "30-4-2020": the date of a letter or a rule, not a period
    month_group = next((k for k in ("mm", "mab", "dmf", "dma") if g(k)), None)
    if month_group:
        year_group = "dy" if month_group in ("dmf", "dma") else "my"
        month = _MONTH_NUMBER[g(month_group).lower()]
        start = m.start(CORE_GROUP[month_group]) - offset
        if g(year_group) and (
            _cited(sentence, start, folded)
            or P.DATE_LABEL.match(sentence, max(0, start - 16), start)
        ):
            # "de Kamerbrief van 3 maart 2020", "Datum 22 december 2022": the date of
            # a document, not a period of the figures near it.
            return None
        if g(year_group) and month_group in ("dmf", "dma"):
            # "Op 3 juni 2020 zijn de drie proeflocaties geopend": a day on its own is
            # when something happened, not the time a figure covers; a day that bounds
            # a span ("tot 14 oktober 2021") is part of a period.
            day = m.start() - offset
            event = not P.SPAN_BOUND_BEFORE.match(sentence, max(0, day - 16), day)
            value = f"{g(year_group)}-{month:02d}"
            return Period(day, m.end() - offset, value, month, event=event)
        if g(year_group):
            return Period(start, m.end() - offset, f"{g(year_group)}-{month:02d}", month)
        # "1 mei" without a year is a date in a rule, not the period of a figure, and a
        # month needs a preposition of time before it ("in februari").
        if month_group != "mm" or not (
            start == 0 or P.TIME_PREPOSITION.match(sentence, max(0, start - 12), start)
        ):
            return None
        joint = P.JOINT_MONTH.match(sentence, m.end() - offset)
        if joint:  # "in april en juli 2019": the year, not one month
            return Period(start, m.end() - offset, joint.group("year"))
        return Period(start, m.end() - offset, None, month)
    part_year = next((y for y in ("py", "qy", "sy") if g(y)), None)
    if part_year is None:
        return None  # "het eerste kwartaal", "in de zomer": no year, no period
    if g("qy"):  # "Q3 2022"
        return Period(m.start() - offset, m.end() - offset, f"{g('qy')}-Q{g('q')}")
    if g("pord"):
        half = _HALF.get(_SPACES.sub(" ", g("ppart")).lower())
        ordinal = _SPACES.sub(" ", g("pord")).lower()
        n = _ORDINALS[ordinal]
        if half:
            n = 2 if ordinal == D.LAST_ORDINAL else n
            if n <= 2:  # "de tweede helft van 2019"
                return Period(m.start() - offset, m.end() - offset, f"{g(part_year)}-H{n}")
        elif n <= 4:  # "het derde kwartaal van 2022": 2022-Q3
            return Period(m.start() - offset, m.end() - offset, f"{g(part_year)}-Q{n}")
    # A season is reported as its year ("in de zomer van 2021": 2021).
    start = m.start(CORE_GROUP[part_year]) - offset
    return _year(sentence, start, m.end(CORE_GROUP[part_year]) - offset, g(part_year), folded)


def _month_range(
    sentence: str, m: regex.Match[str], nxt: regex.Match[str], offset: int
) -> Period | None:
    """ "januari tot en met maart 2022": a month without a year up to a dated month."""
    if not nxt.group(_MM) or not P.RANGE_GAP.match(
        sentence[m.end() - offset : nxt.start() - offset]
    ):
        return None
    first = _MONTH_NUMBER[m.group(_MM).lower()]
    last = _MONTH_NUMBER[nxt.group(_MM).lower()]
    year = nxt.group(_MY)
    if last <= first:
        return None
    value = f"{year}-{first:02d}/{year}-{last:02d}"
    return Period(m.start(_MM) - offset, nxt.end() - offset, value)


def _year(sentence: str, start: int, end: int, year: str, folded: str) -> Period | None:
    """A year on its own, unless it names something or is glued to more ("2012/267")."""
    if P.NOT_A_YEAR_AFTER.match(sentence, end, end + 2):
        return None
    if _names_year(sentence, start) or _cited(sentence, start, folded):
        return None
    if P.AFTER_YEAR_BEFORE.search(sentence, max(0, start - 4), start):
        return None  # "Na 2021 is de bedoeling …": after the year, not in it
    return Period(start, end, year)


def _year_range(sentence: str, start: int, end: int, first: str, last: str) -> Period | None:
    """ "2015-2019", "studiejaar 2020-21": one period from the first year to the last."""
    if len(last) == 2:
        last = first[:2] + last
    if int(last) <= int(first) or P.NOT_A_YEAR_AFTER.match(sentence, end, end + 2):
        return None
    if _names_year(sentence, start):  # "NPCE 2023-2030" is a title
        return None
    return Period(start, end, f"{first}/{last}")


def _cited(sentence: str, start: int, folded: str) -> bool:
    """Whether the date at ``start`` is that of a cited document or parliamentary event
    (``folded``: :func:`~emnextract.patterns.grammar.fold` of ``sentence``)."""
    near, far = max(0, start - 60), max(0, start - 80)
    return bool(
        (
            P.may_hold_within(folded, P.CITED_LINK_LITERALS, near, start)
            and P.CITED_BEFORE.match(sentence, near, start)
        )
        or (
            P.may_hold_within(folded, P.CITED_EVENT_LITERALS, far, start)
            and P.CITED_EVENT_BEFORE.match(sentence, far, start)
        )
    )


def _names_year(sentence: str, start: int) -> bool:
    """Whether the year at ``start`` is part of a name or title ("Vreemdelingenwet 2000")."""
    w = P.WORD_BEFORE.match(sentence, max(0, start - 40), start)
    if not w:
        return False
    word = w.group(1)
    low = word.lower()
    if low in P.NAME_BREAKING_WORDS:
        return False
    if word[0].isupper() or low.endswith(P.YEAR_NAME_SUFFIXES):
        return True
    # "de Wet inburgering 2021": a name of two words, the first a capitalised law or rule.
    head = P.WORD_BEFORE.match(sentence, max(0, w.start() - 40), w.start())
    return bool(
        head and head.group(1)[0].isupper() and head.group(1).lower().endswith(P.YEAR_NAME_SUFFIXES)
    )


def _merge_ranges(sentence: str, periods: list[Period]) -> list[Period]:
    """ "november 2018 tot en met december 2019" -> one period "2018-11/2019-12"."""
    merged: list[Period] = []
    for p in periods:
        gap = sentence[merged[-1].end : p.start] if merged else ""
        if merged and merged[-1].value and p.value and P.RANGE_GAP.match(gap):
            first = merged[-1]
            merged[-1] = Period(
                first.start, p.end, f"{first.value}/{p.value}", None, first.comparison
            )
        else:
            merged.append(p)
    return merged


def _bare_year(m: regex.Match[str]) -> bool:
    """Whether a date-grammar match is a single year ("2015", not "2015-2019")."""
    return bool(m.group(_YY)) and not (m.group(_YY2) or m.group(_YY3))


class ClauseBreaks:
    """The clause breaks of a sentence, found once: whether one stands between a period
    and a figure is then a bisection, not a search of all the text between them (which,
    for each figure of a long sentence, would cost the sentence's length)."""

    def __init__(self, sentence: str) -> None:
        # The matches cannot overlap (a break starts at a comma, ";" or ":" and goes on
        # over spaces and one word), so they stand in order of both start and end.
        spans = [m.span() for m in P.CLAUSE_BREAK.finditer(sentence)]
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def between(self, start: int, end: int) -> bool:
        """Whether a clause break lies wholly within ``[start, end)``."""
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._ends[i] <= end


def _marked(markers: list[int], start: int, end: int) -> bool:
    """Whether a comparison marker stands in ``[start, end)`` (``markers`` ascending, as
    :func:`.comparisons.comparison_markers` finds them): a bisection, not a walk over all
    the sentence's markers for every period and figure."""
    i = bisect_left(markers, start)
    return i < len(markers) and markers[i] < end


def pick_period(
    sentence: str,
    q: Quantity,
    periods: list[Period],
    markers: list[int],
    breaks: ClauseBreaks | None = None,
) -> Period | None:
    """The period a figure refers to, by the rules in the module docstring.

    ``breaks`` are the sentence's clause breaks (found here when not given).
    """
    for p in periods:
        if p.start >= q.end:
            gap = sentence[q.end : p.start]
            if (
                len(gap.split()) <= 4
                and not P.GAP_BREAK.search(gap)
                and not P.COMPARE.search(gap)
                and not P.GAP_LINK.search(gap)
            ):
                return p
            break
    before = [p for p in periods if p.end <= q.start]
    if before:
        found = breaks if breaks is not None else ClauseBreaks(sentence)
        for p in reversed(before):
            if not _marked(markers, p.end, q.start) and not found.between(p.end, q.start):
                return p
    for p in reversed(before):
        if not _marked(markers, p.end, q.start):
            return p
    for p in periods:
        if p.start >= q.end and not p.comparison:
            if _marked(markers, q.end, p.start):
                break
            return p
    return None
