"""The command line: extract, batch, schema, evaluate."""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .errors import EmnError


def _cmd_extract(args: argparse.Namespace) -> int:
    from .export import report_json, write_report
    from .pipeline import extract

    report = extract(args.file)
    if args.output:
        write_report(report, args.output)
        n = report
        print(
            f"{args.file}: {len(n.sections)} sections, {len(n.footnotes)} footnotes, "
            f"{len(n.citations)} citations, {len(n.measures)} measures, "
            f"{len(n.statistics)} statistics -> {args.output}",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(report_json(report) + "\n")
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    failed = 0
    total = 0
    for result in run_batch(args.inputs, args.out_dir, jobs=args.jobs):
        total += 1
        if result.ok:
            print(f"ok      {result.path} -> {result.output}", file=sys.stderr)
        else:
            failed += 1
            print(f"failed  {result.path}: {result.error}", file=sys.stderr)
    print(f"{total - failed} of {total} reports extracted", file=sys.stderr)
    return 1 if failed else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .eval.cli import main as evaluate_main

    return evaluate_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emnextract",
        description="Structured, source-linked records from EMN Jaaroverzicht reports.",
    )
    parser.add_argument("--version", action="version", version=f"emnextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract one report (PDF or text dump) to JSON")
    p.add_argument("file")
    p.add_argument("-o", "--output", help="write the JSON here (atomically) instead of stdout")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("batch", help="extract many reports; one JSON per report")
    p.add_argument("inputs", nargs="+", help="files, or folders holding .pdf/.txt files")
    p.add_argument("-d", "--out-dir", required=True)
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    p.set_defaults(func=_cmd_batch)

    p = sub.add_parser("schema", help="print the JSON Schema of the output")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("evaluate", help="score extraction against hand-made gold (P/R/F1)")
    from .eval.cli import add_arguments as add_evaluate_arguments

    add_evaluate_arguments(p)
    p.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except EmnError as exc:
        print(f"emnextract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
