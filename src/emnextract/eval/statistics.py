"""Score extracted statistics against the hand-made gold (tests/gold/statistics_reference.json).

Detection is precision/recall on (section, value) pairs counted as multisets. Unit and
period are scored on matched pairs only: gold and predicted records with the same key are
paired in document order, so a figure that occurs twice in a section pairs first with
first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..model import Report, Statistic
from . import Score, score_keys

GOLD_FILE = "statistics_reference.json"


@dataclass(frozen=True)
class StatisticsScore:
    detection: Score
    matched: int
    unit_correct: int
    period_correct: int
    missed: list[tuple]
    spurious: list[tuple]
    wrong_unit: list[tuple]
    wrong_period: list[tuple]

    @property
    def unit_accuracy(self) -> float:
        return self.unit_correct / self.matched if self.matched else 1.0

    @property
    def period_accuracy(self) -> float:
        return self.period_correct / self.matched if self.matched else 1.0


def _key(section, value) -> tuple:
    return (section, round(float(value), 4))


def load_gold(gold_dir: str | Path) -> list[dict]:
    data = json.loads((Path(gold_dir) / GOLD_FILE).read_text(encoding="utf-8"))
    return data["statistics"] if isinstance(data, dict) else data


def score(statistics: list[Statistic], gold: list[dict]) -> StatisticsScore:
    """Score extracted statistics (a Report's ``statistics``) against gold entries."""
    gold_keys = [_key(g["section"], g["value"]) for g in gold]
    pred_keys = [_key(s.section, s.value) for s in statistics]
    detection = score_keys(gold_keys, pred_keys)

    by_key: dict[tuple, list] = defaultdict(list)
    for s in statistics:
        by_key[_key(s.section, s.value)].append(s)
    used: dict[tuple, int] = defaultdict(int)
    matched = unit_ok = period_ok = 0
    missed, wrong_unit, wrong_period = [], [], []
    for g, k in zip(gold, gold_keys, strict=True):
        candidates = by_key.get(k, [])
        if used[k] >= len(candidates):
            missed.append((g["section"], g["value"], g.get("quote")))
            continue
        s = candidates[used[k]]
        used[k] += 1
        matched += 1
        if s.unit == g["unit"]:
            unit_ok += 1
        else:
            wrong_unit.append((g["section"], g["value"], g["unit"], s.unit))
        if s.period == g.get("period"):
            period_ok += 1
        else:
            wrong_period.append((g["section"], g["value"], g.get("period"), s.period))
    spurious = [
        (s.section, s.value, s.value_text, s.sentence[:80])
        for k, items in by_key.items()
        for s in items[used[k] :]
    ]
    return StatisticsScore(
        detection, matched, unit_ok, period_ok, missed, spurious, wrong_unit, wrong_period
    )


def evaluate(report: Report, gold_dir: str | Path) -> list[str]:
    """Lines of figures for ``emnextract evaluate``."""
    result = score(report.statistics, load_gold(gold_dir))
    lines = [
        f"statistics (section, value): {result.detection}",
        f"unit accuracy on matched: {result.unit_accuracy:.3f} "
        f"({result.unit_correct}/{result.matched})",
        f"period accuracy on matched: {result.period_accuracy:.3f} "
        f"({result.period_correct}/{result.matched})",
    ]
    lines += [f"missed: {m}" for m in result.missed]
    lines += [f"spurious: {s}" for s in result.spurious]
    lines += [f"wrong unit: {w}" for w in result.wrong_unit]
    lines += [f"wrong period: {w}" for w in result.wrong_period]
    return lines
