"""Scoring against hand-made gold: shared counting, one module per concern."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    true_pos: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.true_pos} gold={self.gold} pred={self.predicted})"
        )


def score_keys(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Score:
    """Precision/recall of two multisets of keys (each key counts as often as it occurs)."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return Score(tp, sum(g.values()), sum(p.values()))
