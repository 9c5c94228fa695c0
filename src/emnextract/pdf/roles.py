"""A role for every line, from the document's own typography and repetition.

Roles: ``header`` (running header/footer, repeated at the same place across pages),
``page_number``, ``margin`` (a narrow side column of small type, as in the
Rijksoverheid letter layout), ``footnote`` (numbered blocks of smaller type at the
page foot), ``chapter`` (big-type opening), ``heading`` (numbered section heading),
``subheading``, ``toc`` (table-of-contents line with dot leaders), ``box`` (text in a
framed box), ``caption`` and ``body``. Thresholds come from :class:`DocStats`, which
is measured on the document itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..patterns import layout as L
from .lines import Line, columns

_DIGITS = L.DIGITS
_THREE_LETTERS = L.THREE_LETTERS
_PAGE_NUMBER = L.PDF_PAGE_NUMBER
_DOT_LEADERS = L.DOT_LEADERS
_NOTE_START = L.PDF_FOOTNOTE_START
_CAPTION = L.PDF_CAPTION


@dataclass
class DocStats:
    """Typography measured on the whole document."""

    body_size: float
    left: float  # most common left edge of body-size lines
    right: float  # right edge of the body column (high quantile of x1)
    pitch: float  # most common baseline-to-baseline distance of body lines
    chapter_size: float | None  # size of the biggest heading type, if any
    page_heights: dict[int, float] = field(default_factory=dict)
    page_widths: dict[int, float] = field(default_factory=dict)


def measure(
    pages: list[list[Line]], heights: dict[int, float], widths: dict[int, float] | None = None
) -> DocStats:
    """Body size = the size most chars have; margins and line pitch of body lines."""
    by_size: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            for r in ln.runs:
                if not r.sup:
                    by_size[round(r.size, 1)] += len(r.text)
    body_size = by_size.most_common(1)[0][0] if by_size else 10.0
    lefts: Counter[float] = Counter()
    rights: list[float] = []
    pitches: Counter[float] = Counter()
    for lines in pages:
        prev = None
        for ln in lines:
            if abs(ln.size - body_size) > 0.15:
                prev = None
                continue
            lefts[round(ln.x0)] += 1
            rights.append(ln.x1)
            if prev is not None and abs(prev.x0 - ln.x0) < 2:
                pitch = round(ln.baseline - prev.baseline, 1)
                if 0.9 * body_size < pitch < 2.2 * body_size:
                    pitches[pitch] += 1
            prev = ln
    left = lefts.most_common(1)[0][0] if lefts else 0.0
    rights.sort()
    right = rights[int(len(rights) * 0.95)] if rights else 600.0
    pitch = pitches.most_common(1)[0][0] if pitches else round(1.2 * body_size, 1)
    # Chapter type: the biggest size used on two pages or more (a cover's one-off
    # display type does not count), clearly bigger than the body.
    pages_of_size: dict[float, set[int]] = {}
    for lines in pages:
        for ln in lines:
            if _THREE_LETTERS.search(ln.text):
                pages_of_size.setdefault(round(ln.size, 1), set()).add(ln.page)
    big = [s for s, pgs in pages_of_size.items() if s >= 1.25 * body_size and len(pgs) >= 2]
    chapter_size = max(big) if big else None
    return DocStats(body_size, left, right, pitch, chapter_size, dict(heights), dict(widths or {}))


def _norm(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _page_numbered(text: str, page: int) -> bool:
    return str(page) in _DIGITS.regex.findall(text)


def _counts_pages(found: list[tuple[int, str]]) -> bool:
    """Do the texts' first numbers step with the page (1 or 2 per page, as in spreads)?"""
    pairs = sorted((page, int(_DIGITS.search(text).group())) for page, text in found)
    steps = {
        (n2 - n1) / (p2 - p1)
        for (p1, n1), (p2, n2) in zip(pairs, pairs[1:], strict=False)
        if p2 != p1
    }
    return len(steps) == 1 and steps.pop() in (1.0, 2.0)


def mark_running(pages: list[list[Line]], stats: DocStats) -> None:
    """Running headers/footers and side columns: never body, never footnote.

    A line is running when the same text stands at about the same height on many
    pages, or when only its digits differ and they hold each page's own number
    ("Pagina 3 van 9", "3/45").
    """
    n_pages = len(pages)
    exact: dict[tuple[str, int], set[int]] = {}
    numbered: dict[tuple[str, int], set[int]] = {}
    stepping: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for lines in pages:
        for ln in lines:
            band = round(ln.top / 8)
            exact.setdefault((ln.text.lower(), band), set()).add(ln.page)
            if _page_numbered(ln.text, ln.page):
                numbered.setdefault((_norm(ln.text), band), set()).add(ln.page)
            if _DIGITS.search(ln.text) and len(ln.text) < 120:
                stepping.setdefault((_norm(ln.text), band), []).append((ln.page, ln.text))
    need = max(2, int(0.3 * n_pages + 0.5)) if n_pages >= 3 else 99
    rep_exact = {k for k, pgs in exact.items() if len(pgs) >= need}
    rep_numbered = {k for k, pgs in numbered.items() if len(pgs) >= need}
    rep_stepping = {
        k
        for k, found in stepping.items()
        if len({p for p, _ in found}) >= need and _counts_pages(found)
    }

    def repeated(ln: Line) -> bool:
        band = round(ln.top / 8)
        for b in (band - 1, band, band + 1):
            if (ln.text.lower(), b) in rep_exact or (_norm(ln.text), b) in rep_stepping:
                return True
            if (_norm(ln.text), b) in rep_numbered and _page_numbered(ln.text, ln.page):
                return True
        return False

    column_edge = stats.left + 0.72 * (stats.right - stats.left)
    header_bands: set[int] = set()  # heights (in 8 pt bands) of running lines at page tops
    for lines in pages:
        if not lines:
            continue
        height = stats.page_heights.get(lines[0].page, 842.0)
        for ln in lines:
            in_band = ln.top < 0.12 * height or ln.bottom > 0.9 * height
            small = ln.size < stats.body_size - 0.15
            if repeated(ln) and (in_band or small or ln.x0 > column_edge):
                ln.role = "header"
                if ln.top < 0.12 * height:
                    header_bands.add(round(ln.top / 8))
            elif in_band and _PAGE_NUMBER.match(ln.text):
                ln.role = "page_number"
            elif small and ln.x0 > column_edge:
                ln.role = "margin"
            elif _DOT_LEADERS.search(ln.text):
                ln.role = "toc"
    # A header whose text changes with the chapter still stands where the others do.
    for lines in pages:
        if not lines:
            continue
        height = stats.page_heights.get(lines[0].page, 842.0)
        for ln in lines:
            if (
                ln.role == "body"
                and ln.top < 0.12 * height
                and ln.size < stats.body_size - 0.15
                and round(ln.top / 8) in header_bands
            ):
                ln.role = "header"


def _horizontal_rules(rects: list[dict], width: float) -> list[tuple[float, float, float]]:
    """(top, x0, x1) of short thin horizontal rules (the separator above footnotes)."""
    found = []
    for r in rects:
        h = r["bottom"] - r["top"]
        w = r["x1"] - r["x0"]
        if h < 2.0 and 0.1 * width < w < 0.6 * width:
            found.append((r["top"], r["x0"], r["x1"]))
    return found


def _separators(rules: list[tuple[float, float, float]], lines: list[Line]) -> list[float]:
    """Rule tops that are not underlines (of links, say) of a text line."""
    tops = []
    for top, x0, x1 in rules:
        under = any(
            ln.baseline - 1 <= top <= ln.bottom + 1.5 and x0 < ln.x1 and ln.x0 < x1 for ln in lines
        )
        if not under:
            tops.append(top)
    return tops


def note_number(ln: Line) -> tuple[int, str] | None:
    """(number, rest of the text) when a small-type line opens a numbered note."""
    first = ln.runs[0]
    head = first.text.strip()
    if first.sup and head.isdigit() and len(head) <= 4:
        return int(head), ln.text[len(head) :].strip()
    m = _NOTE_START.match(ln.text)
    if m:
        return int(m.group(1)), ln.text[m.end() :].strip()
    return None


def mark_footnotes(
    pages: list[list[Line]], rules: dict[int, list[tuple[float, float, float]]], stats: DocStats
) -> float | None:
    """Mark the numbered small-type blocks at each page foot; return the note size.

    The block is the run of smaller-than-body lines at the foot of the page, up to
    a separator rule if there is one. Unnumbered lines at its top count only below
    such a rule (a note carried over from the previous page).
    """
    note_sizes: Counter[float] = Counter()
    for lines in pages:
        if not lines:
            continue
        page = lines[0].page
        width = stats.page_widths.get(page, 600.0)
        for column in columns(lines, 0.0, width):
            _mark_foot_block(column, page, rules, stats, note_sizes)
    return note_sizes.most_common(1)[0][0] if note_sizes else None


def mark_boxes(
    pages: list[list[Line]],
    boxes: dict[int, list[tuple]],
    shades: dict[int, list[tuple]],
    stats: DocStats,
) -> None:
    """Text in a drawn frame is box text; side-column text is a box or caption when
    it is shaded or carries a footnote marker (a margin box), or set in italics (a
    photo caption or credit). Plain side-column text (a letterhead) stays margin."""
    for lines in pages:
        if not lines:
            continue
        page = lines[0].page
        frames = boxes.get(page, [])
        shaded = shades.get(page, [])
        for ln in lines:
            if ln.role == "body" and any(_inside(ln, f) for f in frames):
                ln.role = "box"
            elif ln.role == "margin":
                marked = any(r.sup and r.text.strip().isdigit() for r in ln.runs)
                if marked or any(_inside(ln, f) for f in shaded):
                    ln.role = "box"
                elif ln.italic:
                    ln.role = "caption"


def _inside(ln: Line, frame: tuple) -> bool:
    x0, top, x1, bottom = frame
    return x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 and top - 1 <= ln.top and ln.bottom <= bottom + 1


def shades_of(rects: list[dict]) -> list[tuple]:
    """Filled rects big enough to hold a line of text (the ground of a margin box)."""
    return [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in rects
        if r.get("fill") and r["x1"] - r["x0"] > 20 and r["bottom"] - r["top"] > 6
    ]


def frames_of(rects: list[dict], width: float, body_size: float) -> list[tuple]:
    """Rects big enough to hold text (frames of margin boxes), not rules or cells."""
    out = []
    for r in rects:
        w = r["x1"] - r["x0"]
        h = r["bottom"] - r["top"]
        if w > 0.3 * width and h > 3 * body_size and w < 0.98 * width:
            out.append((r["x0"], r["top"], r["x1"], r["bottom"]))
    return out


def is_caption(ln: Line) -> bool:
    return bool(_CAPTION.match(ln.text))


def _mark_foot_block(
    lines: list[Line],
    page: int,
    rules: dict[int, list[tuple[float, float, float]]],
    stats: DocStats,
    note_sizes: Counter[float],
) -> None:
    """Mark the note block at the foot of one column of one page."""
    if not lines:
        return
    height = stats.page_heights.get(page, 842.0)
    col_x0 = min(ln.x0 for ln in lines)
    col_x1 = max(ln.x1 for ln in lines)
    in_column = [r for r in rules.get(page, []) if col_x0 - 6 <= r[1] < col_x1]
    rule_tops = _separators(in_column, lines)
    content = [ln for ln in lines if ln.role in ("body", "toc")]
    block: list[Line] = []
    # A separator rule low on the page with notes under it settles the zone,
    # whatever the notes' type size (some notes are set larger than the body).
    for t in sorted(t for t in rule_tops if t > 0.4 * height):
        below = [ln for ln in content if ln.top >= t - 1]
        if not below or below[0].top - t > 3 * below[0].size:
            continue
        small = all(ln.size < stats.body_size - 0.15 for ln in below)
        if note_number(below[0]) is not None or small:
            block = below
            for ln in block:
                ln.extra["ruled"] = True
            break
    if not block:
        for ln in reversed(content):
            if ln.size >= stats.body_size - 0.15:
                break
            if block:
                under = block[-1]
                if under.top - ln.bottom > 2.5 * max(ln.size, under.size):
                    break
                if any(ln.bottom - 1 < t < under.top + 1 for t in rule_tops):
                    break
            block.append(ln)
        block.reverse()
        if not block or block[0].top < 0.45 * height:
            return  # notes stand at the page foot
        starts = [ln for ln in block if note_number(ln) is not None]
        # Unnumbered small lines before the first note may carry on the previous
        # page's last note; the notes' reader decides, from how that note ends.
        for ln in block[: block.index(starts[0])] if starts else block:
            ln.extra["carry"] = True
    for ln in block:
        ln.role = "footnote"
        note_sizes[round(ln.size, 1)] += len(ln.text)
