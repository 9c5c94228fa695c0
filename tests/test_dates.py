"""The Dutch date grammar: each expression the reports use, and numbers that are not dates."""

import pytest

from emnextract.extractors.dates import find_dates


def one(text, context_year=None):
    found = find_dates(text, context_year=context_year)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, span, date, precision",
    [
        ("is per 1 mei 2019 afgeschaft", "per 1 mei 2019", "2019-05-01", "day"),
        (
            "met ingang van 1 januari 2019 geldt",
            "met ingang van 1 januari 2019",
            "2019-01-01",
            "day",
        ),
        ("vanaf 1 december 2019 kunnen", "vanaf 1 december 2019", "2019-12-01", "day"),
        ("sinds juli 2019 is", "sinds juli 2019", "2019-07", "month"),
        ("Op 28 juni 2019 is de regeling gewijzigd", "Op 28 juni 2019", "2019-06-28", "day"),
        ("loopt tot en met 31 mei 2019.", "tot en met 31 mei 2019", "2019-05-31", "day"),
        ("moet uiterlijk 1 april 2020 klaar zijn", "uiterlijk 1 april 2020", "2020-04-01", "day"),
        ("wordt medio 2020 verwacht", "medio 2020", "2020", "year"),
        ("is eind 2019 besloten", "eind 2019", "2019", "year"),
        ("Begin 2019 hebben de partijen", "Begin 2019", "2019", "year"),
        ("start in de zomer van 2020", "in de zomer van 2020", "2020-06", "season"),
        ("in de tweede helft van 2019 gestart", "in de tweede helft van 2019", "2019-07", "half"),
        (
            "vanaf het studiejaar 2020-2021 geldt",
            "vanaf het studiejaar 2020-2021",
            "2020-09",
            "academic_year",
        ),
        ("geraadpleegd op 30-4-2020.", "op 30-4-2020", "2020-04-30", "day"),
        ("treedt op 01-07-2021 in werking", "op 01-07-2021", "2021-07-01", "day"),
        ("per 1 jan. 2020 geldt", "per 1 jan. 2020", "2020-01-01", "day"),
        ("in Q3 2020 gepland", "in Q3 2020", "2020-07", "quarter"),
        ("in het najaar van 2019", "in het najaar van 2019", "2019-09", "season"),
        ("in de maand januari van 2019 lager", "januari van 2019", "2019-01", "month"),
    ],
)
def test_expressions(text, span, date, precision):
    d = one(text)
    assert (d.text, d.date, d.precision, d.inferred) == (span, date, precision, False)


def test_date_split_over_a_line_break_is_one_span():
    d = one("werd de regeling per\n 1 oktober 2019 aangepast")
    assert d.date == "2019-10-01" and d.text.startswith("per") and d.prep == "per"


def test_day_month_takes_the_nearest_preceding_year_and_is_marked_inferred():
    found = find_dates("In 2019 is besloten dat per 1 november een nieuwe regeling geldt.", 2018)
    assert [(d.date, d.inferred) for d in found] == [("2019", False), ("2019-11-01", True)]


def test_context_year_is_the_fallback():
    d = one("Het eerste kwartaal verliep rustig.", context_year=2020)
    assert (d.date, d.precision, d.inferred) == ("2020-01", "quarter", True)


def test_a_year_inside_a_name_does_not_set_the_context():
    found = find_dates("Op grond van het Vreemdelingenbesluit 2000 geldt per 1 juni een eis.", 2019)
    assert found[0].anchored is False
    assert found[1].date == "2019-06-01" and found[1].inferred


def test_coordinated_month_takes_the_year_of_its_partner():
    found = find_dates("begon de IND in maart en oktober 2019 met het verzenden")
    assert [d.date for d in found] == ["2019-03", "2019-10"]


def test_without_any_year_the_span_is_found_but_not_normalised():
    d = one("per 1 november gaat het in")
    assert d.date is None and d.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "op grond van artikel 3.1 van de wet",
        "er waren 2.700 aanvragen",
        "binnen 12 weken",
        "jongeren van 18 tot en met 30 jaar",
        "een bedrag van 29.435 euro",
        "zie paragraaf 5.2.2",
        "een zomerregeling",
        "de zomer- en winterroosters",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, context_year=2019) == []


def test_invalid_calendar_date_is_rejected():
    assert find_dates("op 31-02-2019") == []


def test_day_range_starts_on_its_first_day_and_keeps_its_end():
    d = one("van 1 tot en met 5 juli 2019 gesloten")
    assert (d.text, d.date, d.end_date) == (
        "van 1 tot en met 5 juli 2019",
        "2019-07-01",
        "2019-07-05",
    )


def test_year_range_keeps_its_end():
    d = one("in de periode 2015-2019")
    assert (d.date, d.end_date, d.precision) == ("2015", "2019", "year")


def test_first_and_second_half_of_a_year():
    text = (
        "De concentratieberekeningen worden in de eerste helft van 2023 door het NLR "
        "uitgevoerd en in de tweede helft van 2023 aan de Kamer gestuurd."
    )
    assert [(d.text, d.date, d.precision) for d in find_dates(text)] == [
        ("in de eerste helft van 2023", "2023-01", "half"),
        ("in de tweede helft van 2023", "2023-07", "half"),
    ]


def test_a_bare_year_listed_after_an_anchored_one_shares_its_anchor():
    text = "Ambities voor 2030 en 2050 helpen de stap te zetten naar een circulaire economie."
    assert [(d.date, d.anchored) for d in find_dates(text)] == [("2030", True), ("2050", True)]
    named = find_dates("Het Vreemdelingenbesluit 2000 en de Vreemdelingenwet 2000 gelden.")
    assert [d.anchored for d in named] == [False, False]
