"""How much the structure step costs on top of bare pdfplumber char extraction.

    python3 benchmarks/bench_structure.py [PDF] [--runs N]

Default PDF: the largest PDF among fixtures/ and fixtures/realdocs/. Prints, for the
median of N runs, pages/second of ``read_pdf`` (the whole structure step) and of bare
extraction (``pdfplumber.open`` + ``page.chars`` for every page), their ratio, and
the split of read_pdf's time into char extraction and structure building.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from emnextract.pdf import reader  # noqa: E402


def bare_chars(path: Path) -> int:
    """Bare extraction: every page's chars, nothing else."""
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.chars)
            page.flush_cache()
    return n


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def default_pdf() -> Path:
    candidates = list((ROOT / "fixtures").glob("*.pdf")) + list(
        (ROOT / "fixtures" / "realdocs").glob("*.pdf")
    )
    if not candidates:
        sys.exit("no PDF under fixtures/")
    return max(candidates, key=lambda p: p.stat().st_size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = args.pdf or default_pdf()
    with pdfplumber.open(path) as pdf:
        n_pages = len(pdf.pages)
    n_chars = bare_chars(path)  # warm the file cache and imports

    bare, full, lines_only = [], [], []
    for _ in range(args.runs):
        bare.append(timed(bare_chars, path))
        full.append(timed(reader.read_pdf, path))
        lines_only.append(timed(reader.read_lines, path))
    t_bare = statistics.median(bare)
    t_full = statistics.median(full)
    t_lines = statistics.median(lines_only)
    print(f"file: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"pages: {n_pages}, chars: {n_chars}, runs: {args.runs} (medians)")
    print(f"bare pdfplumber chars : {t_bare:7.3f} s  {n_pages / t_bare:7.1f} pages/s")
    print(f"read_pdf (structure)  : {t_full:7.3f} s  {n_pages / t_full:7.1f} pages/s")
    print(f"  of which chars->lines: {t_lines:7.3f} s")
    print(
        f"ratio read_pdf / bare : {t_full / t_bare:7.3f}  (structure adds {100 * (t_full / t_bare - 1):.1f}%)"
    )


if __name__ == "__main__":
    main()
