"""Score dated measures against the hand-made gold (tests/gold/measures_reference.json).

Detection is scored on (section, date) pairs as multisets, so two records for the
same date in one section count twice. Role accuracy is taken over the matched
pairs: within each (section, date) key, gold and predicted roles are paired so as
to agree as often as possible.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import Score, score_keys

GOLD_FILE = "measures_reference.json"


@dataclass(frozen=True)
class MeasureScore:
    detection: Score
    role_correct: int
    role_matched: int

    @property
    def role_accuracy(self) -> float:
        return self.role_correct / self.role_matched if self.role_matched else 1.0


def load_gold(gold_dir: str | Path) -> list[dict]:
    with open(Path(gold_dir) / GOLD_FILE, encoding="utf-8") as f:
        return json.load(f)["measures"]


def score_measures(gold: list[dict], predicted: list[dict]) -> MeasureScore:
    """Detection P/R on (section, date) and role accuracy on the matched pairs."""
    key = lambda m: (m["section"], m["date"])  # noqa: E731
    detection = score_keys(map(key, gold), map(key, predicted))
    gold_roles: dict[tuple, Counter] = {}
    pred_roles: dict[tuple, Counter] = {}
    for m in gold:
        gold_roles.setdefault(key(m), Counter())[m["role"]] += 1
    for m in predicted:
        pred_roles.setdefault(key(m), Counter())[m["role"]] += 1
    correct = matched = 0
    for k, g in gold_roles.items():
        p = pred_roles.get(k)
        if not p:
            continue
        matched += min(sum(g.values()), sum(p.values()))
        correct += sum((g & p).values())
    return MeasureScore(detection, correct, matched)


def differences(gold: list[dict], predicted: list[dict]) -> tuple[list, list]:
    """(missed gold keys, spurious predicted keys), for reading the errors."""
    g = Counter((m["section"], m["date"]) for m in gold)
    p = Counter((m["section"], m["date"]) for m in predicted)
    return sorted((g - p).elements(), key=str), sorted((p - g).elements(), key=str)


def evaluate(report, gold_dir) -> list[str]:
    gold = load_gold(gold_dir)
    predicted = [m.model_dump() for m in report.measures]
    s = score_measures(gold, predicted)
    missed, spurious = differences(gold, predicted)
    return [
        f"measures (section, date): {s.detection}",
        f"role accuracy on matched: {s.role_accuracy:.3f} ({s.role_correct}/{s.role_matched})",
        f"missed: {missed[:12]}{' …' if len(missed) > 12 else ''}",
        f"spurious: {spurious[:12]}{' …' if len(spurious) > 12 else ''}",
    ]
