"""The periods a sentence states, and which of them a figure refers to.

Period: a period stated right after the figure ("220 aanvragen in 2018"), else the
nearest one before it in the same clause, else a later one in the sentence that is not
itself a comparison ("ten opzichte van 2018"), else one stated earlier in the
paragraph, else one stated later in the same paragraph, else the last one stated in the
section (a box is its own frame; a subheading ends the frame). A month without a
year ("In februari") takes the context year; "op dit moment", "momenteel" the
report's year.

What is not a period: a year in a name or title ("Vreemdelingenwet 2000", "NPCE
2023-2030"), the date of a cited document or parliamentary event ("in de Kamerbrief
van 3 maart 2020", "Kamervragen in maart 2022"), a letterhead date ("Datum …").
"""

from __future__ import annotations

from dataclasses import dataclass

from ...patterns import statistics as P
from ..numbers import Quantity


@dataclass(slots=True)
class Period:
    start: int
    end: int
    value: str | None  # None: a month whose year comes from context
    month: int | None = None
    comparison: bool = False  # introduced by "ten opzichte van", "tegen", …


def find_periods(sentence: str, months: list[tuple[int, int, int]] | None = None) -> list[Period]:
    """Period expressions in a sentence, names with a year ("Vreemdelingenwet 2000") left out.

    Anchored on years and month names (found with cheap scans), then the words around
    each anchor decide the form: half year, range, month, year.
    """
    out: list[Period] = []
    taken: list[tuple[int, int]] = []
    for m in P.YEAR_RANGE.finditer(sentence):
        taken.append(m.span())
        if not _names_year(sentence, m.start()):  # "NPCE 2023-2030" is a title
            out.append(Period(m.start(), m.end(), f"{m.group('from')}/{m.group('to')}"))
    for start, end, month in month_names(sentence) if months is None else months:
        if any(a <= start < b for a, b in taken):
            continue
        ym = P.MONTH_YEAR.match(sentence, end)
        if ym and (
            _cited(sentence, start) or P.DATE_LABEL.search(sentence, max(0, start - 16), start)
        ):
            # "de Kamerbrief van 3 maart 2020", "Datum 22 december 2022": the date of a
            # document, not a period of the figures near it.
            taken.append((start, ym.end()))
            continue
        if ym:
            year = ym.group("year")
            out.append(Period(start, ym.end(), f"{year}-{month:02d}", month))
            taken.append((start, ym.end()))
            continue
        # "1 mei" without a year is a date in a rule, not the period of a figure,
        # unless a preposition of time stands before it ("in februari").
        if not (start == 0 or P.TIME_PREPOSITION.search(sentence, max(0, start - 12), start)):
            continue
        joint = P.JOINT_MONTH.match(sentence, end)
        if joint:  # "in april en juli 2019": the year, not one month
            out.append(Period(start, end, joint.group("year")))
        else:
            out.append(Period(start, end, None, month))
    for m in P.YEAR_AT.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        half = P.HALF_BEFORE.search(sentence, max(0, m.start() - 50), m.start())
        if half:
            h = "H1" if half.group("first") else "H2"
            out.append(Period(half.start(), m.end(), f"{m.group(0)}-{h}"))
            continue
        if _names_year(sentence, m.start()) or _cited(sentence, m.start()):
            continue
        out.append(Period(m.start(), m.end(), m.group(0)))
    out.sort(key=lambda p: p.start)
    for p in out:
        if P.COMPARED_BEFORE.search(sentence, max(0, p.start - 60), p.start):
            p.comparison = True
    return _merge_ranges(sentence, out)


def _cited(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is that of a cited document or parliamentary event."""
    return bool(
        P.CITED_BEFORE.search(sentence, max(0, start - 60), start)
        or P.CITED_EVENT_BEFORE.search(sentence, max(0, start - 80), start)
    )


def _names_year(sentence: str, start: int) -> bool:
    """Whether the year at ``start`` is part of a name or title ("Vreemdelingenwet 2000")."""
    w = P.WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if not w:
        return False
    word = w.group(1)
    low = word.lower()
    return low not in P.NAME_BREAKING_WORDS and (
        word[0].isupper() or low.endswith(P.YEAR_NAME_SUFFIXES)
    )


def month_names(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, month) of month names, found with plain substring search."""
    low = sentence.lower()
    if len(low) != len(sentence):
        low = "".join(c.lower()[0] for c in sentence)
    found = []
    for name, month in P.MONTHS.items():
        i = low.find(name)
        while i != -1:
            end = i + len(name)
            if (i == 0 or not low[i - 1].isalpha()) and (
                end == len(low) or not low[end].isalpha() or name.endswith(".")
            ):
                found.append((i, end, month))
            i = low.find(name, end)
    return found


def _merge_ranges(sentence: str, periods: list[Period]) -> list[Period]:
    """ "november 2018 tot en met december 2019" -> one period "2018-11/2019-12"."""
    merged: list[Period] = []
    for p in periods:
        if (
            merged
            and merged[-1].value
            and p.value
            and P.RANGE_GAP.match(sentence[merged[-1].end : p.start])
        ):
            first = merged[-1]
            merged[-1] = Period(
                first.start, p.end, f"{first.value}/{p.value}", None, first.comparison
            )
        else:
            merged.append(p)
    return merged


def pick_period(
    sentence: str, q: Quantity, periods: list[Period], markers: list[int]
) -> Period | None:
    """The period a figure refers to, by the rules in the module docstring."""
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
    for p in reversed(before):
        if not any(p.end <= m < q.start for m in markers) and not P.CLAUSE_BREAK.search(
            sentence, p.end, q.start
        ):
            return p
    for p in reversed(before):
        if not any(p.end <= m < q.start for m in markers):
            return p
    for p in periods:
        if p.start >= q.end and not p.comparison:
            if any(q.end <= m < p.start for m in markers):
                break
            return p
    return None


def stated_right_after(q: Quantity, periods: list[Period]) -> bool:
    """Whether a period stands right after the figure ("30.370 in 2018")."""
    return any(p.start >= q.end and p.start - q.end < 25 for p in periods)
