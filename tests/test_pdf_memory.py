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


def _floats_by_value(objs: list[Any]) -> dict[float, set[int]]:
    """Ids of the float objects among ``objs``, by value (zeros left out: 0.0 and -0.0
    are equal but written differently, and each is kept as read)."""
    out: dict[float, set[int]] = {}
    for v in objs:
        if isinstance(v, float) and v:
            out.setdefault(v, set()).add(id(v))
    return out


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_pages_share_their_recurring_coordinates(backend):
    pages, _ = reader.read_pages(EMN_LIKE, {2, 3, 4, 5, 6}, backend=backend)
    values: list[Any] = []
    for page in pages:
        for ln in page.lines:
            values += [ln.x0, ln.top, ln.x1, ln.bottom, ln.size, ln.baseline, ln.right]
            for r in ln.runs:
                values += [r.x0, r.x1, r.top, r.bottom, r.size, r.baseline, r.lift, r.ink]
    by_value = _floats_by_value(values)
    # the pages' margins and baselines recur: far fewer values than coordinates
    assert 3 * len(by_value) < len(values)
    assert all(len(ids) == 1 for ids in by_value.values())  # one object per value
    one_run = [ln for page in pages for ln in page.lines if len(ln.runs) == 1]
    same = [ln for ln in one_run if ln.runs[0].text == ln.text]
    assert len(same) > 100
    assert all(ln.runs[0].text is ln.text for ln in same)  # one copy of the line's text
    texts: dict[str, set[int]] = {}
    for page in pages:
        for ln in page.lines:
            for text in (ln.text, *(r.text for r in ln.runs)):
                texts.setdefault(text, set()).add(id(text))
    assert all(len(ids) == 1 for ids in texts.values())  # a running header: one object


def test_share_values_keeps_every_value_and_zeros_as_they_are():
    from emnextract.document import SharedValues

    shared = SharedValues()
    a, b = float("72.5"), float("7") + 65.5  # equal values, two objects
    assert a is not b
    assert shared.number(a) is a and shared.number(b) is a
    neg, pos = -0.0, 0.0
    assert str(shared.number(neg)) == "-0.0" and str(shared.number(pos)) == "0.0"
    assert shared.box((neg, 1.0, 2.0, 3.0)) == (neg, 1.0, 2.0, 3.0)
    assert str(shared.box((pos, 1.0, 2.0, 3.0))[0]) == "0.0"
    box = shared.box((10.5, 20.25, 300.0, 31.0))
    assert shared.box((10.5, 20.25, 300.0, 31.0)) is box
    assert shared.box(None) is None
    n = int("1000")
    assert shared.offset(n) is shared.offset(int("1000"))


def test_a_document_shares_recurring_boxes_numbers_and_texts():
    from emnextract.pdf.reader import read_pdf

    doc = read_pdf(EMN_LIKE)
    units = [*doc.paragraphs, *doc.footnotes]
    lines = [tl for u in units for tl in u.lines]
    boxes = [tl.bbox for tl in lines if tl.bbox is not None]
    assert len(boxes) > 1000
    by_box: dict[Any, set[int]] = {}
    for box in boxes:
        if all(box):
            by_box.setdefault(box, set()).add(id(box))
    assert all(len(ids) == 1 for ids in by_box.values())
    assert len(by_box) < len(boxes)  # some boxes recur (a running line, a grid)
    values = [v for box in boxes for v in box] + [t for tl in lines for t in (tl.start, tl.end)]
    assert all(len(ids) == 1 for ids in _floats_by_value(values).values())
    ends: dict[int, set[int]] = {}
    for tl in lines:
        ends.setdefault(tl.end, set()).add(id(tl.end))
    assert all(len(ids) == 1 for ids in ends.values())
    texts: dict[str, set[int]] = {}
    for u in units:
        texts.setdefault(u.text, set()).add(id(u.text))
    assert len(texts) < len(units)  # the fixture repeats some texts
    assert all(len(ids) == 1 for ids in texts.values())


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
