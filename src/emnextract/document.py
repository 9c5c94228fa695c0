"""The Document: what a reader (PDF or text dump) makes of a report.

Both readers build this same structure; every extractor reads only this and never
goes back to the source file. Positions are kept on everything so that each
record produced later can point back to its page and place.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .model import BBox, ParagraphKind, Section, Source
from .patterns import layout

SLUG_CHARS = 48  # an unnumbered part's id keeps this much of its title (whole words)


def part_id(title: str, taken: set[str]) -> str:
    """A stable id for an unnumbered part, unique among ``taken`` (which it joins).

    The slug of the title's annex label ("Bijlage A: Cijfers" -> ``bijlage-a``) or of the
    title itself ("Lijst van afkortingen" -> ``lijst-van-afkortingen``), accents dropped;
    a second part of the same name gets ``-2``.
    """
    label = layout.PART_ANNEX.match(title)
    text = label.group("label") if label else title
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    words = [m.group() for m in layout.SLUG_WORD.finditer(plain)]
    slug = ""
    for w in words:
        if slug and len(slug) + 1 + len(w) > SLUG_CHARS:
            break
        slug = f"{slug}-{w}" if slug else w[:SLUG_CHARS]
    slug = slug or "deel"
    unique, n = slug, 1
    while unique in taken:
        n += 1
        unique = f"{slug}-{n}"
    taken.add(unique)
    return unique


@dataclass(slots=True)
class MarkerRef:
    """A footnote marker found in a paragraph (its digits are not in ``Para.text``)."""

    number: int
    offset: int  # character offset in Para.text where the marker stood
    page: int | None = None
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True)
class TextLine:
    """Where one printed line's characters stand in a paragraph's or note's text.

    ``text[start:end]`` came from this line (after hyphenation was undone and markers
    were removed); ``page`` and ``bbox`` say where it is printed. Readers that know no
    geometry (text dumps) leave ``lines`` empty. Records use these to give a bbox to
    the span of text they were found in.
    """

    start: int
    end: int
    page: int | None = None
    bbox: BBox | None = None


@dataclass(slots=True)
class Para:
    """A body paragraph, hyphenation undone, marker digits removed."""

    text: str
    kind: ParagraphKind = "body"
    section: str | None = None  # number of the numbered section holding it
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = None  # offset in the source text (text dumps)
    markers: list[MarkerRef] = field(default_factory=list)
    # (offset in text, page from that offset on), ascending; empty on one page
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    id: str = ""  # "p1", "p2", … (set by the Document when the reader leaves it empty)
    # id of the section holding it, numbered or not (the Document fills in ``section``)
    section_id: str | None = None

    def markers_between(self, start: int, end: int) -> list[MarkerRef]:
        """Markers standing inside ``text[start:end]`` or right after it."""
        return [m for m in self.markers if start <= m.offset <= end]


@dataclass(slots=True)
class Note:
    """A footnote's full text, joined across lines and pages."""

    number: int
    text: str
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = None  # offset in the source text (text dumps)
    lines: list[TextLine] = field(default_factory=list)
    id: str = ""  # "n1", "n2", … in document order (set by the Document when empty)


@dataclass
class Document:
    source: Source
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Para] = field(default_factory=list)
    footnotes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Running headers and footers (each text once, in order of first appearance): kept
    # out of the body, but they often name the report ("Jaaroverzicht … 2019").
    running: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Give every paragraph and note its stable id, in document order.

        A paragraph in a numbered section whose reader set only ``section`` gets that
        number as its ``section_id``.
        """
        for i, para in enumerate(self.paragraphs, start=1):
            if not para.id:
                para.id = f"p{i}"
            if para.section_id is None and para.section is not None:
                para.section_id = para.section
        for i, note in enumerate(self.footnotes, start=1):
            if not note.id:
                note.id = f"n{i}"

    def footnote(self, number: int) -> Note | None:
        for note in self.footnotes:
            if note.number == number:
                return note
        return None

    def markers(self) -> list[tuple[int, Para, MarkerRef]]:
        """(paragraph index, paragraph, marker) for every marker, in document order."""
        return [(i, p, m) for i, p in enumerate(self.paragraphs) for m in p.markers]

    def first_markers(self) -> dict[int, tuple[Para, MarkerRef]]:
        """Note number -> the paragraph and marker of its first reference in the body.

        A note referenced twice is linked to its first reference: that is its marker,
        and the paragraph's section is the note's section.
        """
        out: dict[int, tuple[Para, MarkerRef]] = {}
        for para in self.paragraphs:
            for m in para.markers:
                out.setdefault(m.number, (para, m))
        return out

    def section_by_number(self) -> dict[str, Section]:
        return {s.number: s for s in self.sections if s.number is not None}

    def section_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}
