"""How much the structure step costs on top of bare char extraction.

    python3 benchmarks/bench_structure.py [PDF] [--runs N] [--backend pdfplumber|pdfium|both]

Default PDF: the largest PDF among fixtures/ and fixtures/realdocs/. Prints, for the
median of N runs, pages/second of ``read_pdf`` (the whole structure step, no extractor)
and of bare extraction (``pdfplumber.open`` + ``page.chars`` for every page) and their
ratio; and, timed inside one read_pdf call (robust to other load on the machine), the
share that structure building adds on top of pdfplumber's char extraction.

With ``--backend pdfium`` (or ``both``) the same for the pdfium backend: its read against
bare PDFium per-char extraction. The bare extractions are those of ``python -m
emnextract.bench``, whose ``backends`` part compares the whole pipeline with them.
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

from emnextract.bench import bare_pdfium_chars, bare_pdfplumber_chars  # noqa: E402
from emnextract.pdf import reader  # noqa: E402


def pdfium_report(path: Path, runs: int, n_pages: int) -> None:
    """The pdfium backend's read against bare PDFium per-char extraction."""
    bare_pdfium_chars(path)  # warm
    bare, full = [], []
    for _ in range(runs):
        bare.append(timed(bare_pdfium_chars, path))
        full.append(timed(lambda p: reader.read_pdf(p, backend="pdfium"), path))
    t_bare = statistics.median(bare)
    t_full = statistics.median(full)
    print(f"bare pdfium chars     : {t_bare:7.3f} s  {n_pages / t_bare:7.1f} pages/s")
    print(f"read_pdf pdfium       : {t_full:7.3f} s  {n_pages / t_full:7.1f} pages/s")
    print(f"ratio read_pdf / bare : {t_full / t_bare:7.3f}  (pdfium)")


class ExtractionClock:
    """Times pdfplumber's own char extraction inside a read_pdf call (same run, same load)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._orig = pdfplumber.page.Page.chars

    def __enter__(self) -> ExtractionClock:
        clock = self
        orig = self._orig

        def chars(page):
            t0 = time.perf_counter()
            value = orig.fget(page)
            clock.seconds += time.perf_counter() - t0
            return value

        pdfplumber.page.Page.chars = property(chars)
        return self

    def __exit__(self, *exc) -> None:
        pdfplumber.page.Page.chars = self._orig


def split_run(path: Path) -> tuple[float, float]:
    """(char extraction, everything else) seconds within one read_pdf call."""
    with ExtractionClock() as clock:
        total = timed(read_pdfplumber, path)
    return clock.seconds, total - clock.seconds


def read_pdfplumber(path: Path) -> None:
    reader.read_pdf(path, backend="pdfplumber")


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
    ap.add_argument("--backend", choices=["pdfplumber", "pdfium", "both"], default="pdfplumber")
    args = ap.parse_args()
    path = args.pdf or default_pdf()
    with pdfplumber.open(path) as pdf:
        n_pages = len(pdf.pages)
    if args.backend == "pdfium":
        print(f"file: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        pdfium_report(path, args.runs, n_pages)
        return
    n_chars = bare_pdfplumber_chars(path)  # warm the file cache and imports

    bare, full, inner = [], [], []
    for _ in range(args.runs):
        bare.append(timed(bare_pdfplumber_chars, path))
        full.append(timed(read_pdfplumber, path))
        inner.append(split_run(path))
    t_bare = statistics.median(bare)
    t_full = statistics.median(full)
    shares = sorted(structure / extraction for extraction, structure in inner)
    share = statistics.median(shares)
    t_struct = statistics.median(structure for _, structure in inner)
    print(f"file: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"pages: {n_pages}, chars: {n_chars}, runs: {args.runs} (medians)")
    print(f"bare pdfplumber chars : {t_bare:7.3f} s  {n_pages / t_bare:7.1f} pages/s")
    print(f"read_pdf (whole step) : {t_full:7.3f} s  {n_pages / t_full:7.1f} pages/s")
    print(
        f"ratio read_pdf / bare : {t_full / t_bare:7.3f}  (separate runs; sensitive to machine load)"
    )
    print(
        f"inside read_pdf: structure {t_struct:.3f} s = {100 * share:.1f}% on top of its own char "
        f"extraction (same run; min {100 * shares[0]:.1f}%, max {100 * shares[-1]:.1f}%)"
    )
    if args.backend == "both":
        pdfium_report(path, args.runs, n_pages)


if __name__ == "__main__":
    main()
