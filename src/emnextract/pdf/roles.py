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
from dataclasses import dataclass

from ..patterns import layout as L
from .lines import Line, columns, line_with
from .page import Box, Page, Rect

_DIGITS = L.DIGITS
_THREE_LETTERS = L.THREE_LETTERS
_PAGE_NUMBER = L.PDF_PAGE_NUMBER
_DOT_LEADERS = L.DOT_LEADERS
_NOTE_START = L.PDF_FOOTNOTE_START
_CAPTION = L.PDF_CAPTION
MIN_COLUMN_LINES = 4  # body-size lines right of the column edge that make a column there


@dataclass
class DocStats:
    """Typography measured on the whole document."""

    body_size: float
    left: float  # most common left edge of body-size lines
    right: float  # right edge of the body column (high quantile of x1)
    pitch: float  # most common baseline-to-baseline distance of body lines
    chapter_size: float | None  # size of the biggest heading type, if any
    width: float = 0.0  # the page width most running text is set on (0: unknown)

    def right_on(self, page: Page) -> float:
        """The body column's right edge on ``page``: a page wider than most (a landscape
        page in a portrait report) keeps the same right margin."""
        if self.width and abs(page.width - self.width) > 1:
            return self.right + page.width - self.width
        return self.right


def _running_text(pages: list[Page]) -> list[list[Line]]:
    """Each page's lines outside ruled tables (all of them if every line is in one)."""
    out = [
        [ln for ln in page.lines if not page.in_table(ln.x0, ln.top, ln.x1, ln.bottom)]
        if page.tables
        else list(page.lines)
        for page in pages
    ]
    return out if any(out) else [list(page.lines) for page in pages]


def measure(pages: list[Page]) -> DocStats:
    """Body size = the size most chars have; margins and line pitch of body lines.

    Table cells do not count: pages of tables in small type would outweigh the text.
    """
    running = _running_text(pages)
    chars: dict[float, int] = {}  # chars per size as set (rounded below, in the same order)
    for lines in running:
        for ln in lines:
            for r in ln.runs:
                if not r.sup:
                    chars[r.size] = chars.get(r.size, 0) + len(r.text)
    by_size: Counter[float] = Counter()
    for size, n in chars.items():
        by_size[round(size, 1)] += n
    body_size = by_size.most_common(1)[0][0] if by_size else 10.0
    widths: Counter[float] = Counter()  # the page width most running text is set on
    for page, lines in zip(pages, running, strict=True):
        widths[round(page.width)] += len(lines)
    width = float(widths.most_common(1)[0][0]) if widths else 0.0
    lefts: Counter[float] = Counter()
    rights: list[float] = []  # as on a page of the common width (same right margin)
    pitches: Counter[float] = Counter()
    for page, lines in zip(pages, running, strict=True):
        prev = None
        shift = page.width - width if width and abs(page.width - width) > 1 else 0.0
        for ln in lines:
            if abs(ln.size - body_size) > 0.15:
                prev = None
                continue
            lefts[round(ln.x0)] += 1
            rights.append(ln.x1 - shift)
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
    pages_of_size: dict[float, set[int]] = {}  # (sizes below chapter type left out)
    for page in pages:
        for ln in page.lines:
            size = round(ln.size, 1)
            if size >= 1.25 * body_size and _THREE_LETTERS.search(ln.text):
                pages_of_size.setdefault(size, set()).add(ln.page)
    # A size printed only on the first and the last page is the cover's and back
    # cover's display type (a title repeated on the back), not chapter type.
    numbers = [page.number for page in pages]
    covers = {min(numbers), max(numbers)} if len(numbers) >= 4 else set()
    big = [
        s
        for s, pgs in pages_of_size.items()
        if s >= 1.25 * body_size and len(pgs) >= 2 and not (pgs <= covers)
    ]
    chapter_size = max(big) if big else None
    return DocStats(body_size, left, right, pitch, chapter_size, width)


def _norm(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _page_numbered(text: str, page: int) -> bool:
    number = str(page)
    return number in text and number in _DIGITS.regex.findall(text)


def _first_number(text: str) -> int:
    m = _DIGITS.search(text)
    assert m is not None  # mark_running collects only texts with digits
    return int(m.group())


def _counts_pages(found: list[tuple[int, str]]) -> bool:
    """Do the texts' first numbers step with the page (1 or 2 per page, as in spreads)?"""
    pairs = sorted((page, _first_number(text)) for page, text in found)
    steps = {
        (n2 - n1) / (p2 - p1)
        for (p1, n1), (p2, n2) in zip(pairs, pairs[1:], strict=False)
        if p2 != p1
    }
    return len(steps) == 1 and steps.pop() in (1.0, 2.0)


def mark_running(pages: list[Page], stats: DocStats) -> list[Page]:
    """Running headers/footers and side columns: never body, never footnote.

    A line is running when the same text stands at about the same height on many
    pages, or when only its digits differ and they hold each page's own number
    ("Pagina 3 van 9", "3/45").
    """
    n_pages = len(pages)
    norms: dict[str, str] = {}  # text -> _norm(text), each worked out once

    def norm(text: str) -> str:
        found = norms.get(text)
        if found is None:
            found = norms[text] = _norm(text)
        return found

    exact: dict[tuple[str, int], set[int]] = {}
    numbered: dict[tuple[str, int], set[int]] = {}
    stepping: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for page in pages:
        for ln in page.lines:
            band = round(ln.top / 8)
            exact.setdefault((ln.text.lower(), band), set()).add(ln.page)
            if _page_numbered(ln.text, ln.page):
                numbered.setdefault((norm(ln.text), band), set()).add(ln.page)
            if len(ln.text) < 120 and _DIGITS.search(ln.text):
                stepping.setdefault((norm(ln.text), band), []).append((ln.page, ln.text))
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
        low = ln.text.lower()
        normed = norm(ln.text)
        for b in (band - 1, band, band + 1):
            if (low, b) in rep_exact or (normed, b) in rep_stepping:
                return True
            if (normed, b) in rep_numbered and _page_numbered(ln.text, ln.page):
                return True
        return False

    header_bands: set[int] = set()  # heights (in 8 pt bands) of running lines at page tops

    def role_of(ln: Line, page: Page, column_edge: float) -> str:
        height = page.height
        in_band = ln.top < 0.12 * height or ln.bottom > 0.9 * height
        small = ln.size < stats.body_size - 0.15
        if (in_band or small or ln.x0 > column_edge) and repeated(ln):
            if ln.top < 0.12 * height:
                header_bands.add(round(ln.top / 8))
            return "header"
        if in_band and _PAGE_NUMBER.match(ln.text):
            return "page_number"
        if small and ln.x0 > column_edge and not _in_text_column(ln, page, stats):
            return "margin"
        if _dot_leaders(ln.text):
            return "toc"
        return ln.role

    marked = []
    for page in pages:
        column_edge = stats.left + 0.72 * (stats.right_on(page) - stats.left)
        marked.append(
            page.with_lines(_with_role(ln, role_of(ln, page, column_edge)) for ln in page.lines)
        )

    # A header whose text changes with the chapter still stands where the others do.
    def changing_header(ln: Line, height: float) -> bool:
        return (
            ln.role == "body"
            and ln.top < 0.12 * height
            and ln.size < stats.body_size - 0.15
            and round(ln.top / 8) in header_bands
        )

    return [
        page.with_lines(
            _with_role(ln, "header") if changing_header(ln, page.height) else ln
            for ln in page.lines
        )
        for page in marked
    ]


def _dot_leaders(text: str) -> bool:
    """Does ``text`` end in dot leaders (``DOT_LEADERS``)? They take four dots or two
    ellipses, so a line without them is not searched."""
    return ("……" in text or text.count(".") >= 4) and _DOT_LEADERS.search(text) is not None


def _in_text_column(ln: Line, page: Page, stats: DocStats) -> bool:
    """Does a small-type line far right stand in a column of running text (the last
    column of a page set in several, a spread's last page) or a ruled table's last
    column, rather than in a side column of small print only? A column of body-size
    text starting where it does (MIN_COLUMN_LINES lines) counts too."""
    if page.in_table(ln.x0, ln.top, ln.x1, ln.bottom):
        return True
    starts = sum(
        1
        for other in page.lines
        if other.size >= stats.body_size - 0.15 and abs(other.x0 - ln.x0) <= stats.body_size
    )
    if starts >= MIN_COLUMN_LINES:
        return True
    spans = page.text_columns
    if len(spans) < 2:
        return False
    for lo, hi in spans:
        if lo - 1 <= ln.x0 and ln.x1 <= hi + 1:
            return any(
                lo - 1 <= other.x0
                and other.x1 <= hi + 1
                and abs(other.size - stats.body_size) <= 0.15
                and len(other.text) > 20
                for other in page.lines
            )
    return False


def _with_role(ln: Line, role: str) -> Line:
    return ln if ln.role == role else line_with(ln, role=role)


def _separators(
    page: Page, rules: list[tuple[float, float, float]], lines: list[Line]
) -> list[float]:
    """Rule tops that are not underlines (of links, say) of a text line in any column
    (``lines``: all the page's lines), nor borders of a ruled table's cells, nor a piece
    of a table's grid: a note separator stands alone, while a table's border is drawn
    cell by cell, each piece meeting another rule (the next piece, a cell's side) at an
    end."""
    tops = []
    for top, x0, x1 in rules:
        under = any(
            ln.baseline - 1 <= top <= ln.bottom + 1.5 and x0 < ln.x1 and ln.x0 < x1 for ln in lines
        )
        grid = any(
            r.top - 1.5 <= top <= r.bottom + 1.5
            and (abs(r.x0 - x1) < 2.0 or abs(r.x1 - x0) < 2.0 or _side_at(r, x0, x1))
            for r in page.boxes
        )
        if not under and not grid and not page.in_table(x0, top, x1, top):
            tops.append(top)
    return tops


def _side_at(rect: Rect, x0: float, x1: float) -> bool:
    """Is ``rect`` a thin upright line standing at either end of the rule x0..x1?"""
    if rect.x1 - rect.x0 >= 2.0 or rect.bottom - rect.top < 4.0:
        return False
    return any(rect.x0 - 2.0 <= x <= rect.x1 + 2.0 for x in (x0, x1))


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


def mark_footnotes(pages: list[Page], stats: DocStats) -> list[Page]:
    """Mark the numbered small-type blocks at each page foot.

    The block is the run of smaller-than-body lines at the foot of the page, up to
    a separator rule if there is one. Unnumbered lines at its top count only below
    such a rule (a note carried over from the previous page).
    """
    return [_mark_page_footnotes(page, stats) if page.lines else page for page in pages]


def _mark_page_footnotes(page: Page, stats: DocStats) -> Page:
    """One page with its note blocks marked, column by column.

    A line wider than a column belongs to each it overlaps; once marked in one
    column, later columns see it marked.
    """
    lines = list(page.lines)
    index = {id(ln): i for i, ln in enumerate(lines)}
    for column in columns(list(page.lines), 0.0, page.width, page.text_columns):
        at = [index[id(ln)] for ln in column]
        marked = _foot_block([lines[i] for i in at], page, stats)
        for k, ln in marked.items():
            lines[at[k]] = ln
    return page.with_lines(lines)


def mark_boxes(pages: list[Page], stats: DocStats) -> list[Page]:
    """Text in a drawn frame is box text; side-column text is a box or caption when
    it is shaded or carries a footnote marker (a margin box), or set in italics (a
    photo caption or credit). Plain side-column text (a letterhead) stays margin."""
    out = []
    for page in pages:
        if not page.lines:
            out.append(page)
            continue
        frames = page.frames(stats.body_size)
        out.append(
            page.with_lines(_with_role(ln, _box_role(ln, frames, page.shades)) for ln in page.lines)
        )
    return out


def _box_role(ln: Line, frames: list[Box], shaded: list[Box]) -> str:
    """A line's role once frames and shades are known (see :func:`mark_boxes`)."""
    if ln.role == "body" and any(_inside(ln, f) for f in frames):
        return "box"
    if ln.role == "margin":
        marked = any(r.sup and r.text.strip().isdigit() for r in ln.runs)
        if marked or any(_inside(ln, f) for f in shaded):
            return "box"
        if ln.italic:
            return "caption"
    return ln.role


def _inside(ln: Line, frame: Box) -> bool:
    x0, top, x1, bottom = frame
    return x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 and top - 1 <= ln.top and ln.bottom <= bottom + 1


def is_caption(ln: Line) -> bool:
    return bool(_CAPTION.match(ln.text))


def _notes_end(block: list[Line], stats: DocStats) -> int:
    """Where running text takes over again in a note block (see endnotes.body_resumes)."""
    from .endnotes import body_resumes  # endnotes builds on this module

    return body_resumes(block, stats)


def _foot_block(lines: list[Line], page: Page, stats: DocStats) -> dict[int, Line]:
    """The note block at the foot of one column of a page: position in ``lines`` ->
    the line marked as a footnote (``ruled`` under a separator, ``carry`` when it may
    carry on the previous page's note)."""
    if not lines:
        return {}
    height = page.height
    col_x0 = min(ln.x0 for ln in lines)
    col_x1 = max(ln.x1 for ln in lines)
    # A note separator starts at its column's left edge (or near it): a rule further
    # right is another column's, or part of a figure.
    reach = col_x0 + 0.25 * (col_x1 - col_x0)
    in_column = [r for r in page.rules if col_x0 - 6 <= r[1] < min(col_x1, reach)]
    rule_tops = _separators(page, in_column, list(page.lines))
    # Cells of a ruled table are never notes, whatever their type size.
    content = [
        ln
        for ln in lines
        if ln.role in ("body", "toc") and not page.in_table(ln.x0, ln.top, ln.x1, ln.bottom)
    ]
    block: list[Line] = []
    ruled = False
    carry: set[int] = set()  # ids of the lines that may carry on the previous page's note
    # A separator rule low on the page with notes under it settles the zone,
    # whatever the notes' type size (some notes are set larger than the body).
    for t in sorted(t for t in rule_tops if t > 0.4 * height):
        below = [ln for ln in content if ln.top >= t - 1]
        if not below or below[0].top - t > 3 * below[0].size:
            continue
        small = all(ln.size < stats.body_size - 0.15 for ln in below)
        if note_number(below[0]) is not None or small:
            block = below[: _notes_end(below, stats)]
            ruled = True
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
        # A separator low on the page with text right under it (in any column): what
        # stands above it (a table's cells in small type, say) is no note.
        low = [
            t
            for t in rule_tops
            if t > 0.4 * height
            and any(
                ln.role in ("body", "toc") and t - 1 <= ln.top <= t + 3 * ln.size
                for ln in page.lines
            )
        ]
        if low:
            block = [ln for ln in block if ln.top >= max(low) - 1]
        if not block or block[0].top < 0.45 * height:
            return {}  # notes stand at the page foot
        starts = [ln for ln in block if note_number(ln) is not None]
        # Unnumbered small lines before the first note may carry on the previous
        # page's last note; the notes' reader decides, from how that note ends.
        carry = {id(ln) for ln in (block[: block.index(starts[0])] if starts else block)}
    position = {id(ln): i for i, ln in enumerate(lines)}
    return {
        position[id(ln)]: line_with(
            ln,
            role="footnote",
            ruled=ln.ruled or ruled,
            carry=ln.carry or id(ln) in carry,
        )
        for ln in block
    }
