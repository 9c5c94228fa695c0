"""Numeric statistics: each figure in the body text with its unit, subject, period and comparison.

What counts as a statistic: every cardinal figure in body text (digits or number words)
that quantifies something, including small counts ("drie speciale ketenmariniers") and
quotas ("maximaal 100 jongeren"). Not statistics: years and dates, durations, ages and
time limits in rules ("12 weken", "tussen de 18 en 31 jaar"), reference numbers
(articles, sections, dossiers, postcodes, "top drie"), list numbering and enumerators
("(1)", "2)"), a lone "een"/"één" (the article), fractions in words ("driekwart") and
vague plurals ("honderden"). Integers of five or more digits without thousands dots are
codes (Dutch writes 10.000), not figures. Subheadings are skipped: they repeat the body.
Captions are read (a chart title can state a figure, and a reader may join a caption
with the prose after it).

Comparisons: every figure is its own record, the figure it is compared with included
("van 30.370 naar 29.430" gives two records); the newer figure carries ``compared_to``
with the older one's value and period. In "in 2019 gedaald van X naar Y" where 2019 is
the report's year, X is taken to be the year before (a yearly report compares with the
previous year); elsewhere X gets no period from Y.

Period: a period stated right after the figure ("220 aanvragen in 2018"), else the
nearest one before it in the same clause, else a later one in the sentence that is not
itself a comparison ("ten opzichte van 2018"), else one stated earlier in the
paragraph, else one stated later in the same paragraph, else the last one stated in the
section (a box is its own frame; a subheading ends the frame). A month without a
year ("In februari") takes the context year; "op dit moment", "momenteel" the
report's year. Change ("een stijging van 21 procent")
is set when the figure itself is the change.

What is not a period: a year in a name or title ("Vreemdelingenwet 2000", "NPCE
2023-2030"), the date of a cited document or parliamentary event ("in de Kamerbrief
van 3 maart 2020", "Kamervragen in maart 2022"), a letterhead date ("Datum …"). A
sentence stating a plan or target ("Het streven was om … in 2022", "met als doel …")
frames no later figures. A bound in a rule or definition ("boven 3.000 voet", "tot
97%", "de zwavelnorm … op 0,3%", and its restatement "(ongeveer 1 kilometer)") has no
period, and a figure in an intended "om … te" clause ("besloten om … te reduceren van
500.000 naar 440.000") takes a period only from inside that clause.

Ranges: "2-4 Mton", "2 à 4 procent", "tussen 10 en 20 procent" give one record per
bound, both with the unit of the second; a bound is exact, so ``approx`` comes only
from a hedge word ("ongeveer 2 à 4"). Age ranges ("18 tot en met 30 jaar") stay out.

What: the noun phrase after the figure; for a share in parentheses the category; "het
aantal X"; else the subject when the figure is the predicate ("De aanvragen van X zijn
met 25 procent gestegen tot 3.710", "X vormden 13,8 procent van …"); for money the
purpose after "voor"; after "Daarvan …", a bare "het aantal" or a change, the
previous figure's subject.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document, Para
from ..model import Citation, Comparison, Statistic
from ..patterns import numbers as N
from ..patterns import statistics as P
from ..provenance import provenance
from .links import citations_by_footnote, span_links
from .numbers import Quantity, find_quantities, word_number_starts
from .sentences import sentence_spans

STAT_KINDS = frozenset({"body", "list_item", "box", "caption"})


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_YEAR = r"(?:19|20)\d\d"
_MONTH = _alt(P.MONTHS)
_YEAR_RANGE = regex.compile(
    rf"(?<![\d\p{{L}}/.])(?P<from>{_YEAR})\s*(?:tot\s+en\s+met|t/m|tot|en|-|–)\s*"
    rf"(?P<to>{_YEAR})(?![\d/]|\p{{L}})",
    regex.I,
)
_YEAR_AT = regex.compile(rf"(?<![\d\p{{L}}/.\-]){_YEAR}(?![\d/]|-\d|\p{{L}})")
_MONTH_YEAR = regex.compile(rf"\s+(?:van\s+)?(?P<year>{_YEAR})(?!\d)", regex.I)
_HALF_BEFORE = regex.compile(
    rf"(?:(?P<first>{_alt(P.FIRST_HALF)})|{_alt(P.SECOND_HALF)})\s+(?:van\s+)?"
    rf"(?:het\s+jaar\s+)?$",
    regex.I,
)
_TIME_PREPOSITION = regex.compile(
    r"(?<!\p{L})(?:in|eind|begin|medio|halverwege|sinds|vanaf|per|tot)\s+$", regex.I
)
_DATE_LABEL = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(P.DATE_LABELS)})\s*:?\s+(?:(?:[1-9]|[12]\d|3[01])\s+)?$",
    regex.I | regex.REVERSE,
)
# "de Kamerbrief van 3 maart 2020", "het rapport van mei 2019": the date of a cited
# document, not a period of the figures near it.
_CITED_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:de|het|zijn|haar|hun|deze|die|dat|dit)\s+(?:\p{{L}}+\s+)?"
    rf"\p{{L}}*(?:{_alt(P.YEAR_NAME_SUFFIXES)}|{_alt(P.CITED_DOCUMENTS)})(?:\s+\p{{Lu}}[\p{{L}}\-]*)?"
    r"\s+(?:van|d\.d\.|gedateerd)\s+(?:(?:[1-9]|[12]\d|3[01])\s+)?(?:\p{L}+\.?\s+)?$",
    regex.I | regex.REVERSE,
)
# "In antwoord op Kamervragen in maart 2022", "het Commissiedebat Verduurzaming luchtvaart
# van 16 juni 2022": the date of a parliamentary event that is cited, not a period.
_CITED_EVENT_BEFORE = regex.compile(
    rf"(?<!\p{{L}})\p{{L}}*(?:{_alt(P.CITED_EVENTS)})\s+(?:[\p{{L}}\-]+\s+){{0,3}}?"
    r"(?:in|van|op|d\.d\.)\s+(?:(?:[1-9]|[12]\d|3[01])\s+)?(?:\p{L}+\.?\s+)?$",
    regex.I | regex.REVERSE,
)
# "de (zogeheten) naftalenen met twee …", "alle gezinnen met drie kinderen": a plural noun
# after a determiner, then "met" and a small number: the number names a kind of thing.
_KIND_WITH_BEFORE = regex.compile(
    r"(?<!\p{L})(?:de|die|deze|alle)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:en|s)\s+met\s+$",
    regex.REVERSE,
)
_SUBJECT_VERB = regex.compile(
    rf"(?P<np>(?:[\p{{L}}\d][\p{{L}}\d\-’']*\s+){{1,7}}?)(?:{_alt(P.SUBJECT_VERBS)})(?!\p{{L}})",
    regex.I,
)
_SHARE_VERB = regex.compile(
    rf"(?:[\p{{L}}\d][\p{{L}}\d\-’']*\s+){{1,7}}?(?:{_alt(P.SHARE_VERBS)})(?!\p{{L}})", regex.I
)
_MONEY_FOR = regex.compile(
    r"\s+(?:(?:extra|beschikbaar)\s+)?(?:voor|aan)\s+(?:de|het)?\s*", regex.I
)
_CHANGE_PARTICIPLE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(P.CHANGE_PARTICIPLES)})(?!\p{{L}})", regex.I
)
_BARE_COUNT = regex.compile(
    rf"(?<!\p{{L}})het\s+aantal\s+(?:{_alt(P.NP_STOP_WORDS)})(?!\p{{L}})", regex.I
)
_ANAPHOR_START = regex.compile(rf"^(?:{_alt(P.ANAPHOR_STARTS)})(?!\p{{L}})", regex.I)
_BOUND_BEFORE = regex.compile(
    r"(?<!\p{L})(?:(?P<tot>tot)|boven|onder|beneden)\s+"
    r"(?:(?:de|een)\s+)?(?:(?:hoogte|diepte|lengte|afstand|maximum|grens)\s+van\s+)?$",
    regex.I | regex.REVERSE,
)
_NORM_BEFORE = regex.compile(
    rf"\p{{L}}*(?:{_alt(P.NORM_WORDS)})\s+(?:[\p{{L}}’']+\s+){{0,4}}(?:op|van)\s+$",
    regex.I | regex.REVERSE,
)
_CHANGE_VERB = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt((*P.INCREASE_VERBS, *P.DECREASE_VERBS, *P.CHANGE_TO_VERBS))})(?!\p{{L}})",
    regex.I,
)
# The approximation words are the number grammar's own list (patterns.numbers).
_HEDGE_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(N.APPROX_BEFORE)})\s+$",
    regex.I,
)
_RESTATED = regex.compile(rf"^\s*\(\s*(?:{_alt(N.APPROX_BEFORE)})?\s*$", regex.I)
_PURPOSE_CLAUSE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(P.INTENT_BEFORE_OM)})\s+om(?!\p{{L}})", regex.I
)
_NOW = regex.compile(rf"(?<!\p{{L}})(?:{_alt(P.NOW_WORDS)})(?!\p{{L}})", regex.I)
_INTENT = regex.compile(rf"(?<!\p{{L}})(?:{_alt(P.INTENT_WORDS)})(?!\p{{L}})", regex.I)
_WORD_BEFORE = regex.compile(r"([\p{L}][\p{L}\-’'.]*)\s*$")
_PREPOSITIONS = frozenset(
    "in van voor tot sinds vanaf na begin eind medio halverwege per over rond tegen "
    "sedert jaar periode t/m en of dan waarin op uit het".split()
)
_COMPARE = regex.compile(rf"(?<!\p{{L}})(?:{_alt(P.COMPARISON_MARKERS)})(?!\p{{L}})", regex.I)
_TIME_AFTER = regex.compile(
    rf"""^(?:\s*(?:{_alt(P.RANGE_CONNECTORS)})\s+(?:\S+))?   # "18 en 31 jaar"
        \s*(?:-\s*|\s)(?:{_alt(P.TIME_UNITS)})(?!\p{{L}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
_YEAR_PREPOSITION = regex.compile(
    r"(?<!\p{L})(?:in|tot|naar|na|voor|sinds|vanaf|rond|medio|eind|begin|jaar)\s+$", regex.I
)
_DIGIT = regex.compile(r"\d")
_VERB_FORM = regex.compile(rf"^(?:{'|'.join(P.VERB_FORM_PATTERNS)})$", regex.I)
_LIST_NUMBER_AFTER = regex.compile(r"^[.):](?:\s|$)")
_ENUMERATOR = regex.compile(r"\(\d{1,2}\)\s+\p{L}")
_POSTCODE_AFTER = regex.compile(r"^(?:\s+\d{4})?\s?\p{Lu}{2}(?!\p{L})")
_LONE_NUMBER_END = regex.compile(r"^[.:]?\s*$")
_JARIG_AFTER = regex.compile(r"^-?\s?jarig", regex.I)
_DATE_AFTER = regex.compile(rf"^\s+(?:{_MONTH})(?!\p{{L}})", regex.I)
_REFERENCE_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{_alt(P.REFERENCE_BEFORE)})\s*$", regex.I)
_AGE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:ouder\s+dan|jonger\s+dan|boven\s+de|onder\s+de|leeftijd\s+van)\s+$", regex.I
)
_INCREASE_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(P.INCREASE_WORDS)})\s+(?:van|met)\s+(?:(?:{_alt(P.FILLER_BEFORE)})\s+)*$",
    regex.I,
)
_DECREASE_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alt(P.DECREASE_WORDS)})\s+(?:van|met)\s+(?:(?:{_alt(P.FILLER_BEFORE)})\s+)*$",
    regex.I,
)
_MET_BEFORE = regex.compile(rf"(?<!\p{{L}})met\s+(?:(?:{_alt(P.FILLER_BEFORE)})\s+)*$", regex.I)
_INCREASE_VERB_AFTER = regex.compile(
    rf"^\s+(?:\S+\s+)?(?:{_alt(P.INCREASE_VERBS)})(?!\p{{L}})", regex.I
)
_DECREASE_VERB_AFTER = regex.compile(
    rf"^\s+(?:\S+\s+)?(?:{_alt(P.DECREASE_VERBS)})(?!\p{{L}})", regex.I
)
_MORE_AFTER = regex.compile(r"^\s+(?:meer|minder)(?!\p{L})", regex.I)
_FROM_BEFORE = regex.compile(rf"(?<!\p{{L}})van\s+(?:(?:{_alt(P.FILLER_BEFORE)})\s+)*$", regex.I)
_TO_BETWEEN = regex.compile(
    r"^[^,;:()]{0,60}?(?<!\p{L})(?:naar|tot)\s+(?:(?:\S+\s+){0,2})?$", regex.I
)
_TOKEN = regex.compile(r"\s*[‘'\"“]?([\p{L}][\p{L}\-’']*(?<![’']))[’'\"”]?")
_PAREN_CATEGORY = regex.compile(r"(\p{L}[\p{L}\-’']*)\s*\(\s*$")
# A single noun right after a percentage names what is reduced or shared:
# "55 procent uitstootreductie", "60%-reductie".
_PERCENT_NOUN = regex.compile(
    rf"(?:\s+|-)(\p{{Ll}}*(?:{_alt(P.PERCENT_NOUN_ENDINGS)}))(?!\p{{L}})", regex.I
)
_PERCENT_OF = regex.compile(
    r"\s+van\s+(?:de|het|alle|hun|zijn|haar)?\s*(?:in\s+totaal\s+)?(?:[\d.]+\s+)?", regex.I
)
_COUNT_OF = regex.compile(
    r"(?<!\p{L})(?:het|dit|dat)\s+(?:totale\s+|totaal\s+|gehele\s+)?aantal\s+((?:[\p{L}][\p{L}\-’']*\s*){1,4})",
    regex.I,
)
_COMPARED_BEFORE = regex.compile(rf"(?:{_COMPARE.pattern})\s+(?:\S+\s+){{0,5}}$", regex.I)
_JOINT_MONTH = regex.compile(rf"\s*(?:en|of|,)\s*(?:{_MONTH})\s+(?P<year>{_YEAR})(?!\d)", regex.I)
_RANGE_GAP = regex.compile(r"^\s*(?:tot\s+en\s+met|t/m|tot|-|–)\s*$", regex.I)
_MONEY_CUE = regex.compile(rf"(?<!\p{{L}})(?:{_alt(P.MONEY_CUES)})", regex.I)
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s+(?:terwijl|tegen|maar|en|waarna|waarbij)\b", regex.I)
_PREV_YEAR_COMPARE = regex.compile(
    rf"^\s*(?:in|over)\s+(?P<year>{_YEAR})\s+(?:waren|was|bedroeg|bedroegen|lag)\s+(?:dit|dat|het\s+aantal)",
    regex.I,
)


@dataclass(slots=True)
class _Period:
    start: int
    end: int
    value: str | None  # None: a month whose year comes from context
    month: int | None = None
    comparison: bool = False  # introduced by "ten opzichte van", "tegen", …


@dataclass(slots=True)
class _Found:
    q: Quantity
    period: str | None = None
    change: str | None = None
    compared_to: Comparison | None = None
    what: str | None = None
    own_period: bool = False
    threshold: bool = False  # a bound in a rule or definition: no period


def find_periods(sentence: str, months: list[tuple[int, int, int]] | None = None) -> list[_Period]:
    """Period expressions in a sentence, names with a year ("Vreemdelingenwet 2000") left out.

    Anchored on years and month names (found with cheap scans), then the words around
    each anchor decide the form: half year, range, month, year.
    """
    out: list[_Period] = []
    taken: list[tuple[int, int]] = []
    for m in _YEAR_RANGE.finditer(sentence):
        taken.append(m.span())
        if not _names_year(sentence, m.start()):  # "NPCE 2023-2030" is a title
            out.append(_Period(m.start(), m.end(), f"{m.group('from')}/{m.group('to')}"))
    for start, end, month in month_names(sentence) if months is None else months:
        if any(a <= start < b for a, b in taken):
            continue
        ym = _MONTH_YEAR.match(sentence, end)
        if ym and (
            _cited(sentence, start) or _DATE_LABEL.search(sentence, max(0, start - 16), start)
        ):
            # "de Kamerbrief van 3 maart 2020", "Datum 22 december 2022": the date of a
            # document, not a period of the figures near it.
            taken.append((start, ym.end()))
            continue
        if ym:
            year = ym.group("year")
            out.append(_Period(start, ym.end(), f"{year}-{month:02d}", month))
            taken.append((start, ym.end()))
            continue
        # "1 mei" without a year is a date in a rule, not the period of a figure,
        # unless a preposition of time stands before it ("in februari").
        if not (start == 0 or _TIME_PREPOSITION.search(sentence, max(0, start - 12), start)):
            continue
        joint = _JOINT_MONTH.match(sentence, end)
        if joint:  # "in april en juli 2019": the year, not one month
            out.append(_Period(start, end, joint.group("year")))
        else:
            out.append(_Period(start, end, None, month))
    for m in _YEAR_AT.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        half = _HALF_BEFORE.search(sentence, max(0, m.start() - 50), m.start())
        if half:
            h = "H1" if half.group("first") else "H2"
            out.append(_Period(half.start(), m.end(), f"{m.group(0)}-{h}"))
            continue
        if _names_year(sentence, m.start()) or _cited(sentence, m.start()):
            continue
        out.append(_Period(m.start(), m.end(), m.group(0)))
    out.sort(key=lambda p: p.start)
    for p in out:
        if _COMPARED_BEFORE.search(sentence, max(0, p.start - 60), p.start):
            p.comparison = True
    return _merge_ranges(sentence, out)


def _cited(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is that of a cited document or parliamentary event."""
    return bool(
        _CITED_BEFORE.search(sentence, max(0, start - 60), start)
        or _CITED_EVENT_BEFORE.search(sentence, max(0, start - 80), start)
    )


def _names_year(sentence: str, start: int) -> bool:
    """Whether the year at ``start`` is part of a name or title ("Vreemdelingenwet 2000")."""
    w = _WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if not w:
        return False
    word = w.group(1)
    low = word.lower()
    return low not in _PREPOSITIONS and (word[0].isupper() or low.endswith(P.YEAR_NAME_SUFFIXES))


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


def _merge_ranges(sentence: str, periods: list[_Period]) -> list[_Period]:
    """ "november 2018 tot en met december 2019" -> one period "2018-11/2019-12"."""
    merged: list[_Period] = []
    for p in periods:
        if (
            merged
            and merged[-1].value
            and p.value
            and _RANGE_GAP.match(sentence[merged[-1].end : p.start])
        ):
            first = merged[-1]
            merged[-1] = _Period(
                first.start, p.end, f"{first.value}/{p.value}", None, first.comparison
            )
        else:
            merged.append(p)
    return merged


def _is_statistic(sentence: str, q: Quantity) -> bool:
    """Whether a quantity is a statistic, not a year, date, duration, age or reference."""
    raw = sentence[q.num_start : q.num_end]
    before = sentence[max(0, q.start - 30) : q.start]
    # A unit borrowed from a range ("50 procent in 2030 en 75 procent") does not make a
    # year a figure: only a unit word of its own does.
    own_unit = q.end > q.num_end or q.start < q.num_start
    if not q.word and (q.unit == "count" or not own_unit) and raw.isdigit() and len(raw) == 4:
        year = int(raw)
        if 1900 <= year <= 2099:
            return False
        if 1800 <= year <= 2199 and _YEAR_PREPOSITION.search(before):
            return False  # "met een doorkijk naar 2100"
    if not q.word and raw.isdigit() and len(raw) >= 5:
        return False  # Dutch writes 10.000: "19637", "2018161" are codes or glued markers
    after = sentence[q.end : q.end + 40]
    if q.unit == "count" or q.unit == "other":
        if _TIME_AFTER.match(after) or _JARIG_AFTER.match(after) or _DATE_AFTER.match(after):
            return False
    if _REFERENCE_BEFORE.search(before):
        return False
    if q.unit == "count" and _AGE_BEFORE.search(before):
        return False  # "boven de 18"; "boven de 3.000 voet" is a height
    if (
        q.word
        and q.unit == "count"
        and q.value <= 10
        and _KIND_WITH_BEFORE.search(sentence, max(0, q.start - 60), q.start)
    ):
        return False  # "de naftalenen met twee aromatische verbindingen" describes a kind
    if not q.word and q.unit == "count":
        if not sentence[: q.start].strip() and _LIST_NUMBER_AFTER.match(after):
            return False  # list numbering "1. …", "2) …", "3: …"
        if q.value < 30 and _ENUMERATOR.match(sentence, max(0, q.start - 1)):
            return False  # "(1) de mondiale klimaatopgave als (2) de nationale …"
        if _LONE_NUMBER_END.match(after) and len(sentence[: q.start].split()) < 4:
            return False  # a numbered heading or list label: "Voldoende water 1."
        if _POSTCODE_AFTER.match(after):
            return False  # "2500 EX Den Haag", and the house number before it
    return True


def _is_threshold(sentence: str, q: Quantity) -> bool:
    """ "boven 3.000 voet", "tot 97%", "de zwavelnorm … op 0,3%": a bound, not a measurement.

    "tot" after a change verb or another figure ("gestegen tot 3.710", "van 20 tot 30")
    gives a measured value or a range, not a bound.
    """
    start = q.start
    if q.approx:
        hedge = _HEDGE_BEFORE.search(sentence, max(0, start - 24), start)
        start = hedge.start() if hedge else start
    before = sentence[max(0, start - 80) : start]
    bound = _BOUND_BEFORE.search(before)
    if bound:
        if bound.group("tot") is None:
            return q.unit != "count"  # "boven de 18" is an age, handled as such
        clause = _CLAUSE_BREAK.split(before[: bound.start()])[-1]
        particle = _WORD_BEFORE.search(before, 0, bound.start())
        if particle and particle.group(1).lower() in P.CHANGE_PARTICLES:
            return False
        return not (_DIGIT.search(clause) or _CHANGE_VERB.search(clause))
    return bool(_NORM_BEFORE.search(before))


def _pick_period(
    sentence: str, q: Quantity, periods: list[_Period], markers: list[int]
) -> _Period | None:
    """The period a figure refers to, by the rules in the module docstring."""
    for p in periods:
        if p.start >= q.end:
            gap = sentence[q.end : p.start]
            if (
                len(gap.split()) <= 4
                and not regex.search(r"[,;:()]", gap)
                and not _COMPARE.search(gap)
                and not regex.search(r"(?<!\p{L})(?:naar|tot|dan|en)(?!\p{L})", gap, regex.I)
            ):
                return p
            break
    before = [p for p in periods if p.end <= q.start]
    for p in reversed(before):
        if not any(p.end <= m < q.start for m in markers) and not _CLAUSE_BREAK.search(
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


def _noun_phrase_after(sentence: str, pos: int, limit: int = 4) -> str | None:
    words: list[str] = []
    while len(words) < limit:
        m = _TOKEN.match(sentence, pos)
        if not m:
            break
        word = m.group(1)
        if not words and word.lower() in P.NP_SKIP_FIRST:
            pos = m.end()  # "5.500 meer eerste asielaanvragen"
            continue
        if words and _VERB_FORM.match(word):
            break  # "relocaties plaatsgevonden", "statushouders instromen"
        if word.lower() in P.NP_STOP_WORDS:
            if word.lower() in ("voor", "van") and words and len(words) < 3:
                nxt = _TOKEN.match(sentence, m.end())
                if nxt and nxt.group(1).lower() in ("een", "de"):
                    # "aanvragen voor een reguliere verblijfsvergunning"
                    head = _TOKEN.match(sentence, nxt.end())
                    if head and head.group(1).lower() not in P.NP_STOP_WORDS:
                        words += [word, nxt.group(1)]
                        pos = nxt.end()
                        limit += 2
                        continue
                if nxt and nxt.group(1).lower() not in P.NP_STOP_WORDS:
                    words.append(word)
                    pos = m.end()
                    continue
            break
        words.append(word)
        pos = m.end()
    while words and words[-1].lower() in ("voor", "van"):
        words.pop()
    return " ".join(words) or None


def _subject(sentence: str, q: Quantity) -> str | None:
    """The subject of the clause when the figure is its predicate.

    "De aanvragen van arbeidsmigranten zijn met zo'n 25 procent gestegen tot 3.710",
    "Het budget bedroeg 40 miljoen", "Nareizigers vormden in 2019 slechts 13,8 procent
    van …": the noun phrase before the finite verb that opens the sentence. The subject
    must open with an article (or, before a share verb, be a bare plural), and a copula
    counts only with a change participle ("zijn … gestegen"), so that "Het streven is
    60%" or "This expectation is higher" name nothing.
    """
    m = _SUBJECT_VERB.match(sentence)
    if not m or m.end() > q.start:
        return None
    verb = m.group(0).split()[-1].lower()
    share = verb in P.SHARE_VERBS
    words = m.group("np").split()
    if words[0].lower() in P.SUBJECT_DETERMINERS:
        words = words[1:]
    elif words[0].lower() in P.NP_STOP_WORDS or words[0].lower() in P.SENTENCE_ADVERBS:
        # "In 2018 vormden nareizigers nog 21,3 procent": the subject follows the verb
        return _noun_phrase_after(sentence, m.end()) if share else None
    elif not (share and len(words) == 1):
        return None
    if not words or len(words) > 6 or words[0].lower() in ("aantal", "totaal", "totale"):
        return None  # "Het aantal X": the count-of rule names X
    if verb in P.COPULAS and not _CHANGE_PARTICIPLE.search(sentence, m.end()):
        return None
    return " ".join(words)


def _what(sentence: str, q: Quantity) -> str | None:
    if q.unit == "percent" and _SHARE_VERB.match(sentence):
        subject = _subject(sentence, q)  # "Nareizigers vormden 13,8 procent van …"
        if subject:
            return subject
    if q.unit == "percent":
        cat = _PAREN_CATEGORY.search(sentence, max(0, q.start - 40), q.start)
        if cat and regex.match(r"^\s*\)", sentence[q.end :]):
            return cat.group(1)
        of = _PERCENT_OF.match(sentence, q.end)
        if of:
            return _noun_phrase_after(sentence, of.end())
        noun = _PERCENT_NOUN.match(sentence, q.end)  # "55 procent uitstootreductie"
        if noun and noun.group(1).lower() not in P.NP_STOP_WORDS:
            return noun.group(1)
    elif q.unit in ("count", "fte"):
        np = _noun_phrase_after(sentence, q.end)
        if np is None and q.unit == "count":
            of = _PERCENT_OF.match(sentence, q.end)  # "87 van de in totaal 227 taalscholen"
            np = _noun_phrase_after(sentence, of.end()) if of else None
        if np and q.unit == "count":
            return np
    count_of = None
    for m in _COUNT_OF.finditer(sentence, 0, q.start):
        count_of = m
    if count_of:
        return _noun_phrase_after(sentence, count_of.start(1) - 1, 3)
    if q.unit == "eur":
        purpose = _MONEY_FOR.match(sentence, q.end)  # "40 miljoen euro voor de opvang"
        if purpose:
            return _noun_phrase_after(sentence, purpose.end())
    return _subject(sentence, q)


def _change(sentence: str, q: Quantity) -> str | None:
    before = sentence[max(0, q.start - 60) : q.start]
    if _INCREASE_BEFORE.search(before):
        return "increase"
    if _DECREASE_BEFORE.search(before):
        return "decrease"
    after = sentence[q.end : q.end + 40]
    if _MET_BEFORE.search(before) or q.unit == "percent":
        if _INCREASE_VERB_AFTER.match(after):
            return "increase"
        if _DECREASE_VERB_AFTER.match(after):
            return "decrease"
    if _MORE_AFTER.match(after):
        return "increase" if after.split()[0].lower() == "meer" else "decrease"
    return None


class _Context:
    """The period stated most recently in the current section (boxes are their own frame)."""

    def __init__(self) -> None:
        self.frame: tuple[str | None, bool] | None = None
        self.period: str | None = None
        self.year: str | None = None
        self.para_periods: list[str] = []

    def enter(self, section: str | None, box: bool) -> None:
        self.para_periods = []
        if (section, box) != self.frame:
            self.frame, self.period, self.year = (section, box), None, None

    def note(self, period: str) -> None:
        self.period = period
        self.year = period[:4]
        self.para_periods.append(period)


def _resolve(p: _Period, ctx_year: str | None) -> str | None:
    if p.value is not None:
        return p.value
    return f"{ctx_year}-{p.month:02d}" if ctx_year else None


def sentence_statistics(
    sentence: str,
    ctx: _Context,
    report_year: int | None = None,
    word_starts: list[int] | None = None,
    months: list[tuple[int, int, int]] | None = None,
) -> list[_Found]:
    """The statistics of one sentence; updates the context period."""
    quantities = [q for q in find_quantities(sentence, word_starts) if _is_statistic(sentence, q)]
    periods = find_periods(sentence, months)
    if report_year and quantities and not periods:
        # "In Nederland staan op dit moment ruim 12.000 mensen …": the time of writing,
        # the report's own year.
        now = _NOW.search(sentence)
        if now:
            periods = [_Period(now.start(), now.end(), str(report_year))]
    main = next((p for p in periods if not p.comparison and p.value), None)
    if main is None:
        main = next((p for p in periods if not p.comparison), None)
    sentence_year = main.value[:4] if main and main.value else ctx.year
    if not quantities:
        if main is not None and not _INTENT.search(sentence):
            value = _resolve(main, sentence_year)
            if value:
                ctx.note(value)
        return []
    markers = [m.start() for m in _COMPARE.finditer(sentence)]
    purpose = _PURPOSE_CLAUSE.search(sentence) if " om " in sentence else None
    found: list[_Found] = []
    for q in quantities:
        f = _Found(q)
        if _is_threshold(sentence, q) or (
            found and found[-1].threshold and _RESTATED.match(sentence[found[-1].q.end : q.start])
        ):
            # "boven 3.000 voet (ongeveer 1 kilometer)", "tot 97%": a bound in a rule or a
            # definition, measured at no time.
            f.threshold = f.own_period = True
            f.change = _change(sentence, q)
            f.what = _what(sentence, q)
            found.append(f)
            continue
        candidates = periods
        if purpose and purpose.start() < q.start:
            # "heeft besloten om … te reduceren van 500.000 naar 440.000": the clause states
            # what is intended; only a period inside it belongs to its figures.
            candidates = [p for p in periods if p.start > purpose.start()]
        p = _pick_period(sentence, q, candidates, markers)
        if p is not None:
            f.period = _resolve(p, sentence_year or ctx.year)
            f.own_period = True
        elif candidates is not periods:
            f.own_period = True
        else:
            f.period = ctx.period
        if q.unit == "count" and q.value >= 1_000_000 and _bare_amount(sentence, q):
            q.unit = "eur"
        f.change = _change(sentence, q)
        f.what = _what(sentence, q)
        found.append(f)

    # "van 30.370 naar 29.430": the later figure is compared with the earlier one.
    for a, b in zip(found, found[1:], strict=False):
        if _FROM_BEFORE.search(sentence, max(0, a.q.start - 30), a.q.start) and _TO_BETWEEN.match(
            sentence[a.q.end : b.q.start]
        ):
            if (
                a.period
                and a.period == b.period
                and not _stated_right_after(sentence, a.q, periods)
            ):
                # In a yearly report "in 2019 gedaald van X naar Y" compares with the year
                # before; elsewhere the period of Y says nothing about X.
                if report_year and a.period == str(report_year):
                    a.period = str(report_year - 1)
                else:
                    a.period = None
            b.compared_to = Comparison(value=a.q.value, period=a.period)
            if a.what is None:
                a.what = b.what
    # "…, tegen 26.080 in 2018", "terwijl dat er in 2018 30.380 waren", "ten opzichte van …".
    for m in markers:
        target = next((f for f in reversed(found) if f.q.end <= m), None)
        base = next((f for f in found if f.q.start >= m), None)
        if target and base and target.compared_to is None and base is not target:
            target.compared_to = Comparison(value=base.q.value, period=base.period)
            if base.what is None and base.q.unit == target.q.unit:
                base.what = target.what
    if (main is not None or found[0].own_period) and _INTENT.search(sentence):
        pass  # a plan or target ("Het streven was om … in 2022"): its date frames no count
    elif main is not None:
        value = _resolve(main, sentence_year)
        if value:
            ctx.note(value)
    elif found[0].own_period and found[0].period:
        ctx.note(found[0].period)
    return found


def _bare_amount(sentence: str, q: Quantity) -> bool:
    """ "40 miljoen beschikbaar": a scaled figure with no noun after it, in money talk."""
    if _noun_phrase_after(sentence, q.end) is not None:
        return False
    return bool(_MONEY_CUE.search(sentence))


def _stated_right_after(sentence: str, q: Quantity, periods: list[_Period]) -> bool:
    return any(p.start >= q.end and p.start - q.end < 25 for p in periods)


def extract_statistics(doc: Document, citations: list[Citation] | None = None) -> list[Statistic]:
    """Every statistic in the body paragraphs, in document order, ids "s1", "s2", …

    Without ``citations`` the records name their footnotes only (the pipeline links
    the citations afterwards).
    """
    cites = citations_by_footnote(citations or [])
    ctx = _Context()
    out: list[Statistic] = []
    for para in doc.paragraphs:
        if para.kind == "subheading":
            ctx.frame = None  # a heading opens a new topic: no period carries past it
        if para.kind not in STAT_KINDS:
            continue
        ctx.enter(para.section, para.kind == "box")
        rows: list[tuple[_Found, int, str, list[int], list[str]]] = []
        pending: list[_Found] = []
        text = para.text
        # Anchors found once per paragraph; a sentence with none has nothing to report.
        word_starts = word_number_starts(text)
        months = month_names(text)
        if not word_starts and not months and not _DIGIT.search(text):
            continue
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            ws = [w - start for w in word_starts if start <= w < end]
            ms = [(a - start, b - start, m) for a, b, m in months if start <= a < end]
            if not ws and not ms and not _DIGIT.search(text, start, end):
                continue
            seen_before = bool(ctx.para_periods)
            found = sentence_statistics(sentence, ctx, doc.source.year, ws, ms)
            if not found:
                continue
            notes, ids = span_links(para, start, end, cites)
            _compare_with_previous(sentence, found, rows)
            for f in found:
                if (
                    f.what is None
                    and rows
                    and (
                        f.change
                        or _ANAPHOR_START.match(sentence)
                        or _BARE_COUNT.search(sentence, 0, f.q.start)
                    )
                ):
                    # "Dit is een stijging van 21 procent", "Daarvan zijn er 702.180 …",
                    # "In februari daalde het aantal echter tot 1.658"
                    f.what = rows[-1][0].what
                if not f.own_period and not seen_before:
                    pending.append(f)
                rows.append((f, start, sentence, notes, ids))
        # A paragraph that opens with a figure and states its period a sentence later.
        if pending and ctx.para_periods:
            for f in pending:
                f.period = ctx.para_periods[0]
        for f, at, sentence, notes, ids in rows:
            out.append(_record(f, len(out) + 1, at, sentence, para, notes, ids))
    return out


def _compare_with_previous(
    sentence: str, found: list[_Found], rows: list[tuple[_Found, int, str, list[int], list[str]]]
) -> None:
    """ "… 1.152 Syrische vluchtelingen hervestigd. In 2018 waren dit er 704." """
    prev_year = _PREV_YEAR_COMPARE.match(sentence)
    if not (prev_year and len(found) == 1 and rows):
        return
    previous = rows[-1][0]
    if previous.compared_to is None and previous.q.unit == found[0].q.unit:
        previous.compared_to = Comparison(value=found[0].q.value, period=prev_year.group("year"))
        found[0].what = found[0].what or previous.what


def _record(
    f: _Found, n: int, at: int, sentence: str, para: Para, notes: list[int], ids: list[str]
) -> Statistic:
    """The record of figure ``f`` found in the sentence starting at ``para.text[at]``."""
    return Statistic(
        id=f"s{n}",
        value=f.q.value,
        value_text=f.q.text,
        unit=f.q.unit,
        what=f.what,
        period=f.period,
        approx=f.q.approx,
        change=f.change,
        compared_to=f.compared_to,
        sentence=sentence,
        section=para.section,
        page=para.page,
        footnotes=notes,
        citations=ids,
        provenance=provenance(para, at + f.q.start, at + f.q.end),
    )
