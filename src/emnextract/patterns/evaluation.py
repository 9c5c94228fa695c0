"""Grammar of the evaluation: dev-case footnote lines and the baselines' plain patterns.

The baselines are deliberately naive (a plain number regex; the precision of a date
dateparser found, told from its text), so that the extractors' figures can be read
against what a simple tool gets on the same gold.
"""

from __future__ import annotations

import regex

from .grammar import pattern

DEVSET_NOTE_LINE = pattern(
    "eval.devset_note_line",
    r"(\d{1,4}) (\S.*)",
    examples=["14 Kamerstukken II 2019/20, 19637, nr. 2612.", "3 Ibid."],
    counter_examples=["Kamerstukken II 2019/20"],
    doc="A footnote line of a dev case: number, one space, the note text.",
)

BASELINE_NUMBER = pattern(
    "eval.baseline_number",
    r"\d+(?:[.,]\d+)*",
    examples=["29.435", "23,6", "2019", ("in 2019 waren er 1.234 aanvragen", "2019")],
    doc="The plain number regex of the statistics baseline.",
)

BASELINE_DAY = pattern(
    "eval.baseline_day",
    r"(?<![\d/-])(?:[0-2]?\d|3[01])(?![\d/])",
    examples=["1", "31", ("op 3 mei", "3")],
    counter_examples=["2019/20", "12/3"],
    doc="A day number in the text dateparser matched (its precision is then day).",
)

BASELINE_MONTH = pattern(
    "eval.baseline_month",
    r"jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec",
    examples=["mei", ("in Maart 2020", "Maa")],
    counter_examples=["in 2020"],
    flags=regex.IGNORECASE,
    doc="A month name in the text dateparser matched (its precision is then month).",
)

BASELINE_YEAR = pattern(
    "eval.baseline_year",
    r"\d{4}",
    examples=["2019", ("3 mei 2019", "2019")],
    counter_examples=["3 mei"],
    doc="A year in the text dateparser matched (removed before looking for a day).",
)
