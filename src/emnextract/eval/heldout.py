"""Held-out scoring on real Kamerbrieven whose gold was written before any extraction run.

The reference-dump gold was drafted together with the rules, so it measures fit, not
generalisation. The files in ``tests/gold/heldout/`` (``<document>.<concern>.json``) were
made blind from the PDFs in ``fixtures/realdocs/``; this module runs the full pipeline on
each PDF and scores:

- citations: per footnote, (footnote, kind, key fields) multiset P/R;
- measures: (page, date) P/R, role accuracy on matched pairs, plus a year-level P/R that
  forgives precision slips ("begin 2023" as 2023-01 vs 2023);
- statistics: (page, value) P/R, unit accuracy on matched pairs.

Gold items flagged ``"minor": true`` are borderline; each figure is also given without
them ("core"), where a prediction that matches a minor item counts neither way.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emnextract.eval import Score, score_keys

CONCERNS = ("citations", "measures", "statistics")


def default_gold_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "gold" / "heldout"


def default_pdf_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "fixtures" / "realdocs"


# ---------------------------------------------------------------- keys


def normalise_url(url: str) -> str:
    """Compare URLs without scheme, 'www.', trailing slash/punctuation or case."""
    u = url.strip().strip("<>").rstrip(".,;:)/").lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix) :]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def _clean(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value).replace(" ", "").replace("\u00a0", "").upper()


def citation_key(kind: str, fields: dict[str, Any], url: str | None = None) -> tuple:
    """The identifying fields of a citation, as the held-out gold records them."""
    if kind == "kamerstuk":
        return (
            _clean(fields.get("dossier")),
            _clean(fields.get("subdossier")),
            _clean(fields.get("number")),
        )
    if kind in ("aanhangsel", "handelingen"):
        return (_clean(fields.get("number")),)
    if kind in ("staatscourant", "staatsblad", "tractatenblad"):
        return (_clean(fields.get("year")), _clean(fields.get("number")))
    if kind == "case_law":
        return (_clean(fields.get("ecli") or fields.get("case_number")),)
    if kind == "eu_legislation":
        return (_clean(fields.get("number")),)
    if kind == "url":
        return (normalise_url(fields.get("url") or url or ""),)
    return ()


def _value_key(value: float | int) -> float:
    return round(float(value), 6)


# ---------------------------------------------------------------- results


@dataclass
class ConcernResult:
    """Scores of one concern on one document, with the unmatched items for error analysis."""

    document: str
    concern: str
    score: Score
    core: Score
    extra: dict[str, str] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)

    def line(self) -> str:
        extras = " ".join(f"{k}={v}" for k, v in self.extra.items())
        return f"{self.document} {self.concern}: {self.score} | core {self.core} {extras}".rstrip()


def _core_score(gold_keys: list, minor_keys: list, pred_keys: list) -> Score:
    core_gold = Counter(gold_keys) - Counter(minor_keys)
    core_pred = Counter(pred_keys) - Counter(minor_keys)
    return score_keys(core_gold.elements(), core_pred.elements())


def _unmatched(gold_items: list[tuple], pred_items: list[tuple]) -> tuple[list, list, list]:
    """Pair gold and predicted items by key in document order: (pairs, missed, spurious)."""
    pending: dict[Any, list] = defaultdict(list)
    for key, item in pred_items:
        pending[key].append(item)
    pairs, missed = [], []
    for key, item in gold_items:
        if pending.get(key):
            pairs.append((item, pending[key].pop(0)))
        else:
            missed.append(item)
    spurious = [item for items in pending.values() for item in items]
    return pairs, missed, spurious


# ---------------------------------------------------------------- per concern


def score_citations(report, gold: dict, document: str) -> ConcernResult:
    gold_items = []
    for note in gold["footnotes"]:
        for cit in note["citations"]:
            key = (note["number"], cit["kind"], citation_key(cit["kind"], cit))
            gold_items.append((key, f"fn {note['number']} {cit['kind']} {key[2]}"))
    pred_items = []
    for cit in report.citations:
        if cit.footnote is None:
            continue
        key = (cit.footnote, cit.kind, citation_key(cit.kind, cit.fields, cit.url))
        pred_items.append((key, f"fn {cit.footnote} {cit.kind} {key[2]} raw={cit.raw!r}"))
    gold_keys = [k for k, _ in gold_items]
    pred_keys = [k for k, _ in pred_items]
    pairs, missed, spurious = _unmatched(gold_items, pred_items)
    gold_notes = {n["number"] for n in gold["footnotes"]}
    found_notes = {f.number for f in report.footnotes}
    extra = {"footnotes_found": f"{len(gold_notes & found_notes)}/{len(gold_notes)}"}
    result = ConcernResult(
        document, "citations", score_keys(gold_keys, pred_keys), score_keys(gold_keys, pred_keys)
    )
    result.extra, result.missed, result.spurious = extra, missed, spurious
    return result


def _accuracy(right: int, total: int) -> str:
    return f"{right / total:.3f}({right}/{total})" if total else "n/a"


def score_measures(report, gold: dict, document: str) -> ConcernResult:
    items = gold["items"]
    gold_items = [((g["page"], g["date"]), g) for g in items]
    pred_items = [((m.page, m.date), m) for m in report.measures]
    gold_keys = [k for k, _ in gold_items]
    pred_keys = [k for k, _ in pred_items]
    minor_keys = [(g["page"], g["date"]) for g in items if g.get("minor")]
    pairs, missed, spurious = _unmatched(gold_items, pred_items)
    roles_ok = sum(g["role"] == m.role for g, m in pairs)
    precisions_ok = sum(g["precision"] == m.precision for g, m in pairs)
    year_score = score_keys(
        [(p, d[:4]) for p, d in gold_keys], [(p, (d or "")[:4]) for p, d in pred_keys]
    )
    result = ConcernResult(
        document,
        "measures",
        score_keys(gold_keys, pred_keys),
        _core_score(gold_keys, minor_keys, pred_keys),
    )
    result.extra = {
        "role_acc": _accuracy(roles_ok, len(pairs)),
        "precision_acc": _accuracy(precisions_ok, len(pairs)),
        "year_level": f"P={year_score.precision:.3f},R={year_score.recall:.3f}",
    }
    result.missed = [
        f"p{g['page']} {g['date']} {g['role']} {g['date_text']!r}: {g['quote']}" for g in missed
    ]
    result.spurious = [
        f"p{m.page} {m.date} {m.role} {m.date_text!r}: {m.sentence[:160]}" for m in spurious
    ]
    result.mismatched = [
        f"p{g['page']} {g['date']} {g['date_text']!r}: gold {g['role']}/{g['precision']}, "
        f"got {m.role}/{m.precision}"
        for g, m in pairs
        if g["role"] != m.role or g["precision"] != m.precision
    ]
    return result


def score_statistics(report, gold: dict, document: str) -> ConcernResult:
    items = gold["items"]
    aliases: dict[tuple, float] = {}
    for g in items:
        for alt in g.get("alt_values", []):
            aliases[(g["page"], _value_key(alt))] = _value_key(g["value"])
    gold_items = [((g["page"], _value_key(g["value"])), g) for g in items]
    pred_items = []
    for s in report.statistics:
        key = (s.page, _value_key(s.value))
        pred_items.append(((s.page, aliases.get(key, key[1])), s))
    gold_keys = [k for k, _ in gold_items]
    pred_keys = [k for k, _ in pred_items]
    minor_keys = [(g["page"], _value_key(g["value"])) for g in items if g.get("minor")]
    pairs, missed, spurious = _unmatched(gold_items, pred_items)
    units_ok = sum(g["unit"] == s.unit for g, s in pairs)
    periods_ok = sum(g.get("period") == s.period for g, s in pairs)
    result = ConcernResult(
        document,
        "statistics",
        score_keys(gold_keys, pred_keys),
        _core_score(gold_keys, minor_keys, pred_keys),
    )
    result.extra = {
        "unit_acc": _accuracy(units_ok, len(pairs)),
        "period_acc": _accuracy(periods_ok, len(pairs)),
    }
    result.missed = [f"p{g['page']} {g['value']} {g['unit']}: {g['quote']}" for g in missed]
    result.spurious = [
        f"p{s.page} {s.value} {s.unit} {s.value_text!r}: {s.sentence[:160]}" for s in spurious
    ]
    result.mismatched = [
        f"p{g['page']} {g['value']} {g['quote']!r}: gold {g['unit']}/period {g.get('period')}, "
        f"got {s.unit}/period {s.period}"
        for g, s in pairs
        if g["unit"] != s.unit or g.get("period") != s.period
    ]
    return result


SCORERS = {"citations": score_citations, "measures": score_measures, "statistics": score_statistics}


# ---------------------------------------------------------------- driver


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, dict]]:
    """{document stem: {concern: gold}} from ``<stem>.<concern>.json`` files."""
    gold: dict[str, dict[str, dict]] = defaultdict(dict)
    for path in sorted(Path(gold_dir).glob("*.json")):
        stem, _, concern = path.stem.rpartition(".")
        if concern in SCORERS:
            gold[stem][concern] = json.loads(path.read_text(encoding="utf-8"))
    return dict(gold)


def score_heldout(
    gold_dir: str | Path | None = None, pdf_dir: str | Path | None = None
) -> list[ConcernResult]:
    """Run the pipeline on every held-out PDF once and score each concern that has gold."""
    from emnextract.pipeline import extract

    gold_dir = Path(gold_dir) if gold_dir else default_gold_dir()
    pdf_dir = Path(pdf_dir) if pdf_dir else default_pdf_dir()
    results = []
    for stem, concerns in load_gold(gold_dir).items():
        report = extract(pdf_dir / f"{stem}.pdf")
        for concern in CONCERNS:
            if concern in concerns:
                results.append(SCORERS[concern](report, concerns[concern], stem))
    return results


def pooled(results: list[ConcernResult], concern: str) -> tuple[Score, Score]:
    """Micro-averaged (all documents) score and core score of one concern."""
    rs = [r for r in results if r.concern == concern]

    def add(scores: list[Score]) -> Score:
        return Score(
            sum(s.true_pos for s in scores),
            sum(s.gold for s in scores),
            sum(s.predicted for s in scores),
        )

    return add([r.score for r in rs]), add([r.core for r in rs])


def report_lines(results: list[ConcernResult], details: bool = False) -> list[str]:
    lines = [r.line() for r in results]
    for concern in CONCERNS:
        if any(r.concern == concern for r in results):
            total, core = pooled(results, concern)
            lines.append(f"ALL {concern}: {total} | core {core}")
    if details:
        for r in results:
            for label, entries in (
                ("missed", r.missed),
                ("spurious", r.spurious),
                ("mismatch", r.mismatched),
            ):
                lines.extend(f"  [{r.document} {r.concern} {label}] {e}" for e in entries)
    return lines


def evaluate_heldout(gold_dir: str | Path | None = None, details: bool = False) -> list[str]:
    """Lines of held-out figures (and, with details, every missed/spurious/mismatched item)."""
    return report_lines(score_heldout(gold_dir), details=details)
