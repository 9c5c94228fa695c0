"""Role-marked lines -> sections, paragraphs (with markers) and the section tree.

Headings are numbered lines set apart by type (bold or larger than the body) whose
numbers continue a sane tree; chapter openings are unnumbered lines in the biggest
heading type, numbered from the first section under them. Paragraphs break on
vertical gaps, list starts, style changes and headings, and carry on across a page
break when the sentence does.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from ..document import MarkerRef, Para, TextLine
from ..model import Section
from ..patterns import layout as L
from ..patterns.hyphenation import WORD_HYPHEN as _WORD_HYPHEN
from .lines import Line
from .page import Page
from .roles import DocStats, is_caption
from .spans import add_line_span
from .textjoin import join_hyphen

_HEADING = L.PDF_SECTION_HEADING
_MARKER_TEXT = L.MARKER_DIGITS
_GLYPH_ONLY = L.GLYPH_ONLY
_BULLET = L.PDF_BULLET
_SENTENCE_END = L.SENTENCE_END
_CHAPTER_NUMBER = L.CHAPTER_NUMBER


def line_content(ln: Line, note_numbers: set[int]) -> tuple[str, list[MarkerRef]]:
    """A line's text without marker digits, and its markers (offsets in that text)."""
    text = ""
    markers: list[MarkerRef] = []
    prev = None
    for r in ln.runs:
        raw = r.text
        if r.sup and _MARKER_TEXT.match(raw.strip()):
            numbers = [int(x) for x in L.DIGITS.regex.findall(raw)]
            if "-" in raw or "–" in raw:
                a, b = numbers[0], numbers[-1]
                numbers = list(range(a, b + 1)) if 0 < b - a < 10 else numbers
            if numbers and all(n in note_numbers for n in numbers):
                at = len(text.rstrip())
                for n in numbers:
                    markers.append(
                        MarkerRef(
                            number=n,
                            offset=at,
                            page=ln.page,
                            bbox=(
                                round(r.x0, 2),
                                round(r.top, 2),
                                round(r.x1, 2),
                                round(r.bottom, 2),
                            ),
                        )
                    )
                prev = r
                continue
        piece = " ".join(raw.split())
        if raw[:1].isspace():
            piece = " " + piece
        if raw[-1:].isspace() and piece.strip():
            piece += " "
        if prev is not None and text and not text.endswith(" ") and not piece.startswith(" "):
            if r.x0 - prev.x1 > 0.2 * min(prev.size, r.size):
                piece = " " + piece
        if text.endswith(" ") and piece.startswith(" "):
            piece = piece[1:]
        if not text:
            piece = piece.lstrip()
        text += piece
        prev = r
    stripped = text.rstrip()
    for m in markers:
        m.offset = min(m.offset, len(stripped))
    return stripped, markers


@dataclass
class _Open:
    """A paragraph being built."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    markers: list[MarkerRef] = field(default_factory=list)
    section: str | None = None
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    spans: list[TextLine] = field(default_factory=list)


def _union(lines: list[Line]) -> tuple[float, float, float, float]:
    return (
        round(min(ln.x0 for ln in lines), 2),
        round(min(ln.top for ln in lines), 2),
        round(max(ln.x1 for ln in lines), 2),
        round(max(ln.bottom for ln in lines), 2),
    )


def _all_italic(ln: Line) -> bool:
    """Every run of the line's own text is italic (markers aside)."""
    return all(r.italic for r in ln.runs if not r.sup)


def _side_paragraphs(
    side: list[Line], section: str | None, note_numbers: set[int], known_hyphenated: Container[str]
) -> list[Para]:
    """Box and caption paragraphs of a page's side column: runs of close lines."""
    groups: list[list[Line]] = []
    for ln in sorted(side, key=lambda ln: ln.top):
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and prev.role == ln.role
            and ln.top - prev.bottom < 0.8 * ln.size
            and not is_caption(ln)  # a credit ("Foto: ...", "Bron: ...") stands alone
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    out = []
    for group in groups:
        text = ""
        markers: list[MarkerRef] = []
        spans: list[TextLine] = []
        for ln in group:
            piece, found = line_content(ln, note_numbers)
            if text:
                joined = (
                    join_hyphen(text, piece, known_hyphenated)
                    if _WORD_HYPHEN.search(text)
                    else f"{text} {piece}"
                )
            else:
                joined = piece
            base = len(joined) - len(piece) if joined.endswith(piece) else len(joined)
            for m in found:
                m.offset += base
            markers.extend(found)
            text = joined
            add_line_span(spans, text, piece, ln.page, ln.bbox)
        if text.strip():
            out.append(
                Para(
                    text=text,
                    kind=group[0].role,
                    section=section,
                    page=group[0].page,
                    bbox=_union(group),
                    markers=markers,
                    lines=spans,
                )
            )
    return out


@dataclass
class _Bulleted:
    glyphs: set[int] = field(default_factory=set)  # ids of lone bullet-glyph lines
    items: set[int] = field(default_factory=set)  # ids of the lines they start


def _bullet_glyph_lines(body: list[Line]) -> _Bulleted:
    """Lone bullet glyphs set apart from their item's text on the same baseline.

    Word processors put the glyph in its own font at a tab stop, so it reads as a
    line of its own; it marks the line beside it as the start of a list item.
    """
    out = _Bulleted()
    for glyph in body:
        if not _GLYPH_ONLY.match(glyph.text.strip()):
            continue
        beside = [
            ln
            for ln in body
            if ln is not glyph
            and abs(ln.baseline - glyph.baseline) < 0.4 * max(ln.size, glyph.size)
            and glyph.x0 < ln.x0 < glyph.x1 + 6 * ln.size
        ]
        if beside:
            item = min(beside, key=lambda ln: ln.x0)
            out.glyphs.add(id(glyph))
            out.items.add(id(item))
    return out


class _Tree:
    """The numbered section tree: accepts only numbers that continue it sanely."""

    def __init__(self) -> None:
        self.path: list[int] = []  # current numbers, e.g. [4, 3, 2]
        self.styles: dict[int, tuple[float, bool]] = {}  # level -> (size, bold) seen first

    def fits(self, parts: list[int], style: tuple[float, bool] | None = None) -> bool:
        level = len(parts)
        known = self.styles.get(level)
        if style is not None and known is not None:
            if abs(known[0] - style[0]) > 0.3 or known[1] != style[1]:
                return False  # headings of one level share their type
        if level == 1:
            if not self.path:
                return 1 <= parts[0] <= 3
            return self.path[0] < parts[0] <= self.path[0] + 2
        if len(self.path) < level - 1:
            if level == 2 and not self.path:
                return parts[1] <= 2  # first numbered section, chapter unseen
            return False
        if parts[:-1] != self.path[: level - 1]:
            # a new chapter seen only through its first section ("5.1" after "4.3")
            if level == 2 and self.path and self.path[0] < parts[0] <= self.path[0] + 2:
                return parts[1] <= 2
            return False
        prev = self.path[level - 1] if len(self.path) >= level else 0
        return prev < parts[-1] <= prev + 2

    def take(self, parts: list[int], style: tuple[float, bool] | None = None) -> None:
        self.path = list(parts)
        if style is not None:
            self.styles.setdefault(len(parts), style)


def assemble(
    pages: list[Page],
    stats: DocStats,
    note_numbers: set[int],
    known_hyphenated: Container[str] = (),
) -> tuple[list[Section], list[Para], list[str]]:
    sections: list[Section] = []
    paras: list[Para] = []
    warnings: list[str] = []
    tree = _Tree()
    current: str | None = None
    pending: dict | None = None  # unnumbered chapter opening awaiting its number
    openings: list[dict] = []
    open_para: _Open | None = None
    heading_lines: set[int] = set()
    chapter_digit: tuple[int, int] | None = None  # (page, number) of a display chapter number

    def close() -> None:
        nonlocal open_para
        if open_para is None or not open_para.text.strip():
            open_para = None
            return
        first = open_para.lines[0]
        on_first_page = [ln for ln in open_para.lines if ln.page == first.page]
        para = Para(
            text=open_para.text,
            kind=open_para.kind,
            section=open_para.section,
            page=first.page,
            bbox=_union(on_first_page),
            markers=open_para.markers,
            page_breaks=open_para.page_breaks,
            lines=open_para.spans,
        )
        paras.append(para)
        if pending is not None:
            pending["paras"].append(para)
        open_para = None

    def add_line(ln: Line, kind: str) -> None:
        nonlocal open_para
        text, markers = line_content(ln, note_numbers)
        if not text and not markers:
            return
        if open_para is None:
            open_para = _Open(kind=kind, section=current)
            if kind == "list_item":
                text = _BULLET.sub("", text, count=1) if _BULLET.match(text[:1] + " ") else text
                shift = len(line_content(ln, note_numbers)[0]) - len(text)
                for m in markers:
                    m.offset = max(0, m.offset - shift)
        if open_para.text:
            before = open_para.text
            if _WORD_HYPHEN.search(before):
                joined = join_hyphen(before, text, known_hyphenated)
            else:
                joined = before + " " + text
            base = len(joined) - len(text) if joined.endswith(text) else len(joined)
            open_para.text = joined
            if open_para.lines and ln.page != open_para.lines[-1].page:
                open_para.page_breaks.append((base, ln.page))
        else:
            base = 0
            open_para.text = text
        for m in markers:
            m.offset += base
            open_para.markers.append(m)
        open_para.lines.append(ln)
        add_line_span(open_para.spans, open_para.text, text, ln.page, ln.bbox)

    def heading_parts(ln: Line) -> tuple[list[int], str] | None:
        if not (ln.bold or ln.size >= stats.body_size + 0.5):
            return None
        m = _HEADING.match(ln.text)
        if not m or len(ln.text) > 200:
            return None
        parts = [int(x) for x in m.group(1).split(".")]
        title = line_content(ln, note_numbers)[0]
        mt = _HEADING.match(title)
        return parts, (mt.group(2) if mt else m.group(2)).strip()

    column_edge = stats.left + 0.72 * (stats.right - stats.left)
    for page in pages:
        lines = page.lines
        # Margin boxes and captions beside the text stand outside its flow.
        side = [ln for ln in lines if ln.role in ("box", "caption") and ln.x0 > column_edge]
        side_ids = {id(ln) for ln in side}
        body = [ln for ln in lines if ln.role in ("body", "box") and id(ln) not in side_ids]
        bulleted = _bullet_glyph_lines(body)
        section_at: list[tuple[float, str | None]] = [
            (-1.0, current)
        ]  # (top, section) on this page
        for idx, ln in enumerate(body):
            if id(ln) in heading_lines or id(ln) in bulleted.glyphs:
                continue
            hp = heading_parts(ln) if ln.role == "body" else None
            style = (round(ln.size, 1), ln.bold)
            title_lines = [ln]
            if hp is not None and tree.fits(hp[0], style):
                # A title wrapped over lines: following lines in the same type.
                for nxt in body[idx + 1 : idx + 3]:
                    if (
                        nxt.bold == ln.bold
                        and abs(nxt.size - ln.size) < 0.2
                        and nxt.baseline - title_lines[-1].baseline < 1.6 * ln.size
                        and not _HEADING.match(nxt.text)
                        and nxt.role == "body"
                    ):
                        title_lines.append(nxt)
                    else:
                        break
                title = hp[1]
                for extra in title_lines[1:]:
                    title = (
                        join_hyphen(title, extra.text)
                        if title.endswith("-")
                        else f"{title} {extra.text}"
                    )
                if _SENTENCE_END.search(title) and not title.endswith(")"):
                    hp = None  # a numbered sentence (a bold list item), not a title
            if hp is not None and tree.fits(hp[0], style):
                parts = hp[0]
                close()
                heading_lines.update(id(t) for t in title_lines[1:])
                number = ".".join(str(p) for p in parts)
                if len(parts) >= 2 and (not tree.path or tree.path[0] != parts[0]):
                    chapter = str(parts[0])
                    if pending is not None:
                        sec = Section(
                            number=chapter,
                            title=pending["title"],
                            level=1,
                            parent=None,
                            page=pending["page"],
                            bbox=pending["bbox"],
                        )
                        sections.append(sec)
                        for p in pending["paras"]:
                            p.section = chapter
                        pending["number"] = parts[0]
                        pending = None
                tree.take(parts, style)
                parent = ".".join(str(p) for p in parts[:-1]) or None
                sections.append(
                    Section(
                        number=number,
                        title=title,
                        level=len(parts),
                        parent=parent,
                        page=ln.page,
                        bbox=_union(title_lines),
                    )
                )
                if len(parts) == 1:
                    pending = None
                    openings.append({"number": parts[0]})
                current = number
                section_at.append((ln.top, current))
                continue
            big_type = stats.chapter_size is not None and ln.size >= stats.chapter_size - 0.3
            if big_type and idx < 3 and ln.role == "body" and _CHAPTER_NUMBER.match(ln.text):
                chapter_digit = (ln.page, int(ln.text.strip().rstrip(".")))
                continue  # a display chapter number beside its title
            is_opening = (
                stats.chapter_size is not None
                and ln.size >= stats.chapter_size - 0.3
                and ln.role == "body"
                and idx < 3  # openings stand at the top of their page
                and sum(ch.isalpha() for ch in ln.text) >= 3
                and not _HEADING.match(ln.text)
            )
            if is_opening:
                close()
                title_lines = [ln]
                for nxt in body[idx + 1 : idx + 3]:
                    if (
                        abs(nxt.size - ln.size) < 0.3
                        and nxt.baseline - title_lines[-1].baseline < 1.6 * ln.size
                    ):
                        title_lines.append(nxt)
                        heading_lines.add(id(nxt))
                    else:
                        break
                title = " ".join(line_content(t, note_numbers)[0] for t in title_lines)
                if (
                    chapter_digit is not None
                    and chapter_digit[0] == ln.page
                    and tree.fits([chapter_digit[1]])
                ):
                    number = chapter_digit[1]
                    sections.append(
                        Section(
                            number=str(number),
                            title=title,
                            level=1,
                            parent=None,
                            page=ln.page,
                            bbox=_union(title_lines),
                        )
                    )
                    tree.take([number])
                    openings.append({"number": number})
                    pending = None
                    current = str(number)
                else:
                    pending = {
                        "title": title,
                        "page": ln.page,
                        "bbox": _union(title_lines),
                        "paras": [],
                        "number": None,
                        "index": len(sections),
                    }
                    openings.append(pending)
                    current = None
                chapter_digit = None
                section_at.append((ln.top, current))
                continue

            kind = "box" if ln.role == "box" else "body"
            text = ln.text
            if kind == "body" and id(ln) in bulleted.items:
                kind = "list_item"
            elif kind == "body":
                if is_caption(ln) and (ln.bold or ln.italic or ln.size < stats.body_size - 0.3):
                    kind = "caption"
                elif _BULLET.match(text) and ln.x0 > stats.left - 1:
                    kind = "list_item"
                elif (ln.bold or ln.size > stats.body_size + 0.3) and len(text) < 120:
                    kind = "subheading"
                elif _all_italic(ln) and len(text) < 120:
                    # italic set apart: indented, a box; at the margin, a subheading
                    kind = "box" if ln.x0 > stats.left + ln.size else "subheading"
            new = open_para is None or kind in ("list_item", "subheading", "caption")
            wrapped = (
                open_para is not None
                and (
                    (kind in ("subheading", "box") and open_para.kind == kind)
                    or (open_para.kind == "list_item" and kind == "subheading")
                )
                and not _SENTENCE_END.search(open_para.text)
                and open_para.lines[-1].page == ln.page
                and ln.baseline - open_para.lines[-1].baseline < 1.6 * ln.size
                and open_para.lines[-1].bold == ln.bold
                and open_para.lines[-1].italic == ln.italic
            )  # a title or box wrapped over lines
            if open_para is not None and not new:
                last = open_para.lines[-1]
                if open_para.kind == "subheading" or open_para.kind == "caption":
                    new = True
                elif (open_para.kind == "box") != (kind == "box"):
                    new = True
                elif last.page != ln.page:
                    # A sentence left open at the foot of a page carries on.
                    new = bool(_SENTENCE_END.search(open_para.text))
                elif ln.baseline - last.baseline > 1.45 * stats.pitch:
                    new = True
                elif abs(ln.size - last.size) > 0.5:
                    new = True
                elif open_para.kind == "list_item" and ln.x0 < open_para.lines[0].x0 + 2:
                    # Aligned with the item's text, only a finished sentence ends it
                    # ("(2022) en ..." wraps on); at the margin, a capital does.
                    aligned = ln.x0 > open_para.lines[0].x0 - 2
                    new = not text[:1].islower() and (
                        not aligned or bool(_SENTENCE_END.search(open_para.text))
                    )
                elif ln.x0 > last.x0 + 0.8 * ln.size and _SENTENCE_END.search(open_para.text):
                    new = True
                elif (
                    kind == "body"
                    and open_para.kind == "body"
                    and last.x1 < stats.left + 0.8 * (stats.right - stats.left)
                    and text[:1].isupper()
                    and not open_para.text.endswith((",", "-", ";"))
                ):
                    # A short line ends its paragraph. A lone short line without a
                    # full stop before new text is an unstyled subheading.
                    new = True
                    if len(open_para.lines) == 1 and not _SENTENCE_END.search(open_para.text):
                        open_para.kind = "subheading"
            if wrapped:
                new = False
            if new:
                close()
            add_line(ln, kind)
        for para in _side_paragraphs(side, None, note_numbers, known_hyphenated):
            para.section = [sec for top, sec in section_at if top <= para.bbox[1] + 1][-1]
            paras.append(para)
    close()

    # An unnumbered opening right before chapter N (after chapter N-2) is chapter N-1.
    for i, op in enumerate(openings):
        if op.get("number") is not None or "paras" not in op:
            continue
        nxt = openings[i + 1]["number"] if i + 1 < len(openings) else None
        before = [o["number"] for o in openings[:i] if o.get("number") is not None]
        prev_n = before[-1] if before else 0
        if nxt is not None and nxt - 1 == prev_n + 1 and nxt - 1 >= 1:
            number = str(nxt - 1)
            op["number"] = nxt - 1
            sec = Section(
                number=number,
                title=op["title"],
                level=1,
                parent=None,
                page=op["page"],
                bbox=op["bbox"],
            )
            sections.insert(op["index"], sec)
            for later in openings[i + 1 :]:
                if "index" in later:
                    later["index"] += 1
            for p in op["paras"]:
                p.section = number
    return sections, paras, warnings
