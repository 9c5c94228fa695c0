"""Output stays what it was: every Report equals its stored snapshot, new fields aside.

``tests/snapshots/*.json.gz`` hold the Reports of the fixtures and real documents as
``emnextract extract`` wrote them before the architecture refactor (0.1.0 output),
read with the default PDF backend (pdfium; pdfplumber's Reports are held to the same
by tests/test_backends.py).
A field that the snapshot does not have is a new field and is not compared; every
field it has must be unchanged. A deliberate change of output (an extractor fix)
replaces the snapshot in the same commit, saying why.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import SNAPSHOT_INPUTS, SNAPSHOTS, extracted


def _known_fields_differ(old, new, where="$"):
    """Paths where ``new`` differs from ``old`` on the fields ``old`` has."""
    if isinstance(old, dict):
        if not isinstance(new, dict):
            return [where]
        out = []
        for key, value in old.items():
            if key not in new:
                out.append(f"{where}.{key} (missing)")
            else:
                out.extend(_known_fields_differ(value, new[key], f"{where}.{key}"))
        return out
    if isinstance(old, list):
        if not isinstance(new, list) or len(old) != len(new):
            return [f"{where} (length {len(old)} -> {len(new) if isinstance(new, list) else '?'})"]
        out = []
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            out.extend(_known_fields_differ(a, b, f"{where}[{i}]"))
        return out
    return [] if old == new else [f"{where}: {old!r} -> {new!r}"]


@pytest.mark.parametrize("relpath", SNAPSHOT_INPUTS)
def test_report_equals_snapshot(relpath):
    snapshot = SNAPSHOTS / f"{Path(relpath).name}.json.gz"
    old = json.loads(gzip.decompress(snapshot.read_bytes()))
    new = json.loads(extracted(relpath).model_dump_json())
    old["source"].pop("path")
    new["source"].pop("path")
    diffs = _known_fields_differ(old, new)
    assert not diffs, f"{len(diffs)} differences, first: {diffs[:5]}"


def test_the_comparison_sees_a_change():
    old = {"a": [{"x": 1, "y": "t"}], "b": None}
    assert _known_fields_differ(old, {"a": [{"x": 1, "y": "t", "new": 3}], "b": None}) == []
    assert _known_fields_differ(old, {"a": [{"x": 2, "y": "t"}], "b": None}) == ["$.a[0].x: 1 -> 2"]
    assert _known_fields_differ(old, {"a": [], "b": None}) == ["$.a (length 1 -> 0)"]
