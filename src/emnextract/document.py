"""The Document: what a reader (PDF or text dump) makes of a report.

Both readers build this same structure; every extractor reads only this and never
goes back to the source file. Positions are kept on everything so that each
record produced later can point back to its page and place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .extractors import dates as _dates
from .extractors import sentences as _sentences
from .model import BBox, ParagraphKind, Section, Source
from .patterns import layout
from .patterns.grammar import join_texts, text_batches

if TYPE_CHECKING:
    import regex

    from .extractors.dates import DateMatch

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
    note: str = ""  # id of the note it refers to (set by the Document when empty)


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
    problems: list[str] = field(default_factory=list)  # guesses made reading the note
    # 1-based run of numbering it belongs to: a document whose note numbers start again
    # (per chapter, per page) has runs 1, 2, …; (run, number) names a note.
    run: int = 1


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
        link_markers(self.paragraphs, self.footnotes)

    def footnote(self, number: int, run: int | None = None) -> Note | None:
        """The note printed with ``number`` (in ``run``; else the first run that has one)."""
        for note in self.footnotes:
            if note.number == number and (run is None or note.run == run):
                return note
        return None

    @cached_property
    def note_references(self) -> Mapping[str, str | None]:
        """Cross-reference note id -> id of the note it names ("102 Zie noot 101."), read
        once per Document (see :func:`~emnextract.extractors.citation_resolve.note_references`):
        the citation stage and the pipeline's linking share it, read-only. A Document is not
        changed after it is built; :func:`dataclasses.replace` gives a new one, read afresh."""
        from .extractors.citation_resolve import note_references

        return note_references(self.footnotes)

    @cached_property
    def readings(self) -> Readings:
        """What more than one stage reads from the same text (sentence spans, date
        matches), read once per Document and shared read-only; a new Document (as
        :func:`dataclasses.replace` gives) starts with none."""
        return Readings()

    def note_by_id(self) -> dict[str, Note]:
        return {note.id: note for note in self.footnotes}

    def markers(self) -> list[tuple[int, Para, MarkerRef]]:
        """(paragraph index, paragraph, marker) for every marker, in document order."""
        return [(i, p, m) for i, p in enumerate(self.paragraphs) for m in p.markers]

    def first_markers(self) -> dict[str, tuple[Para, MarkerRef]]:
        """Note id -> the paragraph and marker of its first reference in the body.

        A note referenced twice is linked to its first reference: that is its marker,
        and the paragraph's section is the note's section. Markers are tied to notes by
        :func:`link_markers`, so a number that starts again names the right note.
        """
        out: dict[str, tuple[Para, MarkerRef]] = {}
        for para in self.paragraphs:
            for m in para.markers:
                if m.note:
                    out.setdefault(m.note, (para, m))
        return out

    def section_by_number(self) -> dict[str, Section]:
        return {s.number: s for s in self.sections if s.number is not None}

    def section_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}


class Readings:
    """Readings of texts that several stages make, each made once and then shared.

    Keyed on the text itself (and the context year for dates), so a stage gets
    exactly what it would read alone. The lists handed out are shared: read them,
    never change them.
    """

    def __init__(self) -> None:
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._cores: dict[str, tuple[list[regex.Match[str]], int]] = {}
        self._dates: dict[tuple[str, int | None], list[DateMatch]] = {}
        self._prefixes: dict[str, tuple[str | None, str | None, bool] | None] = {}

    def __reduce__(self) -> tuple[type[Readings], tuple[()]]:
        """A copy or a pickle (of a Document read already) starts empty: readings are
        made again on demand, and regex matches cannot be pickled."""
        return (Readings, ())

    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """:func:`~emnextract.extractors.sentences.sentence_spans` of ``text``."""
        spans = self._spans.get(text)
        if spans is None:
            # the splitter's module imported with this one: an import statement here,
            # run for every paragraph read, cost more than the splitting of a short one
            spans = self._spans[text] = _sentences.sentence_spans(text)
        return spans

    def read_dates_of(self, texts: Iterable[str]) -> None:
        """Read the date-grammar matches of those ``texts`` not read yet in one pass over
        a batch of them at a time (:func:`~emnextract.patterns.grammar.text_batches`):
        joined with a NUL, which no date can cross, so the matches are those of each text
        alone; one pass is much cheaper than one per text, and a batch's joined copies
        stay small where a whole long report's would not."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cores))
        for batch in text_batches(todo):
            j = join_texts(batch)
            found = list(_dates.date_cores(j.joined))
            k = 0
            for t, at, end in zip(batch, j.starts, j.ends, strict=True):
                first = k
                while k < len(found) and found[k].start() < end:
                    k += 1
                self._cores[t] = (found[first:k], at)

    def date_cores(self, text: str) -> tuple[list[regex.Match[str]], int]:
        """The matches of :func:`~emnextract.extractors.dates.date_cores` in ``text``,
        and where ``text`` starts in the string they were read from (their offsets
        less this are offsets in ``text``); see :meth:`read_dates_of`."""
        cores = self._cores.get(text)
        if cores is None:
            cores = self._cores[text] = (list(_dates.date_cores(text)), 0)
        return cores

    def find_dates(self, text: str, context_year: int | None = None) -> list[DateMatch]:
        """:func:`~emnextract.extractors.dates.find_dates` of ``text``, read from its
        :meth:`date_cores`."""
        key = (text, context_year)
        dates = self._dates.get(key)
        if dates is None:
            # the extractors' modules imported with this one: an import statement here,
            # run for every text read, costs more than the reading of a short one
            cores, offset = self.date_cores(text)
            dates = _dates.find_dates(
                text, context_year, cores=cores, offset=offset, prefixes=self._prefixes
            )
            self._dates[key] = dates
        return dates


def _place(page: int | None, offset: int | None) -> tuple[int, int] | None:
    """Where something stands, comparable within one document: by page (PDF) or by
    offset in the source text (text dumps); None when neither is known."""
    if page is not None:
        return (0, page)
    if offset is not None:
        return (1, offset)
    return None


def link_markers(paragraphs: list[Para], notes: list[Note]) -> None:
    """Tie every marker to its note: ``MarkerRef.note`` = the note's id.

    A number printed once names its note. Where numbering starts again (per chapter, per
    page), a marker takes the nearest note with its number at or after it (same or a
    later page, or later in the dump) whose run has begun by then (its run's first note
    stands at or before the marker, a marker of that run came earlier, or the note is
    that first note); failing that the nearest such note before it (a note referred to
    again). Markers already tied are kept.
    """
    by_number: dict[int, list[int]] = {}
    for i, note in enumerate(notes):
        by_number.setdefault(note.number, []).append(i)
    run_start: dict[int, tuple[tuple[int, int] | None, int]] = {}  # run -> (place, index)
    for i, note in enumerate(notes):
        run_start.setdefault(note.run, (_place(note.page, note.offset), i))
    started: set[int] = set()  # runs a marker has been tied to
    ids = {note.id: note for note in notes}
    for para in paragraphs:
        for m in para.markers:
            found = by_number.get(m.number)
            if not m.note and found:
                offset = None if para.offset is None else para.offset + m.offset
                here = _place(m.page if m.page is not None else para.page, offset)
                pick = (
                    found[0]
                    if len(found) == 1
                    else _nearest(found, notes, here, run_start, started)
                )
                m.note = notes[pick].id
            if m.note in ids:
                started.add(ids[m.note].run)


def _nearest(
    found: list[int],
    notes: list[Note],
    here: tuple[int, int] | None,
    run_start: dict[int, tuple[tuple[int, int] | None, int]],
    started: set[int],
) -> int:
    """Index of the note a marker at ``here`` refers to, among ``found`` (see link_markers)."""
    if here is None:
        return found[0]

    def begun(i: int) -> bool:
        start, first = run_start[notes[i].run]
        if i == first or notes[i].run in started or start is None or start[0] != here[0]:
            return True
        return start[1] <= here[1]

    def place(i: int) -> tuple[int, int] | None:
        return _place(notes[i].page, notes[i].offset)

    after = [
        i for i in found if (p := place(i)) is not None and p[0] == here[0] and p[1] >= here[1]
    ]
    for i in after:
        if begun(i):
            return i
    before = [
        i for i in found if (p := place(i)) is not None and p[0] == here[0] and i not in after
    ]
    if before:
        return before[-1]
    return after[0] if after else found[0]


class SharedValues:
    """One object for each number and box that recurs among a document's lines.

    A long report prints line after line at the same margins and on the same grid of
    baselines, so most of its lines' offsets and coordinates are values other lines
    hold too; each gets one object. Equal is not always the same in print: ``0.0`` and
    ``-0.0`` are equal but written differently, so a zero is kept as it is (and a box
    holding one too). Made per document: nothing outlives its reading.
    """

    def __init__(self) -> None:
        self._floats: dict[float, float] = {}
        self._ints: dict[int, int] = {}
        self._boxes: dict[tuple[int, int, int, int], BBox] = {}
        self._texts: dict[str, str] = {}

    def number(self, x: float) -> float:
        if type(x) is float:
            return self._floats.setdefault(x, x) if x else x
        if type(x) is int:
            return self._ints.setdefault(x, x)
        return x

    def text(self, text: str) -> str:
        return self._texts.setdefault(text, text)

    def offset(self, x: int) -> int:
        return self._ints.setdefault(x, x) if type(x) is int else x

    def box(self, bbox: BBox | None) -> BBox | None:
        if bbox is None:
            return None
        num = self.number
        x0, top, x1, bottom = bbox
        x0, top, x1, bottom = num(x0), num(top), num(x1), num(bottom)
        if not (x0 and top and x1 and bottom):
            return (x0, top, x1, bottom)
        # its values are shared objects by now: their ids tell equal boxes apart exactly
        return self._boxes.setdefault((id(x0), id(top), id(x1), id(bottom)), (x0, top, x1, bottom))

    def lines(self, lines: list[TextLine]) -> list[TextLine]:
        ints, box = self._ints.setdefault, self.box
        out = []
        for t in lines:
            start, end = t.start, t.end
            if type(start) is int:
                start = ints(start, start)
            if type(end) is int:
                end = ints(end, end)
            out.append(TextLine(start, end, t.page, box(t.bbox)))
        return out

    def unit(self, unit: Para | Note) -> None:
        """Give the recurring values of a paragraph or note (its text: a caption, a
        source line, a note saying "Ibid."; the boxes, coordinates and offsets of its
        printed lines and markers) the objects this table holds; every value stays
        equal to what it was."""
        unit.text = self.text(unit.text)
        unit.bbox = self.box(unit.bbox)
        unit.lines = self.lines(unit.lines)
        if isinstance(unit, Para):
            for m in unit.markers:
                m.bbox = self.box(m.bbox)
