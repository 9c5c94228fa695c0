"""pdfplumber chars -> text lines carrying size, font, bold, baseline, bbox and superscripts.

The chars are walked once, in content-stream order, into *runs* (same font, size and
baseline, horizontally continuous). Runs are then grouped into lines by baseline, and
small raised runs (footnote markers in the body, the separate number glyph of a note)
are attached to the line they stand beside: grouping by ``top`` alone would split a
6.8 pt note number from its 8.2 pt text. Nothing here uses fixed point sizes; every
tolerance is a fraction of the font size at hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from ..patterns.layout import COMPATIBILITY_GLYPHS as _FOLDED
from ..patterns.layout import HANGING as _HANGING
from ..patterns.layout import SENTENCE_END as _SENTENCE_PUNCT
from ..patterns.layout import SPACING_ACCENTS as _ACCENTS
from .glyphs import (
    SOFT_HYPHEN,
    UNDECODED,
    GlyphCount,
    compose,
    fold,
    settle_undecoded,
    spaced_text,
)
from .glyphs import WORD_GAP as _WORD_GAP

_BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi")
_SPECIAL = frozenset(_FOLDED) | {SOFT_HYPHEN, UNDECODED}  # glyphs :func:`fold` settles
EDGE_BAND = 0.2  # gutters are looked for this far (as a share of the width) from each side


@dataclass(slots=True)
class Run:
    """Chars of one font, size and baseline that follow each other on a line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    baseline: float
    bold: bool
    italic: bool
    lift: float = 0.0  # (glyph bottom - text origin) / size: > usual when set with a text rise
    sup: bool = False  # a raised, smaller run beside the line's main text
    attached: bool = False  # joined to a line of bigger type it touches
    ink: float | None = None  # right end of its last glyph that is not a space (x1 if None)

    @property
    def right(self) -> float:
        """Where the run's ink ends: ``x1`` less the spaces it ends with."""
        return self.x1 if self.ink is None else self.ink


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line (or one segment of it, when separated by a wide gap).

    Lines are immutable: the passes that tell their roles return new lines
    (:func:`line_with`, ``dataclasses.replace`` made quicker).
    """

    page: int
    runs: list[Run]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0  # where its last glyph's advance ends (a space the PDF draws included)
    bottom: float = 0.0
    size: float = 0.0  # size of the line's main (non-superscript) text
    baseline: float = 0.0
    bold: bool = False
    italic: bool = False
    text: str = ""  # all runs, superscripts included, spaces normalised
    ends_with_space: bool = False  # the PDF put a space char at the line end
    role: str = "body"
    ruled: bool = False  # in a note block under a separator rule
    carry: bool = False  # unnumbered small print that may carry on the last page's note
    right: float = 0.0  # where its ink ends: its last glyph that is not a space

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """The box of the line's ink (a space drawn after the last word left out, so
        that the box does not depend on whether the PDF draws one)."""
        return (
            round(self.x0, 2),
            round(self.top, 2),
            round(self.right or self.x1, 2),
            round(self.bottom, 2),
        )


_LINE_FIELDS = tuple(f.name for f in fields(Line))
_LINE_INDEX = {name: i for i, name in enumerate(_LINE_FIELDS)}
_line_values = attrgetter(*_LINE_FIELDS)


def line_with(line: Line, **changes: Any) -> Line:
    """A new line like ``line`` with ``changes`` (``dataclasses.replace(line, **changes)``
    at half its cost: the role passes remake many lines)."""
    values = list(_line_values(line))
    for name, value in changes.items():
        values[_LINE_INDEX[name]] = value
    return Line(*values)


# TeX fonts name their style in the family: Computer Modern and EC/cm-super bold
# extended ("CMBX12", "SFBX1000"), bold ("CMB10"), sans bold ("CMSSBX10"); italic
# and slanted ("CMTI12", "CMSL10", "SFTI1000"). URW's Times names bold "Medi".
_TEX_BOLD = ("cmbx", "cmb10", "cmssbx", "sfbx", "ecbx", "tcbx", "sfsx", "ecsx")
_TEX_ITALIC = ("cmti", "cmsl", "cmbxti", "cmbxsl", "sfti", "ecti", "sfsl", "ecsl", "cmitt")
_BOLD_ENDS = ("-medi", "-mediital")
_ITALIC_ENDS = ("ital", "-it", "boldit")


def _is_bold(font: str) -> bool:
    low = font.lower()
    if any(h in low for h in _BOLD_HINTS):
        return True
    name = low.rsplit("+", 1)[-1]  # without the subset tag ("ABCDEF+")
    return name.startswith(_TEX_BOLD) or name.endswith(_BOLD_ENDS)


def _is_italic(font: str) -> bool:
    low = font.lower()
    if "italic" in low or "oblique" in low:
        return True
    name = low.rsplit("+", 1)[-1]
    return name.startswith(_TEX_ITALIC) or name.endswith(_ITALIC_ENDS)


# Glyph records the run builder reads (both backends make them).
Style = tuple[str, float, float, float]
"""A glyph's font name, size, and its box's bottom and top relative to its origin's y
(``y0 - y``, ``y1 - y``: the descent, plus a text rise where the origin leaves it out)."""
Tail = tuple[str, float, float | None, int]
"""Glyphs that go straight on a glyph's run after it, given with it (:func:`glyph_runs`):
their text, where the last one's advance ends, where the last one that is not a space
ends (None: all are spaces), and how many glyphs they are (letters of a ligature
joined count as one)."""
Glyph = tuple[str, float, float, float, Style, Tail | None]
"""A glyph's text, x0, x1 (its advance), origin y (PDF's upward axis), style, and the
glyphs given with it (None for none)."""


def simple_glyph(text: str) -> bool:
    """Is ``text`` one char that the run builder takes as it is (:func:`.glyphs.fold`
    leaves it so) and that no accent is composed with (it is no spacing accent)? Such
    glyphs, and only such, may start or be a :data:`Tail`."""
    return len(text) == 1 and text not in _SPECIAL and text not in _ACCENTS


def page_runs(chars: list[dict[str, Any]], count: GlyphCount | None = None) -> list[Run]:
    """Group a page's pdfplumber chars (stream order) into runs (see :func:`glyph_runs`).

    Rotated chars (stamps, axis labels) are left out: they are not the reading text.
    """
    if count is not None:
        count.total += len(chars)
    if not chars:
        return []
    first = chars[0]
    top_of = first["top"] + first["y1"]  # the PDF y that is top 0 on the page
    styles: dict[Style, Style] = {}
    intern = styles.setdefault  # one object per style: runs go on while it is the same
    glyphs: list[Glyph] = [
        (c["text"], c["x0"], c["x1"], m[5], intern(style, style), None)
        for c in chars
        if not ((m := c["matrix"])[1] or m[2])
        for style in ((c["fontname"], c["size"], c["y0"] - m[5], c["y1"] - m[5]),)
    ]
    return glyph_runs(glyphs, top_of, count)


def glyph_runs(
    glyphs: Iterable[Glyph], top_of: float, count: GlyphCount | None = None
) -> list[Run]:
    """Group a page's glyphs (stream order) into runs; one cheap pass.

    A run is glyphs of one style (font, size and text rise) on one baseline that follow
    each other. It records where its last advance ends (``x1``: layout tells gaps by
    it) and where its ink ends (``ink``: its last glyph that is not a space; boxes end
    there, whether or not the PDF draws a space after a line's last word). Compatibility and undecoded glyphs are folded on the way (:mod:`.glyphs`;
    ``count`` tallies them), and word spaces the PDF leaves to position are put in.
    ``top_of`` is the PDF y of the page's top edge (top-down coordinates are taken
    from it).

    A glyph may come with a :data:`Tail`: glyphs a reader vouches go on its run one
    by one (each as the common case below takes it, no gap a word space), so that
    they are taken at once. The reader vouches for them only after a glyph that ends
    up in the run as it is: a :func:`simple_glyph` after nothing or after another
    one, which can be neither folded nor composed with the glyph before it; all of
    the tail's glyphs are simple too, of the glyph's style and baseline, each within
    ``[-0.25, 1.2)`` em of the advance before it and no more than
    :data:`.glyphs.WORD_GAP` em beyond it unless one of the two is a space.
    """
    runs: list[Run] = []
    style_cache: dict[str, tuple[bool, bool]] = {}
    buf: list[str] = []
    gaps: list[tuple[int, float]] = []  # (index in buf, gap) of wide gaps between glyphs
    cur: Style | None = None
    cur_size = 0.0
    cur_y = 0.0
    x0 = x1 = ink = 0.0
    extra = 0  # glyphs in buf beyond one per item (tails hold several)
    spaced = False  # a tail in buf holds a space glyph

    def close() -> None:
        if gaps:
            text = spaced_text(buf, gaps, cur_size, len(buf) + extra, spaced or " " in buf)
        else:
            text = "".join(buf)
        if text.isspace():
            if runs:
                runs[-1].text += " "  # a space run right after a run: remember it
            return
        assert cur is not None  # set with the first glyph put in buf
        font, size, lo, hi = cur
        bold, italic = style_cache[font]
        runs.append(
            Run(
                text,
                x0,
                x1,
                top_of - cur_y - hi,
                top_of - cur_y - lo,
                size,
                font,
                top_of - cur_y,
                bold,
                italic,
                lo / size if size else 0.0,
                ink=ink,
            )
        )

    # Gaps (in points) of the current run's size: a glyph starting at least ``near``
    # after the last one's advance overlaps nothing (no accent to compose), one
    # before ``far`` goes on the run, one beyond ``word`` is a word space.
    near = far = word = 0.0
    special = _SPECIAL
    plain: set[str] = set()  # glyph texts seen that fold leaves as they are (one lookup)
    push = buf.append

    def take(tail: Tail) -> None:
        """Put a glyph's tail on the run, right after the glyph."""
        nonlocal x1, ink, extra, spaced
        text, x1, last_ink, n = tail
        buf.append(text)
        if last_ink is not None:
            ink = last_ink
        extra += n - 1
        if not spaced and " " in text:
            spaced = True

    for glyph, cx0, cx1, y, style, tail in glyphs:
        if glyph not in plain:
            if glyph in special or len(glyph) != 1:
                glyph = fold(glyph, cx1 - cx0, style[1], count)
                if not glyph:
                    continue
            else:
                plain.add(glyph)
        gap = cx0 - x1
        if style is cur and near <= gap < far and (y == cur_y or -0.05 < y - cur_y < 0.05):
            # the common case, decided as below would decide it
            if gap > word and glyph[0] != " " and buf[-1][-1] != " ":
                gaps.append((len(buf), gap))
            push(glyph)
            x1 = cx1
            if glyph != " ":
                ink = cx1
            if tail is not None:
                take(tail)
            continue
        if buf and -0.05 < y - cur_y < 0.05 and cx0 < x1 - 0.25 * style[1]:
            merged = compose(buf[-1], glyph)  # an accent drawn over a letter
            if merged is not None:
                assert tail is None  # (a tail comes only after a glyph kept as it is)
                buf[-1] = merged
                if cx1 > x1:
                    x1 = cx1
                if cx1 > ink:
                    ink = cx1
                continue
        if (
            style is cur
            and -0.05 < y - cur_y < 0.05
            and -0.4 * cur_size < cx0 - x1 < 1.2 * cur_size
        ):
            if cx0 - x1 > _WORD_GAP * cur_size and glyph[0] != " " and buf[-1][-1] != " ":
                gaps.append((len(buf), cx0 - x1))
            buf.append(glyph)
            x1 = cx1
            if glyph != " ":
                ink = cx1
            if tail is not None:
                take(tail)
            continue
        if buf:
            close()
            gaps = []
            extra = 0
            spaced = False
        font = style[0]
        if font not in style_cache:
            style_cache[font] = (_is_bold(font), _is_italic(font))
        buf = [glyph]
        push = buf.append
        cur = style
        cur_size = style[1]
        near = -0.25 * cur_size
        far = 1.2 * cur_size
        word = _WORD_GAP * cur_size
        cur_y = y
        x0 = x1 = ink = cx0
        x1 = cx1
        if glyph != " ":
            ink = cx1
        if tail is not None:
            take(tail)
    if buf:
        close()
    _apply_text_rise(runs)
    return runs


def _apply_text_rise(runs: list[Run]) -> None:
    """Move runs set with a text rise (PDF ``Ts``) to their real baseline.

    The text matrix does not carry the rise, but the glyph box does: a run whose
    glyph bottom sits higher above its origin than the page's usual descent is
    raised by the difference (superscript markers drawn this way).
    """
    weights: dict[float, int] = {}
    for r in runs:
        key = round(r.lift, 2)
        weights[key] = weights.get(key, 0) + len(r.text)
    if not weights:
        return
    usual = max(weights, key=weights.__getitem__)
    for r in runs:
        rise = (r.lift - usual) * r.size
        if rise > 0.3 or rise < -0.3:
            r.baseline -= rise


def _touches(small: Run, runs: list[Run], size: float, alike: bool = False) -> Run | None:
    """The run of ``runs`` that ``small`` stands right beside (a superscript's host).

    ``alike``: ``small`` may be of the host's size (a hanging or raised number).
    """
    hanging = bool(_HANGING.match(small.text.strip()))
    gap = (3.0 if hanging else 1.0 if small.text.strip().isdigit() else 0.6) * size
    for r in runs:
        if r.size < small.size * (0.9 if hanging or alike else 1.08):
            continue
        if hanging and 0 <= r.x0 - small.x1 < gap:
            return r  # a heading or list number set at its own height before its text
        if -gap < small.x0 - r.x1 < gap or -gap < r.x0 - small.x1 < gap:
            return r
        if r.x0 - 0.5 < small.x0 and small.x1 < r.x1 + 0.5:
            return r
    return None


def build_lines(
    runs: list[Run], page: int, page_width: float | None = None, count: GlyphCount | None = None
) -> list[Line]:
    """Group runs into lines: same baseline, plus raised smaller runs beside them.

    With ``page_width``, column gutters are found on the runs first, and no line is
    built across one (columns set close together would otherwise merge). Undecoded
    glyphs are settled per line (:func:`.glyphs.settle_undecoded`; ``count`` tallies).
    """
    if not runs:
        return []
    undecoded = any(UNDECODED in r.text for r in runs)
    gutters: list[float] = []
    if page_width:
        spans = column_spans(runs, 0.0, page_width)
        gutters = [hi for _, hi in spans[:-1]]
    runs = sorted(runs, key=attrgetter("baseline"))
    clusters: list[list[Run]] = []
    cur: list[Run] = [runs[0]]
    cur_base = runs[0].baseline
    for r in runs[1:]:
        if r.baseline - cur_base <= 0.12 * r.size:
            cur.append(r)
        else:
            clusters.append(cur)
            cur = [r]
            cur_base = r.baseline
    clusters.append(cur)

    # Attach short small runs to the bigger line they touch: raised ones are
    # superscripts (markers, note numbers), lowered ones subscripts ("CO2").
    # each cluster's biggest type (most clusters: one run)
    sizes = [cl[0].size if len(cl) == 1 else max(r.size for r in cl) for cl in clusters]
    for i, cl in enumerate(clusters):
        big = sizes[i]
        uniform = all(q.size < big * 1.05 for q in cl) if len(cl) > 1 else cl[0].size < big * 1.05
        keep = []
        for r in cl:
            host_cluster = None
            text = r.text.strip()
            if len(text) <= 6 and (r.size < big * 0.97 or len(cl) == 1 or uniform):
                # A hanging number, or a number raised beside text (a note number
                # or marker set with a text rise), may be of the text's own size.
                hanging = _HANGING.match(text) is not None
                digits = text.isdigit()
                for j in (i + 1, i - 1, i + 2, i - 2, i + 3):
                    if j < 0 or j >= len(clusters) or not clusters[j]:
                        continue
                    host = clusters[j]
                    host_size = sizes[j]
                    delta = host[0].baseline - r.baseline
                    alike = hanging or (delta > 0 and digits)
                    if host_size < r.size * (0.9 if alike else 1.08):
                        continue
                    if not (0 < delta <= 0.75 * host_size or -0.4 * host_size <= delta < 0):
                        continue
                    if _touches(r, host, host_size, alike) is not None:
                        host_cluster = j
                        break
            if host_cluster is not None:
                r.attached = True
                clusters[host_cluster].append(r)
                sizes[host_cluster] = max(sizes[host_cluster], r.size)
            else:
                keep.append(r)
        cl[:] = keep
        if keep:
            sizes[i] = keep[0].size if len(keep) == 1 else max(r.size for r in keep)

    lines: list[Line] = []
    segments: list[list[Run]] = []
    for cl in clusters:
        if not cl:
            continue
        if len(cl) == 1:  # most lines: one run, nothing to split
            segments.append([cl[0]])
            continue
        cl.sort(key=attrgetter("x0"))
        loose = _evenly_spread(cl)
        seg: list[Run] = [cl[0]]
        for prev, r in zip(cl, cl[1:], strict=False):
            gap = r.x0 - prev.x1
            size = max(prev.size, r.size)
            differs = abs(prev.size - r.size) > 0.1 * size and not (r.attached or prev.attached)
            across = bool(gutters) and any(prev.x1 < g < r.x0 for g in gutters)
            wide = not loose and (gap > 1.5 * size or (differs and gap > 0.5 * size))
            # A hanging number or bullet keeps its text even across a wide tab.
            if across or (wide and not _hangs(seg, gap, size)):
                segments.append(seg)
                seg = [r]
            else:
                seg.append(r)
        segments.append(seg)
    for seg in segments:
        if undecoded:
            seg = settle_undecoded(seg, count)
        if seg:
            lines.append(make_line(seg, page))
    lines.sort(key=lambda ln: (round(ln.baseline, 0), ln.x0))
    return lines


def _hangs(seg: list[Run], gap: float, size: float) -> bool:
    """Is ``seg`` a lone hanging number or bullet, ``gap`` before the next run?"""
    return len(seg) == 1 and _HANGING.match(seg[0].text.strip()) is not None and gap < 8 * size


def _evenly_spread(runs: list[Run]) -> bool:
    """The words of a loose justified line: wide gaps, all (nearly) equal.

    Justification stretches every word space of a line alike (a space after a
    sentence's end may stretch more); table cells and tab stops leave unequal gaps,
    and a row of figures has no words.
    """
    words = [r for r in runs if not r.attached]
    if len(words) < 4:
        return False
    size = words[0].size
    if any(abs(r.size - size) > 0.05 * size for r in words):
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    if max(gaps) <= 1.5 * size:
        return False  # nothing would split it
    usual = sorted(gaps)[len(gaps) // 2]
    for a, gap in zip(words, gaps, strict=False):
        if gap < usual - 0.05 * size:
            return False
        if gap > usual + 0.05 * size and not _SENTENCE_PUNCT.search(a.text.rstrip()):
            return False
    lettered = sum(1 for r in words if sum(ch.isalpha() for ch in r.text) >= 2)
    return lettered >= len(words) - 1


def _weight(r: Run) -> tuple[bool, float]:
    """How much a run counts as a line's main text: not a superscript, then its size
    times its length."""
    return (not r.sup, len(r.text.strip()) * r.size)


def make_line(runs: list[Run], page: int) -> Line:
    """Fill a line's geometry, main size/baseline and text from its runs (one pass)."""
    if len(runs) == 1:  # most lines: the run's own geometry and style
        r = runs[0]
        text = r.text
        counted = not r.sup and bool(text)  # the general way: more than half of its counted chars
        return Line(
            page=page,
            runs=runs,
            x0=r.x0,
            top=r.top,
            x1=r.x1,
            right=r.right,
            bottom=r.bottom,
            size=r.size,
            baseline=r.baseline,
            bold=r.bold and counted,
            italic=r.italic and counted,
            text=" ".join(text.split()),
            ends_with_space=text[-1:].isspace(),
        )
    main = max(runs, key=_weight)
    size = main.size
    n_bold = n_ital = n_all = 0
    parts: list[str] = []
    prev: Run | None = None
    first = runs[0]
    x0, top, x1, right, bottom = first.x0, first.top, first.x1, first.right, first.bottom
    for r in runs:
        if r is not main:
            # Raised or clearly smaller runs beside the main text are superscripts;
            # smaller type on the main baseline is a subscript-like glyph ("CO2").
            raised = main.baseline - r.baseline > 0.12 * size
            r.sup = r.size < 0.9 * size and raised
        text = r.text
        if not r.sup:
            n = len(text)
            n_all += n
            if r.bold:
                n_bold += n
            if r.italic:
                n_ital += n
        if prev is not None:  # the box grows run by run, in the runs' order
            x0 = min(x0, r.x0)
            top = min(top, r.top)
            x1 = max(x1, r.x1)
            right = max(right, r.right)
            bottom = max(bottom, r.bottom)
            gap = r.x0 - prev.x1
            if gap > 0.2 * min(prev.size, r.size) and not prev.text.endswith(" "):
                if not text.startswith(" "):
                    parts.append(" ")
        parts.append(text)
        prev = r
    n_all = n_all or 1
    raw = "".join(parts)
    return Line(
        page=page,
        runs=runs,
        x0=x0,
        top=top,
        x1=x1,
        right=right,
        bottom=bottom,
        size=size,
        baseline=main.baseline,
        bold=n_bold * 2 > n_all,
        italic=n_ital * 2 > n_all,
        text=" ".join(raw.split()),
        ends_with_space=raw[-1:].isspace(),
    )


def find_gutter(items: Sequence[Run | Line], x_lo: float, x_hi: float) -> float | None:
    """The x of a column gutter between ``x_lo`` and ``x_hi``, or None for one column.

    ``items`` are runs or lines (x0, x1, top, bottom, baseline, text). Text rows are
    grouped by baseline; at a gutter x, at least four rows have text ending left of
    x and text starting right of it with nothing across, and (almost) no row inside
    that stretch of the page crosses x. Wide text above or below does not count.
    """
    width = x_hi - x_lo
    left_edge, right_edge, narrow = x_lo - 1, x_hi + 1, 0.45 * width
    inside = [it for it in items if it.x0 >= left_edge and it.x1 <= right_edge and it.text.strip()]
    if sum(1 for it in inside if it.x1 - it.x0 < narrow and len(it.text) > 12) < 8:
        return None
    rows: dict[int, list[Run | Line]] = {}
    for it in inside:
        rows.setdefault(round(it.baseline), []).append(it)
    ordered = [rows[k] for k in sorted(rows)]
    # Gutters stand between 30% and 70% of the width; a quarter of the way in (or out)
    # only where the narrow side is a column of running text (on a spread of two
    # printed pages the first gutter lies there), not hanging list numbers.
    lo, hi = x_lo + EDGE_BAND * width, x_hi - EDGE_BAND * width
    # Also the middle of the text's own extent: a spread or a landscape page may hold
    # text on part of its width only (a stray line far out, such as the running header
    # of the spread's other half, does not stretch the extent).
    x0s = sorted([it.x0 for it in inside])
    x1s = sorted([it.x1 for it in inside])
    text_lo, text_hi = x0s[len(x0s) // 20], x1s[-1 - len(x1s) // 20]
    lo = min(lo, text_lo + 0.3 * (text_hi - text_lo))
    hi = max(hi, text_lo + 0.7 * (text_hi - text_lo))
    # A column starts many rows at one x: gutters lie just left of such edges.
    edges: dict[int, int] = {}
    for it in inside:
        if lo <= it.x0 - 2 <= hi:
            edge = round(it.x0)
            edges[edge] = edges.get(edge, 0) + 1
    candidates = sorted(edge - 2.0 for edge, n in edges.items() if n >= 4)
    if not candidates:
        return None  # (most pages of one column)
    best: tuple[int, float] | None = None
    extents = [[(it.x0, it.x1) for it in row] for row in ordered]
    for x in candidates:
        state = []
        for row in extents:
            if len(row) == 1:  # most rows: one item
                a, b = row[0]
                state.append("x" if a <= x <= b else "f" if b < x and a > x else "")
            elif any(a <= x <= b for a, b in row):
                state.append("x")
            elif any(b < x for _, b in row) and any(a > x for a, _ in row):
                state.append("f")
            else:
                state.append("")
        free = [i for i, st in enumerate(state) if st == "f"]
        if len(free) < 4:
            continue
        crossed = sum(1 for st in state[free[0] : free[-1] + 1] if st == "x")
        if crossed > 0.1 * len(free) or (best is not None and len(free) <= best[0]):
            continue
        if not x_lo + 0.3 * width <= x <= x_lo + 0.7 * width and not _text_column(
            [it for i in free for it in ordered[i]], x, x < x_lo + 0.3 * width
        ):
            continue  # near a side, only a column of running text makes a gutter
        best = (len(free), x)
    return best[1] if best else None


def _text_column(items: Sequence[Run | Line], x: float, left: bool) -> bool:
    """Do the ``items`` on one side of ``x`` (left or right) make a column of running
    text: eight lines or more, most of them filling the column and holding words, not
    hanging list numbers or a chart's short labels?"""
    side = [it for it in items if (it.x1 < x if left else it.x0 > x)]
    if len(side) < 8:
        return False
    edge = min(it.x0 for it in side) if left else max(it.x1 for it in side)
    span = abs(x - edge)
    widths = sorted(it.x1 - it.x0 for it in side)
    lengths = sorted(len(it.text.strip()) for it in side)
    middle = len(side) // 2
    return widths[middle] >= 0.6 * span and lengths[middle] >= 20


def column_spans(
    lines: Sequence[Run | Line], x_lo: float, x_hi: float, depth: int = 0
) -> list[tuple[float, float]]:
    """The x-spans of the page's leaf columns, left to right."""
    gutter = find_gutter(lines, x_lo, x_hi) if depth < 3 else None
    if gutter is None:
        return [(x_lo, x_hi)]
    return column_spans(lines, x_lo, gutter, depth + 1) + column_spans(
        lines, gutter, x_hi, depth + 1
    )


def columns(
    lines: list[Line], x_lo: float, x_hi: float, spans: list[tuple[float, float]] | None = None
) -> list[list[Line]]:
    """Lines per leaf column; a line wider than a column belongs to each it overlaps.

    ``spans``: the lines' :func:`column_spans` when already known."""
    if spans is None:
        spans = column_spans(lines, x_lo, x_hi)
    if len(spans) == 1:
        return [lines]
    return [[ln for ln in lines if ln.x0 < hi and ln.x1 > lo] for lo, hi in spans]


def reading_order(lines: list[Line], x_lo: float, x_hi: float, depth: int = 0) -> list[Line]:
    """Lines in reading order: per band between wide lines, left column before right."""
    gutter = find_gutter(lines, x_lo, x_hi) if depth < 3 else None
    if gutter is None:
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        out.extend(reading_order(left, x_lo, gutter, depth + 1))
        out.extend(reading_order(right, gutter, x_hi, depth + 1))

    for ln in lines:  # sorted by baseline already
        if ln.x1 < gutter:
            left.append(ln)
        elif ln.x0 > gutter:
            right.append(ln)
        else:
            flush()
            left, right = [], []
            out.append(ln)
    flush()
    return out


def union_bbox(lines: list[Line]) -> tuple[float, float, float, float]:
    """The box around ``lines`` (rounded to 0.01 pt)."""
    if len(lines) == 1:
        return lines[0].bbox  # the same values
    return (
        round(min(ln.x0 for ln in lines), 2),
        round(min(ln.top for ln in lines), 2),
        round(max(ln.right or ln.x1 for ln in lines), 2),
        round(max(ln.bottom for ln in lines), 2),
    )
