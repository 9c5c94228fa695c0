"""Hostile and broken input: every reader returns records or nothing, never an exception.

The citation parser reads the parts of a parliamentary paper in any order and spelling
and always moves on; and digits are read as values only when they are ASCII and of a
sensible length (the grammars write ``[0-9]``, and ``extractors.digits.to_int`` is the
one conversion).
"""

from __future__ import annotations

import regex

from emnextract.extractors import digits
from emnextract.extractors.citation_parser import parse_citations
from emnextract.extractors.dates import find_dates, parse_date
from emnextract.extractors.numbers import find_quantities
from emnextract.patterns import citations as PC
from emnextract.patterns import courts as PCO
from emnextract.patterns import dates as PD
from emnextract.patterns import measure_roles as PM
from emnextract.patterns import numbers as PN
from emnextract.patterns import sentences as PSE
from emnextract.patterns import statistics as PS
from emnextract.patterns.grammar import Pattern

# A digit regex's \d accepts but int() (an older Unicode) may not: U+116D0.
ODD_DIGIT = "\U000116d0"
LONG_RUN = "7" * 5000


# ---------------------------------------------------------------- parliamentary papers
def _kamerstuk(text: str):
    found = [f for f in parse_citations(text) if f.kind == "kamerstuk"]
    assert len(found) == 1, [(f.kind, f.raw) for f in parse_citations(text)]
    return found[0]


def test_chamber_after_a_comma_is_read():
    f = _kamerstuk("Kamerstukken, II, 2018/19, 35000, nr. 5")
    assert f.canonical == "kst-35000-5"
    assert f.fields.chamber == "II"
    assert f.fields.session == "2018-2019"
    assert f.raw == "Kamerstukken, II, 2018/19, 35000, nr. 5"


def test_chamber_after_two_spaces_is_read():
    f = _kamerstuk("Zie Kamerstukken  II 2018-2019, 34 775, nr. 12 over de wet.")
    assert f.canonical == "kst-34775-12"
    assert f.fields.chamber == "II"
    assert f.fields.session == "2018-2019"


def test_chamber_spelled_out_is_read():
    f = _kamerstuk("Kamerstukken, Eerste Kamer, 2019/20, 35271, nr. B")
    assert f.canonical == "kst-35271-B"
    assert f.fields.chamber == "I"


def test_chamber_alone_is_no_citation():
    assert parse_citations("Kamerstukken, II") == []
    assert parse_citations("Kamerstukken  II, en verder niets.") == []


def test_handelingen_with_chamber_apart():
    (f,) = parse_citations("Handelingen, II, 2019/20, nr. 45, item 3")
    assert f.kind == "handelingen"
    assert f.fields.chamber == "II"
    assert f.canonical == "h-tk-20192020-45-3"


# ---------------------------------------------------------------- digits
def test_to_int_accepts_only_ascii_digits_of_sensible_length():
    assert digits.to_int("2019") == 2019
    assert digits.to_int("007") == 7
    assert digits.to_int(ODD_DIGIT) is None
    assert digits.to_int("²") is None  # "²".isdigit() is True, int("²") fails
    assert digits.to_int("١٢") is None
    assert digits.to_int(LONG_RUN) is None
    assert digits.to_int("") is None
    assert digits.to_int("12a") is None


def test_numbers_skip_odd_digits_and_long_runs():
    text = f"Er waren {ODD_DIGIT}{ODD_DIGIT} en {LONG_RUN} aanvragen, en 12,5 procent."
    found = find_quantities(text)
    assert [(q.text, q.value) for q in found] == [("12,5 procent", 12.5)]


def test_numbers_keep_ordinary_figures_next_to_hostile_ones():
    found = find_quantities(f"1{'.000' * 2000} mensen, ruim 3,5 miljoen euro")
    assert [(q.value, q.unit, q.approx) for q in found] == [(3_500_000, "eur", True)]


def test_dates_skip_odd_digits():
    text = f"per 1 juli 20{ODD_DIGIT}9 en op {ODD_DIGIT}5 mei 2020, sinds {LONG_RUN}, op 3-4-2021"
    found = find_dates(text)
    assert [(d.text, d.date) for d in found] == [
        ("per 1 juli", None),
        ("mei 2020", "2020-05"),  # a day glued to an odd digit is no day
        ("op 3-4-2021", "2021-04-03"),
    ]


def test_parse_date_refuses_superscripts_and_long_runs():
    assert parse_date("²-²-²⁰¹⁹") is None
    assert parse_date(f"05-06-{LONG_RUN}") is None
    assert parse_date("05.06.2019") == ("2019-06-05", "day")


def test_court_dates_with_odd_digits():
    # the odd digit cuts the date short: a garbled date, reported, and the ECLI still read
    f, e = parse_citations(f"Rb. Den Haag 5-6-20{ODD_DIGIT}9, ECLI:NL:RBDHA:2019:1234")
    assert (f.kind, f.fields.court, f.fields.date) == ("case_law", "Rb. Den Haag", None)
    assert f.fields.date_text == "5-6-20"
    assert f.malformed
    assert e.fields.ecli == "ECLI:NL:RBDHA:2019:1234"
    (g,) = parse_citations("ABRvS 5 juni 2019, 201808923/1/V3")
    assert g.fields.date == "2019-06-05"


def test_grammars_write_ascii_digits():
    """Where the grammar reads a value, a digit is [0-9]: no pattern in these modules uses \\d."""
    modules = (PC, PCO, PD, PN, PS, PM, PSE)
    patterns = [p for mod in modules for p in vars(mod).values() if isinstance(p, Pattern)]
    assert len(patterns) > 50
    offending = [p.name for p in patterns if regex.search(r"(?<!\\)(?:\\\\)*\\[dD]", p.source)]
    assert offending == []
