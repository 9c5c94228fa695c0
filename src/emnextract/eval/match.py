"""Pairing gold items with predictions: the one procedure behind every matcher.

Items are paired on a key (for instance (section, date)); within one key, pairs that
agree on every scored field are formed first, then the rest in document order, so a
figure that occurs twice in a section pairs as well as it can.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from .result import KindResult

G = TypeVar("G")
P = TypeVar("P")


def pair(
    gold: Sequence[G],
    predicted: Sequence[P],
    gold_key: Callable[[G], Hashable],
    pred_key: Callable[[P], Hashable],
    agree: Callable[[G, P], bool] | None = None,
) -> tuple[list[tuple[G, P]], list[G], list[P]]:
    """(pairs, missed gold items, unpaired predictions), each in document order."""
    pending: dict[Hashable, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        pending[pred_key(p)].append(i)
    partner: dict[int, int] = {}
    keys = [gold_key(g) for g in gold]
    if agree is not None:  # first the pairs that agree on every field
        for gi, (g, k) in enumerate(zip(gold, keys, strict=True)):
            for n, pi in enumerate(pending.get(k, [])):
                if agree(g, predicted[pi]):
                    partner[gi] = pending[k].pop(n)
                    break
    for gi, k in enumerate(keys):
        if gi not in partner and pending.get(k):
            partner[gi] = pending[k].pop(0)
    pairs = [(gold[gi], predicted[partner[gi]]) for gi in sorted(partner)]
    missed = [g for gi, g in enumerate(gold) if gi not in partner]
    used = set(partner.values())
    spurious = [p for i, p in enumerate(predicted) if i not in used]
    return pairs, missed, spurious


def score(
    kind: str,
    document: str,
    gold: Sequence[Any],
    predicted: Sequence[Any],
    gold_key: Callable[[Any], Hashable],
    pred_key: Callable[[Any], Hashable],
    fields: dict[str, Callable[[Any, Any], bool | None]],
    show_gold: Callable[[Any], str],
    show_pred: Callable[[Any], str],
    minor: Callable[[Any], bool] = lambda g: False,
    explain: Callable[[Any, Any], str] | None = None,
) -> KindResult:
    """Pair, count and describe: the KindResult of one kind on one document.

    ``fields`` maps a field name to a test ``(gold, prediction) -> right``; each is counted
    over the matched pairs where it applies (a test returning None does not apply). Gold items for which ``minor`` is true count in the plain
    figures but not in ``core``. ``explain`` adds detail to a wrong-field line.
    """

    def agree(g: Any, p: Any) -> bool:
        return all(test(g, p) is not False for test in fields.values())

    pairs, missed, spurious = pair(gold, predicted, gold_key, pred_key, agree if fields else None)
    result = KindResult(kind, document, len(pairs), len(spurious), len(missed))
    for name, test in fields.items():
        verdicts = [v for g, p in pairs if (v := test(g, p)) is not None]
        if verdicts:  # a field that applies to no pair is not reported
            result.fields[name] = (sum(verdicts), len(verdicts))
    result.misses = [show_gold(g) for g in missed]
    result.false_hits = [show_pred(p) for p in spurious]
    result.mismatches = [
        f"{show_gold(g)} -> got {show_pred(p)} "
        f"(wrong {', '.join(n for n, t in fields.items() if t(g, p) is False)})"
        + (f": {explain(g, p)}" if explain else "")
        for g, p in pairs
        if not agree(g, p)
    ]
    if any(minor(g) for g in gold):
        minor_pairs = sum(1 for g, _ in pairs if minor(g))
        result.core = (
            len(pairs) - minor_pairs,
            len(spurious),
            sum(1 for g in missed if not minor(g)),
        )
    return result


def score_placed(
    kind: str,
    document: str,
    gold: dict[str, Any],
    predicted: Sequence[Any],
    gold_value: Callable[[Any], Hashable],
    pred_value: Callable[[Any], Hashable],
    fields: dict[str, Callable[[Any, Any], bool | None]],
    show_gold: Callable[[Any], str],
    show_pred: Callable[[Any], str],
) -> KindResult:
    """:func:`score` for a kind placed by the gold's ``scope`` (section, page or case).

    Items pair on (place, value); the place leads every line about an item (but for scope
    ``document``), and gold items flagged ``minor`` drop out of the core figures.
    """
    scope = gold.get("scope", "section")

    def where(x: Any) -> str:
        value = x.get(scope) if isinstance(x, dict) else getattr(x, scope, None)
        return "" if scope == "document" else f"{scope} {value} "

    return score(
        kind,
        document,
        gold[kind],
        predicted,
        lambda g: (g.get(scope), gold_value(g)),
        lambda p: (getattr(p, scope, None), pred_value(p)),
        fields,
        lambda g: where(g) + show_gold(g),
        lambda p: where(p) + show_pred(p),
        minor=lambda g: bool(g.get("minor")),
    )
