"""Score citations against the hand-made gold (tests/gold/citations_reference.json).

A predicted citation matches a gold one when footnote, kind and the kind's key
fields agree (see :func:`key`); precision and recall count keys as multisets.
Matched pairs are also checked field by field (all gold fields) and for Ibid.
resolution: an Ibid. copy is right when its ``ibid_of`` points to a citation of the
footnote the gold names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import Score, score_keys

GOLD_FILE = "citations_reference.json"

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "kamerstuk": ("dossier", "subdossier", "number"),
    "staatscourant": ("year", "number"),
    "staatsblad": ("year", "number"),
    "tractatenblad": ("year", "number"),
    "handelingen": ("number",),
    "aanhangsel": ("number",),
    "eu_legislation": ("number",),
    "url": ("url",),
    "provided_info": ("date",),
    "other": ("title",),
}


def key(footnote: int | None, kind: str, fields: dict[str, Any]) -> tuple:
    """The identity of a citation for matching."""
    if kind == "case_law":
        ident = fields.get("ecli") or fields.get("case_number")
        return (footnote, kind, ident)
    return (footnote, kind, *(fields.get(f) for f in KEY_FIELDS.get(kind, ())))


def load_gold(gold_dir: Path | str) -> dict[str, Any]:
    with open(Path(gold_dir) / GOLD_FILE, encoding="utf-8") as f:
        return json.load(f)


def gold_items(gold: dict[str, Any]) -> Iterable[tuple[int | None, dict[str, Any]]]:
    for number, items in gold["footnotes"].items():
        for item in items:
            yield int(number), item
    for item in gold.get("body", []):
        yield None, item


def score(citations: list[Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Figures for a list of citations (model.Citation or dicts with the same names)."""
    preds = [c if isinstance(c, dict) else c.model_dump() for c in citations]
    gold_keys = [key(n, g["kind"], g["fields"]) for n, g in gold_items(gold)]
    pred_keys = [key(p["footnote"], p["kind"], p["fields"]) for p in preds]
    overall: Score = score_keys(gold_keys, pred_keys)

    by_kind: dict[str, Score] = {}
    for kind in sorted({k[1] for k in gold_keys} | {k[1] for k in pred_keys}):
        by_kind[kind] = score_keys(
            [k for k in gold_keys if k[1] == kind], [k for k in pred_keys if k[1] == kind]
        )

    # field accuracy and malformed flags on matched pairs
    pool: dict[tuple, list[dict[str, Any]]] = {}
    for p, k in zip(preds, pred_keys, strict=True):
        pool.setdefault(k, []).append(p)
    field_ok = field_all = flag_ok = flag_all = 0
    ibid_ok = ibid_all = 0
    footnote_of_id = {p["id"]: p["footnote"] for p in preds}
    for (_n, g), k in zip(gold_items(gold), gold_keys, strict=True):
        p = pool.get(k, []).pop(0) if pool.get(k) else None
        if g.get("ibid_of_footnote") is not None:
            ibid_all += 1
            if (
                p is not None
                and p.get("ibid_of")
                and footnote_of_id.get(p["ibid_of"]) == g["ibid_of_footnote"]
            ):
                ibid_ok += 1
        if p is None:
            continue
        for name, value in g["fields"].items():
            field_all += 1
            field_ok += p["fields"].get(name) == value
        flag_all += 1
        flag_ok += bool(p["malformed"]) == bool(g["malformed"])
    return {
        "overall": overall,
        "by_kind": by_kind,
        "fields": (field_ok, field_all),
        "malformed": (flag_ok, flag_all),
        "ibid": (ibid_ok, ibid_all),
    }


def evaluate(report: Any, gold_dir: Path | str) -> list[str]:
    """Lines of figures for ``emnextract evaluate``."""
    figures = score(report.citations, load_gold(gold_dir))
    lines = [f"citations {figures['overall']}"]
    for kind, s in figures["by_kind"].items():
        lines.append(f"  {kind:15} {s}")
    ok, total = figures["fields"]
    lines.append(f"fields exact on matched citations {ok}/{total}")
    ok, total = figures["malformed"]
    lines.append(f"malformed flag right {ok}/{total}")
    ok, total = figures["ibid"]
    lines.append(f"Ibid. resolved correctly {ok}/{total}")
    return lines
