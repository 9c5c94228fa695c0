"""Shared fixtures: each input is read and extracted once per test session."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The compiled-pattern cache (patterns/compiled.py) of the test process and of every process
# a test starts lives in a folder of its own, deleted at the end (after the cache's own
# write at exit, registered later): running the tests writes nothing into the user's home.
CACHE_DIR = tempfile.mkdtemp(prefix="emnextract-test-cache-")
os.environ["EMNEXTRACT_CACHE_DIR"] = CACHE_DIR
os.environ.pop("EMNEXTRACT_NO_CACHE", None)
atexit.register(shutil.rmtree, CACHE_DIR, True)

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


def load_tool(name: str):
    """The module ``tools/<name>.py`` (the fixture generators), imported by path."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def page_glyphs(path: Path) -> list[list[tuple]]:
    """Per page: every char of a PDF with its font, size and position."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [
            [(c["text"], c["fontname"], c["size"], c["x0"], c["top"]) for c in page.chars]
            for page in pdf.pages
        ]


GLYPH_SLACK = 0.01  # points: float noise between builds of a generator (Python, reportlab)


def same_glyphs(a: list[list[tuple]], b: list[list[tuple]]) -> bool:
    """Are ``a`` and ``b`` (:func:`page_glyphs`) the same chars in the same fonts and
    sizes at the same places, give or take :data:`GLYPH_SLACK`? (Rounding both to a
    tenth of a point would tell apart two places a hair's breadth either side of a
    rounding boundary.)"""
    if [len(page) for page in a] != [len(page) for page in b]:
        return False
    for page_a, page_b in zip(a, b, strict=True):
        for (text, font, size, x, top), (text_b, font_b, size_b, x_b, top_b) in zip(
            page_a, page_b, strict=True
        ):
            if (text, font) != (text_b, font_b):
                return False
            if max(abs(size - size_b), abs(x - x_b), abs(top - top_b)) > GLYPH_SLACK:
                return False
    return True


@functools.cache
def extracted(relpath: str):
    """The Report of a repo file, extracted once per session."""
    from emnextract import extract

    return extract(ROOT / relpath)


@pytest.fixture(scope="session")
def report_of():
    return extracted


@pytest.fixture(params=["pdfplumber", "pdfium"])
def each_backend(request, monkeypatch):
    """Runs a test once per PDF backend (the reader's default set to it)."""
    from emnextract.pdf import reader

    monkeypatch.setattr(reader, "DEFAULT_BACKEND", request.param)
    return request.param


def damage_pages(monkeypatch, backend: str, pages: set[int] | None, exc: Exception) -> None:
    """Make the given 1-based pages (None: all) raise ``exc`` when read by ``backend``."""
    if backend == "pdfium":
        from emnextract.pdf import pdfium

        real = pdfium.read_page

        def read_page(pdf, index, fonts):
            if pages is None or index + 1 in pages:
                raise exc
            return real(pdf, index, fonts)

        monkeypatch.setattr(pdfium, "read_page", read_page)
        return
    import pdfplumber.page

    chars = pdfplumber.page.Page.chars

    def damaged(page):
        if pages is None or page.page_number in pages:
            raise exc
        return chars.fget(page)

    monkeypatch.setattr(pdfplumber.page.Page, "chars", property(damaged))
