"""Loading gold files: one JSON format per record kind (docs/gold-format.md).

Every gold file holds one kind for one document::

    {"document": "fixtures/emn2019-part1.txt", "kind": "measures", "scope": "section",
     "note": "how it was made", "measures": [...]}

A gold folder may hold files of several documents and kinds; ``load_gold_dir`` groups them.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

KINDS = ("structure", "citations", "measures", "statistics")
LIST_KEY = {
    "structure": "footnotes",
    "citations": "citations",
    "measures": "measures",
    "statistics": "statistics",
}
SCOPES = ("section", "page", "footnote", "document")


class GoldError(Exception):
    """A gold file or folder that cannot be used (missing, malformed)."""


def check_gold(data: Any, where: str) -> dict[str, Any]:
    """``data`` if it is a well-formed gold file, else GoldError naming ``where``."""
    if not isinstance(data, dict):
        raise GoldError(f"{where}: a gold file holds one JSON object")
    kind = data.get("kind")
    if kind not in KINDS:
        raise GoldError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    if not isinstance(data.get("document"), str):
        raise GoldError(f"{where}: 'document' (the source file) is missing")
    if data.get("scope", "section") not in SCOPES:
        raise GoldError(f"{where}: 'scope' must be one of {', '.join(SCOPES)}")
    if not isinstance(data.get(LIST_KEY[kind]), list):
        raise GoldError(f"{where}: a {kind} gold needs the list {LIST_KEY[kind]!r}")
    return data


def load_gold_dir(gold_dir: str | Path) -> dict[str, dict[str, dict[str, Any]]]:
    """{document: {kind: gold}} from every ``*.json`` file directly in ``gold_dir``."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold folder {gold_dir} not found")
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}: not JSON ({exc})") from None
        data = check_gold(data, str(path))
        kinds = out.setdefault(data["document"], {})
        if data["kind"] in kinds:
            raise GoldError(f"{path}: a second {data['kind']} gold for {data['document']}")
        kinds[data["kind"]] = data
    if not out:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    return out


def gold_for_source(
    golds: dict[str, dict[str, Any]], source: str | Path
) -> tuple[str, dict[str, Any]]:
    """The (document, {kind: gold}) of ``source``: the only document, or the one of its name."""
    if len(golds) == 1:
        return next(iter(golds.items()))
    stem = Path(source).stem.removesuffix(".pdf").removesuffix(".txt")
    for document, kinds in golds.items():
        if Path(document).stem == stem:
            return document, kinds
    raise GoldError(f"no gold for {Path(source).name} among {len(golds)} documents")


def restrict_to_chapters(gold: dict[str, Any], chapters: Collection[int]) -> dict[str, Any]:
    """A structure gold cut to the given chapters (the alternative-layout fixture)."""

    def chapter(section: str | None) -> int | None:
        return int(section.split(".")[0]) if section else None

    return {
        **gold,
        "sections": [s for s in gold["sections"] if chapter(s["number"]) in chapters],
        "footnotes": [n for n in gold["footnotes"] if chapter(n.get("section")) in chapters],
        **{
            key: [x for x in gold[key] if chapter(x.get("section")) in chapters]
            for key in ("subheadings", "margin_boxes", "captions")
            if key in gold
        },
    }
