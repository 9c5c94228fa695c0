"""Dutch number grammar as data: digit formats, number words, scale and unit words.

The code in :mod:`emnextract.extractors.numbers` compiles these into one pass over the
text; keeping them here lets another year's report (or another language variant)
change the vocabulary without touching the matcher.
"""

from __future__ import annotations

# Digits as Dutch reports write them. Thousands use a dot ("29.435", "1.000.000"),
# decimals a comma ("23,6"). A dot followed by one or two digits is only a decimal
# when a percent or scale word follows ("10.7 procent", "1.5 miljoen"); otherwise the
# token is a section or paragraph number ("4.3.2") and is no quantity at all.
DIGIT_NUMBER = r"""
    (?<![\p{L}\d.,/\-–])                       # not glued to a word, number, path or code
    (?P<int>\d{1,3}(?:\.\d{3})+(?!\.\d)|\d+)   # 29.435 | 1.000.000 | 724 | 2019
    (?:(?P<dec_sep>[,.])(?P<dec>\d+))?         # ,6 or .7 (the dot variant is checked in code)
    (?![\p{L}\d]|[.,/]\d|-\d|\.\p{L})          # not 1e, 4.3.2, 2012/267, 2018-2019, C.1
"""

# A range written with a dash, "2-4 Mton", "10–15 procent": both bounds are figures. Only
# read as a range when a unit or scale word follows the second bound (the unit words are
# added in code), so "2018-2019", "4-3" and "18-30 jaar" (an age range) are no range here.
DASH_RANGE = r"""
    (?<![\p{L}\d.,/\-–])
    (?P<first>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s?[-–]\s?(?P<second>\d{1,3}(?:\.\d{3})*(?:,\d+)?)
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
PERCENT_WORDS = ("procentpunten", "procentpunt", "procent", "%")
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
