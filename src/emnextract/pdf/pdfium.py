"""The pdfium backend of the PDF reader: per-char records from PDFium's text page.

pdfplumber builds a dict of some twenty keys for every object on the page, which is
most of the time spent reading a report. PDFium (through pypdfium2's raw API) gives the
same per-char facts in a few cheap calls: one call for the page's text, then per char
its text object, loose box (advance width) and origin; font name, size, descent and the
char matrix are looked up once per text object. The records carry the keys :func:`.lines.page_runs` reads
from pdfplumber chars, in the same (bottom-up ``y0``/``y1``, top-down ``top``/``bottom``)
coordinates, so nothing downstream knows which backend read the page.

PDFium differs from pdfminer in ways handled here:

* it adds spaces and line breaks of its own between words and lines (flagged as
  generated): they are dropped, so word spaces come from the content stream, or from
  glyph gaps when the PDF has no space glyphs (:func:`.lines.make_line`), as with
  pdfplumber. But it also drops spaces the PDF draws: a text object of only spaces
  (put back from the page's objects) and a space the next glyph overlaps (kept: a
  generated space inside a text object at its own origin). A space ending a line is
  dropped for good: such a line's box ends at its last glyph;
* it turns a soft hyphen (and a hyphen it takes for one) at a line end into U+FFFE or
  U+0002: read back as "-", the char the PDF draws;
* ligature glyphs come as their letters ("fi" where pdfminer gives U+FB01), and a glyph
  without a Unicode entry as PDFium's guess ("•" where pdfminer gives "(cid:127)");
* its char origin includes the text rise (``Ts``), pdfminer's text matrix does not:
  the origin is given as the baseline with the usual descent below it, which leaves the
  same raised baseline that :func:`.lines.page_runs` derives from pdfminer's glyph box
  (but a raised run of the text's own size is a run apart, where pdfminer joins it);
* its y axis points up: ``top``/``bottom`` are measured from the page top as pdfplumber
  does, and a page's /Rotate is applied as pdfminer applies it;
* the glyph box height comes from the font's descent: pdfminer takes the Adobe metrics
  of the standard 14 fonts (named so) over the PDF's font descriptor, as done here.

Drawn rules and boxes are PDFium path objects, split per subpath like pdfminer: a
two-point subpath is a line, an axis-aligned closed four-point one a rect.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import EmnError, EncryptedPDF, LimitExceeded, UnreadablePDF
from ..limits import check_page_count, check_time
from .lines import build_lines, page_runs
from .page import Page

# Descents (per 1000 em) of the standard 14 fonts as pdfminer takes them (Adobe AFM);
# Symbol and ZapfDingbats give none.
_AFM_DESCENT = {
    "Courier": -194.0,
    "Helvetica": -207.0,
    "Times": -217.0,
    "Arial": -207.0,
    "CourierNew": -194.0,
    "TimesNewRoman": -217.0,
}
_AFM_STYLES = ("", "-Bold", "-Oblique", "-BoldOblique", "-Italic", "-BoldItalic", "-Roman")
_AFM_NAMES = {
    **{f"{family}{style}": d for family, d in _AFM_DESCENT.items() for style in _AFM_STYLES},
    **{
        f"{family},{style}": d
        for family, d in _AFM_DESCENT.items()
        for style in ("Bold", "Italic", "BoldItalic")
    },
    "Symbol": 0.0,
    "ZapfDingbats": 0.0,
}
# Only the names pdfminer knows (its FontMetricsDB): e.g. "Times" alone is not one.
_STANDARD = {
    name: d
    for name, d in _AFM_NAMES.items()
    if name
    in {
        "Courier",
        "Courier-Bold",
        "Courier-BoldOblique",
        "Courier-Oblique",
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-BoldOblique",
        "Helvetica-Oblique",
        "Symbol",
        "Times-Bold",
        "Times-BoldItalic",
        "Times-Italic",
        "Times-Roman",
        "ZapfDingbats",
        "Arial",
        "Arial,Italic",
        "Arial,Bold",
        "Arial,BoldItalic",
        "CourierNew",
        "CourierNew,Italic",
        "CourierNew,Bold",
        "CourierNew,BoldItalic",
        "TimesNewRoman",
        "TimesNewRoman,Italic",
        "TimesNewRoman,Bold",
        "TimesNewRoman,BoldItalic",
    }
}
_SOFT_HYPHENS = {"\ufffe": "-", "\x02": "-", "\xad": "-"}
_GENERATED_CANDIDATES = frozenset(" \r\n\ufffe\x02")


def open_pdf(path: Path, password: str | None = None, max_pages: int | None = None) -> Any:
    """Open with PDFium (a ``pypdfium2.PdfDocument``), failures as one clear EmnError."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pypdfium2.PdfDocument(str(path), password=password or None)
        n = len(pdf)
    except LimitExceeded:
        raise
    except pypdfium2.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedPDF.locked(str(path), password) from None
        raise UnreadablePDF.damaged(str(path), str(exc) or type(exc).__name__) from None
    except Exception as exc:  # noqa: BLE001 - an OS error reading the file
        detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
        raise UnreadablePDF.damaged(str(path), detail) from None
    try:
        check_page_count(str(path), n, max_pages)
    except EmnError:
        pdf.close()
        raise
    return pdf


def _plain(function: Any, result: Any, n_args: int) -> Any:
    """A PDFium function re-declared with plain pointer arguments (ints), an int at 2nd.

    ctypes checks and converts typed pointer arguments on every call; with addresses
    passed as ints a per-char call costs a fraction of that.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value or 0
    args = [ctypes.c_void_p, ctypes.c_int] + [ctypes.c_void_p] * (n_args - 2)
    return ctypes.CFUNCTYPE(result, *args)(address)


class _Fonts:
    """Font name, size and descent per text object, looked up once per object."""

    def __init__(self) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.cache: dict[int, tuple[str, float, float]] = {}
        # FPDFText_GetTextObject giving the object's address as an int (a cheap key):
        # the same C function, declared with a plain pointer result.
        self.text_object = _plain(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, 2)
        self.loose_box = _plain(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, 3)
        self.origin = _plain(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int, 4)
        self.buf = ctypes.create_string_buffer(256)
        self.size = ctypes.c_float()
        self.descent = ctypes.c_float()

    def of(self, obj: Any, key: int | None = None) -> tuple[str, float, float]:
        """(font name, font size in text space, descent per em) of a text object."""
        if key is None:
            key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        found = self.cache.get(key)
        if found is not None:
            return found
        c = self.c
        if isinstance(obj, int):
            obj = ctypes.cast(obj, c.FPDF_PAGEOBJECT)
        name = ""
        descent = 0.0
        size = 0.0
        if c.FPDFTextObj_GetFontSize(obj, self.size):
            size = self.size.value
        font = c.FPDFTextObj_GetFont(obj)
        if font:
            n = c.FPDFFont_GetBaseFontName(font, self.buf, len(self.buf))
            if n > 0:
                name = self.buf.raw[: max(0, min(n, len(self.buf)) - 1)].decode("utf-8", "replace")
            if name in _STANDARD:
                descent = _STANDARD[name] / 1000.0
            elif c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), self.descent):
                descent = min(self.descent.value, -self.descent.value) / 1000.0
        found = (name, size, descent)
        self.cache[key] = found
        return found


def _page_text(c: Any, textpage: Any, n: int) -> str:
    """The text of chars 0..n-1 with one call (UTF-16, one unit per char)."""
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    got = c.FPDFText_GetText(textpage, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: 2 * max(0, got - 1)].decode("utf-16-le", errors="surrogatepass")
    if len(text) != n:  # chars outside the BMP: one char per index instead
        return "".join(chr(c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(n))
    return text


def _rotation(page: Any, width: float, height: float) -> tuple[float, ...]:
    """The matrix pdfminer applies for a page's /Rotate (PDF space -> its page space)."""
    rotate = page.get_rotation() % 360
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, 0.0, width)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, width, height)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, height, 0.0)
    return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _space_objects(c: Any, page: Any, tp: Any) -> tuple[dict[int, int], dict[int, Any]]:
    """Text objects in stream order: address -> index, and the space-only ones by index.

    PDFium leaves a text object that draws only spaces out of its chars (and may put a
    generated space of no width in its place); pdfminer keeps those spaces as chars.
    A space-only object is told by its empty box and by having no chars on the page.
    """
    order: dict[int, int] = {}
    spaces: dict[int, Any] = {}
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    text_type = c.FPDF_PAGEOBJ_TEXT
    form_type = c.FPDF_PAGEOBJ_FORM

    def walk(count: int, get: Any, parent: Any) -> None:
        for k in range(count):
            obj = get(parent, k)
            kind = c.FPDFPageObj_GetType(obj)
            if kind == form_type:
                walk(c.FPDFFormObj_CountObjects(obj), c.FPDFFormObj_GetObject, obj)
                continue
            if kind != text_type:
                continue
            index = len(order)
            order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = index
            if (
                c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                and right.value - left.value < 0.01
                and c.FPDFTextObj_GetText(obj, tp, None, 0) <= 2  # no chars on the text page
            ):
                spaces[index] = obj

    walk(c.FPDFPage_CountObjects(page), c.FPDFPage_GetObject, page)
    return order, spaces


def page_chars(
    page: Any, fonts: _Fonts, height: float, rot: tuple[float, ...]
) -> list[dict[str, Any]]:
    """The page's chars as pdfplumber-like records (see the module doc)."""
    c = fonts.c
    fonts.cache.clear()  # keyed by text object address: valid for this page only
    textpage = page.get_textpage()
    tp = textpage.raw
    try:
        n = c.FPDFText_CountChars(tp)
        text = _page_text(c, tp, n)
        order, space_objs = _space_objects(c, page.raw, tp)
        rect = c.FS_RECTF()
        m = c.FS_MATRIX()
        ox = ctypes.c_double()
        oy = ctypes.c_double()
        ra, rb, rc, rd, re_, rf = rot
        turned = rb != 0.0 or rc != 0.0 or ra != 1.0
        chars: list[dict[str, Any]] = []
        space_width: dict[str, float] = {}  # a font's space advance per em, from its spaces
        pending: list[Any] = []  # space-only objects before the next char
        last_index = -1
        tp_address = ctypes.cast(tp, ctypes.c_void_p).value
        rect_address = ctypes.addressof(rect)
        ox_address = ctypes.addressof(ox)
        oy_address = ctypes.addressof(oy)
        text_object = fonts.text_object
        loose_box = fonts.loose_box
        origin = fonts.origin
        # Per text object: font name, char size, descent and the char matrix's a-d.
        styles: dict[int, tuple[str, float, float, float, float, float, float, bool]] = {}
        for i in range(n):
            ch = text[i]
            key = text_object(tp_address, i) or 0
            generated = ch in _GENERATED_CANDIDATES and c.FPDFText_IsGenerated(tp, i) == 1
            if generated and (ch != " " or not key or i + 1 >= n):
                continue  # a space or line break of PDFium's own
            if generated:
                # PDFium's own spaces inside a text object (in letter-spaced text) sit
                # at the next glyph's origin; a space char of the PDF that it set aside
                # (the next glyph overlaps it) keeps its own origin before that.
                origin(tp_address, i, ox_address, oy_address)
                here = ox.value
                origin(tp_address, i + 1, ox_address, oy_address)
                if abs(ox.value - here) < 0.01:
                    continue
            if ch in _SOFT_HYPHENS:
                ch = _SOFT_HYPHENS[ch]
            index = order.get(key, -1)
            if space_objs and index > last_index + 1 and last_index >= 0:
                pending = [space_objs[k] for k in range(last_index + 1, index) if k in space_objs]
            if index >= 0:
                last_index = index
            style = styles.get(key)
            if style is None:
                fontname, fontsize, descent = fonts.of(key, key) if key else ("", 0.0, 0.0)
                c.FPDFText_GetMatrix(tp, i, m)
                a, b, cc, d = m.a, m.b, m.c, m.d
                if turned:
                    a, b, cc, d = (
                        a * ra + b * rc,
                        a * rb + b * rd,
                        cc * ra + d * rc,
                        cc * rb + d * rd,
                    )
                upright = not (b or cc)
                # Char size as pdfminer's glyph height: the font size scaled by the matrix.
                size = fontsize * abs(d) if upright else fontsize * (a * a + b * b) ** 0.5
                style = (fontname, size, descent, a, b, cc, d, upright)
                if key:
                    styles[key] = style
            fontname, size, descent, a, b, cc, d, upright = style
            loose_box(tp_address, i, rect_address)
            origin(tp_address, i, ox_address, oy_address)
            x = ox.value
            y = oy.value
            if turned:
                x, y = x * ra + y * rc + re_, x * rb + y * rd + rf
            # The loose box spans the advance, widened by a glyph reaching left of
            # its origin ("j"): pdfminer's box starts at the origin. On a turned page
            # the box is turned too: its right edge is its corners' rightmost.
            x0 = x
            if turned:
                x1 = max(
                    px * ra + py * rc + re_
                    for px in (rect.left, rect.right)
                    for py in (rect.bottom, rect.top)
                )
            else:
                x1 = rect.right
            if generated:
                x1 = x0 + space_width.get(fontname, 0.25) * size
            if pending:
                chars.extend(_space_chars(c, fonts, pending, space_width, height, x, y))
                pending = []
            if ch == " " and size and not turned and not generated:
                space_width.setdefault(fontname, (x1 - x0) / size)
            y0 = y + descent * size
            y1 = y0 + size
            chars.append(
                {
                    "text": ch,
                    "fontname": fontname,
                    "size": size,
                    "x0": x0,
                    "x1": x1,
                    "y0": y0,
                    "y1": y1,
                    "top": height - y1,
                    "bottom": height - y0,
                    "matrix": (a, b, cc, d, x, y),
                    "upright": upright,
                }
            )
        return chars
    finally:
        textpage.close()


def _space_chars(
    c: Any,
    fonts: _Fonts,
    objs: list[Any],
    space_width: dict[str, float],
    height: float,
    next_x: float,
    next_y: float,
) -> list[dict[str, Any]]:
    """Space chars of space-only text objects, placed at their objects' origins.

    One space per object (runs of spaces count as one downstream), as wide as the
    font's other spaces on the page, else the room up to the next char on its
    baseline, else a quarter em.
    """
    out: list[dict[str, Any]] = []
    m = c.FS_MATRIX()
    for obj in objs:
        fontname, fontsize, descent = fonts.of(obj)
        if not c.FPDFPageObj_GetMatrix(obj, m) or m.b or m.c:
            continue
        size = fontsize * abs(m.d)
        x, y = m.e, m.f
        room = next_x - x if abs(next_y - y) < 0.05 and next_x > x else 0.0
        per = space_width.get(fontname)
        width = per * size if per else room if room and room < size else 0.25 * size
        y0 = y + descent * size
        out.append(
            {
                "text": " ",
                "fontname": fontname,
                "size": size,
                "x0": x,
                "x1": x + width,
                "y0": y0,
                "y1": y0 + size,
                "top": height - y0 - size,
                "bottom": height - y0,
                "matrix": (m.a, 0.0, 0.0, m.d, x, y),
                "upright": True,
            }
        )
    return out


def _subpath_shapes(
    points: list[tuple[float, float]], curved: bool, fill: bool, height: float
) -> dict[str, Any] | None:
    """A subpath as pdfminer takes it: a line (two points) or an axis-aligned rect."""
    if curved or len(points) < 2:
        return None
    if len(points) > 2 and points[0] == points[-1]:
        points = points[:-1]  # closed: the first point again
    if len(points) == 5 and points[0] == points[4]:
        points = points[:4]
    if len(points) == 2:
        pass
    elif len(points) == 4:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
        if not (
            (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
            or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        ):
            return None
    else:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return {
        "x0": min(xs),
        "x1": max(xs),
        "top": height - max(ys),
        "bottom": height - min(ys),
        "fill": fill,
        "rect": len(points) == 4,
    }


def page_rects(page: Any, height: float, rot: tuple[float, ...]) -> list[dict[str, Any]]:
    """Drawn lines and rects (pdfplumber's ``page.rects + page.lines``) of a page."""
    import pypdfium2.raw as c

    out: list[dict[str, Any]] = []
    m = c.FS_MATRIX()
    fx, fy = ctypes.c_float(), ctypes.c_float()
    fillmode = ctypes.c_int()
    stroke = ctypes.c_int()
    path_type = c.FPDF_PAGEOBJ_PATH
    form_type = c.FPDF_PAGEOBJ_FORM
    move, bezier = c.FPDF_SEGMENT_MOVETO, c.FPDF_SEGMENT_BEZIERTO

    def mul(p: tuple[float, ...], q: tuple[float, ...]) -> tuple[float, ...]:
        a, b, cc, d, e, f = p
        a2, b2, c2, d2, e2, f2 = q
        return (
            a * a2 + b * c2,
            a * b2 + b * d2,
            cc * a2 + d * c2,
            cc * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        )

    def walk(count: int, get: Any, parent: Any, outer: tuple[float, ...]) -> None:
        for k in range(count):
            obj = get(parent, k)
            kind = c.FPDFPageObj_GetType(obj)
            if kind not in (path_type, form_type):
                continue
            c.FPDFPageObj_GetMatrix(obj, m)
            mat = mul((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            if kind == form_type:
                walk(c.FPDFFormObj_CountObjects(obj), c.FPDFFormObj_GetObject, obj, mat)
                continue
            if not c.FPDFPath_GetDrawMode(obj, fillmode, stroke):
                continue
            fill = fillmode.value != 0
            if not fill and not stroke.value:
                continue
            a, b, cc, d, e, f = mat
            points: list[tuple[float, float]] = []
            curved = False
            for s in range(c.FPDFPath_CountSegments(obj)):
                seg = c.FPDFPath_GetPathSegment(obj, s)
                kind_s = c.FPDFPathSegment_GetType(seg)
                if kind_s == move and points:
                    shape = _subpath_shapes(points, curved, fill, height)
                    if shape is not None:
                        out.append(shape)
                    points, curved = [], False
                c.FPDFPathSegment_GetPoint(seg, fx, fy)
                x, y = fx.value, fy.value
                points.append((a * x + cc * y + e, b * x + d * y + f))
                curved = curved or kind_s == bezier
                if c.FPDFPathSegment_GetClose(seg):
                    points.append(points[0])
            shape = _subpath_shapes(points, curved, fill, height)
            if shape is not None:
                out.append(shape)

    walk(c.FPDFPage_CountObjects(page.raw), c.FPDFPage_GetObject, page.raw, rot)
    # pdfplumber's order: rects, then lines
    return [r for r in out if r.pop("rect")] + out


@contextmanager
def _pdfium_lock() -> Iterator[None]:
    """PDFium is not thread-safe: one reader at a time in a process (dask threads)."""
    with _LOCK:
        yield


_LOCK = threading.RLock()


def read_pages(
    path: Path,
    only: set[int] | None = None,
    warnings: list[str] | None = None,
    *,
    password: str | None = None,
    max_pages: int | None = None,
) -> tuple[list[Page], int]:
    """Every page read with PDFium; the same contract as :func:`.reader.read_pages`."""
    pages: list[Page] = []
    with _pdfium_lock():
        pdf = open_pdf(path, password, max_pages)
        try:
            n_pages = len(pdf)
            fonts = _Fonts()
            for i in range(1, n_pages + 1):
                if only is not None and i not in only:
                    continue
                check_time()
                try:
                    chars, rects, width, height = read_page(pdf, i - 1, fonts)
                except LimitExceeded:
                    raise
                except Exception as exc:  # noqa: BLE001 - PDFium raises PdfiumError and more
                    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
                    if warnings is None:
                        raise UnreadablePDF(
                            str(path), f"page {i} cannot be read ({detail})"
                        ) from None
                    warnings.append(f"{path}: page {i} could not be read ({detail}); skipped")
                    continue
                lines = build_lines(page_runs(chars), i, width)
                links = page_links(pdf, i - 1)
                pages.append(Page(i, width, height, tuple(lines), tuple(rects), links))
        finally:
            pdf.close()
    return pages, n_pages


def page_links(pdf: Any, index: int) -> tuple[str, ...]:
    """URIs of a page's link annotations, as pdfplumber's ``page.annots`` give them
    (evidence for rejoining URLs cut over lines); none when they cannot be read."""
    import ctypes

    import pypdfium2.raw as raw

    out: list[str] = []
    try:
        page = pdf[index]
        try:
            pos = ctypes.c_int(0)
            link = raw.FPDF_LINK()
            while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
                action = raw.FPDFLink_GetAction(link)
                if not action:
                    continue
                size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
                if size <= 1:
                    continue
                buf = ctypes.create_string_buffer(size)
                raw.FPDFAction_GetURIPath(pdf.raw, action, buf, size)
                out.append(buf.value.decode("utf-8", "replace"))
        finally:
            page.close()
    except Exception:  # noqa: BLE001 - damaged annotations only lose the evidence
        return ()
    return tuple(out)


def read_page(
    pdf: Any, index: int, fonts: _Fonts
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float, float]:
    """One page's chars, rects, width and height (pdfplumber's page size)."""
    page = pdf[index]
    try:
        # Unrotated size: the PDF's own y axis is turned to a top-down one over it.
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        rot = _rotation(page, width, height)
        rotate = page.get_rotation() % 360
        chars = page_chars(page, fonts, height if rotate in (0, 180) else width, rot)
        rects = page_rects(page, height if rotate in (0, 180) else width, rot)
        if rotate in (90, 270):
            width, height = height, width
        return chars, rects, width, height
    finally:
        page.close()
