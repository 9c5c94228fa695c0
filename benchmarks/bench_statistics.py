"""Throughput of statistics extraction over the body text of the reference dump.

Run: python3 benchmarks/bench_statistics.py [path] [repeats]
Reads the document once (the reader is not timed), then times extract_statistics on
its paragraphs and reports MB/s of paragraph text (UTF-8 bytes) on one core.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from emnextract.extractors.statistics import extract_statistics
from emnextract.metadata import with_metadata
from emnextract.pipeline import load_document


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("fixtures/emn2019-part1.txt")
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    doc = load_document(path)
    doc = dataclasses.replace(doc, source=with_metadata(doc.source, doc))
    size = sum(len(p.text.encode("utf-8")) for p in doc.paragraphs)
    extract_statistics(doc, [])  # warm up: compile patterns, fill caches
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        found = extract_statistics(doc, [])
        times.append(time.perf_counter() - t0)
    best, median = min(times), sorted(times)[len(times) // 2]
    print(
        f"{path}: {len(doc.paragraphs)} paragraphs, {size / 1e6:.3f} MB text, "
        f"{len(found)} statistics"
    )
    print(
        f"best {best * 1e3:.1f} ms ({size / best / 1e6:.2f} MB/s), "
        f"median {median * 1e3:.1f} ms ({size / median / 1e6:.2f} MB/s), {repeats} runs"
    )


if __name__ == "__main__":
    main()
