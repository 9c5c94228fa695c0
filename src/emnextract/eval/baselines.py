"""Baselines measured on the same gold: what a general tool finds without this project's rules.

- dates: ``dateparser.search_dates(text, languages=["nl"])`` over every body paragraph,
  each hit read at the precision its text shows (a day number, a month name, a year);
- numbers: the plain regex ``\\d+(?:[.,]\\d+)*`` over the same paragraphs, read the Dutch
  way (dots group thousands, a comma is the decimal sign).

They are scored with the measure and statistic matchers on the detection key only
(scope and date, scope and value); they predict no role, precision, unit or period.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ..patterns.evaluation import BASELINE_DAY, BASELINE_MONTH, BASELINE_NUMBER, BASELINE_YEAR
from .measures import match_measures
from .result import KindResult
from .statistics import match_statistics

DATEPARSER = "baseline: dateparser"
NUMBER_REGEX = "baseline: number regex"
BODY_KINDS = ("body", "list_item")
NUMBER = BASELINE_NUMBER


def dateparser_available() -> bool:
    try:
        import dateparser  # noqa: F401
    except ImportError:
        return False
    return True


def _body(report: Any) -> list[Any]:
    return [p for p in report.paragraphs if p.kind in BODY_KINDS]


def _strip_fields(result: KindResult, label: str) -> KindResult:
    result.kind = label
    result.fields = {}
    result.mismatches = []
    return result


def date_precision(text: str) -> str:
    """'day', 'month' or 'year', from what the matched text spells out."""
    rest = BASELINE_YEAR.sub("", text)
    if BASELINE_DAY.search(rest):
        return "day"
    return "month" if BASELINE_MONTH.search(rest) else "year"


def dateparser_dates(report: Any) -> list[Any]:
    """Date hits of dateparser in the body paragraphs, as measure-like records."""
    from dateparser.search import search_dates

    found = []
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    for p in _body(report):
        hits = search_dates(p.text, languages=["nl"], settings=settings) or []
        for text, when in hits:
            precision = date_precision(text)
            iso = when.date().isoformat()
            date = {"year": iso[:4], "month": iso[:7], "day": iso}[precision]
            found.append(
                SimpleNamespace(
                    section=p.section, page=p.page, date=date, precision=precision,
                    role=None, date_text=text,
                )
            )  # fmt: skip
    return found


def number_value(text: str) -> float | int:
    """A regex hit read the Dutch way: '9.750' is 9750, '23,5' is 23.5."""
    value = float(text.replace(".", "").replace(",", "."))
    return int(value) if value.is_integer() else value


def regex_numbers(report: Any) -> list[Any]:
    """Every digit run of the body paragraphs, as statistic-like records."""
    return [
        SimpleNamespace(
            section=p.section, page=p.page, value=number_value(m.group()), unit=None,
            period=None, value_text=m.group(),
        )
        for p in _body(report)
        for m in NUMBER.finditer(p.text)
    ]  # fmt: skip


def baseline_dates(report: Any, gold: dict[str, Any], document: str = "") -> KindResult | None:
    """dateparser scored against a measures gold; None when dateparser is not installed."""
    if not dateparser_available():
        return None
    return _strip_fields(match_measures(dateparser_dates(report), gold, document), DATEPARSER)


def baseline_numbers(report: Any, gold: dict[str, Any], document: str = "") -> KindResult:
    """The plain number regex scored against a statistics gold."""
    return _strip_fields(match_statistics(regex_numbers(report), gold, document), NUMBER_REGEX)
