"""Hostile and broken input: every reader returns records or nothing, never an exception.

Two general rules are tested here. The citation parser reads the parts of a
parliamentary paper in any order and spelling and always moves on; and digits are
read as values only when they are ASCII and of a sensible length (the grammars write
``[0-9]``, and ``emnextract.digits.to_int`` is the one conversion). Then hypothesis
runs the readers and the whole extraction on arbitrary text and on text mixing
Dutch date, number and citation fragments with unicode digits, long digit runs and
nested parentheses.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import emnextract
from emnextract import digits
from emnextract.document import Document, Note, Para
from emnextract.errors import EmnError
from emnextract.extractors.citation_parser import parse_citations
from emnextract.extractors.dates import find_dates, parse_date
from emnextract.extractors.measures import measure_dates
from emnextract.extractors.numbers import find_quantities
from emnextract.model import Report, Source
from emnextract.patterns import citations as PC
from emnextract.patterns import courts as PCO
from emnextract.patterns import dates as PD
from emnextract.patterns import measure_roles as PM
from emnextract.patterns import numbers as PN
from emnextract.patterns import sentences as PSE
from emnextract.patterns import statistics as PS
from emnextract.patterns.grammar import Pattern
from emnextract.pipeline import Pipeline

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


# ---------------------------------------------------------------- properties
FRAGMENTS = [
    "Kamerstukken",
    "Kamerstukken  II",
    "Kamerstukken, II,",
    "Kst.",
    "TK",
    "EK",
    "Handelingen II",
    "Aanhangsel Handelingen",
    "Ah. TK",
    "2018/19",
    "2018-2019",
    "35000",
    "34 775-VI",
    "nr.",
    "nrs. 431 en 437",
    "p. 5",
    "item 3",
    "(MvT)",
    "Stb.",
    "Stcrt. 2019,",
    "ABRvS",
    "Rb. Den Haag",
    "HR",
    "ECLI:NL:RVS:2019:",
    "C-34/09",
    "Verordening (EU) nr.",
    "604/2013",
    "CELEX:32013R0604",
    "https://www.ind.nl/",
    "geraadpleegd op",
    "Deze informatie is aangeleverd door de IND op",
    "per 1 juli",
    "2019",
    "5 juni",
    "05-06-2019",
    "31-02-2019",
    "Q3",
    "eerste kwartaal van",
    "zomer van",
    "studiejaar 2020-21",
    "1.000.000",
    "23,6 procent",
    "10.7 %",
    "€ 1,5 miljoen",
    "ruim twaalfduizend",
    "2-4 Mton",
    "tot en met",
    "à",
    "Ibid.",
    "[1]",
    "1",
    "\n\n",
    "\n1 ",
    ", ",
    ". ",
    "(",
    ")",
    "((((",
    "))))",
    "‘",
    "’",
    ODD_DIGIT,
    "²",
    "١٢",
    "7" * 40,
    LONG_RUN,
    "1." * 50,
]
hostile = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(max_size=5),
        st.integers(min_value=0, max_value=10**12).map(str),
        st.integers(min_value=1, max_value=40).map(lambda n: "(" * n + "x" + ")" * n),
    ),
    max_size=30,
).flatmap(lambda parts: st.sampled_from([" ", "", ", "]).map(lambda sep: sep.join(parts)))
any_text = st.one_of(st.text(), hostile)

# No example database: the tests leave nothing behind in the working tree.
PROPERTY = settings(max_examples=300, deadline=None, database=None)


@PROPERTY
@given(any_text)
def test_parse_citations_never_raises(text):
    for f in parse_citations(text):
        assert 0 <= f.start <= f.end <= len(text)


@PROPERTY
@given(any_text)
def test_find_dates_never_raises(text):
    for d in find_dates(text, context_year=2019):
        assert 0 <= d.start <= d.core_start <= d.end <= len(text)
        assert d.text == text[d.start : d.end]


@PROPERTY
@given(any_text)
def test_find_quantities_never_raises(text):
    for q in find_quantities(text):
        assert 0 <= q.start <= q.num_start <= q.num_end <= q.end <= len(text)
        assert q.text == text[q.start : q.end]


@PROPERTY
@given(any_text)
def test_measure_dates_never_raises(text):
    for (s, e), d, _role in measure_dates(text, context_year=2019, now="2020"):
        assert 0 <= s <= d.start <= d.end <= e <= len(text)


def _provenance_inside(report: Report) -> None:
    """Every record's provenance names a paragraph or footnote and lies within its text,
    and a record's own characters (``raw`` of a citation that is no Ibid. copy,
    ``date_text``, ``value_text``) are exactly the text at its offsets."""
    paragraphs = {p.id: p.text for p in report.paragraphs}
    footnotes = {n.id: n.text for n in report.footnotes}
    for rec in [*report.citations, *report.measures, *report.statistics]:
        prov = rec.provenance
        if prov is None:
            continue
        units = paragraphs if prov.within == "paragraph" else footnotes
        assert prov.id in units, prov
        assert 0 <= prov.start <= prov.end <= len(units[prov.id]), (prov, units[prov.id])
        own = getattr(rec, "raw", None) or getattr(rec, "date_text", None)
        own = own or getattr(rec, "value_text", None)
        if getattr(rec, "ibid_of", None) is None:
            assert units[prov.id][prov.start : prov.end] == own, (own, prov)


@PROPERTY
@given(st.lists(any_text, min_size=1, max_size=4), st.lists(any_text, max_size=3))
def test_pipeline_never_raises_and_provenance_is_inside(paragraphs, notes):
    """The extraction stages on paragraphs and footnotes of any text, past any reader."""
    doc = Document(
        source=Source(path="<hostile>", sha256="0" * 64, kind="text"),
        paragraphs=[Para(text=t, section="1") for t in paragraphs],
        footnotes=[Note(number=i, text=t) for i, t in enumerate(notes, start=1)],
    )
    _provenance_inside(Pipeline().run(doc, year=2019))


@PROPERTY
@given(any_text)
def test_extract_text_never_raises_and_provenance_is_inside(text):
    if not text.strip():  # a blank input is refused with the user-facing error, by design
        with pytest.raises(EmnError, match="is empty"):
            emnextract.extract_text(text, year=2019)
        return
    _provenance_inside(emnextract.extract_text(text, year=2019))
