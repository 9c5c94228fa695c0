"""The one result type of every matcher: counts, P/R/F1, per-field accuracy, misses and false hits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass
class KindResult:
    """Scores of one record kind on one document (or pooled over several).

    ``tp``/``fp``/``fn`` count matched pairs, predictions without a gold partner and gold
    items without a prediction. ``fields`` holds, per field, (right, compared) over the
    matched pairs. ``core`` is (tp, fp, fn) without the gold items flagged ``minor`` (and
    the predictions paired with them), or None when the gold flags none.
    """

    kind: str
    document: str = ""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    core: tuple[int, int, int] | None = None

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        right, total = self.fields[name]
        return _ratio(right, total)

    def core_result(self) -> KindResult:
        """The figures without minor gold items (the same figures when none is minor)."""
        tp, fp, fn = self.core if self.core is not None else (self.tp, self.fp, self.fn)
        return KindResult(self.kind, self.document, tp, fp, fn)

    def summary(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.document,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fields": {
                name: {"right": r, "total": t, "accuracy": round(_ratio(r, t), 4)}
                for name, (r, t) in self.fields.items()
            },
            "core": None
            if self.core is None
            else dict(zip(("tp", "fp", "fn"), self.core, strict=True)),
            "misses": self.misses,
            "false_hits": self.false_hits,
            "mismatches": self.mismatches,
        }


def pool(results: Iterable[KindResult], kind: str | None = None, document: str = "") -> KindResult:
    """Micro-averaged sum of results (of one kind when ``kind`` is given)."""
    chosen = [r for r in results if kind is None or r.kind == kind]
    out = KindResult(kind or (chosen[0].kind if chosen else ""), document)
    core = [0, 0, 0]
    any_core = False
    for r in chosen:
        out.tp += r.tp
        out.fp += r.fp
        out.fn += r.fn
        for name, (right, total) in r.fields.items():
            a, b = out.fields.get(name, (0, 0))
            out.fields[name] = (a + right, b + total)
        prefix = f"{r.document}: " if r.document and r.document != document else ""
        out.misses += [prefix + m for m in r.misses]
        out.false_hits += [prefix + m for m in r.false_hits]
        out.mismatches += [prefix + m for m in r.mismatches]
        c = r.core if r.core is not None else (r.tp, r.fp, r.fn)
        any_core = any_core or r.core is not None
        core = [x + y for x, y in zip(core, c, strict=True)]
    out.core = tuple(core) if any_core else None  # type: ignore[assignment]
    return out
