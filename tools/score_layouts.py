"""Score the project's reader on the layout-class fixtures against their gold.

    PYTHONPATH=src python3 tools/score_layouts.py [NAME ...]

For each ``fixtures/layouts/NAME.pdf``: sections matched (number, level and title), footnotes
found with their printed number and exact text (whitespace-normalised; with numbering
per chapter also in the right chapter), and markers linked (the note found and its marker on
the gold page, right after the gold context). A report, not a test: the reader does not
handle these layouts yet.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold" / "layouts"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def score(name: str) -> dict:
    from emnextract import extract

    gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    report = extract(ROOT / "fixtures" / "layouts" / f"{name}.pdf")
    per_chapter = gold["numbering"] == "per-chapter"

    found = {(s.number, s.level, squash(s.title)) for s in report.sections}
    matched = sum((s["number"], s["level"], squash(s["title"])) in found for s in gold["sections"])
    gold_numbers = {s["number"] for s in gold["sections"]}
    false = [s.number for s in report.sections if s.number not in gold_numbers]

    def chapter(section: str | None) -> str | None:
        return section.split(".")[0] if section else None

    free = list(report.footnotes)
    exact = linked = 0
    for note in gold["footnotes"]:
        hit = next(
            (
                f
                for f in free
                if f.number == note["number"]
                and norm(f.text) == note["text"]
                and (not per_chapter or chapter(f.section) == note["chapter"])
            ),
            None,
        )
        if hit is None:
            continue
        free.remove(hit)
        exact += 1
        marker = next(
            m
            for m in gold["markers"]
            if (m["chapter"], m["number"]) == (note["chapter"], note["number"])
        )
        tail = squash(marker["context"])[-12:]
        if (
            hit.marker
            and hit.marker.page == marker["page"]
            and squash(hit.marker.context).endswith(tail)
        ):
            linked += 1
    return {
        "sections": f"{matched}/{len(gold['sections'])}",
        "false_sections": false,
        "reader_sections": len(report.sections),
        "reader_footnotes": len(report.footnotes),
        "reader_markers": sum(1 for f in report.footnotes if f.marker),
        "footnotes_exact": f"{exact}/{len(gold['footnotes'])}",
        "markers_linked": f"{linked}/{len(gold['markers'])}",
    }


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    for name in names:
        print(name, json.dumps(score(name), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
