"""Whether a number is a statistic, and whether it is a bound set by a rule.

What counts as a statistic: every cardinal figure in body text (digits, number words or
fractions) that quantifies something in the world, small counts included ("drie speciale
ketenmariniers"). Not statistics: years and dates, durations, ages and time limits in
rules ("12 weken", "tussen de 18 en 31 jaar"), reference numbers (articles, sections,
dossiers, phone numbers, postcodes, "top drie"), list numbering and enumerators ("(1)",
"2)", "vier subparagrafen", "twee rapporten: …"), numbers in names and codes ("MATCH
3", "4-wekentermijn", "30%-regeling", "1,5 metermaatregel"), undecoded glyphs
("(cid:127)"), maxima and repetitions a rule allows ("mogen maximaal vier", "kan drie
maal"), a lone "een"/"één" (the article) and vague plurals ("honderden"). Integers of
five or more digits without thousands dots are codes (Dutch writes 10.000), not figures.

A bound in a rule or definition ("boven 3.000 voet", "tot 97%", "de zwavelnorm … op
0,3%", and its restatement "(ongeveer 1 kilometer)") has no period.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...digits import is_digits
from ...model import Comparison
from ...patterns import statistics as P
from ..numbers import Quantity
from .subjects import LOOKAHEAD

# A figure that is itself a change: the values of ``Statistic.change``.
Change = Literal["increase", "decrease"]


@dataclass(slots=True)
class Found:
    """A statistic found in a sentence, with what was read about it so far."""

    q: Quantity
    period: str | None = None
    change: Change | None = None
    compared_to: Comparison | None = None
    what: str | None = None
    own_period: bool = False
    period_at: int | None = None  # where the period stands in the sentence, if there
    threshold: bool = False  # a bound in a rule or definition: no period


def is_statistic(sentence: str, q: Quantity, codes: list[tuple[int, int]] | None = None) -> bool:
    """Whether a quantity is a statistic, not a year, date, duration, age or reference.

    ``codes`` are the spans of spaced codes in the sentence (:func:`code_spans`).
    """
    raw = sentence[q.num_start : q.num_end]
    # Every test is a condition of its own (none has an effect), so the cheap ones on
    # the figure alone go first: most numbers in a text that are no statistic are years.
    if not q.word and is_digits(raw):
        # A unit borrowed from a range ("50 procent in 2030 en 75 procent") does not
        # make a year a figure: only a unit word of its own does.
        own_unit = q.end > q.num_end or q.start < q.num_start
        if len(raw) == 4 and (q.unit == "count" or not own_unit):
            year = int(raw)
            if 1900 <= year <= 2099:
                return False
            if 1800 <= year <= 2199 and P.TIME_PREPOSITION.match(
                sentence[max(0, q.start - 30) : q.start]
            ):
                return False  # "met een doorkijk naar 2100"
        if len(raw) >= 5:
            return False  # Dutch writes 10.000: "19637", "2018161" are codes or glued markers
    before = sentence[max(0, q.start - 30) : q.start]
    after = sentence[q.end : q.end + 40]
    if q.unit == "count" or q.unit == "other":
        # next the commonest of the rest, a day of a date or a duration ("1 januari",
        # "12 weken"), before the many tests of what the figure belongs to
        if P.TIME_OR_DATE_AFTER.match(after):
            return False
    if not is_figure_of_the_world(sentence, q, raw, before, codes or []):
        return False
    word = P.REFERENCE_OR_AGE_BEFORE.match(before)
    if word and (word.group("age") is None or q.unit == "count"):
        return False  # "artikel 3"; an age, "boven de 18" ("boven de 3.000 voet" is a height)
    if (
        q.word
        and q.unit == "count"
        and q.value <= 10
        and P.KIND_WITH_BEFORE.match(sentence, max(0, q.start - 60), q.start)
    ):
        return False  # "de naftalenen met twee aromatische verbindingen" describes a kind
    if not q.word and q.unit == "count":
        if not sentence[: q.start].strip() and P.LIST_NUMBER_AFTER.match(after):
            return False  # list numbering "1. …", "2) …", "3: …"
        if q.value < 30 and P.ENUMERATOR.match(sentence, max(0, q.start - 1)):
            return False  # "(1) de mondiale klimaatopgave als (2) de nationale …"
        if P.LONE_NUMBER_END.match(after) and len(sentence[: q.start].split()) < 4:
            return False  # a numbered heading or list label: "Voldoende water 1."
        if P.POSTCODE_AFTER.match(after):
            return False  # "2500 EX Den Haag", and the house number before it
    return True


def is_bare_non_statistic(sentence: str, start: int, end: int) -> bool:
    """Whether the run of digits ``sentence[start:end]``, read as a bare figure (a whole
    count with nothing of its own around it: see
    :func:`~emnextract.extractors.numbers.bare_figures_only`), is no statistic by the
    first tests of :func:`is_statistic`, which read the figure and what follows it alone:
    a year ("2019"), a code of five or more digits, or a day, duration or age ("1
    januari", "12 weken"). Such a figure announces no list either ("2 januari: …" is
    asked), so a sentence of these alone states no figure and changes no list context.
    """
    n = end - start
    if n == 4 and "1900" <= sentence[start:end] <= "2099":
        return True  # a year (the commonest)
    if n >= 5:
        return True  # "19637": Dutch writes 10.000
    if not P.TIME_OR_DATE_AFTER.match(sentence[end : end + 40]):
        return False
    value = int(sentence[start:end])
    return not (2 <= value <= 10 and P.LIST_ANNOUNCED_AFTER.match(sentence, end, end + LOOKAHEAD))


def code_spans(sentence: str, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """Spans of digit groups joined by spaces ("35 483", "088 123 4567"): codes.

    Searched only when a figure in digits has a digit one space away.
    """
    n = len(sentence)
    for q in quantities:  # a plain loop: any() over a generator costs more per sentence
        if not q.word and (
            (q.num_end + 1 < n and sentence[q.num_end] == " " and sentence[q.num_end + 1].isdigit())
            or (q.num_start >= 2 and sentence[q.num_start - 2].isdigit())
        ):
            return [m.span() for m in P.SPACED_CODE.finditer(sentence)]
    return []


def is_figure_of_the_world(
    sentence: str, q: Quantity, raw: str, before: str, codes: list[tuple[int, int]]
) -> bool:
    """False for numbers that belong to names, codes, glyphs, lists and rule terms."""
    if q.fraction:
        return True
    after = sentence[q.end : q.end + 40]
    if "(" in before and P.GLYPH_BEFORE.search(before):
        return False  # "(cid:127)"
    if (codes and any(a <= q.num_start < b for a, b in codes)) or (
        not q.word and P.LEADING_ZERO.match(raw) and not q.text[len(raw) :].strip()
    ):
        return False  # "(35 483)", "088 123 4567"
    if P.NAME_COMPOUND_AFTER.match(after):
        return False  # "4-wekentermijn", "30%-regeling", "1,5 metermaatregel"
    if q.unit == "other" and P.MULTIPLIER_END.search(q.text):
        return bool(P.RATIO_AFTER_WORDS.match(after))  # "twee keer zoveel"; not "drie maal"
    if q.unit != "count":
        return True
    if P.STRUCTURE_AFTER.match(after):
        return False  # "vier subparagrafen"
    if announces_list(sentence, q):
        return False  # "twee relevante rapporten: de … en de …"
    if P.MAXIMUM_BEFORE.match(before) and P.MODAL.search(sentence):
        return False  # "Er kunnen maximaal vijf werknemers … worden aangetrokken": a rule
    if (
        not q.word
        and len(raw) == 1
        and P.LONE_DIGIT_IN_PARENS.search(sentence, max(0, q.start - 3), q.end + 3)
    ):
        return False  # "komen de thema's water en bodem aan bod (1)."
    if not q.word and isinstance(q.value, int) and q.value < 30 and P.ENUM_CLOSE_AFTER.match(after):
        if sentence.rfind("(", 0, q.start) <= sentence.rfind(")", 0, q.start):
            return False  # "1) werving, 2) toelating"
    if not q.word and len(raw) == 1:
        w = P.WORD_BEFORE.match(before)
        if w and w.start() + max(0, q.start - 30) > 0:
            word = w.group(1)
            if word[0].isupper() and word.lower() not in P.MONTHS:
                return False  # "MATCH 3", "Horizon 2", "ID 4"
    return True


def bound_kind(sentence: str, q: Quantity) -> Literal["rule", "upto"] | None:
    """ "rule" for a bound a rule or definition sets ("boven 3.000 voet", "tot een hoogte
    van 3.000 voet", "de zwavelnorm … op 0,3%"): a rule term, no statistic; "upto" for a
    measured "tot 97%" (a figure with no period); None for any other figure."""
    if not is_threshold(sentence, q):
        return None
    start = q.start
    if q.approx:
        hedge = P.HEDGE_BEFORE.search(sentence, max(0, start - 24), start)
        start = hedge.start() if hedge else start
    bound = P.BOUND_BEFORE.match(sentence[max(0, start - 80) : start])
    if bound and bound.group("tot") and not bound.group("measure"):
        return "upto"
    return "rule"


def announces_list(sentence: str, q: Quantity) -> bool:
    """ "twee relevante rapporten: de … en de …": a small number announcing a list."""
    return (
        isinstance(q.value, int)
        and 2 <= q.value <= 10
        and bool(P.LIST_ANNOUNCED_AFTER.match(sentence, q.end, q.end + LOOKAHEAD))
    )


def is_threshold(sentence: str, q: Quantity) -> bool:
    """ "boven 3.000 voet", "tot 97%", "de zwavelnorm … op 0,3%": a bound, not a measurement.

    "tot" after a change verb, a participle or another figure ("gestegen tot 3.710",
    "uitgebreid tot 115 fte", "van 20 tot 30") gives a value reached or a range, not a
    bound.
    """
    start = q.start
    if q.approx:
        hedge = P.HEDGE_BEFORE.search(sentence, max(0, start - 24), start)
        start = hedge.start() if hedge else start
    before = sentence[max(0, start - 80) : start]
    bound = P.BOUND_OR_NORM_BEFORE.match(before)
    if bound is None:
        return False
    if bound.group("norm") is not None:
        return True  # "de zwavelnorm … op 0,3%"
    if bound.group("tot") is None:
        return q.unit != "count"  # "boven de 18" is an age, handled as such
    if bound.group("measure"):
        return True  # "tot een hoogte van 3.000 voet"
    clause = P.CLAUSE_BREAK.regex.split(before[: bound.start()])[-1]
    particle = P.WORD_BEFORE.match(before, 0, bound.start())
    if particle and (
        particle.group(1).lower() in P.CHANGE_PARTICLES or P.VERB_FORM.match(particle.group(1))
    ):
        return False  # "nam toe tot 3.400", "wordt uitgebreid tot 115 fte": a level reached
    return not (P.DIGIT.search(clause) or P.CHANGE_VERB.search(clause))


def is_restated_bound(sentence: str, found: list[Found], q: Quantity) -> bool:
    """ "boven 3.000 voet (ongeveer 1 kilometer)": the figure restates the bound before it."""
    return bool(
        found and found[-1].threshold and P.RESTATED.match(sentence[found[-1].q.end : q.start])
    )
