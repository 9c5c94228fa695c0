"""A long PDF is read in memory that grows with what is kept, not with what was parsed.

pdfplumber builds each page's layout (pdfminer objects, one per glyph) and char dicts;
pdfminer keeps each page's content streams decoded in its object cache until the PDF
is closed. The reader keeps only the lines it built: these tests watch, while pages
are read, that the layouts and decoded streams of pages already built are gone, and
that a page keeps its drawn rects as five values each. PDFium keeps what it parsed of
every page until the document is closed: the pdfium reader opens it again every few
pages, which must not change a byte of the Report.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest

from emnextract.pdf import reader
from emnextract.pdf.page import Page, Rect

EMN_LIKE = Path(__file__).resolve().parent.parent / "fixtures" / "emn2019-like.pdf"


def test_built_pages_release_their_layout_and_content_streams(monkeypatch):
    import pdfplumber.page

    layouts: list[weakref.ref[Any]] = []  # pdfminer's page layouts, in reading order
    streams: list[int] = []  # object ids of the content streams of pages read
    live_at_build: list[int] = []
    opened: list[Any] = []
    leftover: list[int] = []

    layout_of = pdfplumber.page.Page.layout.fget

    def layout(page: Any) -> Any:
        fresh = not hasattr(page, "_layout")
        result = layout_of(page)
        if fresh:
            layouts.append(weakref.ref(result))
            streams.extend(s.objid for s in page.page_obj.contents if s.objid is not None)
        return result

    build_lines = reader.build_lines

    def counting_build(*args: Any, **kwargs: Any) -> Any:
        gc.collect()
        live_at_build.append(sum(ref() is not None for ref in layouts))
        return build_lines(*args, **kwargs)

    open_pdf = reader._open

    def keeping_open(*args: Any, **kwargs: Any) -> Any:
        pdf = open_pdf(*args, **kwargs)
        close = pdf.close

        def checked_close() -> None:
            cached = pdf.doc._cached_objs
            leftover.extend(objid for objid in streams if objid in cached)
            close()

        pdf.close = checked_close
        opened.append(pdf)
        return pdf

    monkeypatch.setattr(pdfplumber.page.Page, "layout", property(layout))
    monkeypatch.setattr(reader, "build_lines", counting_build)
    monkeypatch.setattr(reader, "_open", keeping_open)

    pages, _ = reader.read_pages(EMN_LIKE, {2, 3, 4, 5, 6}, backend="pdfplumber")
    assert [p.number for p in pages] == [2, 3, 4, 5, 6]
    assert all(p.lines for p in pages)
    assert len(layouts) == 5 and len(streams) >= 5
    # while a page is built, only its own layout is alive: earlier ones were released
    assert live_at_build == [1, 1, 1, 1, 1]
    # no decoded content stream of a page read is left in pdfminer's object cache
    assert opened and leftover == []


def test_a_page_keeps_its_rects_as_five_values():
    drawn = [
        # a thin separator rule, as pdfplumber describes it (many more keys than used)
        {
            "x0": 60.0,
            "top": 700.0,
            "x1": 200.0,
            "bottom": 700.5,
            "fill": False,
            "stroke": True,
            "pts": [(60.0, 700.0), (200.0, 700.0)],
            "non_stroking_color": None,
        },
        {"x0": 50.0, "top": 100.0, "x1": 545.0, "bottom": 300.0, "fill": True},
    ]
    page = Page(1, 595.0, 842.0, rects=tuple(drawn))
    assert page.rects == (
        Rect(60.0, 700.0, 200.0, 700.5, False),
        Rect(50.0, 100.0, 545.0, 300.0, True),
    )
    assert page.rules == [(700.0, 60.0, 200.0)]
    assert page.shades == [(50.0, 100.0, 545.0, 300.0)]
    assert page.frames(10.0) == [(50.0, 100.0, 545.0, 300.0)]
    # a page made again from a page (new roles) keeps the same rects
    assert page.with_lines(()).rects == page.rects


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_read_pages_give_rects_on_both_backends(backend):
    (page,), _ = reader.read_pages(EMN_LIKE, {2}, backend=backend)
    assert page.rects and all(isinstance(r, Rect) for r in page.rects)
    assert len(page.rules) == 1  # the separator above the page's notes


def test_pdfium_reopens_the_document_every_few_pages_with_the_same_report(monkeypatch):
    from emnextract import extract
    from emnextract.pdf import pdfium

    opened: list[Path] = []
    open_pdf = pdfium.open_pdf

    def counting_open(path: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(path)
        return open_pdf(path, *args, **kwargs)

    monkeypatch.setattr(pdfium, "open_pdf", counting_open)
    monkeypatch.setattr(pdfium, "_REOPEN_PAGES", 10**6)
    whole = extract(EMN_LIKE, backend="pdfium").model_dump_json()
    assert len(opened) == 1
    opened.clear()
    monkeypatch.setattr(pdfium, "_REOPEN_PAGES", 5)
    reopened = extract(EMN_LIKE, backend="pdfium")
    assert reopened.source.pages == 36
    # opened for pages 1-5, then again before pages 6, 11, ..., 36: no open after the last
    assert len(opened) == 8
    assert reopened.model_dump_json() == whole
    # only the pages read count
    opened.clear()
    pages, n = pdfium.read_pages(EMN_LIKE, set(range(20, 32)))
    assert n == 36 and [p.number for p in pages] == list(range(20, 32))
    assert len(opened) == 3
    monkeypatch.setattr(pdfium, "_REOPEN_PAGES", 10**6)
    once = pdfium.read_pages(EMN_LIKE, set(range(20, 32)))[0]
    assert len(opened) == 4

    def facts(page: Page) -> tuple[Any, ...]:
        return page.number, page.width, page.height, page.lines, tuple(page.rects), page.links

    assert [facts(p) for p in pages] == [facts(p) for p in once]
