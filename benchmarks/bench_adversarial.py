"""Adversarial input: every extractor stays fast and linear on 10 kB and 100 kB of it.

    python3 benchmarks/bench_adversarial.py [--sizes 10000 100000] [--budget 1.0]

Each input is one pattern repeated to the size: long digit runs, a date after "per"
again and again, a figure again and again, the same citation again and again, deeply
nested parentheses. Every stage (citations, measures, statistics) runs on a Document
of one paragraph and one footnote holding it, and ``extract_text`` runs the whole
pipeline (reader included). Prints CPU seconds per stage and size, the growth factor from
the smallest to the largest size (linear: the size ratio), and exits 1 when a stage
takes longer than ``--budget`` seconds on any input.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from emnextract import extract_text  # noqa: E402
from emnextract.document import Document, Note, Para  # noqa: E402
from emnextract.model import Source  # noqa: E402
from emnextract.stages import DEFAULT_STAGES  # noqa: E402

PATTERNS = {
    "digit run": "1234567890",
    "dates after per": "per 1 januari 2019 ",
    "figures": "29.430 ",
    "citations": "Kamerstukken II 2018/19, 35000, nr. 5; ",
    "nested parentheses": "((((((((((x))))))))))",
    "figures in a sentence": "ruim 3,5 miljoen euro en 12 procent, ",
}


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def doc_of(text: str) -> Document:
    return Document(
        source=Source(path="<adversarial>", sha256="0" * 64, kind="text"),
        paragraphs=[Para(text=text, section="1")],
        footnotes=[Note(number=1, text=text)],
    )


def timed(fn) -> float:
    """CPU seconds of this process: the same as wall time on an idle machine, and not
    inflated by other work on a busy one."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--budget", type=float, default=1.0)
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    names = [s.name for s in DEFAULT_STAGES] + ["extract_text"]
    print(
        f"{'input':22s} {'stage':13s} "
        + " ".join(f"{n // 1000:>6d} kB" for n in sizes)
        + "  growth"
    )
    extract_text("Per 1 januari 2019 zijn 3.000 aanvragen gedaan.\n", year=2019)  # warm up
    worst = 0.0
    for label, unit in PATTERNS.items():
        for name in names:
            times = []
            for size in sizes:
                text = text_of(unit, size)
                if name == "extract_text":
                    times.append(timed(lambda t=text: extract_text(t, year=2019)))
                else:
                    stage = next(s for s in DEFAULT_STAGES if s.name == name)
                    times.append(timed(lambda t=text, st=stage: st.run(doc_of(t))))
            worst = max(worst, *times)
            growth = times[-1] / times[0] if times[0] > 0 else float("inf")
            row = " ".join(f"{t:7.3f} s" for t in times)
            print(f"{label:22s} {name:13s} {row}  x{growth:.1f}", flush=True)
    print(
        f"slowest: {worst:.3f} s (budget {args.budget:g} s); linear growth is x{sizes[-1] / sizes[0]:g}"
    )
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    raise SystemExit(main())
