"""`emnextract evaluate`: score every extractor against the gold kept in tests/gold."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

CONCERNS = ("structure", "citations", "measures", "statistics")


def default_reference() -> Path:
    return Path("fixtures") / "emn2019-part1.txt"


def main(args: argparse.Namespace) -> int:
    gold_dir = Path(args.gold_dir)
    reference = Path(args.reference) if args.reference else default_reference()
    from .pipeline import extract

    report = extract(reference)
    for concern in CONCERNS:
        module = importlib.import_module(f".eval.{concern}", __package__)
        lines = module.evaluate(report, gold_dir)
        print(f"== {concern} ({reference})")
        for line in lines:
            print(f"  {line}")
    sys.stdout.flush()
    return 0
