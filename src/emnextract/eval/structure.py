"""The structure matcher: sections, footnotes with their text, markers, and the reference's
subheadings, margin boxes and captions.

Gold (``kind: structure``) holds ``sections`` (number, title, level), ``footnotes``
(number, text, and where the marker stands: ``context``, the body text right before it,
plus ``section`` or ``marker_page``; a footnote's own ``page`` when known), and optionally
``subheadings``, ``margin_boxes`` and ``captions`` (text, section). Scored:

- sections on (number, title), field ``level``;
- footnotes on their number, fields ``text`` (equal after whitespace normalisation) and
  ``page``;
- markers on the note number, field ``place``: the marker stands right after the gold
  context, in the gold section / on the gold page;
- subheadings, boxes, captions on (text, section) among paragraphs of that kind.

The older dict-returning helpers (``score_structure`` and friends) stay for the text reader
tests. All helpers take a :class:`~emnextract.model.Report`, so the same gold scores the text
dump and the fixture PDFs made from it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model import Report
from .match import pair, score
from .result import KindResult

GOLD_FILE = "structure_reference.json"
CONTEXT_TAIL = 15  # characters of the gold context that must end the marker context


def normalise(text: str | None) -> str:
    return " ".join((text or "").split())


def _title_key(number: str, title: str) -> tuple[str, str]:
    return number.strip().rstrip("."), normalise(title).casefold()


def load_gold(gold_dir: str | Path) -> dict[str, Any]:
    """The reference structure gold file in ``gold_dir``."""
    with open(Path(gold_dir) / GOLD_FILE, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


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


def footnote_right(footnote: Any, gold_note: dict[str, Any]) -> bool:
    """The note exists with the gold text (and on the gold page, when the gold has one)."""
    if footnote is None or normalise(footnote.text) != normalise(gold_note["text"]):
        return False
    return "page" not in gold_note or footnote.page == gold_note["page"]


def score_footnotes(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    by_number = {n.number: n for n in report.footnotes}
    found = {n.number: normalise(n.text) for n in report.footnotes}
    wrong = []
    matched = 0
    for note in gold["footnotes"]:
        if footnote_right(by_number.get(note["number"]), note):
            matched += 1
        else:
            wrong.append(note["number"])
    extra = sorted(set(found) - {n["number"] for n in gold["footnotes"]})
    return {"matched": matched, "total": len(gold["footnotes"]), "wrong": wrong, "extra": extra}


def marker_linked_right(footnote: Any, gold_note: dict[str, Any]) -> bool:
    """The note's marker exists and stands after the gold context, in the gold section
    (or on the gold ``marker_page``). A gold with ``marker_page`` (checked on page images)
    must end the marker context whole; else its last CONTEXT_TAIL characters must, as a
    text dump may hyphenate earlier words differently."""
    if footnote is None or footnote.marker is None:
        return False
    want = normalise(gold_note.get("context"))
    if "marker_page" not in gold_note:
        want = want[-CONTEXT_TAIL:]
    got = normalise(footnote.marker.context)
    if not got.endswith(want):
        return False
    if "marker_page" in gold_note and footnote.marker.page != gold_note["marker_page"]:
        return False
    return "section" not in gold_note or footnote.section == gold_note["section"]


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
        pairs, _, _ = pair(want, got, lambda w: w, lambda g: g)
        out[key] = {
            "matched": len(pairs),
            "total": len(want),
            "predicted": len(got),
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


def match_structure(report: Report, gold: dict[str, Any], document: str = "") -> list[KindResult]:
    """One KindResult per structure record kind the gold has."""
    results = []
    if "sections" in gold:
        results.append(
            score(
                "sections",
                document,
                gold["sections"],
                list(report.sections),
                lambda g: _title_key(g["number"], g["title"]),
                lambda s: _title_key(s.number, s.title),
                {"level": lambda g, s: g.get("level") == s.level},
                lambda g: f"{g['number']} {g['title']!r}",
                lambda s: f"{s.number} {s.title!r}",
            )
        )
    notes = gold.get("footnotes", [])
    results.append(
        score(
            "footnotes",
            document,
            notes,
            list(report.footnotes),
            lambda g: g["number"],
            lambda n: n.number,
            {
                "text": lambda g, n: normalise(n.text) == normalise(g["text"]),
                "page": lambda g, n: n.page == g["page"] if "page" in g else None,
            },
            lambda g: f"fn {g['number']} {normalise(g['text'])[:60]!r}",
            lambda n: f"fn {n.number} p{n.page} {normalise(n.text)[:60]!r}",
        )
    )
    linked = [g for g in notes if g.get("context") is not None]
    results.append(
        score(
            "markers",
            document,
            linked,
            [n for n in report.footnotes if n.marker is not None],
            lambda g: g["number"],
            lambda n: n.number,
            {"place": lambda g, n: marker_linked_right(n, g)},
            lambda g: f"marker {g['number']} after {normalise(g['context'])[-30:]!r}",
            lambda n: (
                f"marker {n.number} p{n.marker.page} after "
                f"{normalise(n.marker.context)[-30:]!r} in {n.section}"
            ),
        )
    )
    for key, kind in GOLD_KINDS.items():
        if key not in gold:
            continue
        results.append(
            score(
                {"margin_boxes": "boxes"}.get(key, key),
                document,
                gold[key],
                [p for p in report.paragraphs if p.kind == kind],
                lambda g: (normalise(g["text"]), g.get("section")),
                lambda p: (normalise(p.text), p.section),
                {},
                lambda g: f"{g.get('section')} {normalise(g['text'])[:60]!r}",
                lambda p: f"{p.section} {normalise(p.text)[:60]!r}",
            )
        )
    return results
