"""Dutch date vocabulary as data: months, seasons, year parts, prepositions.

The date grammar (``CORE``, ``PREFIX``, ``ANCHOR`` at the end of this module) is built
from these tables, so a new spelling (another abbreviation, another preposition) is
added here, not in code. It is the one date grammar: ``extractors/dates.py`` normalises
its matches to dates, and the statistics extractor derives its periods from the same
matches, so a form learned once is read by both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .grammar import pattern, words

if TYPE_CHECKING:
    from ..model import DateModifier, DatePrecision

# Full month names: safe to recognise on their own ("in juli").
MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations: only recognised after a day number ("1 jan. 2020"), because on
# their own several are ordinary words or names ("Jan", "mar").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# A season maps to its first month (meteorological seasons).
SEASONS: dict[str, int] = {
    "voorjaar": 3,
    "lente": 3,
    "zomer": 6,
    "najaar": 9,
    "herfst": 9,
    "winter": 12,
}

# Ordinals naming a half or quarter of a year.
ORDINALS: dict[str, int] = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "laatste": 4,  # "het laatste kwartaal"; for halves it is mapped to 2
}
LAST_ORDINAL = "laatste"  # the second half in "de laatste zes maanden"

# Year-part nouns -> precision.
YEAR_PARTS: dict[str, DatePrecision] = {
    "kwartaal": "quarter",
    "helft": "half",
    "halfjaar": "half",
    "half jaar": "half",
    "zes maanden": "half",  # "de eerste zes maanden van 2019"
    "jaarhelft": "half",
}

# Nouns that make "NOUN 2020-2021" an academic (school) year.
ACADEMIC_YEAR_WORDS: tuple[str, ...] = (
    "studiejaar",
    "schooljaar",
    "collegejaar",
    "academisch jaar",
    "academiejaar",
)
ACADEMIC_YEAR_START_MONTH = 9

# Words that narrow a period without changing its precision ("eind 2019").
MODIFIERS: tuple[str, ...] = (
    "begin",
    "eind",
    "einde",
    "medio",
    "midden",
    "halverwege",
    "half",
    "vanaf",  # "vanaf begin"
)

# The part of the period a modifier picks out (as TimeML/HeidelTime do); the unit stays
# the one it modifies ("eind december 2019" is month December, end).
MODIFIER_KINDS: dict[str, DateModifier] = {
    "begin": "start",
    "eind": "end",
    "einde": "end",
    "medio": "mid",
    "midden": "mid",
    "halverwege": "mid",
}

# Prepositions that may open a date expression; kept in the span, since they
# carry the meaning ("per 1 mei" vs "tot en met 1 mei"). Longest first.
PREPOSITIONS: tuple[str, ...] = (
    "met ingang van",
    "m.i.v.",
    "m.i.v",
    "met terugwerkende kracht tot",
    "tot en met",
    "t/m",
    "tot uiterlijk",
    "uiterlijk op",
    "uiterlijk in",
    "uiterlijk",
    "vanaf",
    "sinds",
    "per",
    "op",
    "in",
    "tot",
    "vóór",
    "voor",
    "na",
    "rond",
    "omstreeks",
    "gedurende",
    "tijdens",
    "over",
    "tussen",
    "van",
    "tegen",
    "later in",
    "eerder in",
    "aan",  # "aan het einde van 2020"
)

# Prepositions that mark a bare year as a point in time rather than a name
# ("sinds 2018" is a date; "Vreemdelingenbesluit 2000" is a name).
YEAR_ANCHORS: frozenset[str] = frozenset(PREPOSITIONS) - {"met terugwerkende kracht tot", "aan"}

# Prepositions that open the second end of a range ("van 1 maart tot en met 30 juni
# 2020"): the first end takes its year from the second.
RANGE_END_PREPOSITIONS: frozenset[str] = frozenset({"tot en met", "t/m", "tot"})
# Prepositions that open the first end of such a range ("van", "tussen ... en").
RANGE_START_PREPOSITIONS: frozenset[str] = frozenset({"van", "tussen"})

# Weekdays, written between the preposition and a day date ("Op dinsdag 3 november").
WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

# Articles allowed between preposition and the date ("in de zomer", "het eerste kwartaal").
ARTICLES: tuple[str, ...] = ("de", "het")


# ---------------------------------------------------------------------------------------
# The date grammar, compiled from the tables above. ``extractors/dates.py`` normalises
# its matches; the statistics extractor derives its periods from the same matches.
# ---------------------------------------------------------------------------------------

# Years the grammar reads: 1900-2099.
YEAR_CENTURIES: tuple[str, ...] = ("19", "20")
YEAR = rf"(?:{'|'.join(YEAR_CENTURIES)})[0-9][0-9]"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_MONTH_FULL = words(MONTHS)
_MONTH_ABBR = words(MONTH_ABBREVIATIONS)
# Simple case folding (VERSION0): the date words have no letters that fold to several.
_FLAGS = regex.IGNORECASE | regex.VERBOSE

# Group names, read by the extractors: acad/ay1/ay2 (academic year), nd/nm/ny (numeric
# date), dd/dd2/dmf/dma/dy (day and month, a day range), pord/ppart/py (half or quarter),
# q/qy (Q3 2020), season/sy, mm/my (month; mab/my for 'sept. 2021'), yy/yy2/yy3 (year, a year range).
# The branches in their order (the first that matches is taken); the last reads a year.
_CORE_BRANCHES: tuple[str, ...] = (
    rf"""(?P<acad>{words(ACADEMIC_YEAR_WORDS)})\s+(?P<ay1>{YEAR})\s*[-–/]\s*(?P<ay2>(?:19|20)?[0-9][0-9])(?![0-9])""",
    rf"""(?<![0-9.,/-])(?P<nd>{DAY})(?P<nsep>[-/])(?P<nm>0?[1-9]|1[0-2])(?P=nsep)(?P<ny>{YEAR})(?![0-9])""",
    rf"""(?<![0-9.,/-])(?P<dd>{DAY})
    (?:\s*(?:[-–]|t/m|tot\s+en\s+met|tot|en)\s*(?P<dd2>{DAY}))?\s+(?:(?P<dmf>{_MONTH_FULL})|(?P<dma>{_MONTH_ABBR})\b\.?)(?!\p{{L}})
    (?:\s+(?P<dy>{YEAR})(?![0-9]|[.,][0-9]))?""",
    rf"""(?P<pord>{words(ORDINALS)})\s+(?P<ppart>{words(YEAR_PARTS)})\b
    (?:\s+(?:van\s+)?(?:(?:het\s+jaar|dit\s+jaar)\s+)?(?P<py>{YEAR})(?![0-9]))?""",
    rf"""Q(?P<q>[1-4])\s+(?P<qy>{YEAR})(?![0-9])""",
    rf"""(?P<season>{words(SEASONS)})\b(?!-)(?:\s+(?:van\s+)?(?P<sy>{YEAR})(?![0-9]|[.,][0-9]))?""",
    rf"""(?:(?P<mm>{_MONTH_FULL})\b|(?P<mab>{_MONTH_ABBR})\.(?=\s+(?:van\s+)?{YEAR}))
    (?:\s+(?:van\s+)?(?P<my>{YEAR})(?![0-9]|[.,][0-9]))?""",
    rf"""(?<![0-9.,/€-])(?P<yy>{YEAR})
    (?:\s*[-–/]\s*(?P<yy2>(?:19|20)[0-9][0-9]|[0-9][0-9])|\s+(?:tot(?:\s+en\s+met)?|t/m)\s+(?P<yy3>{YEAR}))?
    (?![0-9]|[.,][0-9])""",
)
_CORE = "\n| ".join(_CORE_BRANCHES)

CORE = pattern(
    "date.core",
    rf"(?<![\p{{L}}0-9])(?:{_CORE})",
    examples=[
        "3 februari 2021",
        "eerste zes maanden van 2021",
        "12 t/m 14 okt. 2022",
        "28-2-2021",
        "schooljaar 2021/22",
        "tweede kwartaal van 2022",
        "eerste helft",
        "Q2 2021",
        "najaar 2020",
        "september van 2018",
        "sept. 2021",
        "2016 tot en met 2020",
        "2017–18",
        ("sinds het voorjaar van 2021 is", "voorjaar van 2021"),
    ],
    counter_examples=["€2020", "versie 3.2019", "apr", "zomerse", "dec. en"],
    flags=_FLAGS,
    doc="The date proper, tried where an anchor word or number starts.",
)
# At a run of four digits only the last branch can match: every other opens with a word
# (an ordinal written in digits is one digit and letters: "3e"), or with a day of one or
# two digits followed by a separator or white space. CORE_YEAR is CORE with those never
# tried, its groups those of CORE (the extractors read a match of either by number).
CORE_YEAR = pattern(
    "date.core-year",
    r"(?<![\p{L}0-9])(?:"
    + "\n| ".join(
        branch if i == len(_CORE_BRANCHES) - 1 else f"(?!){branch}"
        for i, branch in enumerate(_CORE_BRANCHES)
    )
    + ")",
    examples=["2021", "2016 tot en met 2020", "2017–18", ("in 2019.", "2019")],
    counter_examples=["3 februari", "28-2", "Q2", "najaar", "2019,5", "20190"],
    flags=_FLAGS,
    doc="CORE at a run of four digits (the year branch alone tried).",
)
PREFIX = pattern(
    "date.prefix",
    rf"(?:(?P<prep>{words(PREPOSITIONS)})\s+)?"
    rf"(?:(?P<art>{words(ARTICLES)})\s+)?"
    rf"(?:(?P<mod>{words(MODIFIERS)})\s+(?:van\s+)?(?:(?:{words(ARTICLES)})\s+)?)?"
    rf"(?:(?P<weekday>{words(WEEKDAYS)})\s+)?",
    examples=[
        "met ingang van ",
        "tot en met het einde van de ",
        "vanaf begin ",
        "in de ",
        "Op dinsdag ",
    ],
    flags=_FLAGS,
    doc="The words before a date that belong to the expression (matched in full).",
)
ANCHOR = pattern(
    "date.anchor",
    r"\b(?:[0-9]+|Q[1-4]|(?:"
    + words([*MONTHS, *MONTH_ABBREVIATIONS, *SEASONS, *ORDINALS, *ACADEMIC_YEAR_WORDS])
    + r")\b)",
    examples=[("per 1 juli", "1"), ("in het najaar", "najaar"), ("Q4", "Q4")],
    counter_examples=["de zomerse dagen", "het Julianakanaal"],
    flags=regex.IGNORECASE,
    doc="Where a date can start: scanning for these is several times faster than the grammar.",
)
# Every word anchor starts with one of these (the anchor words, less those another one
# is the start of; "q" for Q3): found with plain substring search, then confirmed with
# ANCHOR, which is faster than scanning the text with ANCHOR. Numbers: DATE_NUMBER.
_ANCHOR_WORDS = {
    w.lower()
    for w in (*MONTHS, *MONTH_ABBREVIATIONS, *SEASONS, *ORDINALS, *ACADEMIC_YEAR_WORDS, "q")
    if not w[0].isdigit()
}
ANCHOR_STEMS: tuple[str, ...] = tuple(
    sorted(w for w in _ANCHOR_WORDS if not any(w != v and w.startswith(v) for v in _ANCHOR_WORDS))
)
# An ordinal written as a word ("eerste", "derde") starts a date only before a year part
# ("het derde kwartaal"): it is found from the year part, whose words are much rarer
# (ORDINAL_BEFORE, read back from it), so the text is not searched for the ordinals
# (words of the commonest letters, "eerste", "tweede", read in most sentences).
ORDINAL_WORDS: tuple[str, ...] = tuple(o for o in ORDINALS if not o[0].isdigit())
_YEAR_PART_WORDS = {part.split()[0].lower() for part in YEAR_PARTS}
YEAR_PART_STEMS: tuple[str, ...] = tuple(
    sorted(
        w for w in _YEAR_PART_WORDS if not any(w != v and w.startswith(v) for v in _YEAR_PART_WORDS)
    )
)
# The stems searched for: the anchors' but the ordinals', and the year parts'.
SEARCHED_STEMS: tuple[str, ...] = tuple(
    sorted({*(s for s in ANCHOR_STEMS if s not in ORDINAL_WORDS), *YEAR_PART_STEMS})
)
if (
    any(s != t and t.startswith(s) for s in SEARCHED_STEMS for t in SEARCHED_STEMS)
    or not all(
        any(w.startswith(s) for s in SEARCHED_STEMS) for w in _ANCHOR_WORDS - set(ORDINAL_WORDS)
    )
    or not set(ORDINAL_WORDS) <= set(ANCHOR_STEMS)
    or set(YEAR_PART_STEMS) & set(ANCHOR_STEMS)
):
    # a stem found must tell which it is (a year part is read as one alone, never as an
    # anchor of its own), and every anchor word but the ordinals (each a stem of its own)
    # must start with one
    raise ImportError("patterns.dates: the date stems searched for overlap")
# The stems grouped by the letter they open with (the months "maart", "mei", "mrt" ...
# under "m"): one search of the lower-cased text per group (grammar.literals) runs as fast
# as a search for one stem, so the text is read once per opening letter, not per stem.
ANCHOR_STEM_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (first, tuple(s for s in SEARCHED_STEMS if s[0] == first))
    for first in sorted({s[0] for s in SEARCHED_STEMS})
)
ORDINAL_BEFORE = pattern(
    "date.ordinal-before",
    rf"(?r)(?:{words(ORDINAL_WORDS)})\s+",
    examples=["eerste ", ("het derde\n", "derde\n"), ("de laatste  ", "laatste  ")],
    counter_examples=["derde", "3e ", "eerste-"],
    doc="An ordinal word and the white space after it, matched back from the year part "
    "that follows (a lower-cased text: the date words in lower case).",
)
DATE_NUMBER = pattern(
    "date.number",
    r"[0-9](?<=\b[0-9])(?:[0-9]?|"
    + "|".join(rf"(?<={c[0]}){c[1:]}[0-9][0-9]" for c in YEAR_CENTURIES)
    + ")(?![0-9])",
    examples=[("op 12 mei", "12"), "2021", ("3e", "3"), ("ca. 2019.", "2019"), ("1960s", "1960")],
    counter_examples=["a12", "123", "_5", "3019", "x2020", "201", "20456"],
    doc="Where a date may start at a number: a run of digits that starts a word, of one "
    "or two digits (a day, '3e') or of four starting 19 or 20 (a year): CORE matches at no "
    "other run (its branches read a day of one or two digits before a separator or white "
    "space, a year of four digits before no digit, or an ordinal '3e'). Opening with the "
    "digit, the search runs to the next digit as fast as a search for digits alone.",
)
LAST_WORD = pattern(
    "date.last-word",
    r"(?r)\S+",
    examples=["van", ("in het  ", "het"), ("  per ", "per")],
    counter_examples=[" "],
    doc="A word (a run of characters other than white space), searched from the end of a "
    "text: the words before a date, last first, up to the first that no prefix holds.",
)
COORDINATION = pattern(
    "date.coordination",
    r"\s*(?:,|en|of|tot\s+en\s+met|t/m|tot|[-–])\s*",
    examples=[" en ", ", ", " tot en met "],
    counter_examples=[" maar "],
    flags=regex.IGNORECASE,
    doc="What joins two dates that share a year ('maart en oktober 2020').",
)
LIST_GAP = pattern(
    "date.list-gap",
    r"\s*(?:,|en|of)\s*",
    examples=[" en ", ", "],
    counter_examples=[" t/m "],
    flags=regex.IGNORECASE,
    doc="What joins a bare year to an anchored one ('voor 2030 en 2050').",
)
# A prefix can only end in one of these words: a cheap test before the grammar.
PREFIX_LAST_WORDS = frozenset(
    w.split()[-1].lower() for w in (*PREPOSITIONS, *ARTICLES, *MODIFIERS, *WEEKDAYS, "van")
)
# ... only start with one of these, and hold no word but these (PREFIX_WORDS): words
# the grammar reads between white space, so a word elsewhere (in ASCII, ignoring case;
# a word with a letter beyond ASCII is left to the grammar) rules a start out.
PREFIX_FIRST_WORDS = frozenset(
    w.split()[0].lower() for w in (*PREPOSITIONS, *ARTICLES, *MODIFIERS, *WEEKDAYS)
)
PREFIX_WORDS = frozenset(
    t.lower() for w in (*PREPOSITIONS, *ARTICLES, *MODIFIERS, *WEEKDAYS, "van") for t in w.split()
)
RELATIVE_YEAR = pattern(
    "date.relative-year",
    r"\s*(?:a\.s\.|aanstaande|j\.l\.|jl\.|jongstleden)(?!\p{L})",
    examples=[(" a.s.", " a.s."), " jongstleden", " jl."],
    counter_examples=[" as", " jaar"],
    flags=regex.IGNORECASE,
    doc="After a date without its year: the coming or last such day, a year that cannot be told.",
)
TUSSEN_GAP = pattern(
    "date.tussen-gap",
    r"\s+en\s+",
    examples=[" en "],
    counter_examples=[" of "],
    flags=regex.IGNORECASE,
    doc="What joins the two years of 'tussen 2015 en 2020', a span of years.",
)
SPACES = pattern("date.spaces", r"\s+", examples=[" ", "\n  "], counter_examples=["-"])
