"""The measure (dated policy measure) matcher.

Gold (``kind: measures``) lists every measure date with its scope (``section`` or
``page``, as the gold file's ``scope`` says; ``case`` in the dev set), ``date``,
``precision`` and ``role``. Predictions are paired on (scope, date) as multisets; within
one key, pairs that agree on role and precision come first. Fields: ``role``,
``precision`` and ``modifier`` (begin/medio/eind: ``start``/``mid``/``end``, or null;
scored only where the gold item has the key). Gold items flagged ``minor`` drop out of
the core figures.
"""

from __future__ import annotations

from typing import Any

from .match import score_placed
from .result import KindResult


def match_measures(measures: list[Any], gold: dict[str, Any], document: str = "") -> KindResult:
    """Score measure records (model.Measure or anything with the same attributes)."""
    return score_placed(
        "measures",
        document,
        gold,
        measures,
        lambda g: g["date"],
        lambda m: m.date,
        {
            "role": lambda g, m: g["role"] == m.role,
            "precision": lambda g, m: g["precision"] == m.precision,
            "modifier": lambda g, m: (
                g["modifier"] == getattr(m, "modifier", None) if "modifier" in g else None
            ),
        },
        lambda g: f"{g['date']} {g['role']} {g.get('date_text')!r}",
        lambda m: f"{m.date} {m.role} {getattr(m, 'date_text', '')!r}",
    )
