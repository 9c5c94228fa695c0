"""Generated fixtures for layout classes the PDF reader does not handle yet.

Six small PDFs in ``fixtures/layouts/``, each with its gold in ``tests/gold/layouts/``:

* ``restart-per-chapter.pdf``: footnote numbers restart at 1 in every chapter; chapters
  follow each other without a page break, so one page can hold notes of two chapters.
* ``two-column-notes.pdf``: two-column body; the notes of a column stand under that
  column (left-column notes under the left column, right under the right).
* ``fullsize-note-numbers.pdf``: markers are body-size digits glued to the word
  ("asielbeleid.16"); note numbers are printed at the note's text size at the left
  margin, and a number too wide for the tab stop is glued to its text ("16COM(2020)").
* ``no-space-glyphs.pdf``: every word drawn on its own at a computed position, no space
  character anywhere in the content streams; ligature glyphs (ﬀ ﬁ ﬂ ﬃ ﬄ) in the words;
  LaTeX-like bold headings at body size ("1 Inleiding", "2.1 Titel"); DejaVu Sans.
* ``endnotes.pdf``: superscript markers, every note gathered at the end under "Noten".
* ``landscape-notes.pdf``: a portrait report with three pages turned a quarter: two
  landscape pages (a wide MediaBox) and a portrait MediaBox with /Rotate 90 whose content
  is drawn turned so it reads upright. Each holds a paragraph across the wide measure, a
  ruled table in the notes' type size reaching down to the notes, and that page's notes
  under a rule; the table's rows are numbered ("3. Nareis") like note starts.

Content is a subset of the chapters of ``fixtures/emn2019-part1.txt`` as
``make_fixtures.py`` parses it, with the footnote texts of
``tests/gold/structure_reference.json`` verbatim (whitespace-normalised). Margin boxes
and captions are left out. Notes are renumbered in the order their markers are drawn
(per chapter for the restart layout). The gold is written by the generator from what it
drew (text, page, column and box of every heading, marker and note), never read back
from the PDF.

The DejaVu Sans fonts for ``no-space-glyphs.pdf`` are looked up in ``$EMN_FIXTURE_FONTS``
and then ``/usr/share/fonts/truetype/dejavu`` (Debian/Ubuntu package
``fonts-dejavu-core``). Output is byte-stable (``invariant=1``, no randomness).

    python3 tools/layout_fixtures.py                 # fixtures/layouts/ + tests/gold/layouts/
    python3 tools/layout_fixtures.py --out DIR --gold-out DIR
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "fixtures" / "layouts"
GOLD_OUT = ROOT / "tests" / "gold" / "layouts"
FONT_DIRS = [
    *([Path(os.environ["EMN_FIXTURE_FONTS"])] if os.environ.get("EMN_FIXTURE_FONTS") else []),
    Path("/usr/share/fonts/truetype/dejavu"),
]


def _base():
    """The shared dump parser and marker placement of ``make_fixtures.py``."""
    if "make_fixtures" in sys.modules:
        return sys.modules["make_fixtures"]
    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


mf = _base()

# ligatures, longest first; never inside URLs or e-mail addresses
LIGATURES = (
    ("ffi", "\ufb03"),
    ("ffl", "\ufb04"),
    ("ff", "\ufb00"),
    ("fi", "\ufb01"),
    ("fl", "\ufb02"),
)
CONTEXT_CHARS = 40

GOLD_NOTE = (
    "Gold written by tools/layout_fixtures.py from what it drew, not read from the PDF. "
    "Coordinates are PDF points from the page's top-left corner, like pdfplumber's "
    "(x0, top, x1, bottom); pages are 1-based, columns 0-based indexes into 'columns' "
    "([x0, x1] of each text column). sections: every numbered heading drawn (chapters "
    "are level 1), title as in structure_reference.json, with page/column/bbox of "
    "number and title. footnotes: in the order their markers are drawn; 'number' is the "
    "printed number, 'chapter' the chapter whose text holds the marker (with numbering "
    "'per-chapter' the pair (chapter, number) identifies a note), 'source_number' the "
    "note's number in structure_reference.json, 'text' its text there, whitespace-"
    "normalised, exactly as drawn (logical characters: ligature glyphs are written "
    "out, a URL cut over lines has no space or hyphen added), 'page' the page of its "
    "first line, 'parts' one box per page/column piece (number included), 'glued' "
    "(only with note_numbers 'glued-when-wide') whether the number touches the text with "
    "no space. markers: one per note, 'number'/'chapter' as for footnotes, 'context' "
    f"up to {CONTEXT_CHARS} characters of the paragraph's text right before the marker "
    "(marker digits removed, whitespace-normalised, never reaching back over a page or "
    "column break), 'bbox' the box of the marker digits."
)


@dataclass
class LStyle:
    name: str
    description: str
    pagesize: tuple[float, float]
    columns: tuple[tuple[float, float], ...]  # (x, width)
    top: float  # body top, from the page top
    bottom: float  # body bottom (notes end here), from the page top
    font: str
    bold: str
    size: float
    leading: float
    justify: bool
    para_space: float
    marker: str  # "super" (smaller, raised by text rise) | "full" (body size, glued)
    marker_size: float
    marker_rise: float
    notes: str  # "foot" (under the column of the marker) | "end"
    note_size: float
    note_leading: float
    note_indent: float
    note_gap: float
    note_rule: float  # length of the rule above a column's notes; 0 = none
    note_number: str  # "plain" | "super" | "glued-when-wide"
    restart: bool  # numbering restarts in every chapter
    separate_words: bool  # every word its own string, no space glyphs
    ligatures: bool
    chapter_font: str
    chapter_size: float
    chapter_new_page: bool
    h2_font: str
    h2_size: float
    h3_font: str
    h3_size: float
    heading_tab: float  # title x offset; 0 = number width plus one em
    header: str | None
    footer: str  # "{page}"
    footer_center: bool
    plan: tuple[tuple[str, int | None], ...]  # (chapter, character budget or None = all)
    # Table pages: (chapter, body paragraphs of it before, kind, table). The page is
    # "landscape" (a wide mediabox) or "rotated" (a portrait mediabox with /Rotate 90,
    # drawn turned so it reads upright, wide); it holds the next body paragraph across
    # the wide measure, then the table in note-size type, then that page's notes.
    tables: tuple[tuple[str, int, str, str], ...] = ()


@dataclass
class Note:
    id: int
    source: int
    printed: int
    chapter: str
    text: str


@dataclass
class Tok:
    segs: list[tuple[str, str]]  # (text, kind): "t" text | "m" marker (note id) | "n" number
    space_before: bool = True


@dataclass
class Run:
    text: str
    font: str
    size: float
    rise: float
    x: float
    width: float
    kind: str  # "t" | "m" | "n" | "s" (space)
    note: int | None = None


@dataclass
class Frame:
    page: int  # 0-based
    col: int
    x: float
    w: float
    y: float
    notes: list[int] = field(default_factory=list)
    bottom: float = 0.0  # where the notes end, from the page top


def ligate(text: str) -> str:
    if "/" in text or "@" in text or "www" in text:
        return text
    for plain, glyph in LIGATURES:
        text = text.replace(plain, glyph)
    return text


def tokens(text: str) -> list[Tok]:
    out = []
    for word in mf.words_of(text):
        out.append(Tok([(s.text, "m" if s.marker else "t") for s in word.segs]))
    return out


def select(items: list, plan: tuple[tuple[str, int | None], ...]) -> list:
    """The planned chapters; a budgeted chapter stops at the first heading past its budget."""
    budgets = dict(plan)
    out = []
    current = None
    used = 0
    stopped = False
    for item in items:
        if item.kind == "chapter":
            current, used, stopped = item.number, 0, False
        if current not in budgets or item.kind in ("box", "caption"):
            continue
        budget = budgets[current]
        if item.kind == "heading" and budget is not None and used >= budget:
            stopped = True
        if stopped:
            continue
        out.append(item)
        used += len(item.text)
    return out


def number_notes(items: list, gold, restart: bool) -> tuple[list, list[Note]]:
    """Give every marker a note id (sentinel digits) and its printed number."""
    notes: list[Note] = []
    out = []
    counter = 0
    chapter = None
    for item in items:
        if item.kind == "chapter":
            chapter = item.number
            if restart:
                counter = 0

        def sub(m, chapter=chapter):
            nonlocal counter
            counter += 1
            source = int(m.group(1))
            note = Note(
                len(notes), source, counter, chapter, mf.norm_space(gold.notes[source]["text"])
            )
            notes.append(note)
            return f"{mf.MARK_OPEN}{note.id}{mf.MARK_CLOSE}"

        out.append(mf.Item(item.kind, mf.MARKER_RE.sub(sub, item.text), item.number, item.level))
    return out, notes


def _box(values: tuple[float, float, float, float]) -> list[float]:
    return [round(v, 2) for v in values]


class Flow:
    """Lines placed top-down in column frames; notes at the foot of their marker's frame."""

    def __init__(self, style: LStyle, notes: list[Note]) -> None:
        self.s = style
        self.notes = notes
        self.pages: list[list] = []  # draw ops per page
        self.frames: list[Frame] = []
        self.sections: list[dict] = []
        self.markers: list[dict] = []
        self.parts: dict[int, list[dict]] = {n.id: [] for n in notes}
        self.extra: dict = {}
        self.stats = {"overfull": 0, "url_cuts": 0}
        self.ctx = ""
        self.ctx_frame: Frame | None = None
        self.kinds: list[str] = []  # per page: "portrait", "landscape" or "rotated"
        self.wide: list[tuple[float, float]] = []  # (x, w) of the wide pages' measure
        self.broken: dict[tuple[int, float], list[list[Tok]]] = {}
        self.new_frame(new_page=True)

    # -- measuring -----------------------------------------------------------
    def display(self, text: str, kind: str) -> str:
        if kind == "m":
            return str(self.notes[int(text)].printed)
        return ligate(text) if self.s.ligatures else text

    def seg_font(self, kind: str, font: str, size: float) -> tuple[float, float]:
        """Size and rise of a segment drawn in a line of ``size``."""
        if kind == "m" and self.s.marker == "super":
            return self.s.marker_size * size / self.s.size, self.s.marker_rise * size / self.s.size
        return size, 0.0

    def seg_width(self, text: str, kind: str, font: str, size: float) -> float:
        seg_size, _ = self.seg_font(kind, font, size)
        return stringWidth(self.display(text, kind), font, seg_size)

    def tok_width(self, tok: Tok, font: str, size: float) -> float:
        return sum(self.seg_width(t, k, font, size) for t, k in tok.segs)

    def break_lines(
        self, toks: list[Tok], first: float, width: float, size: float, font: str | None = None
    ) -> list[list[Tok]]:
        """Greedy breaking, no hyphenation; an over-long word (a URL) is cut, no hyphen added."""
        font = font or self.s.font
        space = stringWidth(" ", font, size)
        lines: list[list[Tok]] = []
        cur: list[Tok] = []
        cur_w = 0.0
        limit = first
        queue = list(toks)
        while queue:
            tok = queue.pop(0)
            tw = self.tok_width(tok, font, size)
            need = tw if not cur else cur_w + space + tw
            if need <= limit:
                cur.append(tok)
                cur_w = need
                continue
            room = limit - (cur_w + space if cur else 0.0)
            cut = self._cut(tok, room, font, size) if tw > width * 0.4 and room > 40 else None
            if cut is None and not cur:
                cut = self._cut(tok, room, font, size)
            if cut:
                head, tail = cut
                cur.append(head)
                lines.append(cur)
                self.stats["url_cuts"] += 1
                cur, cur_w, limit = [], 0.0, width
                queue.insert(0, tail)
                continue
            if not cur:
                cur, cur_w = [tok], tw
                self.stats["overfull"] += 1
                continue
            lines.append(cur)
            cur, cur_w, limit = [], 0.0, width
            queue.insert(0, tok)  # measured again on the fresh line
        if cur:
            lines.append(cur)
        return lines

    def _cut(self, tok: Tok, room: float, font: str, size: float) -> tuple[Tok, Tok] | None:
        text, kind = tok.segs[0]
        if kind != "t" or len(text) < 12:
            return None
        fits = [i for i in range(6, len(text) - 2) if stringWidth(text[:i], font, size) <= room]
        if not fits:
            return None
        nice = [i for i in fits if text[i - 1] in "/.-_?=&"]
        i = (nice or fits)[-1]
        head = Tok([(text[:i], "t")], tok.space_before)
        tail = Tok([(text[i:], "t"), *tok.segs[1:]], space_before=False)
        return head, tail

    # -- notes -----------------------------------------------------------------
    def glued(self, note: Note) -> bool:
        s = self.s
        if s.note_number != "glued-when-wide":
            return False
        return stringWidth(str(note.printed), s.font, s.note_size) + 2.0 > s.note_indent

    def note_tokens(self, note: Note) -> list[Tok]:
        toks = tokens(note.text)
        if self.glued(note):
            toks[0] = Tok([(str(note.printed), "n"), *toks[0].segs])
        return toks

    def note_widths(self, note: Note, measure: float) -> tuple[float, float]:
        width = measure - self.s.note_indent
        return (width + self.s.note_indent if self.glued(note) else width), width

    def note_lines(self, note_id: int, measure: float) -> list[list[Tok]]:
        """A note's lines, broken for a frame ``measure`` wide."""
        key = (note_id, measure)
        if key not in self.broken:
            note = self.notes[note_id]
            self.broken[key] = self.break_lines(
                self.note_tokens(note), *self.note_widths(note, measure), self.s.note_size
            )
        return self.broken[key]

    def note_height(self, ids: list[int], measure: float) -> float:
        s = self.s
        if not ids:
            return 0.0
        lines = sum(len(self.note_lines(i, measure)) for i in ids)
        return 9.0 + lines * s.note_leading + s.note_gap * (len(ids) - 1)

    # -- frames ----------------------------------------------------------------
    @property
    def frame(self) -> Frame:
        return self.frames[-1]

    def new_frame(self, new_page: bool = False) -> Frame:
        s = self.s
        if self.frames and not new_page and self.frame.col + 1 < len(s.columns):
            page, col = self.frame.page, self.frame.col + 1
        else:
            self.pages.append([])
            self.kinds.append("portrait")
            page, col = len(self.pages) - 1, 0
        x, w = s.columns[col]
        self.frames.append(Frame(page, col, x, w, s.top, bottom=s.bottom))
        return self.frame

    def wide_page(self, kind: str) -> Frame:
        """A new page turned a quarter (landscape display), one wide frame on it; its
        measure is a column of its own in the gold, after the style's columns."""
        s = self.s
        width, height = s.pagesize[1], s.pagesize[0]
        x = s.columns[0][0]
        measure = (x, width - 2 * x)
        if measure not in self.wide:
            self.wide.append(measure)
        self.pages.append([])
        self.kinds.append(kind)
        col = len(s.columns) + self.wide.index(measure)
        bottom = height - (s.pagesize[1] - s.bottom)
        self.frames.append(Frame(len(self.pages) - 1, col, x, measure[1], s.top, bottom=bottom))
        return self.frame

    def page_size(self, page: int) -> tuple[float, float]:
        """The size a viewer shows page ``page`` (0-based) at."""
        w, h = self.s.pagesize
        return (w, h) if self.kinds[page] == "portrait" else (h, w)

    def room(self, f: Frame) -> float:
        return f.bottom - self.note_height(f.notes, f.w) - f.y

    def place(self, height: float, notes: list[int], space_before: float) -> tuple[Frame, float]:
        for attempt in range(2):
            f = self.frame
            before = space_before if f.y > self.s.top + 0.1 else 0.0
            grow = self.note_height(f.notes + notes, f.w) - self.note_height(f.notes, f.w)
            if before + height + grow <= self.room(f) or attempt == 1:
                if attempt == 1 and before + height + grow > self.room(f):
                    self.stats["overfull"] += 1
                f.y += before
                top = f.y
                f.y += height
                f.notes.extend(notes)
                return f, top
            self.new_frame()
        raise AssertionError("unreachable")

    # -- lines -----------------------------------------------------------------
    def runs(
        self, line: list[Tok], x: float, width: float, font: str, size: float, justify: bool
    ) -> tuple[list[Run], float]:
        """Positions of a line's pieces; returns the runs and the justification extra."""
        space = stringWidth(" ", font, size)
        natural = sum(self.tok_width(t, font, size) for t in line)
        gaps = sum(1 for k, t in enumerate(line) if k and t.space_before)
        natural += gaps * space
        extra = (width - natural) / gaps if justify and gaps else 0.0
        out: list[Run] = []
        cx = x
        for k, tok in enumerate(line):
            if k and tok.space_before:
                out.append(Run(" ", font, size, 0.0, cx, space + extra, "s"))
                cx += space + extra
            for text, kind in tok.segs:
                seg_size, rise = self.seg_font(kind, font, size)
                shown = self.display(text, kind)
                w = stringWidth(shown, font, seg_size)
                note = int(text) if kind == "m" else None
                out.append(Run(shown, font, seg_size, rise, cx, w, kind, note))
                cx += w
        return out, extra

    def draw_op(self, runs: list[Run], baseline: float, extra: float):
        separate = self.s.separate_words

        def draw(c, ph):
            if separate:
                for r in runs:
                    if r.kind != "s":
                        c.setFont(r.font, r.size)
                        c.drawString(r.x, ph - baseline + r.rise, r.text)
                return
            t = c.beginText(runs[0].x, ph - baseline)
            t.setWordSpace(extra)
            for r in runs:
                t.setFont(r.font, r.size)
                t.setRise(r.rise)
                t.textOut(r.text)
            t.setRise(0.0)  # text state outlives the text object: leave it clean
            t.setWordSpace(0.0)
            c.drawText(t)

        return draw

    def paragraph(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        indent: float,
        space_before: float,
        justify: bool,
        keep: int = 1,
        bullet: bool = False,
    ) -> None:
        toks = tokens(text)
        width = self.frame.w - indent
        lines = self.break_lines(toks, width, width, size, font)
        if keep > 1 and self.room(self.frame) < space_before + leading * keep:
            self.new_frame()
        self.ctx = ""
        for k, line in enumerate(lines):
            markers = [int(t) for tok in line for t, kind in tok.segs if kind == "m"]
            f, top = self.place(
                leading, markers if self.s.notes == "foot" else [], space_before * (k == 0)
            )
            if f is not self.ctx_frame:
                self.ctx, self.ctx_frame = "", f
            baseline = top + leading * 0.78
            last = k == len(lines) - 1
            runs, extra = self.runs(line, f.x + indent, width, font, size, justify and not last)
            self._context(line, runs, f, baseline)
            ops = self.pages[f.page]
            ops.append(self.draw_op(runs, baseline, extra))
            if bullet and k == 0:
                ops.append(
                    lambda c, ph, x=f.x + indent - 11, b=baseline: self._bullet(c, ph, x, b, size)
                )

    def _bullet(self, c, ph: float, x: float, baseline: float, size: float) -> None:
        c.setFont(self.s.font, size)
        c.drawString(x, ph - baseline, "\u2022")

    def _context(self, line: list[Tok], runs: list[Run], f: Frame, baseline: float) -> None:
        """Track the logical text before each marker; record the marker's gold."""
        k = 0
        for t, tok in enumerate(line):
            if t and tok.space_before:
                k += 1  # the space run
            if tok.space_before and self.ctx:
                self.ctx += " "
            for text, kind in tok.segs:
                run = runs[k]
                k += 1
                if kind != "m":
                    self.ctx += text
                    continue
                note = self.notes[int(text)]
                top = baseline - run.rise - run.size
                self.markers.append(
                    {
                        "number": note.printed,
                        "chapter": note.chapter,
                        "source_number": note.source,
                        "context": mf.norm_space(self.ctx[-CONTEXT_CHARS:]),
                        "page": f.page + 1,
                        "column": f.col,
                        "bbox": _box(
                            (run.x, top, run.x + run.width, baseline - run.rise + 0.3 * run.size)
                        ),
                    }
                )

    def heading(self, number: str, title: str, level: int) -> None:
        s = self.s
        if level == 1:
            font, size = s.chapter_font, s.chapter_size
            space = 24.0
            if s.chapter_new_page and self.frames and self.frame.y > s.top + 0.1:
                self.new_frame(new_page=True)
        else:
            font, size = (s.h2_font, s.h2_size) if level == 2 else (s.h3_font, s.h3_size)
            space = 12.0 if level == 2 else 9.0
        leading = size * 1.3
        if self.room(self.frame) < space + leading + 3 * s.leading:
            self.new_frame()
        number_w = stringWidth(number, font, size)
        tab = s.heading_tab * size / s.size if s.heading_tab else number_w + size
        width = self.frame.w - tab
        lines = self.break_lines(tokens(title), width, width, size, font)
        box = None
        for k, line in enumerate(lines):
            f, top = self.place(leading, [], space if k == 0 else 0.0)
            baseline = top + leading * 0.78
            runs, extra = self.runs(line, f.x + tab, width, font, size, False)
            if k == 0:
                runs.insert(0, Run(number, font, size, 0.0, f.x, number_w, "t"))
                if not s.separate_words:  # one string: number, spaces up to the tab, title
                    gap = tab - number_w
                    runs.insert(1, Run(" ", font, size, 0.0, f.x + number_w, gap, "s"))
                    extra = 0.0
            line_box = (f.x, baseline - size, runs[-1].x + runs[-1].width, baseline + 0.3 * size)
            if not s.separate_words and k == 0:
                self.pages[f.page].append(self._tabbed_op(runs, baseline))
            else:
                self.pages[f.page].append(self.draw_op(runs, baseline, extra))
            if box is None:
                box = [f, line_box]
            else:
                box[1] = (
                    box[1][0],
                    box[1][1],
                    max(box[1][2], line_box[2]),
                    line_box[3],
                )
        self.frame.y += 3.0
        f, b = box
        self.sections.append(
            {
                "number": number,
                "title": title,
                "level": level,
                "page": f.page + 1,
                "column": f.col,
                "bbox": _box(b),
            }
        )

    def _tabbed_op(self, runs: list[Run], baseline: float):
        """Number, a space, then the rest moved to the tab stop, in one text object."""

        def draw(c, ph):
            number = runs[0]
            t = c.beginText(number.x, ph - baseline)
            t.setWordSpace(0.0)
            t.setFont(number.font, number.size)
            t.setRise(number.rise)
            t.textOut(number.text + " ")
            t.setRise(0.0)
            t.setTextOrigin(runs[2].x, ph - baseline)
            for r in runs[2:]:
                t.setFont(r.font, r.size)
                t.setRise(r.rise)
                t.textOut(r.text)
            t.setRise(0.0)
            c.drawText(t)

        return draw

    # -- tables ----------------------------------------------------------------
    def table(self, name: str) -> None:
        """A table of ``TABLES[name]`` across the frame, in note-size type, its cell
        borders drawn as thin filled rects per cell side (as word processors do) or as
        stroked lines. Rows are taken from the table's rows in turn (numbered "N. "
        in the first cell) for as long as they fit above the page's notes, so the
        table's last row stands right above them."""
        s = self.s
        header, pool, shares, borders = TABLES[name]
        f = self.frame
        widths = [f.w * share / sum(shares) for share in shares]
        size, leading, pad = s.note_size, s.note_size * 1.3, 3.0
        ops = self.pages[f.page]
        y = f.y + 8.0
        edges = [y]
        limit = f.y + self.room(f) - 4.0
        for r in range(100):
            row = header if r == 0 else (f"{r}. {pool[(r - 1) % len(pool)][0]}",)
            if r:
                row += pool[(r - 1) % len(pool)][1:]
            font = s.bold if r == 0 else s.font
            cells = [
                self.break_lines(tokens(text), w - 2 * pad, w - 2 * pad, size, font)
                for text, w in zip(row, widths, strict=True)
            ]
            height = max(len(lines) for lines in cells) * leading + 2 * pad
            if r and y + height > limit:
                break
            x = f.x
            for lines, w in zip(cells, widths, strict=True):
                for k, line in enumerate(lines):
                    baseline = y + pad + k * leading + leading * 0.78
                    runs, _ = self.runs(line, x + pad, w - 2 * pad, font, size, False)
                    ops.append(self.draw_op(runs, baseline, 0.0))
                x += w
            y += height
            edges.append(y)
        xs = [f.x + sum(widths[:i]) for i in range(len(widths) + 1)]
        ops.append(lambda c, ph: self._grid(c, ph, xs, edges, borders))
        if len(edges) < 4:
            self.stats["overfull"] += 1  # no room for a table of two rows
        f.y = y

    @staticmethod
    def _grid(c, ph: float, xs: list[float], ys: list[float], borders: str) -> None:
        c.setLineWidth(0.5)
        for a, b in zip(xs, xs[1:], strict=False):
            for y in ys:
                if borders == "rects":
                    c.rect(a + 0.25, ph - y - 0.25, b - a - 0.5, 0.5, stroke=0, fill=1)
                else:
                    c.line(a, ph - y, b, ph - y)
        for x in xs:
            for top, bottom in zip(ys, ys[1:], strict=False):
                if borders == "rects":
                    c.rect(x - 0.25, ph - bottom, 0.5, bottom - top, stroke=0, fill=1)
                else:
                    c.line(x, ph - top, x, ph - bottom)

    # -- notes -----------------------------------------------------------------
    def note_runs(
        self, note: Note, k: int, line: list[Tok], x: float, baseline: float, measure: float
    ) -> list[Run]:
        s = self.s
        width = measure - s.note_indent
        if k == 0 and self.glued(note):
            runs, _ = self.runs(line, x, width, s.font, s.note_size, False)
            return runs
        runs, _ = self.runs(line, x + s.note_indent, width, s.font, s.note_size, False)
        if k == 0:
            number = str(note.printed)
            size = s.note_size * (0.72 if s.note_number == "super" else 1.0)
            rise = s.note_size * 0.38 if s.note_number == "super" else 0.0
            runs.insert(
                0, Run(number, s.font, size, rise, x, stringWidth(number, s.font, size), "n")
            )
            if not s.separate_words:
                gap = s.note_indent - runs[0].width
                runs.insert(1, Run(" ", s.font, s.note_size, 0.0, x + runs[0].width, gap, "s"))
        return runs

    def draw_note_line(
        self, note: Note, k: int, x: float, top: float, page: int, col: int, measure: float
    ) -> None:
        s = self.s
        baseline = top + s.note_leading * 0.78
        runs = self.note_runs(note, k, self.note_lines(note.id, measure)[k], x, baseline, measure)
        if not s.separate_words and k == 0 and not self.glued(note):
            self.pages[page].append(self._tabbed_op(runs, baseline))
        else:
            self.pages[page].append(self.draw_op(runs, baseline, 0.0))
        box = (x, baseline - s.note_size, runs[-1].x + runs[-1].width, baseline + 0.3 * s.note_size)
        parts = self.parts[note.id]
        if parts and parts[-1]["page"] == page + 1 and parts[-1]["column"] == col:
            old = parts[-1]["bbox"]
            parts[-1]["bbox"] = _box((old[0], old[1], max(old[2], box[2]), box[3]))
        else:
            parts.append({"page": page + 1, "column": col, "bbox": _box(box)})

    def foot_notes(self) -> None:
        s = self.s
        for f in self.frames:
            if not f.notes:
                continue
            y = f.bottom - self.note_height(f.notes, f.w) + 9.0
            if s.note_rule:
                rule_y = y - 4.0
                self.pages[f.page].append(
                    lambda c, ph, x=f.x, ry=rule_y: (
                        c.setLineWidth(0.4),
                        c.line(x, ph - ry, x + s.note_rule, ph - ry),
                    )
                )
            for i in f.notes:
                note = self.notes[i]
                for k in range(len(self.note_lines(i, f.w))):
                    self.draw_note_line(note, k, f.x, y, f.page, f.col, f.w)
                    y += s.note_leading
                y += s.note_gap

    def end_notes(self) -> None:
        s = self.s
        self.new_frame(new_page=True)
        size = s.chapter_size
        f, top = self.place(size * 1.3, [], 0.0)
        baseline = top + size * 1.3 * 0.78
        runs = [
            Run(
                "Noten",
                s.chapter_font,
                size,
                0.0,
                f.x,
                stringWidth("Noten", s.chapter_font, size),
                "t",
            )
        ]
        self.pages[f.page].append(self.draw_op(runs, baseline, 0.0))
        self.extra["endnotes_heading"] = {
            "text": "Noten",
            "page": f.page + 1,
            "bbox": _box((f.x, baseline - size, f.x + runs[0].width, baseline + 0.3 * size)),
        }
        f.y += 10.0
        for note in self.notes:
            for k in range(len(self.note_lines(note.id, f.w))):
                f, top = self.place(s.note_leading, [], s.note_gap if k == 0 else 0.0)
                self.draw_note_line(note, k, f.x, top, f.page, f.col, f.w)

    # -- output ------------------------------------------------------------------
    def render(self, path: Path, title: str) -> None:
        s = self.s
        pw, ph = s.pagesize
        c = canvas.Canvas(str(path), pagesize=s.pagesize, invariant=1, pageCompression=1)
        c.setTitle(title)
        c.setAuthor("emnextract fixtures")
        c.setCreator("tools/layout_fixtures.py")
        for number, ops in enumerate(self.pages, 1):
            kind = self.kinds[number - 1]
            pw, ph = self.page_size(number - 1)
            c.setPageSize((pw, ph))  # reportlab: the size shown; /Rotate swaps the MediaBox
            c.setPageRotation(90 if kind == "rotated" else 0)
            if kind == "rotated":
                # Drawn in the shown page's coordinates, turned a quarter back into the
                # portrait MediaBox: a viewer turning the page 90 degrees shows it upright.
                c.transform(0, 1, -1, 0, ph, 0)
            if s.header:
                c.setFont(s.font, 7.5)
                c.drawString(s.columns[0][0], ph - 40, s.header)
            for op in ops:
                op(c, ph)
            c.setFont(s.font, 8)
            text = s.footer.format(page=number)
            y = ph - (s.bottom - s.pagesize[1] + ph + 26)
            if s.footer_center:
                c.drawCentredString(pw / 2, y, text)
            else:
                right = pw - (s.pagesize[0] - s.columns[-1][0] - s.columns[-1][1])
                c.drawRightString(right, y, text)
            c.showPage()
        c.save()


# ---------------------------------------------------------------------------
# The layouts
# ---------------------------------------------------------------------------

RESTART = LStyle(
    name="restart-per-chapter",
    description=(
        "A4, Helvetica 10 pt justified, chapters 2-4 in part (numbered bold 16 pt titles, "
        "no page break between chapters), superscript markers (text rise); footnote "
        "numbers restart at 1 in every chapter; 7.5 pt 'N text' notes under a short rule."
    ),
    pagesize=A4,
    columns=((62.0, 470.0),),
    top=70.0,
    bottom=790.0,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=10.0,
    leading=13.5,
    justify=True,
    para_space=5.0,
    marker="super",
    marker_size=6.2,
    marker_rise=3.6,
    notes="foot",
    note_size=7.5,
    note_leading=9.2,
    note_indent=12.0,
    note_gap=1.5,
    note_rule=50.0,
    note_number="plain",
    restart=True,
    separate_words=False,
    ligatures=False,
    chapter_font="Helvetica-Bold",
    chapter_size=16.0,
    chapter_new_page=False,
    h2_font="Helvetica-Bold",
    h2_size=12.0,
    h3_font="Helvetica-Bold",
    h3_size=10.5,
    heading_tab=34.0,
    header="EMN Jaaroverzicht Migratie en Asiel 2019",
    footer="{page}",
    footer_center=False,
    plan=(("2", 4500), ("3", 4500), ("4", 4000)),
)

TWO_COLUMN = LStyle(
    name="two-column-notes",
    description=(
        "A4, two columns of Times 9.5 pt justified, chapters 5-6 in part, bold titles in the "
        "column; superscript markers; each column's notes (7.3 pt 'N text', short rule) "
        "under that column."
    ),
    pagesize=A4,
    columns=((50.0, 238.0), (307.0, 238.0)),
    top=66.0,
    bottom=796.0,
    font="Times-Roman",
    bold="Times-Bold",
    size=9.5,
    leading=11.8,
    justify=True,
    para_space=4.0,
    marker="super",
    marker_size=5.8,
    marker_rise=3.4,
    notes="foot",
    note_size=7.3,
    note_leading=8.6,
    note_indent=10.0,
    note_gap=1.2,
    note_rule=40.0,
    note_number="plain",
    restart=False,
    separate_words=False,
    ligatures=False,
    chapter_font="Times-Bold",
    chapter_size=14.0,
    chapter_new_page=False,
    h2_font="Times-Bold",
    h2_size=11.0,
    h3_font="Times-BoldItalic",
    h3_size=9.5,
    heading_tab=26.0,
    header="Jaaroverzicht Migratie en Asiel in Nederland 2019",
    footer="{page}",
    footer_center=True,
    plan=(("5", None), ("6", 7000)),
)

FULLSIZE = LStyle(
    name="fullsize-note-numbers",
    description=(
        "US letter, Times 11 pt ragged right, chapters 3 (part) and 7; markers are body-size "
        "digits glued to the word, no rise; note numbers at the note's size (8.5 pt) at the "
        "left margin, text at a 10 pt tab, a two-digit number glued to its text."
    ),
    pagesize=LETTER,
    columns=((72.0, 468.0),),
    top=72.0,
    bottom=708.0,
    font="Times-Roman",
    bold="Times-Bold",
    size=11.0,
    leading=14.0,
    justify=False,
    para_space=6.0,
    marker="full",
    marker_size=11.0,
    marker_rise=0.0,
    notes="foot",
    note_size=8.5,
    note_leading=10.2,
    note_indent=10.0,
    note_gap=1.8,
    note_rule=144.0,
    note_number="glued-when-wide",
    restart=False,
    separate_words=False,
    ligatures=False,
    chapter_font="Times-Bold",
    chapter_size=16.0,
    chapter_new_page=True,
    h2_font="Times-Bold",
    h2_size=13.0,
    h3_font="Times-BoldItalic",
    h3_size=11.0,
    heading_tab=0.0,
    header=None,
    footer="{page}",
    footer_center=True,
    plan=(("3", 7000), ("7", None)),
)

NO_SPACE = LStyle(
    name="no-space-glyphs",
    description=(
        "A4, DejaVu Sans 10 pt justified, LaTeX-like: chapters 1 and 4 (part), every word "
        "a separate string at its position and no space glyph at all, ligature glyphs "
        "(ff, fi, fl, ffi, ffl) in words, bold body-size headings '1 Inleiding', '4.1 Titel', "
        "superscript markers and note numbers, centred page number."
    ),
    pagesize=A4,
    columns=((90.0, 415.0),),
    top=80.0,
    bottom=770.0,
    font="DejaVuSans",
    bold="DejaVuSans-Bold",
    size=10.0,
    leading=12.5,
    justify=True,
    para_space=4.0,
    marker="super",
    marker_size=6.5,
    marker_rise=3.8,
    notes="foot",
    note_size=8.0,
    note_leading=9.6,
    note_indent=8.0,
    note_gap=1.0,
    note_rule=144.0,
    note_number="super",
    restart=False,
    separate_words=True,
    ligatures=True,
    chapter_font="DejaVuSans-Bold",
    chapter_size=10.0,
    chapter_new_page=False,
    h2_font="DejaVuSans-Bold",
    h2_size=10.0,
    h3_font="DejaVuSans-Bold",
    h3_size=10.0,
    heading_tab=0.0,
    header=None,
    footer="{page}",
    footer_center=True,
    plan=(("1", None), ("4", 7000)),
)

ENDNOTES = LStyle(
    name="endnotes",
    description=(
        "A4, Helvetica 10 pt ragged right, chapters 6 (part), 7 and 8, each chapter on a new "
        "page; superscript markers; every note at the end under a bold 'Noten' heading "
        "(9 pt 'N text', hanging indent), running over pages."
    ),
    pagesize=A4,
    columns=((72.0, 451.0),),
    top=72.0,
    bottom=780.0,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=10.0,
    leading=14.0,
    justify=False,
    para_space=6.0,
    marker="super",
    marker_size=6.5,
    marker_rise=3.8,
    notes="end",
    note_size=9.0,
    note_leading=11.5,
    note_indent=16.0,
    note_gap=3.0,
    note_rule=0.0,
    note_number="plain",
    restart=False,
    separate_words=False,
    ligatures=False,
    chapter_font="Helvetica-Bold",
    chapter_size=18.0,
    chapter_new_page=True,
    h2_font="Helvetica-Bold",
    h2_size=12.0,
    h3_font="Helvetica-BoldOblique",
    h3_size=10.5,
    heading_tab=36.0,
    header=None,
    footer="Pagina {page}",
    footer_center=False,
    plan=(("6", 8000), ("7", None), ("8", None)),
)

LANDSCAPE = LStyle(
    name="landscape-notes",
    description=(
        "A4, Helvetica 10 pt justified, chapters 3 and 4 in part; three pages turned a "
        "quarter: two landscape pages (a wide MediaBox) and one portrait MediaBox with "
        "/Rotate 90 drawn turned so it reads upright. Each holds a body paragraph across "
        "the wide measure, a ruled table in the notes' 7.5 pt type (numbered row labels; "
        "cell borders as thin rects per cell side, or as stroked lines on the rotated "
        "page) and the notes of its markers under a rule at that page's foot."
    ),
    pagesize=A4,
    columns=((62.0, 470.0),),
    top=70.0,
    bottom=790.0,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=10.0,
    leading=13.5,
    justify=True,
    para_space=5.0,
    marker="super",
    marker_size=6.2,
    marker_rise=3.6,
    notes="foot",
    note_size=7.5,
    note_leading=9.2,
    note_indent=12.0,
    note_gap=1.5,
    note_rule=144.0,
    note_number="plain",
    restart=False,
    separate_words=False,
    ligatures=False,
    chapter_font="Helvetica-Bold",
    chapter_size=16.0,
    chapter_new_page=False,
    h2_font="Helvetica-Bold",
    h2_size=12.0,
    h3_font="Helvetica-Bold",
    h3_size=10.5,
    heading_tab=34.0,
    header="EMN Jaaroverzicht Migratie en Asiel 2019",
    footer="{page}",
    footer_center=False,
    plan=(("3", 3000), ("4", 1000)),
    tables=(
        ("3", 2, "landscape", "aanvragen"),
        ("3", 8, "rotated", "maatregelen"),
        ("3", 14, "landscape", "termijnen"),
    ),
)

# Tables of the turned pages: (header row, rows, relative column widths, borders).
TABLES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[int, ...], str]] = {
    "maatregelen": (
        ("Onderwerp", "Maatregel", "Stand van zaken eind 2019", "Vervolg in 2020"),
        (
            (
                "Asiel en opvang",
                "Versnelling van de asielprocedure door extra beslismedewerkers en een "
                "aangepaste planning van de gehoren",
                "De achterstand bij de beslissingen op eerste aanvragen is niet ingelopen; "
                "de doorlooptijden zijn verder opgelopen",
                "Een taskforce handelt de openstaande aanvragen af",
            ),
            (
                "Gezinsmigratie",
                "Aanpassing van de leges voor verblijfsvergunningen voor gezinshereniging",
                "Het wetsvoorstel is bij de Tweede Kamer ingediend",
                "Behandeling in de Tweede Kamer",
            ),
            (
                "Arbeidsmigratie",
                "Evaluatie van de kennismigrantenregeling en van de inkomenscriteria",
                "Het onderzoek is afgerond en aan de Kamer gezonden",
                "Een reactie van het kabinet volgt in het voorjaar",
            ),
            (
                "Terugkeer",
                "Intensivering van de samenwerking met landen van herkomst bij gedwongen vertrek",
                "Met twee landen zijn afspraken gemaakt over de terugname van eigen onderdanen",
                "Uitbreiding van de afspraken naar meer landen",
            ),
        ),
        (2, 4, 4, 3),
        "lines",
    ),
    "termijnen": (
        ("Procedure", "Wettelijke termijn", "Gemiddelde duur", "Toelichting"),
        (
            (
                "Eerste aanvraag",
                "Zes maanden, te verlengen met ten hoogste negen maanden",
                "Ruim twaalf maanden in de tweede helft van het jaar",
                "De verlenging is bij besluit voor alle aanvragen tegelijk ingezet",
            ),
            (
                "Opvolgende aanvraag",
                "Zes maanden",
                "Vier maanden",
                "Sinds juli wordt de aanvraag schriftelijk ingediend",
            ),
            (
                "Nareis",
                "Drie maanden, te verlengen met drie maanden",
                "Ruim vijf maanden",
                "Het aantal aanvragen is gedaald ten opzichte van het jaar ervoor",
            ),
        ),
        (3, 4, 4, 5),
        "rects",
    ),
    "aanvragen": (
        ("Categorie", "Eerste helft", "Tweede helft", "Opmerking"),
        (
            (
                "Arbeid",
                "Meer aanvragen dan in dezelfde periode van het jaar ervoor",
                "Een verdere stijging, vooral van kennismigranten",
                "Inclusief de aanvragen van wetenschappelijk onderzoekers",
            ),
            (
                "Studie",
                "Ongeveer gelijk aan het jaar ervoor",
                "De gebruikelijke piek voor het begin van het studiejaar",
                "Zonder uitwisseling en au pairs",
            ),
            (
                "Familie en gezin",
                "Een lichte daling",
                "Een lichte stijging",
                "Gezinshereniging en gezinsvorming samen",
            ),
            (
                "Overig",
                "Een sterke stijging",
                "Een sterke stijging",
                "Vooral door verlengingen van verblijfsvergunningen",
            ),
        ),
        (2, 4, 4, 4),
        "rects",
    ),
}

LAYOUTS = {s.name: s for s in (RESTART, TWO_COLUMN, FULLSIZE, NO_SPACE, ENDNOTES, LANDSCAPE)}


def register_fonts(style: LStyle) -> None:
    """Register the TrueType fonts a style needs (DejaVu Sans, see the module doc)."""
    for name in {style.font, style.bold, style.chapter_font, style.h2_font, style.h3_font}:
        if name in pdfmetrics.getRegisteredFontNames() or not name.startswith("DejaVu"):
            continue
        for folder in FONT_DIRS:
            path = folder / f"{name}.ttf"
            if path.exists():
                pdfmetrics.registerFont(TTFont(name, str(path)))
                break
        else:
            raise SystemExit(
                f"{name}.ttf not found in {[str(d) for d in FONT_DIRS]}: install "
                "fonts-dejavu-core or set EMN_FIXTURE_FONTS to a folder holding it"
            )


def build_layout(style: LStyle, items: list, gold, pdf: Path) -> tuple[dict, dict]:
    """Lay out the planned chapters in ``style``; write the PDF; return (gold, stats)."""
    register_fonts(style)
    selected, notes = number_notes(select(items, style.plan), gold, style.restart)
    flow = Flow(style, notes)
    previous = None
    turned = {(chapter, n): (kind, name) for chapter, n, kind, name in style.tables}
    chapter, bodies = None, 0
    for item in selected:
        after_heading = previous in ("chapter", "heading", "subheading")
        if item.kind == "chapter":
            chapter, bodies = item.number, 0
        if item.kind == "body" and (chapter, bodies) in turned:
            kind, name = turned[chapter, bodies]
            page = flow.wide_page(kind).page
            flow.paragraph(item.text, style.font, style.size, style.leading, 0.0, 0.0, True)
            assert flow.frame.page == page, "the paragraph of a turned page must fit on it"
            flow.table(name)
            flow.new_frame(new_page=True)
        elif item.kind in ("chapter", "heading"):
            flow.heading(item.number, item.text, item.level)
        elif item.kind == "subheading":
            flow.paragraph(
                item.text, style.bold, style.size, style.leading, 0.0, 8.0, False, keep=3
            )
        elif item.kind == "body":
            space = 0.0 if after_heading else style.para_space
            flow.paragraph(
                item.text, style.font, style.size, style.leading, 0.0, space, style.justify, 2
            )
        elif item.kind == "list_item":
            flow.paragraph(
                item.text,
                style.font,
                style.size,
                style.leading,
                14.0,
                2.0,
                style.justify,
                bullet=True,
            )
        previous = item.kind
        bodies += item.kind == "body"
    if style.notes == "foot":
        flow.foot_notes()
    else:
        flow.end_notes()
    flow.render(pdf, f"Jaaroverzicht Migratie en Asiel 2019 (test fixture: {style.name})")
    footnotes = []
    for note in notes:
        entry = {
            "number": note.printed,
            "chapter": note.chapter,
            "source_number": note.source,
            "text": note.text,
            "page": flow.parts[note.id][0]["page"],
            "parts": flow.parts[note.id],
        }
        if style.note_number == "glued-when-wide":
            entry["glued"] = flow.glued(note)
        footnotes.append(entry)
    chapters = [c for c, _ in style.plan]
    # The structure gold format (docs/gold-format.md): each note carries where its
    # marker stands (context and page), so the evaluation scores these files too.
    for entry, marker in zip(footnotes, flow.markers, strict=True):
        assert (entry["number"], entry["chapter"]) == (marker["number"], marker["chapter"])
        entry["context"], entry["marker_page"] = marker["context"], marker["page"]
    record = {
        "document": f"fixtures/layouts/{style.name}.pdf",
        "kind": "structure",
        "scope": "page",
        "note": GOLD_NOTE,
        "fixture": f"fixtures/layouts/{style.name}.pdf",
        "layout": style.description,
        "source": {
            "dump": "fixtures/emn2019-part1.txt",
            "gold": "tests/gold/structure_reference.json",
            "chapters": chapters,
            "complete_chapters": [c for c, budget in style.plan if budget is None],
        },
        "numbering": "per-chapter" if style.restart else "continuous",
        "markers_style": "superscript" if style.marker == "super" else "full-size glued",
        "note_placement": (
            ("under-column" if len(style.columns) > 1 else "page-foot")
            if style.notes == "foot"
            else "endnotes"
        ),
        "note_numbers": style.note_number,
        "space_glyphs": not style.separate_words,
        "ligatures": style.ligatures,
        "body_font": style.font,
        "body_size": style.size,
        "note_size": style.note_size,
        "pages": len(flow.pages),
        "columns": [[round(x, 2), round(x + w, 2)] for x, w in (*style.columns, *flow.wide)],
        **(
            {
                "turned_pages": [
                    {"page": i + 1, "kind": kind, "size": [round(v, 2) for v in flow.page_size(i)]}
                    for i, kind in enumerate(flow.kinds)
                    if kind != "portrait"
                ]
            }
            if style.tables
            else {}
        ),
        "sections": flow.sections,
        "footnotes": footnotes,
        "markers": flow.markers,
        **flow.extra,
    }
    stats = dict(flow.stats)
    stats.update(pages=len(flow.pages), notes=len(notes), sections=len(flow.sections))
    stats["bytes"] = pdf.stat().st_size
    return record, stats


def write_gold(record: dict, path: Path) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build_all(out: Path = OUT, gold_out: Path = GOLD_OUT, only: str | None = None) -> dict:
    items, gold, _ = mf.prepare()
    out.mkdir(parents=True, exist_ok=True)
    gold_out.mkdir(parents=True, exist_ok=True)
    all_stats = {}
    for name, style in LAYOUTS.items():
        if only and name != only:
            continue
        record, stats = build_layout(style, items, gold, out / f"{name}.pdf")
        write_gold(record, gold_out / f"{name}.json")
        all_stats[name] = stats
    return all_stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--gold-out", type=Path, default=GOLD_OUT)
    ap.add_argument("--only", choices=sorted(LAYOUTS), help="build one layout")
    args = ap.parse_args(argv)
    for name, stats in build_all(args.out, args.gold_out, args.only).items():
        print(f"{name}.pdf", " ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
