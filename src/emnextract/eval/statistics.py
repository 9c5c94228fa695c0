"""The statistic matcher.

Gold (``kind: statistics``) lists every statistic with its scope (``section``, ``page``
or ``case``), ``value``, ``unit`` and ``period``; ``alt_values`` name other readings of
the same figure that count as the same value (``2-4 Mton`` read as 2000000). Predictions
are paired on (scope, value rounded to 6 decimals); within one key, pairs that agree on
unit and period come first. Fields: ``unit``, ``period``.
"""

from __future__ import annotations

from typing import Any

from .match import score_placed
from .result import KindResult


def value_key(value: float | int) -> float:
    return round(float(value), 6)


def match_statistics(statistics: list[Any], gold: dict[str, Any], document: str = "") -> KindResult:
    """Score statistic records (model.Statistic or anything with the same attributes)."""
    scope = gold.get("scope", "section")
    aliases: dict[tuple[Any, float], float] = {}
    for g in gold["statistics"]:
        for alt in g.get("alt_values", []):
            aliases[(g.get(scope), value_key(alt))] = value_key(g["value"])

    def pred_value(s: Any) -> float:
        value = value_key(s.value)
        return aliases.get((getattr(s, scope, None), value), value)

    def show_gold(g: dict[str, Any]) -> str:
        text = (g.get("quote") or g.get("value_text") or "")[:80]
        return f"{g['value']} {g['unit']} period {g.get('period')} {text!r}"

    return score_placed(
        "statistics",
        document,
        gold,
        statistics,
        lambda g: value_key(g["value"]),
        pred_value,
        {
            "unit": lambda g, s: g["unit"] == s.unit,
            "period": lambda g, s: g.get("period") == s.period,
        },
        show_gold,
        lambda s: f"{s.value} {s.unit} period {s.period} {getattr(s, 'value_text', '')!r}",
    )
