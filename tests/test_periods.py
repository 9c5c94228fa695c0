"""Statistic periods are read with the date grammar: one form, learned once, serves both."""

from __future__ import annotations

from pathlib import Path

import pytest

from emnextract.extractors.dates import _anchor_starts, date_cores, find_dates
from emnextract.extractors.statistics import STAT_KINDS, extract_statistics
from emnextract.extractors.statistics.periods import find_periods
from emnextract.patterns import dates as D
from emnextract.pipeline import load_document

REFERENCE = Path(__file__).resolve().parent.parent / "fixtures" / "emn2019-part1.txt"


def values(sentence: str) -> list[str | None]:
    return [p.value for p in find_periods(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2021 kwamen er 400 nareizigers.", ["2021"]),
        ("In juni 2020 waren het er 35.", ["2020-06"]),
        ("Op 14 februari 2022 zaten er 1.800 mensen in de opvang.", ["2022-02"]),
        ("In sept. 2021 waren het er 90.", ["2021-09"]),
        ("In de eerste helft van 2020 vroegen 700 studenten een visum aan.", ["2020-H1"]),
        ("De laatste zes maanden van 2018 telden 120 meldingen.", ["2018-H2"]),
        ("De eerste zes maanden van 2019 telden 80 meldingen.", ["2019-H1"]),
        ("Van 2016 tot en met 2018 kwamen er 3.000.", ["2016/2018"]),
        ("Er verdwenen tussen 2014 en 2017 zo'n 60 kinderen.", ["2014/2017"]),
        ("In het schooljaar 2020-2021 volgden 500 kinderen les.", ["2020/2021"]),
        ("In 2020/21 waren er 30 plaatsen.", ["2020/2021"]),
        ("Van mei 2018 tot en met juni 2019 kwamen er 70.", ["2018-05/2019-06"]),
        ("In het derde kwartaal van 2021 waren het er 12.", ["2021-Q3"]),
        ("Het laatste kwartaal van 2020 telde 95 meldingen.", ["2020-Q4"]),
        ("In Q2 2023 vertrokken 640 mensen.", ["2023-Q2"]),
        ("In de zomer van 2021 kwamen er 40.", ["2021"]),
        ("In februari daalde het aantal tot 1.658.", [None]),
        ("In april en juli 2019 kwamen er 20.", ["2019", "2019-07"]),
    ],
)
def test_period_forms(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De Vreemdelingenwet 2000 regelt dat 30 dagen genoeg zijn.",
        "In de Kamerbrief van 3 maart 2020 staan 12 maatregelen.",
        "Datum 22 december 2022",
        "Op 1 mei moeten 40 gemeenten melden.",
        "De sanctieverordening (2012/267) noemt 15 personen.",
        "Geraadpleegd op 30-4-2020 bij 3 instanties.",
    ],
)
def test_names_cited_dates_and_rules_are_no_period(sentence):
    assert values(sentence) == []


def test_comparison_period_is_marked():
    periods = find_periods("In 2019 kwamen er 500, ten opzichte van 2018 een stijging.")
    assert [(p.value, p.comparison) for p in periods] == [("2019", False), ("2018", True)]


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("in de eerste zes maanden van 2019", "2019-01", "half"),
        ("sinds sept. 2021", "2021-09", "month"),
    ],
)
def test_forms_learned_for_periods_are_dates_too(text, date, precision):
    (d,) = find_dates(text)
    assert (d.date, d.precision) == (date, precision)


def test_a_dated_month_is_the_same_month_for_dates_and_periods():
    sentence = "Sinds maart 2020 en tot 14 oktober 2021 meldden zich 300 mensen."
    months = [d.date[:7] for d in find_dates(sentence) if d.precision in ("month", "day")]
    assert months == ["2020-03", "2021-10"]
    assert values(sentence) == ["2020-03", "2021-10"]


def test_anchor_starts_are_where_the_anchor_pattern_matches():
    text = (
        "In het Voorjaar van 2020, op 3 jan. 2021, in Q3 2022, het 2e kwartaal, "
        "de Junioren en het academisch jaar 2019-2020: 12.500 mensen, 2100 en 19,5 procent."
    )
    expected = [m.start() for m in D.ANCHOR.finditer(text)]
    starts = _anchor_starts(text, 0, len(text))
    # Numbers that cannot start a date (12.500's 500, 2100) are left out; the rest agree.
    assert set(starts) <= set(expected)
    assert [text[i : i + 4] for i in sorted(set(expected) - set(starts))] == ["500 ", "2100"]
    assert [m.group() for m in date_cores(text)] == [
        "Voorjaar van 2020",
        "3 jan. 2021",
        "Q3 2022",
        "2e kwartaal",
        "academisch jaar 2019-2020",
    ]


def test_statistics_read_the_dates_of_all_paragraphs_in_one_pass():
    # The joined pass must give every paragraph the matches it has on its own.
    doc = load_document(REFERENCE)
    texts = [p.text for p in doc.paragraphs if p.kind in STAT_KINDS]
    readings = doc.readings
    readings.read_dates_of(texts)
    for text in texts:
        cores, offset = readings.date_cores(text)
        alone = [(m.start(), m.end()) for m in date_cores(text)]
        assert [(m.start() - offset, m.end() - offset) for m in cores] == alone
    assert extract_statistics(doc)


def test_a_day_on_its_own_is_an_event_and_a_day_bounding_a_span_is_not():
    (p,) = find_periods("Op 2 maart 2021 is het loket in vier steden geopend.")
    assert (p.value, p.event) == ("2021-03", True)
    periods = find_periods("Sinds 1 mei 2020 en tot 30 juni 2021 meldden zich 80 mensen.")
    assert [(p.value, p.event) for p in periods] == [("2020-05", False), ("2021-06", False)]


def test_after_a_year_is_no_period():
    assert values("Na 2022 komen er jaarlijks 15 plaatsen bij.") == []
    assert values("Vanaf 2022 komen er jaarlijks 15 plaatsen bij.") == ["2022"]


def test_a_month_range_takes_the_year_of_its_end():
    assert values("Van februari tot en met april 2023 kwamen er 900.") == ["2023-02/2023-04"]


def test_a_sentence_opening_with_tussen_keeps_its_years():
    assert values("Tussen 2017 en 2019 vertrokken 450 mensen.") == ["2017/2019"]


def test_a_year_inside_an_identifier_is_no_period():
    assert values("De zaak ECLI:NL:RBDHA:2021:5678 betrof 7 verzoekers.") == []
