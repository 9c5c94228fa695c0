"""Paragraph building blocks: an open paragraph, list bullets, side-column paragraphs.

A paragraph grows line by line (:meth:`OpenPara`); its text joins lines with the
shared hyphenation rule, its markers and line spans are kept in step with that text.
Margin boxes and captions beside the text column are grouped on their own.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from ..document import MarkerRef, Para, TextLine
from ..model import ParagraphKind
from ..patterns import layout as L
from ..patterns.hyphenation import WORD_HYPHEN as _WORD_HYPHEN
from .lines import Line, union_bbox
from .linetext import line_content
from .roles import DocStats, is_caption
from .spans import add_line_span
from .textjoin import join_hyphen

_GLYPH_ONLY = L.GLYPH_ONLY
_BULLET = L.PDF_BULLET
_SENTENCE_END = L.SENTENCE_END
_SENTENCE_DONE = L.SENTENCE_DONE
_CLAUSE_MARK = L.CLAUSE_MARK
_OPENERS = "‘'\"(“"  # what a sentence may open with besides a capital or a figure


@dataclass
class OpenPara:
    """A paragraph being built."""

    kind: ParagraphKind
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    markers: list[MarkerRef] = field(default_factory=list)
    section: str | None = None
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    spans: list[TextLine] = field(default_factory=list)
    section_id: str | None = None  # the section's id, numbered or an unnumbered part


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence (``SENTENCE_END``)? Only its last three chars are
    searched: a match is a stop and a closing mark at most, before a final newline."""
    return _SENTENCE_END.search(text, max(0, len(text) - 3)) is not None


def all_italic(ln: Line) -> bool:
    """Every run of the line's own text is italic (markers aside)."""
    return all(r.italic for r in ln.runs if not r.sup)


def side_paragraphs(
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
            kind: ParagraphKind = "caption" if group[0].role == "caption" else "box"
            out.append(
                Para(
                    text=text,
                    kind=kind,
                    section=section,
                    page=group[0].page,
                    bbox=union_bbox(group),
                    markers=markers,
                    lines=spans,
                )
            )
    return out


@dataclass
class Bulleted:
    glyphs: set[int] = field(default_factory=set)  # ids of lone bullet-glyph lines
    items: set[int] = field(default_factory=set)  # ids of the lines they start


def bullet_glyph_lines(body: list[Line]) -> Bulleted:
    """Lone bullet glyphs set apart from their item's text on the same baseline.

    Word processors put the glyph in its own font at a tab stop, so it reads as a
    line of its own; it marks the line beside it as the start of a list item.
    """
    out = Bulleted()
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
        out.glyphs.add(id(glyph))  # with no text beside it, an empty bullet: no text
        if beside:
            item = min(beside, key=lambda ln: ln.x0)
            out.items.add(id(item))
    return out


def line_kind(ln: Line, bulleted: Bulleted, stats: DocStats) -> ParagraphKind:
    """What a body-column line opens or continues: body, box, list_item, caption, subheading."""
    kind: ParagraphKind = "box" if ln.role == "box" else "body"
    text = ln.text
    if kind == "body" and id(ln) in bulleted.items:
        kind = "list_item"
    elif kind == "body":
        if (ln.bold or ln.italic or ln.size < stats.body_size - 0.3) and is_caption(ln):
            kind = "caption"
        elif _BULLET.match(text) and ln.x0 > stats.left - 1:
            kind = "list_item"
        elif (ln.bold or ln.size > stats.body_size + 0.3) and len(text) < 120:
            kind = "subheading"
        elif len(text) < 120 and all_italic(ln):
            # italic set apart: indented, a box; at the margin, a subheading
            kind = "box" if ln.x0 > stats.left + ln.size else "subheading"
    return kind


def wraps_on(open_para: OpenPara, ln: Line, kind: ParagraphKind) -> bool:
    """A title or box wrapped over lines: ``ln`` continues ``open_para`` whatever else."""
    last = open_para.lines[-1]
    return (
        (
            (kind in ("subheading", "box") and open_para.kind == kind)
            or (open_para.kind == "list_item" and kind == "subheading")
        )
        and not ends_sentence(open_para.text)
        and last.page == ln.page
        and ln.baseline - last.baseline < 1.6 * ln.size
        and last.bold == ln.bold
        and last.italic == ln.italic
    )


def starts_paragraph(
    open_para: OpenPara | None, ln: Line, kind: ParagraphKind, stats: DocStats
) -> tuple[bool, bool]:
    """(does ``ln`` start a new paragraph, is the open one a lone unstyled subheading).

    Breaks on kinds that always stand alone, on a change between box and body, on a
    vertical gap or a change of type, at a list item's end, at an indent after a
    finished sentence and after a short line; a sentence left open at the foot of a
    page carries on.
    """
    if open_para is None or kind in ("list_item", "subheading", "caption"):
        return True, False
    text = ln.text
    last = open_para.lines[-1]
    if open_para.kind == "subheading" or open_para.kind == "caption":
        return True, False
    if (open_para.kind == "box") != (kind == "box"):
        return True, False
    if last.page != ln.page:
        return ends_sentence(open_para.text), False
    if ln.baseline - last.baseline > 1.45 * stats.pitch:
        return True, False
    if abs(ln.size - last.size) > 0.5:
        return True, False
    if open_para.kind == "list_item" and ln.x0 < open_para.lines[0].x0 + 2:
        # Aligned with the item's text, only a finished sentence ends it
        # ("(2022) en ..." wraps on); at the margin, a capital does.
        aligned = ln.x0 > open_para.lines[0].x0 - 2
        new = not text[:1].islower() and (not aligned or ends_sentence(open_para.text))
        return new, False
    if ln.x0 > last.x0 + 0.8 * ln.size and ends_sentence(open_para.text):
        return True, False
    short = stats.left + 0.8 * (stats.right - stats.left)
    if (
        kind == "body"
        and open_para.kind in ("body", "list_item")
        and last.x1 < short
        and not open_para.text.endswith((",", "-", ";"))
    ):
        # A short line ends its paragraph (or list item). A lone short line without a
        # full stop before new text is an unstyled subheading.
        lone = (
            open_para.kind == "body"
            and len(open_para.lines) == 1
            and not ends_sentence(open_para.text)
        )
        if text[:1].isupper():
            return True, lone
        # A title (capitalised, no stop or comma inside) before a sentence that opens
        # with a figure or a quote and runs the full line.
        title = lone and open_para.text[:1].isupper() and not _CLAUSE_MARK.search(open_para.text)
        sentence = ln.x1 >= short and any(ch.islower() for ch in text)
        if title and sentence and (text[:1].isdigit() or text[:1] in _OPENERS):
            return True, True
    if kind == "body" and open_para.kind == "body" and run_in_title(open_para, ln, short):
        return True, False  # a title line right after a finished sentence
    return False, False


def run_in_title(open_para: OpenPara, ln: Line, short: float) -> bool:
    """``ln`` may be a run-in title set on its own line right under a paragraph: the
    paragraph ends a full sentence, and ``ln`` is short, capitalised, without closing
    punctuation and without a stop, comma or colon inside (a reference or address goes on
    with those); the line after it decides: new text makes it a subheading."""
    text = ln.text.strip()
    return (
        ln.x1 < short  # the line's own measures first: they cost nothing to test
        and text[:1].isupper()
        and len(text) < 120
        and bool(_SENTENCE_DONE.search(open_para.text))
        and not _SENTENCE_END.search(text)
        and not _CLAUSE_MARK.search(text)  # "Journal, 8(8), e19857. https://…" goes on
        and not is_caption(ln)
    )
