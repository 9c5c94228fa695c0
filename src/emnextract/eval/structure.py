"""The structure matcher: sections, footnotes with their text, markers, and the reference's
subheadings, margin boxes and captions.

Gold (``kind: structure``) holds ``sections`` (number, title, level), ``footnotes``
(number, text, and where the marker stands: ``context``, the body text right before it,
plus ``section`` or ``marker_page``; a footnote's own ``page`` when known), and optionally
``subheadings``, ``margin_boxes`` and ``captions`` (text, section). Scored:

- sections on (number, title), field ``level``; unnumbered parts (number null) only when
  the gold lists some;
- footnotes on their number, fields ``text`` (equal after whitespace normalisation) and
  ``page``;
- markers on the note number, field ``place``: the marker stands right after the gold
  context, in the gold section / on the gold page;
- subheadings, boxes, captions on (text, section) among paragraphs of that kind.

The matcher takes a :class:`~emnextract.model.Report`, so the same gold scores the text dump
and the fixture PDFs made from it.
"""

from __future__ import annotations

from typing import Any

from ..model import Report
from .match import score
from .result import KindResult

CONTEXT_TAIL = 15  # characters of the gold context that must end the marker context


def normalise(text: str | None) -> str:
    return " ".join((text or "").split())


def _title_key(number: str | None, title: str) -> tuple[str, str]:
    return (number or "").strip().rstrip("."), normalise(title).casefold()


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


GOLD_KINDS = {"subheadings": "subheading", "margin_boxes": "box", "captions": "caption"}


def match_structure(report: Report, gold: dict[str, Any], document: str = "") -> list[KindResult]:
    """One KindResult per structure record kind the gold has."""
    results = []
    if "sections" in gold:
        # unnumbered parts are scored only against a gold that lists them
        scored = [
            s
            for s in report.sections
            if s.number is not None or any(g.get("number") is None for g in gold["sections"])
        ]
        results.append(
            score(
                "sections",
                document,
                gold["sections"],
                scored,
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
