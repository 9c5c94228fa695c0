"""Role-marked lines -> sections, paragraphs (with markers) and the section tree.

Headings are numbered lines set apart by type (bold or larger than the body) whose
numbers continue a sane tree; chapter openings are unnumbered lines in the biggest
heading type, numbered from the first section under them. Paragraphs break on
vertical gaps, list starts, style changes and headings, and carry on across a page
break when the sentence does.

This module walks the pages and puts the pieces together; the pieces are units of
their own: ``headings`` (the section tree), ``paragraphs`` (a line's kind, where a
paragraph breaks, side-column paragraphs), ``linetext`` (a line's text and markers)
and ``spans`` (where each printed line stands in a paragraph's text).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from typing import Any

from ..document import Para, SharedValues
from ..model import ParagraphKind, Section
from ..patterns import layout as L
from ..patterns.hyphenation import WORD_HYPHEN as _WORD_HYPHEN
from .fullsize import GluedMarkers
from .headings import (
    SectionTree,
    chapter_of,
    number_openings,
    part_section,
    part_title,
    resolve_openings,
    stacked,
    text_follows,
    title_run,
)
from .lines import Line, union_bbox
from .linetext import line_content
from .page import Page
from .paragraphs import (
    OpenPara,
    bullet_glyph_lines,
    line_kind,
    side_paragraphs,
    starts_paragraph,
    wraps_on,
)
from .roles import DocStats
from .spans import add_line_span
from .textjoin import join_hyphen

_HEADING = L.PDF_SECTION_HEADING
_BULLET = L.PDF_BULLET
_SENTENCE_END = L.SENTENCE_END
_CHAPTER_NUMBER = L.CHAPTER_NUMBER


def assemble(
    pages: list[Page],
    stats: DocStats,
    note_numbers: set[int],
    known_hyphenated: Container[str] = (),
    glued: GluedMarkers | None = None,
    *,
    shared: SharedValues | None = None,
) -> tuple[list[Section], list[Para], list[str]]:
    """Sections, paragraphs (with their markers) and warnings from role-marked pages.

    ``glued`` finds full-size markers glued to words, in a document whose notes are not
    marked with raised digits. ``shared`` gives each paragraph, as it is made, the
    objects it holds for recurring values (:meth:`.SharedValues.unit`).
    """
    sections: list[Section] = []
    paras: list[Para] = []
    warnings: list[str] = []
    tree = SectionTree()
    current: str | None = None
    # id of the unnumbered part the text is in (a provisional key under a chapter
    # opening that has no number yet; see headings.resolve_openings)
    part: str | None = None
    taken: set[str] = set()
    pending: dict[str, Any] | None = None  # unnumbered chapter opening awaiting its number
    openings: list[dict[str, Any]] = []
    open_para: OpenPara | None = None
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
            section_id=open_para.section_id,
            page=first.page,
            bbox=union_bbox(on_first_page),
            markers=open_para.markers,
            page_breaks=open_para.page_breaks,
            lines=open_para.spans,
        )
        if shared is not None:
            shared.unit(para)
        paras.append(para)
        if pending is not None:
            pending["paras"].append(para)
        open_para = None

    def add_line(ln: Line, kind: ParagraphKind) -> None:
        nonlocal open_para
        text, markers = line_content(ln, note_numbers)
        if glued is not None:
            text, markers = glued.take(ln, text, markers)
        if not text and not markers:
            return
        if open_para is None:
            open_para = OpenPara(kind=kind, section=current, section_id=part or current)
            if kind == "list_item":
                whole = text
                text = _BULLET.sub("", text, count=1) if _BULLET.match(text[:1] + " ") else text
                shift = len(whole) - len(text)
                for m in markers:
                    m.offset = max(0, m.offset - shift)
        if open_para.text:
            before = open_para.text
            # a word hyphen ends the text (a final newline aside): look there only
            if "-" in before[-2:] and _WORD_HYPHEN.search(before, max(0, len(before) - 3)):
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

    def chapter_display(ln: Line, idx: int) -> bool:
        """Set in the chapter type at the top of its page (see ``SectionTree.jumps``)."""
        return stats.chapter_size is not None and ln.size >= stats.chapter_size - 0.3 and idx < 3

    # Chapter lines whose first subsection (N.1) is the next numbered heading line.
    opening_ids: set[int] = set()
    last: tuple[int, list[int]] | None = None
    for page in pages:
        for ln in page.lines:
            found = heading_parts(ln) if ln.role == "body" else None
            if found is None:
                continue
            if last is not None and found[0] == [*last[1], 1] and len(last[1]) == 1:
                opening_ids.add(last[0])
            last = (id(ln), found[0])

    column_edge = stats.left + 0.72 * (stats.right - stats.left)
    for page in pages:
        lines = page.lines
        # Margin boxes and captions beside the text stand outside its flow.
        side = [ln for ln in lines if ln.role in ("box", "caption") and ln.x0 > column_edge]
        side_ids = {id(ln) for ln in side}
        body = [ln for ln in lines if ln.role in ("body", "box") and id(ln) not in side_ids]
        bulleted = bullet_glyph_lines(body)
        column_stats = _column_stats(body, stats)
        section_at: list[tuple[float, str | None, str | None]] = [
            (-1.0, current, part or current)
        ]  # (top, section, section id) on this page
        for idx, ln in enumerate(body):
            if id(ln) in heading_lines or id(ln) in bulleted.glyphs:
                continue
            hp = heading_parts(ln) if ln.role == "body" else None
            style = (round(ln.size, 1), ln.bold)
            title_lines = [ln]
            opens = id(ln) in opening_ids
            display = chapter_display(ln, idx)
            if hp is not None and tree.fits(hp[0], style, opens, display):
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
            if hp is not None and tree.fits(hp[0], style, opens, display):
                parts = hp[0]
                close()
                heading_lines.update(id(t) for t in title_lines[1:])
                number = ".".join(str(p) for p in parts)
                if len(parts) >= 2 and (not tree.path or tree.path[0] != parts[0]):
                    chapter = str(parts[0])
                    if pending is not None:
                        sec = chapter_of(chapter, pending)
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
                        bbox=union_bbox(title_lines),
                    )
                )
                if len(parts) == 1:
                    pending = None
                    openings.append({"number": parts[0]})
                current = number
                part = None
                section_at.append((ln.top, current, current))
                continue
            big_type = stats.chapter_size is not None and ln.size >= stats.chapter_size - 0.3
            if big_type and idx < 3 and ln.role == "body" and _CHAPTER_NUMBER.match(ln.text):
                chapter_digit = (ln.page, int(ln.text.strip().rstrip(".")))
                continue  # a display chapter number beside its title
            is_opening = (
                stats.chapter_size is not None
                and ln.size >= stats.chapter_size - 0.3
                and ln.role == "body"
                and on_top(idx, ln, body)  # openings stand at the top of a page or column
                and sum(ch.isalpha() for ch in ln.text) >= 3
                and not _HEADING.match(ln.text)
            )
            if is_opening:
                close()
                title_lines = [ln]
                for nxt in body[idx + 1 : idx + 3]:
                    if (
                        abs(nxt.size - ln.size) < 0.3
                        and 0.5 * ln.size < nxt.baseline - title_lines[-1].baseline < 1.6 * ln.size
                        and stacked(ln.bbox, nxt.bbox)
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
                    chapter_number = chapter_digit[1]
                    sections.append(
                        Section(
                            number=str(chapter_number),
                            title=title,
                            level=1,
                            parent=None,
                            page=ln.page,
                            bbox=union_bbox(title_lines),
                        )
                    )
                    tree.take([chapter_number])
                    openings.append({"number": chapter_number})
                    pending = None
                    current = str(chapter_number)
                    part = None
                else:
                    pending = {
                        "title": title,
                        "page": ln.page,
                        "bbox": union_bbox(title_lines),
                        "paras": [],
                        "number": None,
                        "index": len(sections),
                        "key": f"\x00opening{len(openings)}",
                    }
                    openings.append(pending)
                    current = None
                    part = pending["key"]
                chapter_digit = None
                section_at.append((ln.top, current, part or current))
                continue

            kind = line_kind(ln, bulleted, stats)
            wrapped = open_para is not None and wraps_on(open_para, ln, kind)
            new, lone_subheading = starts_paragraph(
                open_para, ln, kind, column_stats.get(id(ln), stats)
            )
            if lone_subheading and open_para is not None:
                open_para.kind = "subheading"
            if wrapped:
                new = False
            front_ok = not tree.path and pending is None and not (part or "").startswith("\x00")
            if (
                kind == "subheading"
                and new
                and ln.role == "body"
                and part_title(line_content(ln, note_numbers)[0], front_ok)
            ):
                run = title_run(body, idx)
                if text_follows(body, run, stats.body_size, lines):
                    close()
                    title = " ".join(line_content(t, note_numbers)[0] for t in run)
                    sec = part_section(" ".join(title.split()), run, taken)
                    sections.append(sec)
                    current, part, pending = None, sec.id, None
                    section_at.append((ln.top, current, part))
            if new:
                close()
            add_line(ln, kind)
        for para in side_paragraphs(side, None, note_numbers, known_hyphenated):
            assert para.bbox is not None  # side paragraphs always have one
            here = [(sec, sid) for top, sec, sid in section_at if top <= para.bbox[1] + 1][-1]
            para.section, para.section_id = here
            if shared is not None:
                shared.unit(para)
            paras.append(para)
    close()

    number_openings(openings, sections)
    resolve_openings(openings, sections, paras, taken)
    return sections, paras, warnings


def on_top(idx: int, ln: Line, body: list[Line]) -> bool:
    """``ln`` (``body[idx]``) stands at the top of its page: among its first three lines,
    or level with the page's first line (a second column's opening title)."""
    if idx < 3:
        return True
    return bool(body) and ln.top <= min(b.top for b in body) + 0.5 * ln.size


def _column_stats(body: list[Line], stats: DocStats) -> dict[int, DocStats]:
    """On a page set in columns, each body line's measures with the margins of its own
    column (a full column line is not a short line ending its paragraph). A column is
    the lines starting where this one starts; it counts when clearly narrower than the
    body but not a table's narrow cells, and most of its lines run to its right edge."""
    by_start: dict[int, list[Line]] = {}
    for ln in body:
        by_start.setdefault(round(ln.x0 / 3), []).append(ln)
    full = stats.right - stats.left
    out: dict[int, DocStats] = {}
    for group in by_start.values():
        left = min(ln.x0 for ln in group)
        right = max(ln.x1 for ln in group)
        if len(group) < 3 or not 0.3 * full <= right - left < 0.7 * full:
            continue  # no column, or a table's narrow cells
        if 2 * sum(1 for ln in group if ln.x1 >= right - 0.1 * (right - left)) < len(group):
            continue  # a text column's lines mostly run to its edge

        own = replace(stats, left=left, right=right)
        out.update((id(ln), own) for ln in group)
    return out
