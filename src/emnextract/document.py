"""The Document: what a reader (PDF or text dump) makes of a report.

Both readers build this same structure; every extractor reads only this and never
goes back to the source file. Positions are kept on everything so that each
record produced later can point back to its page and place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import BBox, ParagraphKind, Section, Source


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
    section: str | None = None
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = None  # offset in the source text (text dumps)
    markers: list[MarkerRef] = field(default_factory=list)
    # (offset in text, page from that offset on), ascending; empty on one page
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    id: str = ""  # "p1", "p2", … (set by the Document when the reader leaves it empty)

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
    problems: list[str] = field(default_factory=list)  # guesses made reading the note


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
        """Give every paragraph and note its stable id, in document order."""
        for i, para in enumerate(self.paragraphs, start=1):
            if not para.id:
                para.id = f"p{i}"
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
        return {s.number: s for s in self.sections}
