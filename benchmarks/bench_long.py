"""A long report: time and peak memory grow no faster than the page count.

    python3 benchmarks/bench_long.py [--copies 2 20] [--pdf fixtures/emn2019-like.pdf]

Builds PDFs of the same report repeated (its footnote numbering restarts in every
copy) with pypdfium2, and extracts each in a fresh process (``emnextract extract``),
reporting wall time, seconds per page and peak resident memory (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from emnextract import extract
t = time.perf_counter()
r = extract(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - t,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "pages": r.source.pages, "footnotes": len(r.footnotes),
                  "statistics": len(r.statistics), "measures": len(r.measures)}))
"""


def repeated(pdf: Path, copies: int, out: Path) -> Path:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(pdf))
    dst = pdfium.PdfDocument.new()
    for _ in range(copies):
        dst.import_pages(src)
    dst.save(str(out))
    return out


def measure(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    result = json.loads(out.stdout)
    result["wall"] = time.perf_counter() - start
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=Path, default=ROOT / "fixtures" / "emn2019-like.pdf")
    ap.add_argument("--copies", type=int, nargs="+", default=[2, 20])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.copies:
            r = measure(repeated(args.pdf, n, Path(tmp) / f"x{n}.pdf"))
            r["copies"] = n
            rows.append(r)
            print(
                f"{n:3d} copies {r['pages']:4d} pages: {r['seconds']:7.1f} s "
                f"({r['seconds'] / r['pages']:.3f} s/page), peak {r['rss_mb']:.0f} MB, "
                f"{r['footnotes']} footnotes, {r['measures']} measures, "
                f"{r['statistics']} statistics",
                flush=True,
            )
    first, last = rows[0], rows[-1]
    print(
        f"time per page x{last['seconds'] / last['pages'] / (first['seconds'] / first['pages']):.2f}"
        f", peak memory x{last['rss_mb'] / first['rss_mb']:.2f} "
        f"({first['pages']} -> {last['pages']} pages)"
    )


if __name__ == "__main__":
    main()
