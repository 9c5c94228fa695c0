"""The measure (dated policy measure) matcher.

Gold (``kind: measures``) lists every measure date with its scope (``section`` or
``page``, as the gold file's ``scope`` says; ``case`` in the dev set), ``date``,
``precision`` and ``role``. Predictions are paired on (scope, date) as multisets; within
one key, pairs that agree on role and precision come first. Fields: ``role``,
``precision``. Gold items flagged ``minor`` drop out of the core figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .match import score
from .result import KindResult

GOLD_FILE = "measures_reference.json"


def match_measures(measures: list[Any], gold: dict[str, Any], document: str = "") -> KindResult:
    """Score measure records (model.Measure or anything with the same attributes)."""
    scope = gold.get("scope", "section")

    def where(x: Any) -> str:
        value = x.get(scope) if isinstance(x, dict) else getattr(x, scope, None)
        return "" if scope == "document" else f"{scope} {value} "

    def show_gold(g: dict[str, Any]) -> str:
        return f"{where(g)}{g['date']} {g['role']} {g.get('date_text')!r}"

    def show_pred(m: Any) -> str:
        return f"{where(m)}{m.date} {m.role} {getattr(m, 'date_text', '')!r}"

    return score(
        "measures",
        document,
        gold["measures"],
        measures,
        lambda g: (g.get(scope), g["date"]),
        lambda m: (getattr(m, scope, None), m.date),
        {
            "role": lambda g, m: g["role"] == m.role,
            "precision": lambda g, m: g["precision"] == m.precision,
        },
        show_gold,
        show_pred,
        minor=lambda g: bool(g.get("minor")),
    )


# ---------------------------------------------------------------- the earlier API


@dataclass(frozen=True)
class MeasureScore:
    """Detection and role figures on the reference gold (``score_measures``)."""

    detection: KindResult
    role_correct: int
    role_matched: int

    @property
    def role_accuracy(self) -> float:
        return self.role_correct / self.role_matched if self.role_matched else 1.0


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """The measures of the reference gold file in ``gold_dir``."""
    with open(Path(gold_dir) / GOLD_FILE, encoding="utf-8") as f:
        items: list[dict[str, Any]] = json.load(f)["measures"]
    return items


def score_measures(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> MeasureScore:
    """Detection P/R on (section, date) and role accuracy of dict records."""
    from types import SimpleNamespace

    preds = [SimpleNamespace(**{**m, "date_text": m.get("date_text", "")}) for m in predicted]
    result = match_measures(preds, {"scope": "section", "measures": gold})
    right, total = result.fields["role"]
    return MeasureScore(result, right, total)
