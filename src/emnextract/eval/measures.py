"""The measure (dated policy measure) matcher.

Gold (``kind: measures``) lists every measure date with its scope (``section`` or
``page``, as the gold file's ``scope`` says; ``case`` in the dev set), ``date``,
``precision`` and ``role``. Predictions are paired on (scope, date) as multisets; within
one key, pairs that agree on role and precision come first. Fields: ``role``,
``precision``. Gold items flagged ``minor`` drop out of the core figures.
"""

from __future__ import annotations

from typing import Any

from .match import score
from .result import KindResult


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
