"""The pdfium backend of the PDF reader: glyph records from PDFium's text page.

pdfplumber builds a dict of some twenty keys for every object on the page, which is
most of the time spent reading a report. PDFium (through pypdfium2's raw API) gives the
same per-char facts in a few cheap calls: one call for the page's text, three per char
(its text object, its origin, and its loose box, whose width is the advance of the
glyph drawn); font name, size,
descent and the char matrix are looked up once per text object, a glyph's advance once
per font, size and char (the font's own width, as pdfminer takes it). The records are
the :data:`.lines.Glyph` tuples :func:`.lines.glyph_runs` reads, as the pdfplumber path
makes them from its chars (here most glyphs of a line come as the tail of the one
before them, taken at once), so nothing downstream knows which backend read the page.

PDFium differs from pdfminer in ways handled here:

* it adds spaces and line breaks of its own between words and lines (flagged as
  generated): they are dropped, so word spaces come from the content stream, or from
  glyph gaps when the PDF has no space glyphs (:func:`.lines.make_line`), as with
  pdfplumber. But it also drops spaces the PDF draws: a space next to one of its own
  where a text object of only spaces stands (put back from the page's objects) and a
  space the next glyph of its own text object overlaps (kept: a generated space inside
  a text object at its own origin). A space ending a page's text is dropped for good;
  boxes end at the last glyph that is not a space in both backends, so this changes
  no box;
* it leaves out a text object whose glyphs have no ink (its box has no width): spaces,
  and a glyph drawn as ``.notdef`` that the ToUnicode map still names (a word
  processor's symbol, e.g. "★"); pdfminer keeps their chars. Such objects are set to
  be stroked before the page's text is read, which gives their box a width
  (:func:`_as_drawn`);
* it reads marked content's ``/ActualText`` in place of the glyphs drawn (all of it at
  the object's origin), pdfminer the glyphs: the ActualText is dropped before the
  page's text is read;
* it turns a soft hyphen (and a hyphen it takes for one) at a line end into U+FFFE or
  U+0002: read back as "-", the char the PDF draws;
* ligature glyphs come as their letters, each at the glyph's origin: joined again into
  one glyph as wide as the ligature (pdfminer gives U+FB01, folded to the same "fi", or
  the letters as one char, e.g. a word processor's "ti");
* a glyph's advance is asked of the font by Unicode, which names one glyph per char: a
  glyph that is not that one (a small capital read as its lower-case letter, a
  ligature's letter) takes its own from its loose box (:meth:`_Fonts.own_advance`);
* its positions are single floats: origins are rounded to 1e-4 pt, the decimals of a
  content stream, so both backends fall on the same side of every threshold;
* a glyph PDFium cannot map to Unicode comes as its char code: it is named "(cid:N)"
  as pdfminer does, and settled the same way (:mod:`.glyphs`);
* its char origin includes the text rise (``Ts``), pdfminer's text matrix does not but
  its glyph box does: both give a raised glyph a style (and so a run) of its own;
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
import unicodedata
from array import array
from collections import deque
from collections.abc import Collection, Generator, Iterator
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any

from ..document import SharedValues
from ..errors import EmnError, EncryptedPDF, LimitExceeded, UnreadablePDF
from ..limits import check_page_count, check_time
from .glyphs import WORD_GAP as _WORD_GAP
from .glyphs import GlyphCount
from .lines import Glyph, Run, Style, Tail, build_lines, glyph_runs, simple_glyph
from .page import Page, share_values

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
_NOWHERE = float("-inf")
_NONE = object()  # a key no char has
_SOFT_HYPHENS = {"\ufffe": "-", "\x02": "-", "\xad": "-"}
_GENERATED_CANDIDATES = frozenset(" \r\n\ufffe\x02")
# Advances (pt) within this of each other are the same glyph's (float noise).
_SAME_ADVANCE = 0.01
# A gap (per em) after a glyph's advance below any word space (glyphs.WORD_GAP).
_OWN_GAP = 0.1
# Decimals of a glyph origin kept (see page_glyphs).
_PLACES = 4
# A text object's box narrower than this (pt) is one PDFium leaves out of its text.
_NO_WIDTH = 0.01
_SCALE = 10.0**_PLACES
# Chars read per bulk call (_Fonts.chars): bounds its buffers, whatever a page holds.
_CHUNK = 256
# Every this many chars a char's text object is asked first (_Fonts.text_objects): 12
# took the fewest calls and time on a report's pages (objects of a word to a line).
_PROBE = 12
# Bidi classes of right-to-left text (for which PDFium reverses a line's chars), and
# the blocks of right-to-left scripts (code points unassigned in Python's tables too).
_RIGHT_TO_LEFT = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_RIGHT_TO_LEFT_BLOCKS = (
    ("\u0590", "\u08ff"),
    ("\ufb1d", "\ufdff"),
    ("\ufe70", "\ufeff"),
    ("\U00010800", "\U00010fff"),
    ("\U0001e800", "\U0001efff"),
)
# Adding and taking off 1.5 * 2**52 rounds a float below 2**51 to an integer, half to
# even (the float sum has no bits below 1): round() without its decimal detour.
_TO_INTEGER = 1.5 * 2.0**52
_EXACT = 2.0**51


def _round_places(v: float) -> float:
    """``round(v, _PLACES)`` for a single float ``v`` (as PDFium's positions are),
    several times cheaper; page_glyphs does the same inline.

    round() rounds the exact decimal value of ``v`` half to even at the 4th decimal,
    and returns the float nearest to that, k / 10**4 for an integer k. A single float
    has 24 significant bits, so ``v * 10**4`` (14 more) is exact in a double: rounding
    it to the integer k half to even and dividing by 10**4 (a correctly rounded
    division) gives that same float. A zero keeps the sign of ``v``, as round() does;
    a value out of range (or not finite) goes to round() itself.
    """
    t = v * _SCALE
    if -_EXACT < t < _EXACT:
        t = (t + _TO_INTEGER) - _TO_INTEGER
        return t / _SCALE if t else v * 0.0
    return round(v, _PLACES)


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


def _declared(function: Any, result: Any, *args: Any) -> Any:
    """A PDFium function re-declared with the given (plain) argument types."""
    address = ctypes.cast(function, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(result, *args)(address)


def _bare(function: Any, result: Any) -> Any:
    """A PDFium function re-declared without argument types, for the calls made per char.

    Declared argument types are converted on every call, which costs more than the C
    call itself. Undeclared, ctypes passes its own objects as they are (a ``c_void_p``
    as its address, an array or ``byref`` as a pointer) and a Python int as a C int,
    which the char index is: so call these with exactly those.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(result)(address)


# The first PDFium build whose loose box of a char it makes of its own (FPDFText_IsGenerated)
# is that char's empty box (zero height; its CL "Skip loose charbox calculation if the
# charbox is empty"): from it on, a char whose loose box has a height is not generated.
_EMPTY_GENERATED_BOX = 7045


# The first PDFium build that keeps a document's fonts until the document is closed
# (its CL "Fully switch from ObservePtr to RetainPtr in CPDF_DocPageData"): from it on
# a font handle is one font's for as long as the document is open, on every page,
# and what is asked of a font by its handle holds across pages. Before it, a font no
# open page uses is freed, and its address may be another font's on the next page.
_FONTS_KEPT = 6517


def _pdfium_build() -> int:
    """The build number of the PDFium that pypdfium2 loads (0 when it does not say)."""
    try:
        from pypdfium2.version import PDFIUM_INFO
    except ImportError:  # pragma: no cover - every pypdfium2 this project takes has it
        return 0
    build = getattr(PDFIUM_INFO, "build", 0)
    return build if isinstance(build, int) else 0


# A ligature glyph PDFium gives as its letters (each at the glyph's origin) -> the
# ligature's own code point, whose advance is the glyph's.
_LIGATURES = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04"}


class _Fonts:
    """The C functions read per char, declared for cheap calls, and per page caches:
    facts per text object and advances per font, size and char."""

    def __init__(self, count: GlyphCount | None = None) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.count = count  # the document's glyphs, tallied as their runs are made
        # Whether a char whose loose box has a height is known not to be one PDFium
        # made of its own (see :meth:`chars`), so that its generated flag need not be
        # asked.
        self.empty_generated = _pdfium_build() >= _EMPTY_GENERATED_BOX
        # Whether a font's handle stays its own until the document is closed, and the
        # document whose fonts the caches below hold (page_glyphs forgets them when it
        # is given a page of another).
        self.fonts_kept = _pdfium_build() >= _FONTS_KEPT
        self.document: Any = None
        # Whether the document asks to be read right to left (:func:`_right_to_left`),
        # once its reader has asked; None: asked of each page's document.
        self.right_to_left: bool | None = None
        # Per char, undeclared (see _bare): called with the text page as a c_void_p,
        # the char index as an int and the out-arrays below (or byref into them). A
        # text object comes back as an int (its address: a cheap key).
        self.char_object = _bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
        self.char_origin = _bare(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
        self.char_generated = _bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
        self.char_loose_box = _bare(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
        # The same two for the bulk calls of chars(), without a result: none is made
        # or looked at per char (they fail only for an index out of range).
        self.bulk_origin = _bare(pdfium_c.FPDFText_GetCharOrigin, None)
        self.bulk_loose_box = _bare(pdfium_c.FPDFText_GetLooseCharBox, None)
        self.char_tight_box = _bare(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
        self.map_error = _bare(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)
        self.xy = (ctypes.c_double * 2)()  # a char origin
        self.box = (ctypes.c_float * 4)()  # an FS_RECTF: left, top, right, bottom
        self.edges = (ctypes.c_double * 4)()  # a char box: left, right, bottom, top
        step = ctypes.sizeof(ctypes.c_double)
        self.at_edges = tuple(ctypes.byref(self.edges, k * step) for k in range(4))
        pointer = ctypes.c_void_p
        # Per text object, undeclared too: the object as a c_void_p.
        self.font_size = _bare(pdfium_c.FPDFTextObj_GetFontSize, ctypes.c_int)
        self.font_of = _bare(pdfium_c.FPDFTextObj_GetFont, pointer)
        self.matrix = _bare(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
        self.fs_matrix = pdfium_c.FS_MATRIX()
        # Per font and char, undeclared too: the font as a c_void_p, the char code as
        # an int, the size as a c_float and the width out.
        self.glyph_width = _bare(pdfium_c.FPDFFont_GetGlyphWidth, ctypes.c_int)
        self.buf = ctypes.create_string_buffer(256)
        self.size = ctypes.c_float()
        self.descent = ctypes.c_float()
        self.width = ctypes.c_float()
        self.at_size = ctypes.byref(self.size)
        self.at_width = ctypes.byref(self.width)
        self.at_matrix = ctypes.byref(self.fs_matrix)
        # Per font (keyed by its address: per page, or per document where fonts live
        # as long as it, see clear_page): (name, descent per em), and the font's width
        # (text space, at the size) of a char code, () if none: the C call's answer
        # depends on nothing else, while advances below are per scale too (which
        # varies line by line where a typesetter stretches type).
        self.names: dict[int, tuple[str, float]] = {}
        self.widths: dict[tuple[int, int, float], tuple[float, ...]] = {}
        # Per page (keyed by addresses, valid while the page is open):
        self.objects: dict[int, Any] = {}  # text object -> its facts (see page_glyphs)
        self.advances: dict[tuple[int, float, float], dict[str, tuple[str, float, bool]]] = {}
        self.styles: dict[Style, Style] = {}
        # Out-buffers for the chars read in bulk (:meth:`chars`), _CHUNK chars at a
        # time, and a pointer (``byref``) to each char's place in them, made as needed.
        self.origins = (ctypes.c_double * (2 * _CHUNK))()  # x, y per char
        self.boxes = (ctypes.c_float * (4 * _CHUNK))()  # left, top, right, bottom per char
        # The buffers as arrays of their floats (copied out as arrays: a page's floats
        # are not made as objects all at once, only one by one as they are read).
        self.origin_values = memoryview(self.origins).cast("B").cast("d")
        self.box_values = memoryview(self.boxes).cast("B").cast("f")
        self.at_x: list[Any] = []
        self.at_y: list[Any] = []
        self.at_box: list[Any] = []

    def chars(
        self, tpv: ctypes.c_void_p, n: int, text: str | None = None
    ) -> tuple[list[Any], array[float], array[float], array[float], array[float], array[float]]:
        """Chars 0..n-1 of a text page in bulk: their text objects (None for PDFium's
        own spaces and line breaks; see :meth:`text_objects`, ``text`` the page's
        text), origin xs and ys, and their loose boxes' right edges, tops and
        bottoms. ``tpv``: the text page as a ``c_void_p`` (see _bare).

        One C call per char for the origin and for the box, made by ``map`` over the
        chars (no Python code runs per call) into buffers of _CHUNK chars, whose
        floats are copied out as arrays (not as float objects: the loop makes those
        one at a time). The origin and box calls fail only for a null text page or
        pointer or an index out of range (PDFium's FPDFText_GetCharOrigin and
        FPDFText_GetLooseCharBox), none of which they are given: ``n`` is the text
        page's char count (FPDFText_CountChars), so their results are not looked at.

        The loose box cannot be worked out from the origin and the font: PDFium joins
        the box of the advance of the glyph's char code (which the API does not give)
        with the glyph's ink box, so it reaches past the advance where the ink does.
        A char PDFium makes of its own (a space or line break) has an empty box at its
        origin, and (from build :data:`_EMPTY_GENERATED_BOX` on) that empty box as its
        loose box: a char whose loose box's top is not its bottom is not one. With an
        older PDFium the bottoms given are the tops (every char may be generated).
        """
        keys = self.text_objects(tpv, n, text)
        at_x, at_y, at_box = self.at_x, self.at_y, self.at_box
        if len(at_x) < min(n, _CHUNK):
            step = ctypes.sizeof(ctypes.c_double)
            box_step = 4 * ctypes.sizeof(ctypes.c_float)
            for k in range(len(at_x), min(n, _CHUNK)):
                at_x.append(ctypes.byref(self.origins, 2 * k * step))
                at_y.append(ctypes.byref(self.origins, (2 * k + 1) * step))
                at_box.append(ctypes.byref(self.boxes, k * box_step))
        origin, loose_box = self.bulk_origin, self.bulk_loose_box
        doubles, floats = self.origin_values, self.box_values
        xs, ys, rights = array("d"), array("d"), array("f")
        tops, bottoms = array("f"), array("f")
        for start in range(0, n, _CHUNK):
            m = min(n - start, _CHUNK)
            indices = range(start, start + m)
            deque(map(origin, repeat(tpv, m), indices, at_x[:m], at_y[:m]), 0)
            deque(map(loose_box, repeat(tpv, m), indices, at_box[:m]), 0)
            xs.frombytes(doubles[0 : 2 * m : 2].tobytes())
            ys.frombytes(doubles[1 : 2 * m : 2].tobytes())
            tops.frombytes(floats[1 : 4 * m : 4].tobytes())
            rights.frombytes(floats[2 : 4 * m : 4].tobytes())
            bottoms.frombytes(floats[3 : 4 * m : 4].tobytes())
        return keys, xs, ys, rights, tops, bottoms if self.empty_generated else tops

    def text_objects(self, tpv: ctypes.c_void_p, n: int, text: str | None) -> list[Any]:
        """The text object of each of chars 0..n-1 (None for PDFium's own spaces and
        line breaks), asked of every :data:`_PROBE`-th char only where it can be.

        PDFium lists the chars of a text object one after the other (it reads the
        page object by object; the spaces and line breaks it adds of its own between
        two objects have none), unless it reorders a line for right-to-left text. So
        on a page whose ``text`` has no right-to-left char, two chars :data:`_PROBE`
        apart of the same object have that object for every char between them, and
        only the chars between two probes that differ (or have none) are asked one
        by one: some three times fewer calls on a page of running text. Without
        ``text``, or on a page that may be reordered, every char is asked.
        """
        char_object = self.char_object
        step = _PROBE
        if text is None or n < 2 * step or _may_reorder(text):
            return list(map(char_object, repeat(tpv, n), range(n)))
        probes = list(map(char_object, repeat(tpv, (n + step - 1) // step), range(0, n, step)))
        keys: list[Any] = []
        extend, append = keys.extend, keys.append
        start = 0
        last = probes[0]
        for key in probes[1:]:
            if key == last and key is not None:
                extend(repeat(key, step))
            else:
                append(last)
                extend(map(char_object, repeat(tpv, step - 1), range(start + 1, start + step)))
            last = key
            start += step
        append(last)
        extend(map(char_object, repeat(tpv, n - start - 1), range(start + 1, n)))
        return keys

    def clear(self) -> None:
        """Forget everything: the document is closed (or another one read)."""
        self.names.clear()
        self.widths.clear()
        self.clear_page()

    def clear_page(self) -> None:
        """Forget what holds for one page only: its text objects, and the advances
        worked out from its chars (the first of a char on the page decides). A font's
        name and widths are kept where the fonts live as long as the document (see
        :data:`_FONTS_KEPT`)."""
        if not self.fonts_kept:
            self.names.clear()
            self.widths.clear()
        self.objects.clear()
        self.advances.clear()
        self.styles.clear()

    def font(self, handle: int) -> tuple[str, float]:
        """(base font name, descent per em) of a font."""
        found = self.names.get(handle)
        if found is not None:
            return found
        c = self.c
        font = ctypes.cast(handle, c.FPDF_FONT)
        name = ""
        descent = 0.0
        n = c.FPDFFont_GetBaseFontName(font, self.buf, len(self.buf))
        if n > 0:
            name = self.buf.raw[: max(0, min(n, len(self.buf)) - 1)].decode("utf-8", "replace")
        if name in _STANDARD:
            descent = _STANDARD[name] / 1000.0
        elif c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), self.descent):
            descent = min(self.descent.value, -self.descent.value) / 1000.0
        found = self.names[handle] = (name, descent)
        return found

    def of(self, obj: Any) -> tuple[str, float, float, int]:
        """(font name, font size in text space, descent per em, font handle) of a text object."""
        if not isinstance(obj, int):
            obj = ctypes.cast(obj, ctypes.c_void_p).value or 0
        typed = ctypes.c_void_p(obj)
        size = self.size.value if self.font_size(typed, self.at_size) else 0.0
        handle = self.font_of(typed) or 0
        name, descent = self.font(handle) if handle else ("", 0.0)
        return name, size, descent, handle

    def style(self, name: str, size: float, descent: float) -> Style:
        lo = descent * size
        key = (name, size, lo, lo + size)
        return self.styles.setdefault(key, key)

    def advance(
        self,
        tpv: ctypes.c_void_p,
        i: int,
        ch: str,
        handle: int,
        fontsize: float,
        scale: float,
        x: float,
    ) -> tuple[str, float, bool]:
        """A char's text as kept (undecoded glyphs as pdfminer names them, PDFium's
        soft-hyphen marks as "-"), advance (the font's width of the char, else the
        loose box's), and whether the text is a :func:`.lines.simple_glyph`. ``tpv``:
        the text page as a ``c_void_p`` (see _bare)."""
        if self.map_error(tpv, i) == 1:
            text = f"(cid:{ord(ch)})"
            width = 0.0
        else:
            text = _SOFT_HYPHENS.get(ch, ch)
            code = ord(_LIGATURES.get(text, text)) if len(text) > 1 else ord(text)
            width = 0.0
            if handle:
                key = (handle, code, fontsize)
                known = self.widths.get(key)
                if known is None:
                    font, size = ctypes.c_void_p(handle), ctypes.c_float(fontsize)
                    ok = self.glyph_width(font, code, size, self.at_width)
                    known = self.widths[key] = (self.width.value,) if ok else ()
                if known:
                    width = known[0] * scale
        if width <= 0.0 and not ch.isspace() and self.char_loose_box(tpv, i, self.box):
            width = max(0.0, self.box[2] - x)
        return text, width, simple_glyph(text)

    def own_advance(
        self,
        tpv: ctypes.c_void_p,
        i: int,
        px: float,
        py: float,
        rot: tuple[float, ...],
        width: float,
        n: int,
        size: float,
        full: float,
    ) -> float:
        """The advance of char ``i``'s own glyph when it is not ``width`` (the font's
        advance for the char, asked by Unicode: a font may draw one char with several
        glyphs, as small capitals or the first letter of a ligature); 0.0 when it is
        that or cannot be told. ``full`` is :meth:`glyph_advance` of the char (read
        by the caller, which skips this call where it is 0.0 or ``width``); ``tpv``
        the text page as a ``c_void_p`` (the C functions called are undeclared).

        PDFium's loose box spans the glyph's advance (from its char code) and its ink:
        where it reaches beyond the ink (the tight box), or falls short of ``width``,
        its far edge is the advance. Where the ink reaches as far, the advance is at
        most that: the next glyph of the text object on the baseline, when it starts
        so far beyond ``width`` as to read as a word gap (:data:`_OWN_GAP` of the
        ``size``; char spacing is less), tells how far (up to the box's edge).
        """
        if full <= 0.0 or abs(full - width) <= _SAME_ADVANCE:
            return 0.0
        if full < width:
            return full
        e = self.edges
        at_left, at_right, at_bottom, at_top = self.at_edges
        if not self.char_tight_box(tpv, i, at_left, at_right, at_bottom, at_top):
            return 0.0
        if full > _far(e[0], e[1], e[2], e[3], px, py, rot) + _SAME_ADVANCE:
            return full
        text_object = self.char_object
        if i + 1 >= n or (text_object(tpv, i + 1) or 0) != (text_object(tpv, i) or 0):
            return 0.0
        self.char_origin(tpv, i + 1, at_left, at_right)
        nx, ny = e[0], e[1]
        if abs(ny - py) > 0.01:
            return 0.0
        to_next = _far(nx, nx, ny, ny, px, py, rot)
        return min(full, to_next) if to_next > width + _OWN_GAP * size else 0.0

    def glyph_advance(
        self, tpv: ctypes.c_void_p, i: int, px: float, py: float, rot: tuple[float, ...]
    ) -> float:
        """The advance of char ``i``'s glyph along the line: the far edge of its loose box
        (PDFium's box from the width of the glyph's char code, so the whole ligature for
        each of its letters) from its origin ``(px, py)``, in the rotated page's x; 0.0
        when PDFium gives no box. ``tpv``: the text page as a ``c_void_p``."""
        r = self.box  # left, top, right, bottom
        if not self.char_loose_box(tpv, i, r):
            return 0.0
        return max(0.0, _far(r[0], r[2], r[3], r[1], px, py, rot))


def _far(
    left: float, right: float, bottom: float, top: float, px: float, py: float, rot: Any
) -> float:
    """How far a box reaches from the origin ``(px, py)`` along the rotated page's x."""
    ra, rc = rot[0], rot[2]
    if ra == 1.0 and rc == 0.0:
        return right - px
    far = max(x * ra + y * rc for x in (left, right) for y in (bottom, top))
    return float(far - (px * ra + py * rc))


def _right_to_left(pdf: Any) -> bool:
    """Whether a document asks to be read right to left (its viewer preferences'
    ``/Direction /R2L``): PDFium then reverses the order of every line's runs of
    text, so that one text object's chars need not follow each other."""
    import pypdfium2.raw as c

    buf = ctypes.create_string_buffer(8)  # a longer name is not copied: not R2L
    return bool(c.FPDF_VIEWERREF_GetName(pdf.raw, b"Direction", buf, 8)) and buf.value == b"R2L"


def _may_reorder(text: str) -> bool:
    """Whether a page's text holds a right-to-left char, which PDFium may reorder
    its chars for (a line's right-to-left run is reversed); each distinct char looked
    at once."""
    if text.isascii():
        return False
    for ch in set(text):
        if ch < "\u0590":
            continue
        if unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT:
            return True
        if any(lo <= ch <= hi for lo, hi in _RIGHT_TO_LEFT_BLOCKS):
            return True
    return False


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


def _as_drawn(c: Any, page: Any) -> tuple[list[int], set[int]]:
    """Set a page's objects up for PDFium to read the chars pdfminer reads; before the
    text page is built (it reads the objects as they are then).

    * Marked content's ``/ActualText`` is dropped: PDFium reads it in place of the
      glyphs drawn (all its chars at the object's origin), pdfminer reads the glyphs.
    * A text object whose glyphs have no ink (spaces, or a glyph drawn as ``.notdef``
      that the font's ToUnicode map names) has a box of no width, and PDFium leaves
      such an object out of its text; pdfminer keeps its chars. Set to stroke its
      glyphs, its box grows by half the line width on each side (an identity
      transform has PDFium measure it again) and PDFium reads its chars as any other
      object's. Nothing is drawn or saved: the page is only read.

    Returns the (addresses of the) page's text objects in stream order (those of form
    XObjects in place) and the set of those without ink.
    """
    pointer = ctypes.c_void_p
    page_object = _declared(c.FPDFPage_GetObject, pointer, pointer, ctypes.c_int)
    form_object = _declared(c.FPDFFormObj_GetObject, pointer, pointer, ctypes.c_ulong)
    form_count = _declared(c.FPDFFormObj_CountObjects, ctypes.c_int, pointer)
    kind_of = _declared(c.FPDFPageObj_GetType, ctypes.c_int, pointer)
    count_marks = _declared(c.FPDFPageObj_CountMarks, ctypes.c_int, pointer)
    mark_of = _declared(c.FPDFPageObj_GetMark, pointer, pointer, ctypes.c_ulong)
    has_param = _declared(
        c.FPDFPageObjMark_GetParamValueType, ctypes.c_int, pointer, ctypes.c_char_p
    )
    remove_param = _declared(
        c.FPDFPageObjMark_RemoveParam, ctypes.c_int, pointer, pointer, ctypes.c_char_p
    )
    bounds = _declared(c.FPDFPageObj_GetBounds, ctypes.c_int, *[pointer] * 5)
    edges = (ctypes.c_float * 4)()  # left, bottom, right, top
    at = ctypes.addressof(edges)
    step = ctypes.sizeof(ctypes.c_float)
    text_type = c.FPDF_PAGEOBJ_TEXT
    form_type = c.FPDF_PAGEOBJ_FORM
    unknown = c.FPDF_OBJECT_UNKNOWN
    actual = b"ActualText"
    inkless: set[int] = set()
    objects: list[int] = []

    def walk(count: int, get: Any, parent: int) -> None:
        for k in range(count):
            obj = get(parent, k) or 0
            kind = kind_of(obj)
            if kind == form_type:
                walk(form_count(obj), form_object, obj)
                continue
            if kind != text_type:
                continue
            objects.append(obj)
            for m in range(count_marks(obj)):
                mark = mark_of(obj, m)
                if mark and has_param(mark, actual) != unknown:
                    remove_param(obj, mark, actual)
            if (
                bounds(obj, at, at + step, at + 2 * step, at + 3 * step)
                and edges[2] - edges[0] < _NO_WIDTH
            ):
                inkless.add(obj)
                typed = ctypes.cast(obj, c.FPDF_PAGEOBJECT)
                if c.FPDFTextObj_SetTextRenderMode(typed, c.FPDF_TEXTRENDERMODE_STROKE):
                    c.FPDFPageObj_Transform(typed, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    walk(c.FPDFPage_CountObjects(page), page_object, ctypes.cast(page, pointer).value or 0)
    return objects, inkless


def _text_objects(
    c: Any, objects: list[int], inkless: set[int], with_chars: Collection[int]
) -> tuple[dict[int, int], dict[int, Any]]:
    """The page's text objects (``objects``, in stream order, from :func:`_as_drawn`)
    by address -> index, and the space-only ones by index; ``with_chars``: the objects
    that have chars on the text page.

    PDFium leaves a text object that draws only spaces out of its chars (and may put a
    generated space of no width in its place); pdfminer keeps those spaces as chars.
    A space-only object is told by having no ink (``inkless``) and no chars on the
    page: PDFium drops a space next to one of its own.
    """
    order = {obj: index for index, obj in enumerate(objects)}
    spaces = {
        order[obj]: ctypes.cast(obj, c.FPDF_PAGEOBJECT) for obj in inkless if obj not in with_chars
    }
    return order, spaces


def page_glyphs(
    page: Any, fonts: _Fonts, rot: tuple[float, ...], *, pieces: bool = True
) -> Generator[Glyph, None, None]:
    """The page's upright glyphs as :func:`.lines.glyph_runs` reads them (see the module
    doc), in stream order, made as they are read: no list of them is kept (a page's
    glyphs outnumber everything else made from it). The page's text page stays open
    until the generator is done or closed, so close it before the page.

    With ``pieces`` (on an upright page), the glyphs that go straight on a run after a
    glyph, as nearly all of a line's glyphs in one text object do, are given with it
    as its tail (:data:`.lines.Tail`): a run builder takes them at once, not one by
    one. Without, every glyph is given alone (the same runs are made of them).

    Per char three cheap calls (its text object, origin and loose box, undeclared: see
    _bare), made in bulk before the loop (:meth:`_Fonts.chars`), and the generated
    flag of a space whose loose box is empty; everything else is looked up once per
    text object (font, size, matrix) or per font, size and char (the advance, and
    whether PDFium could decode it). A glyph's own advance (:meth:`_Fonts.own_advance`,
    a few more calls) is worked out only where its loose box differs from the font's
    advance for the char.

    A glyph is given out once the next one is known: the letters of a ligature, read
    one by one, are joined into the glyph before them.
    """
    c = fonts.c
    if fonts.document is not page.pdf:  # (font handles are another document's)
        fonts.clear()
        fonts.document = page.pdf
    fonts.clear_page()
    drawn, inkless = _as_drawn(c, page.raw)
    textpage = page.get_textpage()
    tp = textpage.raw
    try:
        n = c.FPDFText_CountChars(tp)
        text = _page_text(c, tp, n)
        tpa = ctypes.cast(tp, ctypes.c_void_p).value or 0
        tpv = ctypes.c_void_p(tpa)
        # Each char's text object, asked once per char: one pass, linear in the page
        # (PDFium's text of one object, FPDFTextObj_GetText, scans every char of the
        # page again for each object); its origin and its loose box's right edge.
        # (None where a char has no object: PDFium's own spaces and line breaks)
        right_to_left = fonts.right_to_left
        if right_to_left is None:
            right_to_left = _right_to_left(page.pdf)
        keys, xs, ys, rights, tops, bottoms = fonts.chars(tpv, n, None if right_to_left else text)
        # (the objects with chars are only wanted to tell the inkless ones apart)
        order, space_objs = _text_objects(c, drawn, inkless, set(keys) if inkless else ())
        ra, rb, rc, rd, re_, rf = rot
        turned = rb != 0.0 or rc != 0.0 or ra != 1.0
        pieces = pieces and not turned  # (a turned page's glyph positions are not its baselines)
        # The glyphs made and not yet given out: a piece (``head``, a simple glyph, and
        # the ``tail`` of glyphs going straight on its run after it, see glyph_runs),
        # or one glyph ``held`` (one that cannot start a piece, or letters of a
        # ligature joined). Either way the last glyph made may still take a ligature's
        # next letter.
        head: Any = None
        tail: list[str] = []
        tail_add = tail.append
        tail_x1 = tail_before = 0.0  # where the last glyph's advance ends, and the one's before
        mark = 0.0  # where the tail's last glyph before a space ends (see _tail)
        near = far = word = 0.0  # the head's gaps (glyph_runs' near, far and word)
        growing = False  # whether a glyph of this object and baseline may go on the tail
        held: Any = None
        held_simple = False
        simple_before = True  # the glyph given out last (if any) is simple
        space_width: dict[str, float] = {}  # a font's space advance per em, from its spaces
        last_index = -1
        is_generated = fonts.char_generated
        objects = fonts.objects
        nan = float("nan")
        last_py = nan  # the last origin y read (NaN after a zero), and it rounded
        last_y = 0.0
        places, exact, to_integer, same = _SCALE, _EXACT, _TO_INTEGER, _SAME_ADVANCE
        last_key: Any = -1
        # The text object whose chars take the short way below: last_key, while its
        # text is read (not rotated) on an upright page; else no object's.
        live_key: Any = _NONE
        facts: Any = None
        lig_x = _NOWHERE  # x of the last glyph, of this text object (a ligature's letters share it)
        candidates = _GENERATED_CANDIDATES
        style: Style = ("", 0.0, 0.0, 0.0)
        advances: dict[str, tuple[str, float, bool]] = {}
        handle = 0
        fontsize = scale = 0.0
        for i, ch, key, px, py, right in zip(range(n), text, keys, xs, ys, rights, strict=True):
            generated = False
            if key != live_key or ch in candidates:
                # Not the common char (a glyph of the text object before it, on an
                # upright page, no space or line break): PDFium's own spaces, a new
                # text object, rotated text.
                if ch in candidates:
                    if not key:
                        continue  # a space or line break of PDFium's own
                    # (only a char whose loose box is empty may be PDFium's: see chars)
                    if tops[i] == bottoms[i] and is_generated(tpv, i) == 1:
                        # PDFium's own spaces inside a text object (in letter-spaced text)
                        # sit at the next glyph's origin; a space char of the PDF that it
                        # set aside (the next glyph overlaps it) keeps its own origin.
                        if ch != " " or i + 1 >= n:
                            continue
                        if keys[i + 1] != key or abs(xs[i + 1] - px) < 0.01:
                            continue
                        generated = True
                    if ch == " " and head is not None and (tail[-1] if tail else head[0]) != " ":
                        mark = tail_x1  # (where the tail's ink ends, if the space goes on it)
                if key != last_key:
                    last_key = key
                    growing = False  # (a new object: a new piece)
                    lig_x = _NOWHERE  # a ligature's letters share a text object
                    facts = objects.get(key)
                    if facts is None:
                        facts = objects[key] = _object_facts(fonts, tpv, i, key, turned, rot)
                    index = order.get(key, -1)
                    if space_objs and index > last_index + 1 and last_index >= 0:
                        pending = [
                            space_objs[k] for k in range(last_index + 1, index) if k in space_objs
                        ]
                        if pending and facts is not None:
                            x, y = px, py
                            if turned:
                                x, y = x * ra + y * rc + re_, x * rb + y * rd + rf
                            if head is not None:
                                yield (*head, _tail(tail, tail_x1, mark) if tail else None)
                                head = None
                                simple_before = True
                            elif held is not None:
                                yield (*held, None)
                                held = None
                                simple_before = held_simple
                            for space in _space_glyphs(c, fonts, pending, space_width, x, y):
                                yield (*space, None)
                                simple_before = True
                    if index >= 0:
                        last_index = index
                    if facts is not None:
                        style, advances, handle, fontsize, scale = facts
                    live_key = key if facts is not None and not turned else _NONE
                if facts is None:
                    continue  # rotated text: not part of the reading text
            # PDFium's positions are single floats: rounded to the 1e-4 pt a content
            # stream writes them in, they are pdfminer's, so that both backends fall
            # on the same side of every threshold (a cell set exactly 0.12 em lower).
            # x is round(px, _PLACES) done as _round_places does it (the same float,
            # see there); y repeats along a baseline, so it is rounded once per value
            # (a zero anew: -0.0 == 0.0 but rounds to itself, so no zero is kept as
            # the last y, NaN in its place).
            t = px * places
            if -exact < t < exact:
                t = (t + to_integer) - to_integer
                x = t / places if t else px * 0.0
            else:
                x = round(px, _PLACES)
            if py != last_py:
                last_y = round(py, _PLACES)
                last_py = py if py else nan
                growing = False  # (another baseline: a new piece)
            y = last_y
            try:
                out, width, simple = advances[ch]
            except KeyError:  # (the char's first time in this font, size and scale)
                found = advances[ch] = fonts.advance(tpv, i, ch, handle, fontsize, scale, x)
                out, width, simple = found
            if turned:
                x, y = x * ra + y * rc + re_, x * rb + y * rd + rf
            own = 0.0
            if width > 0.0 and not generated:
                # The glyph's advance, from its char code (glyph_advance, inlined for
                # an upright page): where it is the font's for the char, as for nearly
                # every char, own_advance has nothing to add.
                full = fonts.glyph_advance(tpv, i, px, py, rot) if turned else right - px
                if full > 0.0 and (full - width > same or width - full > same):
                    own = fonts.own_advance(tpv, i, px, py, rot, width, n, style[1], full)
                    if own > 0.0:
                        width = own
            if ch == " ":
                if generated:
                    width = space_width.get(style[0], 0.25) * style[1]
                elif style[1] and not turned:
                    space_width.setdefault(style[0], width / style[1])
            if x == lig_x and not generated:
                # a ligature's next letter, joined to the last glyph made
                args = (out, x, y, width, own, px, py, rot, facts)
                if held is not None:
                    held = _ligature(fonts, tpv, i, held, *args)
                    held_simple = False
                elif not tail:  # the head, alone
                    held = _ligature(fonts, tpv, i, head, *args)
                    held_simple = growing = False
                    head = None
                elif growing and simple and tail[-1] != " " and tail[-1][0] != "(":
                    # in the tail: glyph_runs would take the joined glyph as the letter
                    # before (a text of simple chars that fold leaves as it is)
                    joined = _ligature(fonts, tpv, i, (tail[-1], lig_x, tail_x1), *args)
                    tail[-1] = joined[0]
                    tail_x1 = joined[2]
                else:  # taken off the tail, which is given out without it
                    last = (tail.pop(), lig_x, tail_x1)
                    tail_x1 = tail_before
                    yield (*head, _tail(tail, tail_x1, mark) if tail else None)
                    held = _ligature(fonts, tpv, i, last, *args)
                    held_simple = growing = False
                    head = None
                    simple_before = True
                continue
            lig_x = x
            x1 = x + width
            if simple and growing and near <= x - tail_x1 <= word:
                tail_before = tail_x1  # the common glyph: on the tail
                tail_add(out)
                tail_x1 = x1
                continue
            if (
                simple
                and growing
                and near <= x - tail_x1 < far
                and (out == " " or (tail[-1] if tail else head[0]) == " ")
            ):
                tail_before = tail_x1  # a wider gap, next to a space: no word gap either
                tail_add(out)
                tail_x1 = x1
                continue
            # A glyph that starts a piece (or is held alone): the glyphs before it go.
            if head is not None:
                yield (*head, _tail(tail, tail_x1, mark) if tail else None)
                head = None
                simple_before = True
            elif held is not None:
                yield (*held, None)
                held = None
                simple_before = held_simple
            if simple and simple_before and pieces and style[1] > 0.0:
                head = (out, x, x1, y, style)
                tail = []
                tail_add = tail.append
                tail_x1 = x1
                size = style[1]
                near, far, word = -0.25 * size, 1.2 * size, _WORD_GAP * size
                growing = True
            else:
                held = (out, x, x1, y, style)
                held_simple = simple
                growing = False
        if head is not None:
            yield (*head, _tail(tail, tail_x1, mark) if tail else None)
        elif held is not None:
            yield (*held, None)
    finally:
        textpage.close()


_Made = tuple[str, float, float, float, Style]
"""A glyph made (a :data:`.lines.Glyph` without its tail), not yet given out."""


def _tail(parts: list[str], x1: float, mark: float) -> Tail:
    """A piece's tail (:data:`.lines.Tail`) of glyph texts ``parts``, the last ending
    at ``x1``; ``mark``: where its last glyph before its last space ends (the ink
    ends there when the tail ends with spaces)."""
    text = "".join(parts)
    if parts[-1] != " ":
        return (text, x1, x1, len(parts))
    return (text, x1, mark if text.strip(" ") else None, len(parts))


def _ligature(
    fonts: _Fonts,
    tpv: ctypes.c_void_p,
    i: int,
    last: tuple[Any, ...],
    out: str,
    x: float,
    y: float,
    width: float,
    own: float,
    px: float,
    py: float,
    rot: tuple[float, ...],
    facts: Any,
) -> _Made:
    """The glyph ``last`` (its text, x0 and x1 first) with char ``i`` (text ``out``, at ``x``, the same as ``last``'s
    origin) joined to it: the letters of a ligature glyph, all at its origin, are one
    glyph again, as wide as the glyph (its own advance ``own``; else the ligature
    char's; else its loose box, advance ``width`` or ink), so the gap to the next glyph
    is measured from its end, not from the end of its widest letter."""
    style, _, handle, fontsize, scale = facts
    joined = last[0] + out
    if own <= 0.0:
        lig = _LIGATURES.get(joined)
        full = 0.0
        if lig is not None:
            full = fonts.advance(tpv, i, lig, handle, fontsize, scale, px)[1]
        if full <= 0.0:
            full = fonts.glyph_advance(tpv, i, px, py, rot)
        width = max(width, full, last[2] - x)
    return (joined, last[1], x + width, y, style)


def _object_facts(
    fonts: _Fonts, tpv: ctypes.c_void_p, i: int, key: int, turned: bool, rot: tuple[float, ...]
) -> Any:
    """(style, advances by char, font handle, font size, scale) of the text object of
    char ``i``; None when its text is rotated."""
    if not key:
        return None
    name, fontsize, descent, handle = fonts.of(key)
    m = fonts.fs_matrix
    fonts.matrix(tpv, i, fonts.at_matrix)
    a, b, cc, d = m.a, m.b, m.c, m.d
    scale = (a * a + b * b) ** 0.5  # the text space's x unit in page units
    if turned:
        ra, rb, rc, rd = rot[:4]
        a, b, cc, d = (a * ra + b * rc, a * rb + b * rd, cc * ra + d * rc, cc * rb + d * rd)
    if b or cc:
        return None
    # Char size as pdfminer's glyph height: the font size scaled by the matrix.
    size = fontsize * abs(d)
    style = fonts.style(name, size, descent)
    advances = fonts.advances.setdefault((handle, fontsize, scale), {})
    return style, advances, handle, fontsize, scale


def _space_glyphs(
    c: Any,
    fonts: _Fonts,
    objs: list[Any],
    space_width: dict[str, float],
    next_x: float,
    next_y: float,
) -> list[_Made]:
    """Space glyphs of space-only text objects, placed at their objects' origins.

    One space per object (runs of spaces count as one downstream), as wide as the
    font's other spaces on the page, else the room up to the next char on its
    baseline, else a quarter em.
    """
    out: list[_Made] = []
    m = c.FS_MATRIX()
    for obj in objs:
        fontname, fontsize, descent, _ = fonts.of(obj)
        if not c.FPDFPageObj_GetMatrix(obj, m) or m.b or m.c:
            continue
        size = fontsize * abs(m.d)
        x, y = m.e, m.f
        room = next_x - x if abs(next_y - y) < 0.05 and next_x > x else 0.0
        per = space_width.get(fontname)
        width = per * size if per else room if room and room < size else 0.25 * size
        out.append((" ", x, x + width, y, fonts.style(fontname, size, descent)))
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

# PDFium keeps what it parses of a document (its objects, fonts, each page's data) until
# the document is closed, so a long PDF's memory would grow with every distinct page
# read: the document is closed and opened again after this many pages. Reopening costs
# a parse of the cross-reference table (under a millisecond, against some 200 ms to
# read 16 pages). On 492 distinct pages the peak went from 125 MB to 93 MB (97 at 32,
# 107 at 64 pages; no lower at 8), CPU time the same.
_REOPEN_PAGES = 16


def read_pages(
    path: Path,
    only: set[int] | None = None,
    warnings: list[str] | None = None,
    *,
    password: str | None = None,
    max_pages: int | None = None,
) -> tuple[list[Page], int]:
    """Every page read with PDFium; the same contract as :func:`.reader.read_pages`.

    The document is opened again every :data:`_REOPEN_PAGES` pages (what PDFium parsed
    of the pages before is released); what is kept of the document across pages is
    the glyph tally, while the font caches, keyed by PDFium's handles, start afresh.
    """
    pages: list[Page] = []
    with _pdfium_lock():
        pdf: Any = open_pdf(path, password, max_pages)
        try:
            n_pages = len(pdf)
            glyph_count = GlyphCount()
            fonts = _Fonts(glyph_count)
            fonts.right_to_left = _right_to_left(pdf)  # once: the same on every reopen
            shared = SharedValues()  # one object per recurring coordinate (see .page)
            read = 0  # pages read since the document was opened
            for i in range(1, n_pages + 1):
                if only is not None and i not in only:
                    continue
                check_time()
                if read >= _REOPEN_PAGES:
                    pdf.close()
                    pdf = None
                    fonts.clear()
                    pdf = open_pdf(path, password, max_pages)
                    read = 0
                read += 1
                try:
                    runs, rects, width, height, links = read_page(pdf, i - 1, fonts)
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
                lines = build_lines(runs, i, width, glyph_count)
                kept = share_values(lines, shared)
                pages.append(Page(i, width, height, kept, tuple(rects), links))
        finally:
            if pdf is not None:
                pdf.close()
    undecoded = glyph_count.warning(str(path))
    if undecoded is not None and warnings is not None:
        warnings.append(undecoded)
    return pages, n_pages


def page_links(pdf: Any, page: Any) -> tuple[str, ...]:
    """URIs of an open page's link annotations, as pdfplumber's ``page.annots`` give
    them (evidence for rejoining URLs cut over lines); none when they cannot be read."""
    import pypdfium2.raw as raw

    out: list[str] = []
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
    except Exception:  # noqa: BLE001 - damaged annotations only lose the evidence
        return ()
    return tuple(out)


def read_page(
    pdf: Any, index: int, fonts: _Fonts
) -> tuple[list[Run], list[dict[str, Any]], float, float, tuple[str, ...]]:
    """One page's runs (its glyphs grouped as they are read: no list of them is
    made), rects, width and height (pdfplumber's page size), and links."""
    page = pdf[index]
    try:
        # Unrotated size: the PDF's own y axis is turned to a top-down one over it.
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        rot = _rotation(page, width, height)
        rotate = page.get_rotation() % 360
        top_of = height if rotate in (0, 180) else width
        glyphs = page_glyphs(page, fonts, rot)
        try:
            runs = glyph_runs(glyphs, top_of, fonts.count)
        finally:
            glyphs.close()  # its text page, before the page
        rects = page_rects(page, top_of, rot)
        links = page_links(pdf, page)
        if rotate in (90, 270):
            width, height = height, width
        return runs, rects, width, height, links
    finally:
        page.close()
