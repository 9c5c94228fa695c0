"""Throughput of date finding and measure extraction over the reference body text.

Run: python3 benchmarks/bench_measures.py [path-to-report] [repeats]
Reading the file is not timed: the Document is built once, then the date grammar
and the measure extractor run over its paragraphs repeatedly on one core.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from emnextract.extractors.dates import find_dates
from emnextract.extractors.measures import BODY_KINDS, extract_measures
from emnextract.metadata import with_metadata
from emnextract.pipeline import load_document

REPO = Path(__file__).resolve().parent.parent


def best_of(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "fixtures" / "emn2019-part1.txt"
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    doc = load_document(path)
    doc = dataclasses.replace(doc, source=with_metadata(doc.source, doc))
    body = [p.text for p in doc.paragraphs if p.kind in BODY_KINDS]
    size = sum(len(t.encode("utf-8")) for t in body)
    year = doc.source.year

    t_dates = best_of(lambda: [find_dates(t, year) for t in body], repeats)
    measures = extract_measures(doc, [])
    t_measures = best_of(lambda: extract_measures(doc, []), repeats)
    n_dates = sum(len(find_dates(t, year)) for t in body)

    mb = size / 1e6
    print(f"reference: {path} ({len(body)} body paragraphs, {size} bytes)")
    print(f"find_dates:       {n_dates} dates   {t_dates * 1e3:7.1f} ms  {mb / t_dates:6.2f} MB/s")
    print(
        f"extract_measures: {len(measures)} measures {t_measures * 1e3:7.1f} ms  {mb / t_measures:6.2f} MB/s"
    )


if __name__ == "__main__":
    main()
