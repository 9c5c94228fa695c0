"""Dutch number grammar as data: digit formats, number words, scale and unit words.

They are compiled here, at the end of this module, into named patterns with worked
examples that :mod:`emnextract.extractors.numbers` runs; keeping them here lets another
year's report (or another language variant) change the vocabulary without touching
the matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .grammar import pattern, words

# Digits as Dutch reports write them. Thousands use a dot ("29.435", "1.000.000"),
# decimals a comma ("23,6"). A dot followed by one or two digits is only a decimal
# when a percent or scale word follows ("10.7 procent", "1.5 miljoen"); otherwise the
# token is a section or paragraph number ("4.3.2") and is no quantity at all.
DIGIT_NUMBER = r"""
    (?<![\p{L}0-9.,/:\-–])                      # not glued to a word, number, path or code
    (?P<int>[0-9]{1,3}(?:\.[0-9]{3})+(?!\.[0-9])|[0-9]+)   # 29.435 | 1.000.000 | 724 | 2019
    (?:(?P<dec_sep>[,.])(?P<dec>[0-9]+))?         # ,6 or .7 (the dot variant is checked in code)
    (?![\p{L}0-9]|[.,/][0-9]|-[0-9]|\.\p{L})          # not 1e, 4.3.2, 2012/267, 2018-2019, C.1
"""

# A range written with a dash, "2-4 Mton", "10–15 procent": both bounds are figures. Only
# read as a range when a unit or scale word follows the second bound (the unit words are
# added in code), so "2018-2019", "4-3" and "18-30 jaar" (an age range) are no range here.
DASH_RANGE = r"""
    (?<![\p{L}0-9.,/\-–])
    (?P<first>[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?)\s?[-–]\s?(?P<second>[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?)
    (?=\s*(?:UNITS)(?!\p{L}))
"""

# Basic number words, longest first so that "zeventien" wins over "zeven". Compound
# forms ("twaalfduizend", "vijfendertig", "tweehonderd") are built from these.
UNIT_WORDS = [
    "negentien",
    "achttien",
    "zeventien",
    "zestien",
    "vijftien",
    "veertien",
    "dertien",
    "twaalf",
    "elf",
    "tien",
    "negen",
    "acht",
    "zeven",
    "zes",
    "vijf",
    "vier",
    "drie",
    "twee",
    "één",
    "een",
]
TENS_WORDS = [
    "negentig",
    "tachtig",
    "zeventig",
    "zestig",
    "vijftig",
    "veertig",
    "dertig",
    "twintig",
]
HUNDRED_WORD = "honderd"
THOUSAND_WORD = "duizend"

# Every number word (lone "een"/"één" aside) contains one of these stems; the matcher
# only looks at words that do.
WORD_NUMBER_STEMS = (
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "tig",
    "honderd",
    "duizend",
)

# Bare words that read as a number word but never count anything: "een"/"één" is the
# article (and "één" the emphasised article: "aan één extra partij"), so a lone one
# is not reported; compounds such as "eenentwintig" are.
LONE_WORDS_NOT_NUMBERS = frozenset({"een", "één", "eén"})

# Number words that are also verb forms: "acht" (achten, "Het Hof acht dat ...", "in acht
# nemen", "acht slaan op"). Such a word is a number only where COUNTED_AFTER follows it.
VERB_HOMOGRAPHS = frozenset({"acht"})
# Words after "acht" that make it the verb even though they look like a counted plural.
HOMOGRAPH_IDIOMS = ("slaan", "nemen", "genomen", "termen")
# Words ending in -e that are no attributive adjective before a counted noun.
DETERMINERS = ("de", "die", "deze", "geen", "elke", "alle", "welke", "onze", "mijne")

# "een tiental gevallen": an approximate round figure.
ROUND_FIGURE_WORDS = {"tiental": 10, "twintigtal": 20, "dertigtal": 30, "honderdtal": 100}

# Scale words after a figure multiply it ("134 miljoen", "2,3 miljard", "1,5 mln").
SCALE_WORDS = {
    "duizend": 1_000,
    "miljoen": 1_000_000,
    "mln": 1_000_000,
    "mln.": 1_000_000,
    "miljard": 1_000_000_000,
    "mld": 1_000_000_000,
    "mld.": 1_000_000_000,
    "mrd": 1_000_000_000,
    "mrd.": 1_000_000_000,
}

# Unit words right after the figure (after a scale word, if any).
PERCENT_WORDS = ("procent", "%", "pct.", "pct")
# A difference between two percentages is no percentage: unit ``other``.
POINT_WORDS = ("procentpunten", "procentpunt", "%-punt", "%-punten")
EURO_AFTER = ("euro", "eur")
EURO_BEFORE = ("€", "eur", "euro")
FTE_WORDS = ("fte", "fte's", "voltijdsbanen", "arbeidsplaatsen")
MULTIPLIER_WORDS = ("keer", "maal")
# Physical measures: a figure with one of these is unit "other" (not a count of things).
MEASURE_WORDS = (
    "km",
    "kilometer",
    "kilometers",
    "meter",
    "meters",
    "m",
    "m2",
    "m²",
    "m3",
    "m³",
    "cm",
    "mm",
    "hectare",
    "ha",
    "ton",
    "tonnen",
    "mton",
    "kiloton",
    "kt",
    "kg",
    "kilo",
    "kilogram",
    "gram",
    "liter",
    "liters",
    "voet",
    "mijl",
    "graden",
    "°c",
    "mw",
    "gw",
    "kw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "pj",
    "db",
    "db(a)",
    "ppm",
    "µg",
    "m³/s",
)
# Connectors of a range whose second figure carries the unit: "0,1 tot 2,8 Mton",
# "10 à 15 procent", "tussen de 900 en 1.650 miljoen euro".
# "van 40 naar 20 cm" is a change between two values of the same unit.
RANGE_CONNECTORS = ("tot en met", "tot", "à", "a", "-", "–", "á", "en", "of", "naar")

# Words right before a figure that make it an approximation.
APPROX_BEFORE = (
    "ongeveer",
    "circa",
    "ca.",
    "ca",
    "ruim",
    "zo'n",
    "zo’n",
    "bijna",
    "meer dan",
    "minder dan",
    "rond de",
    "rond",
    "rondom",
    "nagenoeg",
    "vrijwel",
    "pakweg",
    "naar schatting",
    "ongeveer",
    "zowat",
    "ruwweg",
    "tegen de",
    "bij benadering",
    "iets meer dan",
    "iets minder dan",
    "ruim over de",
    "zeker",
    "~",
)


# ---------------------------------------------------------------------------------------
# The compiled number grammar, with worked examples.
# ---------------------------------------------------------------------------------------

_I = regex.IGNORECASE
_V = regex.VERBOSE
# A grammar of what stands right before a figure is REVERSE and ends in white space and
# "$": the extractors ``match`` it at the end of the text before the figure. A reverse
# search tries that place first and could find a match elsewhere only before a final
# newline, which the white space at its end would take in: ``match`` finds what
# ``search`` does in one attempt (tests/test_patterns.py checks every such grammar).
_R = regex.REVERSE
_SMALL = [
    w for w in UNIT_WORDS if w in {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"}
]
_BELOW_100 = (
    rf"(?:(?:{words(_SMALL)}|een|één)(?:en|ën))?(?:{words(TENS_WORDS)})|(?:{words(UNIT_WORDS)})"
)
_BELOW_1000 = rf"(?:(?:{words(_SMALL)})?{HUNDRED_WORD}(?:{_BELOW_100})?|{_BELOW_100})"
_WORD_NUMBER = rf"(?:(?:{_BELOW_1000})?{THOUSAND_WORD}(?:{_BELOW_1000})?|{_BELOW_1000})"

DIGITS = pattern(
    "num.digits",
    DIGIT_NUMBER,
    examples=["31.250", "17,5", "640", ("een groei van 4.7 procent", "4.7")],
    counter_examples=["3.1.2", "2017/312", "B12", "2018-2019", "RVS:2022:1234"],
    flags=_V,
    doc="A figure in digits (whether a dotted decimal counts is decided in code).",
)
DIGIT_RUN = pattern(
    "num.digit-run",
    r"[0-9]+",
    examples=["2019", ("ruim 1.500 mensen", "1")],
    counter_examples=["zestig"],
    doc="A run of digits: num.digits can start only where one starts, so it is tried "
    "there alone (its look-behind makes a scan of every position slow).",
)
DASH_RANGE_AT = pattern(
    "num.dash-range",
    DASH_RANGE.replace(
        "UNITS",
        words(
            (*POINT_WORDS, *PERCENT_WORDS, *EURO_AFTER, *FTE_WORDS, *MEASURE_WORDS, *SCALE_WORDS)
        ),
    ),
    examples=[("tussen 3-5 procent", "3-5"), ("kost 1,5–2 miljoen", "1,5–2")],
    counter_examples=["de jaren 2018-2019", "kinderen van 12-16 jaar"],
    flags=_V | _I,
    doc="A range written with a dash, both bounds figures, when a unit word follows.",
)
DIGIT_DASH = pattern(
    "num.digit-dash",
    r"[0-9]\s?[-–]\s?[0-9]",
    examples=["3-5", ("van 10 – 12", "0 – 1")],
    counter_examples=["3 tot 5"],
    doc="A cheap test for a dash between digits before DASH_RANGE_AT is tried.",
)
BOUND = pattern(
    "num.bound",
    r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:(?P<dec_sep>,)(?P<dec>[0-9]+))?",
    examples=["1.500", "2,25"],
    counter_examples=["procent"],
    doc="One bound of a dash range.",
)
WORD_NUMBER = pattern(
    "num.word-number",
    rf"""(?:(?P<round>{words(ROUND_FIGURE_WORDS)})(?![\p{{L}}])
        |(?P<words>{_WORD_NUMBER})(?![\p{{L}}]|-\p{{L}}))""",
    examples=[
        "zeventien",
        "vijfentachtig",
        "driehonderdtwintig",
        "tiental",
        ("ruim twaalfduizend mensen", "twaalfduizend"),
    ],
    counter_examples=["tweede", "honderden", "zeventig-plus"],
    flags=_V | _I,
    doc="A number written in words, tried only at word starts found by WORD_NUMBER_STEMS.",
)
COUNTED_AFTER = pattern(
    "num.counted-after",
    rf"""\s+(?!(?:{words(HOMOGRAPH_IDIOMS)})(?![\p{{L}}]))
        (?:(?:(?!(?:{words(DETERMINERS)})\s)\p{{L}}+e\s+){{0,2}}\p{{L}}[\p{{L}}\-]*(?:en|ën|s|'s)(?![\p{{L}}])
          |(?:{words((*PERCENT_WORDS, *SCALE_WORDS, "keer", "maal", "jaar"))})(?![\p{{L}}])
          |(?:van|op|uit)\s+(?:de|het|hen|deze|die|[0-9])(?![\p{{L}}])
          |%|[0-9])""",
    examples=[
        " landen",
        " EU-lidstaten",
        " procent",
        (" van de tien", " van de"),
        (" op de tien", " op de"),
        " keer",
        " aanvragen",
        " experimentele pilots",
    ],
    counter_examples=[
        " het",
        " aannemelijk",
        " zich",
        " de",
        " geslaagd",
        ", gelet",
        " slaan",
        " termen",
        " die",
        " op grond",
        " van belang",
    ],
    flags=_V | _I,
    doc="What follows a number word that is also a verb (VERB_HOMOGRAPHS) when it counts: "
    "a plural noun (after up to two attributive adjectives), a unit or a partitive.",
)


def openings(entries: Iterable[str]) -> frozenset[str]:
    """How the entries of a word list begin: each one's first two characters, lower case
    (one for a one-character entry). Where the next word begins otherwise, a grammar of
    that list after white space cannot match, and is not asked (see ``opens_with``)."""
    return frozenset(e[:2].lower() for e in entries)


def opens_with(text: str, pos: int, starts: frozenset[str]) -> bool:
    """Whether the text after the white space at ``pos`` may begin as one of ``starts``
    (from :func:`openings`) does, case-insensitively.

    Every ``\\s`` is a space to ``str.isspace``; a run of 16 or more spaces, or a
    character other than ASCII (which may match a letter case-insensitively and yet
    lower-case to something else: "İ", "ſ"), leaves the question to the grammar.
    """
    return head_opens(opening(text, pos), starts)


def opening(text: str, pos: int) -> str:
    """The first two characters after the white space at ``pos`` (fewer at the end of
    ``text``; none after a run of 18 spaces), as :func:`head_opens` reads them."""
    return text[pos : pos + 18].lstrip()[:2]


def head_opens(head: str, starts: frozenset[str]) -> bool:
    """:func:`opens_with` of a text whose :func:`opening` at the position is ``head``:
    one opening serves every word list asked about the same place."""
    return not head or not head.isascii() or head[:1].lower() in starts or head.lower() in starts


# How SCALE_AFTER and UNIT_AFTER may begin ("extra" may stand before a unit).
SCALE_OPENINGS = openings(SCALE_WORDS)
UNIT_OPENINGS = openings(
    (*POINT_WORDS, *PERCENT_WORDS, *EURO_AFTER, *FTE_WORDS, *MULTIPLIER_WORDS, *MEASURE_WORDS)
) | openings(["extra"])
SCALE_AFTER = pattern(
    "num.scale-after",
    rf"\s*(?P<scale>{words(SCALE_WORDS)})(?![\p{{L}}])",
    examples=[" miljoen", " mld"],
    counter_examples=[" miljoenen"],
    flags=_I,
    doc="A scale word after a figure ('134 miljoen').",
)
UNIT_AFTER = pattern(
    "num.unit-after",
    rf"""\s*(?:extra\s+)?(?:
        (?P<point>{words(POINT_WORDS)})
      | (?P<percent>{words(PERCENT_WORDS)})
      | (?P<eur>{words(EURO_AFTER)})
      | (?P<fte>{words(FTE_WORDS)})
      | (?P<mult>{words(MULTIPLIER_WORDS)})
      | (?P<measure>{words(MEASURE_WORDS)})
    )(?![\p{{L}}])""",
    examples=[" procent", "%", " extra fte", " keer", " pct.", " procentpunt"],
    counter_examples=[" procentueel", " eurocent"],
    flags=_I | _V,
    doc="A unit word after a figure (and its scale word).",
)
EURO_SIGN_BEFORE = pattern(
    "num.euro-before",
    rf"(?:{words(EURO_BEFORE)})\s*$",
    examples=[("kosten van € ", "€ "), ("EUR", "EUR")],
    counter_examples=["€ 5 en "],
    flags=_I,
    doc="A currency sign or word right before a figure.",
)
# The articles HEDGE_BEFORE allows between a hedge and its figure ("rond de 300").
HEDGE_ARTICLES = ("een", "de", "het")
HEDGE_BEFORE = pattern(
    "num.hedge-before",
    rf"(?<![\p{{L}}])(?:{words(APPROX_BEFORE)})\s+(?:(?:{'|'.join(HEDGE_ARTICLES)})\s+)?$",
    examples=[("er waren ruim ", "ruim "), ("in totaal circa ", "circa ")],
    counter_examples=["er waren "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="An approximation word right before a figure.",
)
# How the text before a hedged figure ends once its white space is cut off: with the
# last word of a hedge or an article, in :func:`~.grammar.fold` (case-insensitive as the
# grammar). A text ending otherwise is not asked (a cheap test of most figures).
HEDGE_ENDINGS = tuple(sorted({e.split()[-1].lower() for e in APPROX_BEFORE} | set(HEDGE_ARTICLES)))
HEDGE_AFTER = pattern(
    "num.hedge-after",
    r"\s*(?:\(?ongeveer\)?|à\s+[0-9])",
    examples=[" (ongeveer)", " à 6"],
    counter_examples=["mensen"],
    flags=_I,
    doc="An approximation after a figure.",
)
PERCENT_OR_SCALE_AFTER = pattern(
    "num.percent-or-scale-after",
    rf"\s*(?:{words((*POINT_WORDS, *PERCENT_WORDS))}|{words(SCALE_WORDS)})(?![\p{{L}}])",
    examples=[" procent", " miljard"],
    counter_examples=[" paragraaf"],
    flags=_I,
    doc="What makes '10.7' a decimal rather than a section number.",
)
RANGE_BETWEEN = pattern(
    "num.range-between",
    rf"^\s*(?:{words(RANGE_CONNECTORS)})\s*$",
    examples=[" tot en met ", " à ", "–"],
    counter_examples=[" procent tot "],
    flags=_I,
    doc="What joins two figures into a range whose second carries the unit.",
)

# -- fractions, signs and ranges --------------------------------------------------------

# Fractions in words are ratios ("een derde" 0.333, "de helft" 0.5), unit ``other``.
FRACTION_DENOMINATORS = {
    "derde": 3,
    "kwart": 4,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
}
FRACTION_NUMERATORS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
# Whole fraction words and phrases with their value.
FRACTION_PHRASES = {"de helft": 0.5, "driekwart": 0.75, "drievierde": 0.75, "tweederde": 0.667}
# Every fraction contains one of these: sentences without any are not searched.
FRACTION_STEMS = (
    "helft",
    "kwart",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
)
# "een derde" is also an ordinal ("een derde land", "een derde asielaanvraag"): with the
# numerator one and an ordinal denominator it is a fraction only before "van", a verb or
# the end of a clause ("een derde van de aanvragen", "een derde was minderjarig").
FRACTION_FOLLOWERS = ("van", "daarvan", "hiervan", "waarvan", "deel", "minder", "meer")
FRACTION_VERBS = (
    "is",
    "was",
    "zijn",
    "waren",
    "had",
    "hadden",
    "heeft",
    "hebben",
    "kwam",
    "kwamen",
    "komt",
    "komen",
    "ging",
    "gingen",
    "gaat",
    "betrof",
    "betreft",
    "bestond",
    "bestaat",
    "werd",
    "werden",
    "wordt",
    "worden",
    "vond",
    "vonden",
    "verliet",
    "verlieten",
    "keerde",
    "keerden",
)
# Words after "een kwart" that make it a time ("een kwart eeuw", "kwart over drie").
FRACTION_TIME_AFTER = ("eeuw", "over", "voor", "uur", "jaar")

_ORDINAL_DEN = words([d for d in FRACTION_DENOMINATORS if d != "kwart"])
_NUMERATOR_2_UP = words([n for n, v in FRACTION_NUMERATORS.items() if v > 1])
FRACTION = pattern(
    "num.fraction",
    rf"""(?<![\p{{L}}\-])(?:
        (?P<phrase>{words(FRACTION_PHRASES)})
      | (?P<num>{words(FRACTION_NUMERATORS)})\s+(?P<den>kwart)
      | (?P<num2>{_NUMERATOR_2_UP})\s+(?P<den2>{_ORDINAL_DEN})
      | (?P<one>een|één)\s+(?P<den1>{_ORDINAL_DEN})
        (?=\s*(?:[,.;:)]|$)|\s+(?:{words((*FRACTION_FOLLOWERS, *FRACTION_VERBS))})(?!\p{{L}}))
    )(?![\p{{L}}\-])(?!\s+(?:{words(FRACTION_TIME_AFTER)})(?!\p{{L}}))""",
    examples=[
        ("Een derde van de aanvragen", "Een derde"),
        ("twee derde was volwassen", "twee derde"),
        ("ruim de helft daarvan", "de helft"),
        ("van wie een kwart minderjarig was", "een kwart"),
        "driekwart",
        ("een vijfde, ", "een vijfde"),
    ],
    counter_examples=[
        "een derde land",
        "de tweede helft",
        "een kwart eeuw",
        "een derde asielaanvraag",
    ],
    flags=_V | _I,
    doc="A fraction in words: a ratio with unit other.",
)
PRICE_DASH_AFTER = pattern(
    "num.price-dash-after",
    r",(?:-{1,2}|–|—)(?![0-9\p{L}])",
    examples=[",-", (",– per maand", ",–")],
    counter_examples=[",-3", ",5"],
    doc="The ',-' that closes a round amount of money ('€ 2.000,-').",
)
PLUS_BEFORE = pattern(
    "num.plus-before",
    r"(?<![\p{L}0-9])\+$",
    examples=[("(+", "+"), "+"],
    counter_examples=["a+", "3+"],
    doc="A plus sign right before a figure: a signed change ('+12,4%').",
)
RANGE_HEDGE_BEFORE = pattern(
    "num.range-hedge-before",
    r"(?<!\p{L})tussen\s+(?:de\s+)?$",
    examples=[("stonden tussen de ", "tussen de "), ("tussen ", "tussen ")],
    counter_examples=["tussentijds "],
    flags=_I,
    doc="'tussen (de)' before the first figure of a range: both ends are approximate.",
    anchors=("tussen",),
)
