"""The statistic matcher.

Gold (``kind: statistics``) lists every statistic with its scope (``section``, ``page``
or ``case``), ``value``, ``unit`` and ``period``; ``alt_values`` name other readings of
the same figure that count as the same value (``2-4 Mton`` read as 2000000). Predictions
are paired on (scope, value rounded to 6 decimals); within one key, pairs that agree on
unit and period come first. Fields: ``unit``, ``period``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .match import score as _score
from .result import KindResult

GOLD_FILE = "statistics_reference.json"


def value_key(value: float | int) -> float:
    return round(float(value), 6)


def match_statistics(statistics: list[Any], gold: dict[str, Any], document: str = "") -> KindResult:
    """Score statistic records (model.Statistic or anything with the same attributes)."""
    scope = gold.get("scope", "section")
    items = gold["statistics"]
    aliases: dict[tuple[Any, float], float] = {}
    for g in items:
        for alt in g.get("alt_values", []):
            aliases[(g.get(scope), value_key(alt))] = value_key(g["value"])

    def pred_key(s: Any) -> tuple[Any, float]:
        k = (getattr(s, scope, None), value_key(s.value))
        return (k[0], aliases.get(k, k[1]))

    def where(x: Any) -> str:
        value = x.get(scope) if isinstance(x, dict) else getattr(x, scope, None)
        return "" if scope == "document" else f"{scope} {value} "

    def show_gold(g: dict[str, Any]) -> str:
        text = (g.get("quote") or g.get("value_text") or "")[:80]
        return f"{where(g)}{g['value']} {g['unit']} period {g.get('period')} {text!r}"

    def show_pred(s: Any) -> str:
        return f"{where(s)}{s.value} {s.unit} period {s.period} {getattr(s, 'value_text', '')!r}"

    return _score(
        "statistics",
        document,
        items,
        statistics,
        lambda g: (g.get(scope), value_key(g["value"])),
        pred_key,
        {
            "unit": lambda g, s: g["unit"] == s.unit,
            "period": lambda g, s: g.get("period") == s.period,
        },
        show_gold,
        show_pred,
        minor=lambda g: bool(g.get("minor")),
    )


# ---------------------------------------------------------------- the earlier API


@dataclass(frozen=True)
class StatisticsScore:
    """Detection, unit and period figures on the reference gold (``score``)."""

    detection: KindResult
    matched: int
    unit_correct: int
    period_correct: int
    missed: list[str]
    spurious: list[str]
    wrong_unit: list[str]
    wrong_period: list[str]

    @property
    def unit_accuracy(self) -> float:
        return self.unit_correct / self.matched if self.matched else 1.0

    @property
    def period_accuracy(self) -> float:
        return self.period_correct / self.matched if self.matched else 1.0


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """The statistics of the reference gold file in ``gold_dir``."""
    data = json.loads((Path(gold_dir) / GOLD_FILE).read_text(encoding="utf-8"))
    items: list[dict[str, Any]] = data["statistics"] if isinstance(data, dict) else data
    return items


def score(statistics: list[Any], gold: list[dict[str, Any]]) -> StatisticsScore:
    """Score a Report's ``statistics`` against the reference gold entries."""
    r = match_statistics(statistics, {"scope": "section", "statistics": gold})
    wrong = r.mismatches
    return StatisticsScore(
        r,
        r.tp,
        r.fields["unit"][0],
        r.fields["period"][0],
        r.misses,
        r.false_hits,
        [m for m in wrong if "unit" in m.rsplit("(wrong", 1)[-1]],
        [m for m in wrong if "period" in m.rsplit("(wrong", 1)[-1]],
    )
