"""The citation grammar in tables: dates, sessions, dossiers, courts, ECLIs, case numbers, URLs."""

from __future__ import annotations

import pytest

from emnextract.extractors import dates
from emnextract.extractors.citation_parser import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-12-2019", ("2019-12-03", "day")),
        ("03.12.2019", ("2019-12-03", "day")),
        ("3/12/2019", ("2019-12-03", "day")),
        ("28-02- 2020", ("2020-02-28", "day")),
        ("5 juni 2019", ("2019-06-05", "day")),
        ("12 sept. 2019", ("2019-09-12", "day")),
        ("juni 2019", ("2019-06", "month")),
        ("31-02-2019", None),  # no calendar date
        ("5 juni", None),  # no year written
        ("05-122018", None),
        ("5 juni 2019 en 6 juni 2019", None),  # two dates
        ("op 5 juni 2019", None),  # more than the date
    ],
)
def test_dates_parse_date_reads_one_whole_date(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "iso", "problem"),
    [
        ("05-06-2019", "2019-06-05", None),
        ("5.6.2019", "2019-06-05", None),
        ("1 mei 2019", "2019-05-01", None),
        ("5 juni. 2019", "2019-06-05", None),
        ("31 juni 2019", None, "date: '31 juni 2019' is not a calendar date"),
        ("31-13-2019", None, "date: '31-13-2019' is not a calendar date"),
        ("05-06-19", None, "date: year in '05-06-19' is not four digits"),
        ("05-06-2119", None, "date: year in '05-06-2119' is not between 1900 and 2099"),
        (
            "05-122018",
            None,
            "date: '05-122018' is not a valid dd-mm-yyyy date (separator missing or misplaced)",
        ),
    ],
)
def test_citation_dates_and_their_problems(text, iso, problem):
    assert parse_date(text) == (iso, [problem] if problem else [])
