"""Held-out accuracy of the extractors on real Kamerbrieven with blind, hand-made gold.

    python3 benchmarks/heldout_report.py [--details] [--gold DIR]

Prints per document and concern P/R (all gold items and "core" without borderline ones),
role/unit accuracy on matched items, pooled figures, and with --details every missed,
spurious and mismatched item. Gold: tests/gold/heldout/; PDFs: fixtures/realdocs/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from emnextract.eval.heldout import report_lines, score_heldout  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every unmatched item")
    parser.add_argument("--gold", type=Path, default=None, help="gold directory")
    args = parser.parse_args()
    t0 = time.perf_counter()
    results = score_heldout(args.gold)
    for line in report_lines(results, details=args.details):
        print(line)
    print(f"(extraction + scoring: {time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
