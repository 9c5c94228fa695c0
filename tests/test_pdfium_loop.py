"""The pdfium backend's per-char loop does little per char, and what it skips or does
the cheap way gives the same glyphs: the rounding of origins equals round() for the
single floats PDFium gives, and a glyph's own advance is worked out only where its box
says it differs from the font's. No clock is read.
"""

from __future__ import annotations

import ctypes
import math
import random
import struct
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from emnextract.pdf import pdfium
from emnextract.pdf.reader import read_pages

ROOT = Path(__file__).resolve().parent.parent


def _text_page(page: Any) -> tuple[Any, ctypes.c_void_p, int, str]:
    """A page's text page, as the per-char calls take it (a ``c_void_p``), its char
    count and its text."""
    import pypdfium2

    textpage = page.get_textpage()
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    n = pypdfium2.raw.FPDFText_CountChars(textpage.raw)
    return textpage, tp, n, pdfium._page_text(pypdfium2.raw, textpage.raw, n)


def _asked_objects(fonts: pdfium._Fonts) -> list[int]:
    """The chars whose text object ``fonts`` asks PDFium for from now on, in order."""
    asked: list[int] = []
    real = fonts.char_object

    def counting(tp: Any, i: int) -> Any:
        asked.append(i)
        return real(tp, i)

    fonts.char_object = counting
    return asked


def _single(v: float) -> float:
    return float(struct.unpack("f", struct.pack("f", v))[0])


def _same_float(a: float, b: float) -> bool:
    return struct.pack("d", a) == struct.pack("d", b) or (math.isnan(a) and math.isnan(b))


def _lines_pdf(path: Path, lines: list[str], size: float, top: float, leading: float) -> Path:
    """A page of ``lines`` in Helvetica, one drawString each, ``leading`` apart."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", size)
    for k, line in enumerate(lines):
        c.drawString(72, top - leading * k, line)
    c.save()
    return path


def test_round_places_is_round_for_single_floats():
    rng = random.Random(7)
    values = [0.0, -0.0, 1e-9, -1e-9, 0.00004, -0.00004, 0.00005, -0.00006, 1.0, -1.0]
    # exact ties at the 4th decimal: k + 0.5 ten-thousandths, e.g. 1/32 = 0.03125
    values += [s * (2 * j + 1) / 32 for j in range(200) for s in (1, -1)]
    values += [s * (2 * j + 1) / 2 ** (5 + e) for j in range(50) for e in range(4) for s in (1, -1)]
    # page-like positions and random single floats of every magnitude
    values += [rng.uniform(-50.0, 1000.0) for _ in range(20000)]
    values += [rng.uniform(-1.0, 1.0) * 10.0 ** rng.randint(-8, 14) for _ in range(20000)]
    values += [3.4e38, -3.4e38, math.inf, -math.inf, math.nan]
    for v in map(_single, values):
        assert _same_float(pdfium._round_places(v), round(v, pdfium._PLACES)), v


def test_pdfium_gives_positions_as_single_floats():
    """The premise of _round_places: origins survive a round trip through a C float;
    and the glyphs' positions are the origins rounded by round() itself."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(ROOT / "fixtures" / "emn2019-like.pdf"))
    fonts = pdfium._Fonts()
    try:
        seen = 0
        for index in (0, 3, 10):
            page = pdf[index]
            textpage, tp, n, _text = _text_page(page)
            at_y = ctypes.byref(fonts.xy, ctypes.sizeof(ctypes.c_double))
            xs, ys = set(), set()
            for i in range(n):
                assert fonts.char_origin(tp, i, ctypes.byref(fonts.xy), at_y)
                x, y = fonts.xy
                assert (x, y) == (_single(x), _single(y))
                xs.add(round(x, pdfium._PLACES))
                ys.add(round(y, pdfium._PLACES))
                seen += 1
            textpage.close()
            rot = pdfium._rotation(page, 0.0, 0.0)
            glyphs = list(pdfium.page_glyphs(page, fonts, rot, pieces=False))
            assert len(glyphs) > 100
            assert all(g[1] in xs and g[3] in ys for g in glyphs if g[0] != " ")
            page.close()
        assert seen > 1000
    finally:
        pdf.close()


def test_own_advance_is_worked_out_only_where_the_glyph_differs(tmp_path, monkeypatch):
    """Text in a font whose glyph for each char is the font's: no char needs its own
    advance, so the (several calls dear) own_advance is never asked."""
    lines = [f"Regel {k}: de wet werd in 2019 van kracht, zonder uitzondering." for k in range(20)]
    path = _lines_pdf(tmp_path / "plain.pdf", lines, 10, 700, 14)
    calls: list[int] = []
    real = pdfium._Fonts.own_advance

    def counting(self: Any, *args: Any) -> float:
        calls.append(1)
        return float(real(self, *args))

    monkeypatch.setattr(pdfium._Fonts, "own_advance", counting)
    (page,), _ = read_pages(path, backend="pdfium")
    assert len(page.lines) == 20
    assert page.lines[0].text == "Regel 0: de wet werd in 2019 van kracht, zonder uitzondering."
    assert calls == []


def test_each_char_costs_two_c_calls_and_a_share_of_a_third(tmp_path, monkeypatch):
    """Per char of the text page (PDFium's own line breaks too) its origin and its loose
    box, each asked once; its text object asked of fewer than half the chars (a line
    is one text object here: its chars between two probes of it are not asked); no
    space's generated flag (its loose box has a height: only a char with an empty one
    may be PDFium's own); more only for the few chars whose glyph's advance is not the
    font's for the char (own_advance)."""
    lines = [f"Zin {k} over de opvang van asielzoekers in de gemeente." for k in range(30)]
    path = _lines_pdf(tmp_path / "plain.pdf", lines, 11, 760, 16)
    calls: dict[str, int] = {}
    real = pdfium._bare

    def counted(function: Any, result: Any) -> Any:
        call = real(function, result)
        name = function.__name__

        def counting(*args: Any) -> Any:
            calls[name] = calls.get(name, 0) + 1
            return call(*args)

        return counting

    own: list[int] = []
    own_advance = pdfium._Fonts.own_advance

    def counting_own(self: Any, tpv: Any, i: int, *args: Any) -> float:
        own.append(i)
        return float(own_advance(self, tpv, i, *args))

    monkeypatch.setattr(pdfium, "_bare", counted)
    monkeypatch.setattr(pdfium._Fonts, "own_advance", counting_own)
    (page,), _ = read_pages(path, backend="pdfium")
    assert [ln.text for ln in page.lines] == lines
    spaces = sum(line.count(" ") for line in lines)
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    n = doc[0].get_textpage().count_chars()
    doc.close()
    assert n == sum(len(line) for line in lines) + 2 * (len(lines) - 1)  # "\r\n" between
    assert len(own) <= len(lines)  # a glyph or so per line whose box is a bit wider
    assert calls["FPDFText_GetCharOrigin"] == n + len(own)  # own: the next glyph's
    assert calls["FPDFText_GetLooseCharBox"] == n
    assert calls["FPDFText_GetCharBox"] == len(own)
    # the text objects of the probes and of the chars around a line's end, and the
    # next glyph's for a few own advances
    assert calls["FPDFText_GetTextObject"] <= n // 2 + 2 * len(own)
    assert spaces > 200 and "FPDFText_IsGenerated" not in calls


def test_a_page_of_one_glyph_text_objects_is_read_without_asking_each_objects_text(
    tmp_path, monkeypatch
):
    """Some producers draw every glyph as a text object of its own. PDFium's text of one
    object (FPDFTextObj_GetText) scans every char of the page, so asking it per object
    grows with the square of the page's glyphs; each char's object is asked instead."""
    import pypdfium2.raw

    path = tmp_path / "glyphs.pdf"
    c = canvas.Canvas(str(path))
    lines = [f"Regel {k:02d} met losse letters" for k in range(25)]
    for k, line in enumerate(lines):
        x = 72.0
        for ch in line:
            t = c.beginText(x, 760 - 16 * k)
            t.setFont("Helvetica", 11)
            t.textOut(ch)
            c.drawText(t)
            x += c.stringWidth(ch, "Helvetica", 11)
    c.save()

    def refused(*args: Any) -> int:
        raise AssertionError("FPDFTextObj_GetText asked")

    monkeypatch.setattr(pypdfium2.raw, "FPDFTextObj_GetText", refused)
    (page,), _ = read_pages(path, backend="pdfium")
    assert [ln.text for ln in page.lines] == lines


def test_a_pages_glyphs_go_to_the_run_builder_as_they_are_read(tmp_path, monkeypatch):
    """No list of a page's glyphs is made (they outnumber all else made from a page):
    the run builder takes them one by one from the reader, the text page still open."""
    import inspect

    lines = [f"Regel {k}: de maatregel geldt sinds 1 juli." for k in range(12)]
    path = _lines_pdf(tmp_path / "plain.pdf", lines, 10, 700, 14)
    given: list[Any] = []
    real = pdfium.glyph_runs

    def recording(glyphs: Any, top_of: float, count: Any = None) -> Any:
        given.append(glyphs)
        return real(glyphs, top_of, count)

    monkeypatch.setattr(pdfium, "glyph_runs", recording)
    (page,), _ = read_pages(path, backend="pdfium")
    assert [ln.text for ln in page.lines] == lines
    assert len(given) == 1 and inspect.isgenerator(given[0])
    assert inspect.getgeneratorstate(given[0]) == inspect.GEN_CLOSED


def test_chars_read_in_bulk_are_those_read_one_by_one():
    """_Fonts.chars reads every char's text object, origin and loose box in chunks of
    fixed buffers: across chunk boundaries it gives what one call per char gives."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(ROOT / "fixtures" / "emn2019-like.pdf"))
    fonts = pdfium._Fonts()
    try:
        page = pdf[3]
        textpage, tp, n, _text = _text_page(page)
        assert n > 3 * pdfium._CHUNK
        keys, xs, ys, rights, tops, bottoms = fonts.chars(tp, n)
        assert len(keys) == len(xs) == len(ys) == len(rights) == len(tops) == len(bottoms) == n
        xy = (ctypes.c_double * 2)()
        box = (ctypes.c_float * 4)()
        for i in range(n):
            assert keys[i] == fonts.char_object(tp, i)
            assert fonts.char_origin(tp, i, ctypes.byref(xy), ctypes.byref(xy, 8))
            assert (xs[i], ys[i]) == (xy[0], xy[1])
            assert fonts.char_loose_box(tp, i, box)
            assert (tops[i], rights[i], bottoms[i]) == (box[1], box[2], box[3])
        assert len(set(keys)) > 10 and None in keys  # objects, and PDFium's line breaks
        textpage.close()
        page.close()
    finally:
        pdf.close()


def test_a_loose_box_is_the_advance_joined_with_the_ink(tmp_path):
    """Why each char's loose box is asked of PDFium rather than worked out from its
    origin and the font's advance: PDFium joins the advance's box with the glyph's ink
    box, so a "j" (ink left of its origin) starts before its origin and an "f" (ink
    past its advance) ends beyond the next glyph's origin. The glyphs read keep the
    origins and the advances."""
    import pypdfium2

    path = tmp_path / "ink.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Times-Roman", 40)
    c.drawString(100, 600, "jaj fa")
    c.save()
    pdf = pypdfium2.PdfDocument(str(path))
    fonts = pdfium._Fonts()
    try:
        page = pdf[0]
        textpage, tp, n, text = _text_page(page)
        keys, xs, ys, rights, _tops, _bottoms = fonts.chars(tp, n)
        assert text == "jaj fa"
        box = (ctypes.c_float * 4)()  # left, top, right, bottom
        assert fonts.char_loose_box(tp, 0, box)
        assert box[0] < xs[0] - 1.0  # the "j" reaches left of its origin
        assert rights[4] > xs[5] + 1.0  # the "f" reaches past the "a" after it
        textpage.close()
        rot = pdfium._rotation(page, 0.0, 0.0)
        glyphs = list(pdfium.page_glyphs(page, fonts, rot, pieces=False))
        assert [g[0] for g in glyphs] == list("jaj fa")
        assert glyphs[0][1] == 100.0  # the "j" at its origin
        assert abs(glyphs[0][2] - glyphs[1][1]) < 0.001  # and as wide as its advance
        assert abs(glyphs[4][2] - glyphs[5][1]) < 0.001  # the "f" ends where the "a" starts
        page.close()
    finally:
        pdf.close()


def test_text_objects_asked_of_probes_are_those_of_every_char():
    """Every page of every fixture PDF: the text objects worked out from every
    _PROBE-th char (and the chars around a change) are those asked of each char."""
    import pypdfium2

    pages = 0
    for path in sorted((ROOT / "fixtures").rglob("*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        fonts = pdfium._Fonts()
        try:
            for page in pdf:
                pdfium._as_drawn(pypdfium2.raw, page.raw)  # the objects as page_glyphs reads them
                textpage, tp, n, text = _text_page(page)
                each = [fonts.char_object(tp, i) for i in range(n)]
                assert fonts.text_objects(tp, n, text) == each, (path.name, page)
                pages += n > 2 * pdfium._PROBE
                textpage.close()
                page.close()
        finally:
            pdf.close()
    assert pages > 50


def test_a_page_that_may_be_reordered_has_each_chars_text_object_asked(monkeypatch):
    """PDFium reverses a line's run of right-to-left text, so that one object's chars
    need not follow each other: on a page with such a char every char is asked."""
    import pypdfium2

    assert not pdfium._may_reorder("Het besluit – zie ‘artikel 2’ (€ 5) – geldt\r\n")
    assert pdfium._may_reorder("Het woord \u05e9\u05dc\u05d5\u05dd staat hier")
    assert pdfium._may_reorder("naam: \u0645\u062d\u0645\u062f")
    pdf = pypdfium2.PdfDocument(str(ROOT / "fixtures" / "emn2019-like.pdf"))
    fonts = pdfium._Fonts()
    asked = _asked_objects(fonts)
    try:
        page = pdf[3]
        textpage, tp, n, text = _text_page(page)
        probed = fonts.text_objects(tp, n, text)
        assert len(asked) < n // 2
        asked.clear()
        assert fonts.text_objects(tp, n, text + "\u05d0") == probed
        assert sorted(asked) == list(range(n))
        textpage.close()
        page.close()
    finally:
        pdf.close()


def _right_to_left_pdf(path: Path, pages: int) -> Path:
    """Pages of short Latin text runs in a document whose viewer preferences ask for
    right-to-left reading."""
    c = canvas.Canvas(str(path))
    c.setViewerPreference("Direction", "/R2L")
    for _page in range(pages):
        for k in range(4):
            t = c.beginText(20, 700 - 20 * k)
            t.setFont("Helvetica", 6)
            for _ in range(4):
                t.textOut("wetten regels")
                t.textOut("beleid kaders")
            c.drawText(t)
        c.showPage()
    c.save()
    return path


def test_the_reader_asks_a_documents_reading_order_once(tmp_path, monkeypatch):
    """read_pages asks whether a document reads right to left once, not per page or
    per reopening, and every page of such a document has each char's object asked."""
    asked: list[Any] = []
    texts: list[str | None] = []
    real_order, real_chars = pdfium._right_to_left, pdfium._Fonts.chars

    def order(pdf: Any) -> bool:
        asked.append(pdf)
        return real_order(pdf)

    def chars(self: Any, tpv: Any, n: int, text: str | None = None) -> Any:
        texts.append(text)
        return real_chars(self, tpv, n, text)

    monkeypatch.setattr(pdfium, "_right_to_left", order)
    monkeypatch.setattr(pdfium._Fonts, "chars", chars)
    plain = ROOT / "fixtures" / "emn2019-like.pdf"
    _pages, n = pdfium.read_pages(plain)
    assert n > pdfium._REOPEN_PAGES and len(asked) == 1  # opened more than once
    assert len(texts) == n and None not in texts  # probed: the text given
    asked.clear()
    texts.clear()
    _pages, n = pdfium.read_pages(_right_to_left_pdf(tmp_path / "r2l.pdf", pages=3))
    assert len(asked) == 1 and texts == [None] * 3  # every char asked on every page


def test_a_document_read_right_to_left_has_each_chars_text_object_asked(tmp_path):
    """A document whose viewer preferences ask for right-to-left reading has PDFium
    reverse each line's runs, Latin text too, so that a text object's chars are split
    by another's: probing would give chars the wrong object. Every char is asked."""
    import pypdfium2

    path = _right_to_left_pdf(tmp_path / "r2l.pdf", pages=1)
    pdf = pypdfium2.PdfDocument(str(path))
    fonts = pdfium._Fonts()
    try:
        assert pdfium._right_to_left(pdf)
        page = pdf[0]
        textpage, tp, n, text = _text_page(page)
        assert not pdfium._may_reorder(text)  # no right-to-left char in it
        each = [fonts.char_object(tp, i) for i in range(n)]
        assert fonts.text_objects(tp, n, text) != each  # what probing would get wrong
        textpage.close()
        asked = _asked_objects(fonts)
        rot = pdfium._rotation(page, 0.0, 0.0)
        glyphs = list(pdfium.page_glyphs(page, fonts, rot, pieces=False))
        assert len(glyphs) > 100
        assert sorted(set(asked)) == list(range(n))
        page.close()
    finally:
        pdf.close()
    plain = pypdfium2.PdfDocument(str(ROOT / "fixtures" / "emn2019-like.pdf"))
    try:
        assert not pdfium._right_to_left(plain)
    finally:
        plain.close()


def test_a_char_pdfium_makes_of_its_own_has_an_empty_loose_box():
    """The premise of asking the generated flag only of a char whose loose box is empty:
    PDFium's own spaces and line breaks (those within a text object too, in a letter
    whose words are set apart by position) have a loose box of no height, and so the
    flag is not missed for any."""
    import pypdfium2

    path = ROOT / "fixtures" / "realdocs" / "Kamerbrief_water_en_Bodem.pdf"
    pdf = pypdfium2.PdfDocument(str(path))
    fonts = pdfium._Fonts()
    assert fonts.empty_generated  # the PDFium installed is one of those builds
    generated = in_objects = 0
    try:
        for page in pdf:
            pdfium._as_drawn(pypdfium2.raw, page.raw)
            textpage, tp, n, _text = _text_page(page)
            keys, _xs, _ys, _rights, tops, bottoms = fonts.chars(tp, n)
            for i in range(n):
                if fonts.char_generated(tp, i) == 1:
                    assert tops[i] == bottoms[i], (page, i)
                    generated += 1
                    in_objects += keys[i] is not None
            textpage.close()
            page.close()
    finally:
        pdf.close()
    assert generated > 100 and in_objects > 50


def test_with_an_older_pdfium_every_space_has_its_generated_flag_asked(monkeypatch):
    """A PDFium before :data:`pdfium._EMPTY_GENERATED_BOX` gives its own chars a loose
    box of some height: then the flag of every space (of a text object) is asked, and
    the lines read are the same."""
    path = ROOT / "fixtures" / "realdocs" / "Kamerbrief_water_en_Bodem.pdf"
    read_now, _ = pdfium.read_pages(path)
    asked: list[int] = []
    real = pdfium._Fonts.__init__

    def older(self: Any, *args: Any) -> None:
        real(self, *args)
        assert self.empty_generated
        flag = self.char_generated

        def counting(tp: Any, i: int) -> Any:
            asked.append(i)
            return flag(tp, i)

        self.char_generated = counting
        self.empty_generated = False

    monkeypatch.setattr(pdfium._Fonts, "__init__", older)
    read_then, _ = pdfium.read_pages(path)
    assert [[ln.text for ln in p.lines] for p in read_then] == [
        [ln.text for ln in p.lines] for p in read_now
    ]
    assert [[ln.bbox for ln in p.lines] for p in read_then] == [
        [ln.bbox for ln in p.lines] for p in read_now
    ]
    assert len(asked) > 500  # the spaces of every text object


def _runs(page: Any, fonts: pdfium._Fonts, pieces: bool) -> list[tuple[Any, ...]]:
    import dataclasses

    left, bottom, right, top = page.get_mediabox()
    rot = pdfium._rotation(page, right - left, top - bottom)
    top_of = top - bottom if page.get_rotation() % 180 == 0 else right - left
    glyphs = pdfium.page_glyphs(page, fonts, rot, pieces=pieces)
    try:
        runs = pdfium.glyph_runs(glyphs, top_of, fonts.count)
    finally:
        glyphs.close()
    return [dataclasses.astuple(r) for r in runs]


def test_glyphs_given_as_pieces_make_the_runs_that_glyphs_given_alone_make():
    """Every page of every fixture PDF (reports, letters set by position, ligatures,
    accents, superscripts, rotated pages, tables, spreads): the runs
    built from the glyphs given as pieces (a glyph and the tail of glyphs going
    straight on its run) are those built from every glyph given alone, to the last
    float; and pieces stand for many glyphs."""
    import pypdfium2

    pages = items = glyphs = 0
    for path in sorted((ROOT / "fixtures").rglob("*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        fonts = pdfium._Fonts()
        try:
            for index in range(len(pdf)):
                # (a page is read once: reading sets its objects up, see _as_drawn)
                page = pdf[index]
                alone = _runs(page, fonts, pieces=False)
                page.close()
                page = pdf[index]
                assert _runs(page, fonts, pieces=True) == alone, (path.name, index)
                page.close()
                page = pdf[index]
                rot = pdfium._rotation(page, 0.0, 0.0)
                for g in pdfium.page_glyphs(page, fonts, rot):
                    items += 1
                    glyphs += 1 + (g[5][3] if g[5] else 0)
                pages += 1
                page.close()
        finally:
            pdf.close()
    assert pages > 100
    assert items * 10 < glyphs


def test_a_documents_fonts_are_asked_their_widths_once_for_all_its_pages(monkeypatch):
    """PDFium keeps a document's fonts until it is closed, so a font's handle names one
    font on every page: its widths are asked once per document (opened anew every
    _REOPEN_PAGES pages), not once per page; the pages read are the same as when they
    are asked per page (a PDFium that frees a font no open page uses)."""
    path = ROOT / "fixtures" / "emn2019-like.pdf"
    calls: list[bool] = []
    real = pdfium._Fonts.__init__

    def counting(kept: bool) -> Any:
        def init(self: Any, *args: Any) -> None:
            real(self, *args)
            assert self.fonts_kept  # the PDFium installed is one of those builds
            self.fonts_kept = kept
            width = self.glyph_width

            def asked(*a: Any) -> Any:
                calls.append(kept)
                return width(*a)

            self.glyph_width = asked

        return init

    monkeypatch.setattr(pdfium._Fonts, "__init__", counting(True))
    kept, n = pdfium.read_pages(path)
    monkeypatch.setattr(pdfium._Fonts, "__init__", counting(False))
    per_page, _ = pdfium.read_pages(path)
    assert [[(ln.text, ln.bbox) for ln in p.lines] for p in kept] == [
        [(ln.text, ln.bbox) for ln in p.lines] for p in per_page
    ]
    assert n > 2 * pdfium._REOPEN_PAGES
    assert 0 < 3 * calls.count(True) < calls.count(False)


def test_a_font_handle_names_one_font_on_every_page_of_a_document():
    """The premise of keeping a font's name and widths across pages: the fonts of a
    page are the same handles on the next pages that use them, each with its name."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(ROOT / "fixtures" / "emn2019-like.pdf"))
    fonts = pdfium._Fonts()
    seen: dict[int, set[str]] = {}
    pages_of: dict[int, int] = {}
    n = len(pdf)
    try:
        for page in pdf:
            objects = pdfium._as_drawn(pypdfium2.raw, page.raw)[0]
            for handle in {fonts.of(obj)[3] for obj in objects}:
                seen.setdefault(handle, set()).add(fonts.font(handle)[0])
                pages_of[handle] = pages_of.get(handle, 0) + 1
            fonts.clear()  # (the names asked anew on every page)
            page.close()
    finally:
        pdf.close()
    assert all(len(names) == 1 for names in seen.values())
    assert max(pages_of.values()) == n > 10  # the body font's handle on every page


def test_the_fonts_of_another_document_are_forgotten():
    """A font handle is one font's only within its document: given a page of another
    document, page_glyphs forgets the fonts' names and widths it holds; not between
    pages of one document."""
    import pypdfium2

    fonts = pdfium._Fonts()
    cleared: list[Any] = []
    real = fonts.clear

    def clear() -> None:
        cleared.append(fonts.document)
        real()

    fonts.clear = clear  # type: ignore[method-assign]
    opened = []
    for name, pages in (("emn2019-like.pdf", 3), ("realdocs/Kamerbrief_water_en_Bodem.pdf", 2)):
        pdf = pypdfium2.PdfDocument(str(ROOT / "fixtures" / name))
        opened.append(pdf)
        try:
            for index in range(pages):
                page = pdf[index]
                rot = pdfium._rotation(page, 0.0, 0.0)
                assert list(pdfium.page_glyphs(page, fonts, rot))
                assert fonts.document is pdf and fonts.names and fonts.widths
                page.close()
        finally:
            pdf.close()
    assert cleared == [None, opened[0]]  # once for each document, when it comes


def test_pieces_make_the_same_runs_on_awkward_lines(tmp_path):
    """Lines of my own making with what pieces must give up or take care of: glyphs
    stacked at one origin (joined as a ligature's letters, in a tail too), spacing
    accents and soft hyphens, wide letter and word spacing, a text rise, type changing
    mid-line, text moved back over itself: the runs are those of every glyph alone."""
    import random

    import pypdfium2

    rng = random.Random(11)
    pieces = list("abcdefghij klmnop  xyz 0123.,;:-()") + ["\u00b4", "`", "\u00a8", "~", "\u00ad"]
    path = tmp_path / "awkward.pdf"
    c = canvas.Canvas(str(path))
    for _page in range(4):
        for k in range(30):
            t = c.beginText(rng.uniform(20, 300), 780 - 24 * k)
            for _seg in range(rng.randint(1, 6)):
                size = rng.choice([6, 9.5, 11, 20])
                t.setFont(rng.choice(["Helvetica", "Times-Roman", "Courier"]), size)
                t.setCharSpace(rng.choice([0, 0, 1.5, 3, -0.3, -0.6 * size]))
                t.setWordSpace(rng.choice([0, 0, 6]))
                t.setRise(rng.choice([0, 0, 3, -2]))
                t.textOut("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
                if rng.random() < 0.2:
                    t.moveCursor(rng.uniform(-5, 40), 0)
            c.drawText(t)
        c.showPage()
    c.save()
    pdf = pypdfium2.PdfDocument(str(path))
    fonts = pdfium._Fonts()
    joined: list[int] = []
    real = pdfium._ligature

    def ligature(fonts: Any, tpv: Any, i: int, last: Any, *args: Any) -> Any:
        joined.append(len(last))  # 3: a tail's last glyph, 5: a glyph held or a head
        return real(fonts, tpv, i, last, *args)

    try:
        for index in range(len(pdf)):
            page = pdf[index]
            alone = _runs(page, fonts, pieces=False)
            page.close()
            page = pdf[index]
            pdfium._ligature = ligature
            try:
                assert _runs(page, fonts, pieces=True) == alone, index
            finally:
                pdfium._ligature = real
            page.close()
    finally:
        pdf.close()
    assert joined.count(5) > 100 and joined.count(3) > 0
