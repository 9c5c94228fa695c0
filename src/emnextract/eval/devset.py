"""The dev cases (``shared/devset/cases.jsonl``) as Documents and gold.

Each case becomes a Document directly, without a reader: a citation case made of footnote
lines (``14 Kamerstukken II …``) gives notes; any other text is one body paragraph. A mixed
case gives one body paragraph (its footnote markers taken out at the gold
``footnote_links``) and its notes. The gold turns into the project's gold formats with
scope ``document`` (the case): citations (an Ibid. record stands for copies of the
citations of the note it resolves to), measures (the case's ``dates``) and statistics
(its ``numbers``). Matching follows the set's README: citations by kind and key fields,
dates by date then role, precision and modifier, numbers by value then unit and period.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..document import Document, MarkerRef, Note, Para
from ..model import Source
from ..patterns.evaluation import DEVSET_NOTE_LINE
from ..text.footnotes import join_note_lines

RECORD_KEYS = {"kind", "raw", "footnote", "malformed", "id", "problems"}


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _notes(lines: list[str]) -> list[Note] | None:
    """Notes from footnote lines (a line without a number continues the note before it)."""
    groups: list[tuple[int, list[str]]] = []
    for line in lines:
        m = DEVSET_NOTE_LINE.fullmatch(line.strip())
        if m:
            groups.append((int(m.group(1)), [m.group(2)]))
        elif groups and line.strip():
            groups[-1][1].append(line)
        elif line.strip():
            return None  # text before the first note number: not footnote lines
    return [Note(number=n, text=join_note_lines(ls)) for n, ls in groups] or None


def _body(text: str, links: list[dict[str, Any]]) -> Para:
    """One body paragraph; each linked marker is cut out of the text and kept as a MarkerRef."""
    markers = []
    pos = 0
    for link in links:
        glued = link["after_text"] + str(link["marker"])
        at = text.find(glued, pos)
        if at < 0:
            continue
        cut = at + len(link["after_text"])
        text = text[:cut] + text[cut + len(str(link["marker"])) :]
        markers.append(MarkerRef(number=link["marker"], offset=cut))
        pos = cut
    return Para(text=" ".join(text.split("\n")), markers=markers)


def case_document(case: dict[str, Any]) -> tuple[Document, bool]:
    """(the case as a Document, whether its footnote lines became notes)."""
    source = Source(path=f"devset/{case['id']}", sha256="0" * 64, kind="text")
    if case["kind"] == "mixed":
        body, _, notes = case["text"].partition("\n\n")
        return (
            Document(
                source=source,
                paragraphs=[_body(body, case["gold"].get("footnote_links", []))],
                footnotes=_notes(notes.split("\n")) or [],
            ),
            True,
        )
    if case["kind"] == "citation":
        notes = _notes(case["text"].split("\n"))
        if notes is not None:
            return Document(source=source, footnotes=notes), True
    return Document(source=source, paragraphs=[_body(case["text"], [])]), False


def _citation(record: dict[str, Any], footnote: int | None) -> dict[str, Any]:
    return {
        "footnote": footnote,
        "kind": record["kind"],
        "canonical": record.get("id"),
        "fields": {k: v for k, v in record.items() if k not in RECORD_KEYS},
        "malformed": record.get("malformed", False),
        "ibid_of_footnote": None,
    }


def case_gold(case: dict[str, Any], as_notes: bool) -> dict[str, dict[str, Any]]:
    """{kind: gold} of one case, in the project's gold formats (scope: the case)."""
    gold = case["gold"]
    by_note: dict[int | None, list[dict[str, Any]]] = {}
    citations = []
    for record in gold.get("citations", []):
        footnote = record["footnote"] if as_notes else None
        if record["kind"] == "ibid":
            target = (
                record["fields"]["resolves_to"] if "fields" in record else record["resolves_to"]
            )
            copies = []
            for original in by_note.get(target, []):
                copy = {**original, "footnote": footnote, "ibid_of_footnote": target}
                copy["fields"] = dict(original["fields"])
                if record.get("page") and "page" in copy["fields"]:
                    copy["fields"]["page"] = record["page"]
                copies.append(copy)
            by_note.setdefault(footnote, []).extend(copies)
            citations += copies
            continue
        item = _citation(record, footnote)
        by_note.setdefault(footnote, []).append(item)
        citations.append(item)
    header = {"document": f"devset/{case['id']}", "scope": "document", "note": ""}
    out: dict[str, dict[str, Any]] = {}
    if "citations" in gold:
        out["citations"] = {**header, "kind": "citations", "citations": citations}
    if "dates" in gold:
        # a date record carries "modifier" only with begin/medio/eind: absent is null
        dates = [{**d, "modifier": d.get("modifier")} for d in gold["dates"]]
        out["measures"] = {**header, "kind": "measures", "measures": dates}
    if "numbers" in gold:
        out["statistics"] = {**header, "kind": "statistics", "statistics": gold["numbers"]}
    return out
