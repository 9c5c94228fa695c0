"""Scoring against hand-made gold: one package for every evaluation.

- :mod:`.gold`: one gold format per record kind (docs/gold-format.md), loading and checks;
- :mod:`.match` and :mod:`.result`: the pairing procedure and the one result type,
  :class:`KindResult` (tp/fp/fn, P/R/F1, per-field accuracy, misses and false hits);
- one matcher per kind: :mod:`.structure`, :mod:`.citations`, :mod:`.measures`,
  :mod:`.statistics`;
- :mod:`.baselines`: dateparser and a plain number regex on the same gold;
- :mod:`.suites` and :mod:`.devset`: reference, fixtures, realdocs, devset;
- :mod:`.cli`: ``emnextract evaluate``; :mod:`.readme`: the README's accuracy table.
"""

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


from .result import KindResult, pool  # noqa: E402

__all__ = ["KindResult", "Score", "pool", "score_keys"]
