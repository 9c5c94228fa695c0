"""``emnextract evaluate``: tables of P/R/F1 per kind and per field, misses and false hits.

emnextract evaluate --suite reference|fixtures|realdocs|devset|all [--json] [--details]
emnextract evaluate SOURCE|REPORT.json --gold DIR [--json] [--details]
emnextract evaluate --suite all --markdown     # the README's accuracy table
emnextract evaluate --suite survey [--dir FOLDER] [--json]   # gold-free survey of real PDFs
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .gold import GoldError, gold_for_source, load_gold_dir
from .result import KindResult, pool
from .suites import (
    SUITES,
    DataError,
    SuiteResult,
    data_root,
    run_suite,
    score_baselines,
    score_report,
)

SHOWN = 5  # misses, false hits and mismatches listed per kind without --details
BASELINE_OF = {"measures": "baseline: dateparser", "statistics": "baseline: number regex"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "source", nargs="?", help="a PDF, text dump or report JSON to score (with --gold)"
    )
    p.add_argument("--gold", help="folder of gold files for SOURCE (docs/gold-format.md)")
    p.add_argument("--suite", help=f"a suite: {', '.join(SUITES)} or all (default: reference)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--markdown", action="store_true", help="one Markdown table (the README's)")
    p.add_argument("--details", action="store_true", help="list every miss and false hit")
    p.add_argument("--no-baselines", action="store_true", help="skip the baseline rows")
    p.add_argument(
        "--data-root", help="folder holding fixtures/ and tests/gold/ (env EMNEXTRACT_DATA)"
    )
    p.add_argument("--devset", help="the dev cases (cases.jsonl or its folder)")
    p.add_argument("--dir", help="--suite survey: the folder of PDFs (default ../shared/realdocs)")


# ---------------------------------------------------------------- running


def _load_report(path: Path) -> Any:
    if path.suffix == ".json":
        from ..model import Report

        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    from ..pipeline import extract

    return extract(path)


def evaluate_source(source: Path, gold_dir: Path, baselines: bool = True) -> SuiteResult:
    """Score one source (or a report JSON) against the gold in ``gold_dir``."""
    if not source.is_file():
        raise DataError(f"{source} not found")
    golds = load_gold_dir(gold_dir)
    report = _load_report(source)
    name = report.source.path if source.suffix == ".json" else str(source)
    _, kinds = gold_for_source(golds, name)
    result = SuiteResult(source.name)
    result.documents.append((source.name, score_report(report, kinds, source.name)))
    if baselines:
        result.baselines = score_baselines(report, kinds, source.name)
    return result


def run(args: argparse.Namespace) -> list[SuiteResult]:
    if args.gold or args.source:
        if not (args.gold and args.source) or args.suite:
            raise DataError("give SOURCE with --gold DIR, or --suite NAME")
        return [evaluate_source(Path(args.source), Path(args.gold), not args.no_baselines)]
    root = data_root(args.data_root)
    names = SUITES if args.suite == "all" else (args.suite or "reference",)
    return [run_suite(n, root, devset=args.devset, baselines=not args.no_baselines) for n in names]


# ---------------------------------------------------------------- printing


def _fields(r: KindResult) -> str:
    return ", ".join(
        f"{name} {r.accuracy(name):.3f} ({right}/{total})"
        for name, (right, total) in r.fields.items()
    )


def _row(label: str, r: KindResult) -> str:
    return (
        f"  {label:24} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} "
        f"{r.tp:5} {r.fp:5} {r.fn:5}  {_fields(r)}"
    ).rstrip()


def table_lines(result: SuiteResult, details: bool = False) -> list[str]:
    docs = result.about or ", ".join(d for d, _ in result.documents)
    lines = [f"== {result.name} ({docs})"]
    lines.append(f"  {'kind':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  fields")
    pooled = result.pooled()
    baselines = {b.kind: b for b in result.pooled_baselines()}
    for r in pooled:
        lines.append(_row(r.kind, r))
        label = BASELINE_OF.get(r.kind)
        if label in baselines:
            lines.append(_row(label, baselines[label]))
        elif label in result.missing_baselines:
            lines.append(f"  {label:24} not installed (pip install dateparser)")
    for r in pooled:
        if r.core is not None:
            lines.append(_row(f"{r.kind} (core)", r.core_result()) + "  [without minor gold]")
    if len(result.documents) > 1:
        lines.append("  per document:")
        for document, rs in result.documents:
            lines.append(f"  {Path(document).name}")
            lines += [_row(f"  {r.kind}", r) for r in rs]
    for r in pooled:
        for label, items in (
            ("missed", r.misses),
            ("false hit", r.false_hits),
            ("wrong field", r.mismatches),
        ):
            shown = items if details else items[:SHOWN]
            lines += [f"  [{r.kind} {label}] {item}" for item in shown]
            if len(items) > len(shown):
                lines.append(f"  [{r.kind} {label}] … {len(items) - len(shown)} more (--details)")
    return lines


def markdown_lines(results: list[SuiteResult]) -> list[str]:
    lines = [
        "| suite | kind | P | R | F1 | tp / fp / fn | fields on matched pairs |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        baselines = {b.kind: b for b in result.pooled_baselines()}
        for r in result.pooled():
            rows = [(r.kind, r)]
            label = BASELINE_OF.get(r.kind)
            if label in baselines:
                rows.append((label, baselines[label]))
            for name, x in rows:
                lines.append(
                    f"| {result.name} | {name} | {x.precision:.3f} | {x.recall:.3f} | {x.f1:.3f} "
                    f"| {x.tp} / {x.fp} / {x.fn} | {_fields(x) or '–'} |"
                )
            if label in result.missing_baselines:
                lines.append(f"| {result.name} | {label} | not installed | | | | |")
    return lines


def survey_dir(args: argparse.Namespace) -> Path:
    """The folder ``--suite survey`` reads: ``--dir``, else the shared real documents."""
    if getattr(args, "dir", None):
        folder = Path(args.dir)
    else:
        root = data_root(args.data_root)
        folder = root.parent / "shared" / "realdocs"
        if not folder.is_dir():
            folder = root / "fixtures" / "realdocs"
    if not folder.exists():
        raise DataError(f"suite survey: {folder} not found (set --dir)")
    return folder


def survey_main(args: argparse.Namespace) -> int:
    from .survey import survey
    from .survey import table_lines as survey_lines

    try:
        rows = survey(survey_dir(args))
    except DataError as exc:
        print(f"emnextract evaluate: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = {"suite": "survey", "files": [r.to_dict() for r in rows]}
        sys.stdout.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(survey_lines(rows, args.details)) + "\n")
    return 0


def main(args: argparse.Namespace) -> int:
    if args.suite == "survey" and not (args.gold or args.source):
        return survey_main(args)
    try:
        results = run(args)
    except (DataError, GoldError) as exc:
        print(f"emnextract evaluate: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = {"suites": [r.to_dict() for r in results]}
        sys.stdout.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    elif args.markdown:
        sys.stdout.write("\n".join(markdown_lines(results)) + "\n")
    else:
        for result in results:
            sys.stdout.write("\n".join(table_lines(result, args.details)) + "\n")
    return 0


__all__ = [
    "add_arguments",
    "evaluate_source",
    "main",
    "markdown_lines",
    "pool",
    "run",
    "table_lines",
]
