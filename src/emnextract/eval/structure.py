"""Score document structure against the hand-made gold (tests/gold/structure_reference.json).

Three figures: numbered sections and chapters (number + title) with false headings,
footnote texts (equal after whitespace normalisation), and markers linked right
(the note's first marker stands after the gold context, in the gold section).
The helpers take a :class:`~emnextract.model.Report` so the same gold scores the text
dump and the fixture PDFs made from it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model import Report
from . import score_keys

GOLD_FILE = "structure_reference.json"
CONTEXT_TAIL = 15  # characters of the gold context that must end the marker context


def normalise(text: str | None) -> str:
    return " ".join((text or "").split())


def _title_key(number: str, title: str) -> tuple[str, str]:
    return number.strip().rstrip("."), normalise(title).casefold()


def load_gold(gold_dir: str | Path) -> dict[str, Any]:
    with open(Path(gold_dir) / GOLD_FILE, encoding="utf-8") as f:
        return json.load(f)


def score_sections(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    gold_keys = [_title_key(s["number"], s["title"]) for s in gold["sections"]]
    found = [_title_key(s.number, s.title) for s in report.sections]
    gold_set, found_set = set(gold_keys), set(found)
    gold_numbers = {k[0] for k in gold_keys}
    return {
        "matched": sum(1 for k in gold_keys if k in found_set),
        "total": len(gold_keys),
        "missing": [k for k in gold_keys if k not in found_set],
        # a heading whose number is not in the gold is false; a known number with a
        # wrong title counts as missing, not as a false heading
        "false_headings": [k for k in found if k not in gold_set and k[0] not in gold_numbers],
        "wrong_titles": [k for k in found if k not in gold_set and k[0] in gold_numbers],
    }


def score_footnotes(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    found = {n.number: normalise(n.text) for n in report.footnotes}
    wrong = []
    matched = 0
    for note in gold["footnotes"]:
        if found.get(note["number"]) == normalise(note["text"]):
            matched += 1
        else:
            wrong.append(note["number"])
    extra = sorted(set(found) - {n["number"] for n in gold["footnotes"]})
    return {"matched": matched, "total": len(gold["footnotes"]), "wrong": wrong, "extra": extra}


def marker_linked_right(footnote: Any, gold_note: dict[str, Any]) -> bool:
    """The note's marker exists, stands after the gold context and in the gold section."""
    if footnote is None or footnote.marker is None:
        return False
    want = normalise(gold_note.get("context"))[-CONTEXT_TAIL:]
    got = normalise(footnote.marker.context)
    return got.endswith(want) and footnote.section == gold_note.get("section")


def score_markers(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    by_number = {n.number: n for n in report.footnotes}
    linked = [n for n in gold["footnotes"] if n.get("context") is not None]
    wrong = [n["number"] for n in linked if not marker_linked_right(by_number.get(n["number"]), n)]
    right = len(linked) - len(wrong)
    return {
        "right": right,
        "total": len(linked),
        "percent": 100.0 * right / len(linked) if linked else 100.0,
        "wrong": wrong,
    }


GOLD_KINDS = {"subheadings": "subheading", "margin_boxes": "box", "captions": "caption"}


def score_kinds(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    """Titles, margin boxes and captions: gold (text, section) pairs found with the right kind.

    A margin box or caption read as body text would pollute sentences, so each list also
    reports how many of its gold texts ended up as a body paragraph.
    """
    out: dict[str, Any] = {}
    body = {(normalise(p.text), p.section) for p in report.paragraphs if p.kind == "body"}
    for key, kind in GOLD_KINDS.items():
        want = [(normalise(x["text"]), x.get("section")) for x in gold.get(key, [])]
        got = [(normalise(p.text), p.section) for p in report.paragraphs if p.kind == kind]
        score = score_keys(want, got)
        out[key] = {
            "matched": score.true_pos,
            "total": score.gold,
            "predicted": score.predicted,
            "missing": [w for w in want if w not in set(got)],
            "extra": [g for g in got if g not in set(want)],
            "as_body": sum(1 for w in want if w in body),
        }
    return out


def score_structure(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    """All structure figures of ``report`` against ``gold`` (a loaded gold file)."""
    return {
        "sections": score_sections(report, gold),
        "footnotes": score_footnotes(report, gold),
        "markers": score_markers(report, gold),
        "kinds": score_kinds(report, gold),
        "located": located(report),
    }


def located(report: Report) -> dict[str, int]:
    """How many sections, paragraphs and footnotes lack any position (page/bbox/offset)."""

    def missing(items: list[Any]) -> int:
        return sum(1 for x in items if x.offset is None and x.page is None and x.bbox is None)

    return {
        "sections": missing(report.sections),
        "paragraphs": missing(report.paragraphs),
        "footnotes": missing(report.footnotes),
    }


def evaluate(report: Report, gold_dir: str | Path) -> list[str]:
    """Lines of figures for ``emnextract evaluate``."""
    try:
        gold = load_gold(gold_dir)
    except FileNotFoundError:
        return [f"no gold file {Path(gold_dir) / GOLD_FILE}"]
    s = score_structure(report, gold)
    sec, fn, mk, loc = s["sections"], s["footnotes"], s["markers"], s["located"]
    lines = [
        f"sections {sec['matched']}/{sec['total']} (number+title), false headings {len(sec['false_headings'])},"
        f" wrong titles {len(sec['wrong_titles'])}",
        f"footnotes {fn['matched']}/{fn['total']} text equal, extra {len(fn['extra'])}",
        f"markers linked right {mk['right']}/{mk['total']} ({mk['percent']:.1f}%)",
        *(
            f"{key.replace('_', ' ')} {k['matched']}/{k['total']} (predicted {k['predicted']}, read as body {k['as_body']})"
            for key, k in s["kinds"].items()
        ),
        f"without position: sections {loc['sections']}, paragraphs {loc['paragraphs']}, footnotes {loc['footnotes']}",
    ]
    if sec["missing"]:
        lines.append("missing sections: " + ", ".join(f"{n} {t!r}" for n, t in sec["missing"][:10]))
    if sec["false_headings"]:
        lines.append(
            "false headings: " + ", ".join(f"{n} {t!r}" for n, t in sec["false_headings"][:10])
        )
    if fn["wrong"]:
        lines.append("footnotes differing: " + ", ".join(map(str, fn["wrong"][:20])))
    if mk["wrong"]:
        lines.append("markers wrong: " + ", ".join(map(str, mk["wrong"][:20])))
    return lines
