"""Citation parsing throughput (MB/s of text, one core) over the reference footnotes and body.

Run: python3 benchmarks/bench_citations.py [repeats]
Reads fixtures/emn2019-part1.txt with the text reader once, then times
parse_citations over every footnote and every body paragraph, repeated to get a
stable figure, and the full extract_citations(doc) (incl. Ibid. resolution).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from emnextract.extractors.citation_parser import parse_citations
from emnextract.extractors.citations import extract_citations
from emnextract.pipeline import load_document

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    doc = load_document(ROOT / "fixtures" / "emn2019-part1.txt")
    texts = [n.text for n in doc.footnotes] + [p.text for p in doc.paragraphs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    found = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        found = sum(len(parse_citations(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    print(f"parse_citations: {size / 1e6:.3f} MB ({len(texts)} texts, {found} citations) "
          f"best of {repeats}: {best * 1000:.1f} ms -> {size / 1e6 / best:.2f} MB/s")  # fmt: skip
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        n = len(extract_citations(doc))
        best = min(best, time.perf_counter() - t0)
    print(
        f"extract_citations(doc): {n} citations, best {best * 1000:.1f} ms -> {size / 1e6 / best:.2f} MB/s"
    )


if __name__ == "__main__":
    main()
