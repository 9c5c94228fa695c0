"""Shared fixtures: each input is read and extracted once per test session."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SNAPSHOTS = ROOT / "tests" / "snapshots"

# Every input whose whole Report is kept in tests/snapshots/ (see test_snapshots.py).
SNAPSHOT_INPUTS = [
    "fixtures/emn2019-part1.txt",
    "fixtures/emn2019-like.pdf",
    "fixtures/altlayout-2019.pdf",
    *sorted(f"fixtures/realdocs/{p.name}" for p in (FIXTURES / "realdocs").glob("*.pdf")),
]


@functools.cache
def extracted(relpath: str):
    """The Report of a repo file, extracted once per session."""
    from emnextract import extract

    return extract(ROOT / relpath)


@pytest.fixture(scope="session")
def report_of():
    return extracted
