"""Change and comparison: is the figure itself a change, and what is it compared with.

Every figure is its own record, the figure it is compared with included ("van 30.370
naar 29.430" gives two records); the newer figure carries ``compared_to`` with the
older one's value and period. Both figures of a from–to pair are levels, and both take
the period the sentence states for the pair ("groeide in 2022 van 820 naar 905 fte");
a period written after either ("van 1.480 in 2020 naar 960 in 2021") is its own.
Change ("een stijging van 21 procent") is set when the figure itself is the change.
"""

from __future__ import annotations

from ...model import Comparison
from ...patterns import statistics as P
from ...patterns.grammar import fold
from ..numbers import Quantity
from .figures import Change, Found
from .periods import Period


def change(sentence: str, q: Quantity) -> Change | None:
    """ "increase"/"decrease" when the figure is itself a change, else None."""
    before = sentence[max(0, q.start - 60) : q.start]
    word = P.CHANGE_BEFORE.match(before)
    kind = word.lastgroup if word else None
    if kind == "up":
        return "increase"
    if kind == "down":
        return "decrease"
    if q.sign == "+":
        return "increase"  # "+12,4%"
    after = sentence[q.end : q.end + 40]
    met = kind == "met"
    if met:
        if P.INCREASE_MET_BEFORE.search(before):
            return "increase"  # "steeg in 2021 met 21 procent"
        if P.DECREASE_MET_BEFORE.search(before):
            return "decrease"  # "nam in 2021 af met 1.250"
    if met or q.unit == "percent":
        if P.INCREASE_VERB_AFTER.match(after):
            return "increase"
        if P.DECREASE_VERB_AFTER.match(after):
            return "decrease"
    more = P.MORE_AFTER.match(after)
    if more:
        return "increase" if more.group("up") else "decrease"
    return None


def comparison_markers(sentence: str, folded: str | None = None) -> list[int]:
    """Where the words introducing a compared figure stand ("tegen", "ten opzichte van");
    ``folded``: :func:`~emnextract.patterns.grammar.fold` of the sentence, when made."""
    if not P.may_hold(fold(sentence) if folded is None else folded, P.COMPARE_LITERALS):
        return []
    return [m.start() for m in P.COMPARE.finditer(sentence)]


def link_comparisons(
    sentence: str,
    found: list[Found],
    periods: list[Period],
    markers: list[int],
    report_year: int | None,
) -> None:
    """Set ``compared_to`` between the figures of one sentence."""
    # "van 30.370 naar 29.430": the later figure is compared with the earlier one.
    for a, b in zip(found, found[1:], strict=False):
        if P.FROM_BEFORE.search(sentence, max(0, a.q.start - 30), a.q.start) and P.TO_BETWEEN.match(
            sentence[a.q.end : b.q.start]
        ):
            if a.period_at is not None and a.period_at > b.q.start:
                # "groeit van 17,5 miljoen naar 19 miljoen in 2035": a period written
                # after the new figure is its own, not the old one's.
                a.period = None
            b.compared_to = Comparison._made(value=a.q.value, period=a.period)
            if a.what is None:
                a.what = b.what
    # "…, tegen 26.080 in 2018", "terwijl dat er in 2018 30.380 waren", "ten opzichte van …".
    for m in markers:
        target = next((f for f in reversed(found) if f.q.end <= m), None)
        base = next((f for f in found if f.q.start >= m), None)
        if target and base and target.compared_to is None and base is not target:
            target.compared_to = Comparison._made(value=base.q.value, period=base.period)
            if base.what is None and base.q.unit == target.q.unit:
                base.what = target.what


def compare_with_previous(sentence: str, found: list[Found], previous: Found | None) -> None:
    """ "… 1.152 Syrische vluchtelingen hervestigd. In 2018 waren dit er 704." """
    prev_year = P.PREV_YEAR_COMPARE.match(sentence)
    if not (prev_year and len(found) == 1 and previous is not None):
        return
    if previous.compared_to is None and previous.q.unit == found[0].q.unit:
        previous.compared_to = Comparison._made(
            value=found[0].q.value, period=prev_year.group("year")
        )
        found[0].what = found[0].what or previous.what
