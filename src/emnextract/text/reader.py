"""Read a plain-text dump of a report into a :class:`~emnextract.document.Document`.

A dump (text extracted from the PDF) has lost fonts and positions: footnote blocks sit
between body lines, markers are digits glued to words ("afgeschaft.13", "COA23"),
page numbers stand alone, chapter titles are unnumbered short lines. The reader
recovers structure from line shapes plus two running sequences: footnote numbers
(a line starting with a number is a note only when it is the next note) and section
numbers (a heading must follow the previous one).

Errors: an empty file, or one without any report structure (no numbered section and
no footnote) raises :class:`~emnextract.errors.EmnError` naming the problem.
Undecodable bytes fall back from UTF-8 to cp1252 (then latin-1) with a warning.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..document import Document, Note, Para, part_id
from ..errors import EmptyInput
from ..model import Section, Source
from ..patterns import layout
from ..source import read_bytes, sha256_of_bytes
from .chapters import ChapterPass
from .footnotes import join_note_lines, urls_of, vocabulary
from .lines import Chunk, Line, body_width, decode, split_lines
from .markers import MarkerScanner
from .paragraphs import ParagraphPass
from .scan import ScanPass

_BULLET = layout.BULLET
_GLUED = layout.GLUED_MARKER


class _Reader(ScanPass, ChapterPass, ParagraphPass):
    """The three passes over one dump's lines, and the Document they fill."""

    def __init__(self, text: str, source: Source, warnings: list[str]):
        self.text = text
        self.lines = split_lines(text)
        self.doc = Document(source=source, warnings=warnings)
        self.notes: list[tuple[int, list[Line]]] = []
        self.note_runs: list[int] = []
        self.headings: list[tuple[int, str, str]] = []  # (line index, number, title)
        self.chunks: list[Chunk] = []
        self.body_width = body_width(self.lines)
        self._printed: dict[int, list[Line]] = {}  # id(para) -> its printed lines

    # ---- the passes ---------------------------------------------------------------
    def build(self) -> None:
        self.scan()
        # Mark chunks directly followed by a heading line.
        heading_lines = {idx for idx, _number, _title in self.headings}
        line_pos = {id(line): i for i, line in enumerate(self.lines)}
        for chunk in self.chunks:
            nxt = line_pos[id(chunk.lines[-1])] + 1
            while nxt < len(self.lines) and not self.lines[nxt].stripped:
                nxt += 1  # blank lines may stand between a title and its first heading
            chunk.next_is_heading = nxt in heading_lines

        chapters = self._find_chapters(line_pos)
        self._emit(chapters, line_pos)

    # ---- pass 3: sections, paragraphs, footnotes ---------------------------------------
    def _emit(self, chapters: dict[int, tuple[str, str, int]], line_pos: dict[int, int]) -> None:
        doc = self.doc
        events: list[tuple[int, str, object]] = []
        for idx, number, title in self.headings:
            events.append((idx, "heading", (number, title)))
        for ci, chunk in enumerate(self.chunks):
            events.append((line_pos[id(chunk.lines[0])], "chunk", ci))
        events.sort(key=lambda e: (e[0], 0 if e[1] == "heading" else 1))

        section: str | None = None
        chapter: str | None = None
        part: str | None = None  # id of the unnumbered part the text is in
        taken: set[str] = set()
        paras: list[tuple[Para, list[str], Chunk]] = []  # para, raw lines (for joining)

        for line_idx, kind, payload in events:
            if kind == "heading":
                number, title = payload  # type: ignore[misc]
                parts = number.split(".")
                parent = ".".join(parts[:-1]) or None
                doc.sections.append(
                    Section(
                        number=number,
                        title=title,
                        level=len(parts),
                        parent=parent,
                        offset=self.lines[line_idx].offset,
                    )
                )
                section = number
                chapter = parts[0]
                part = None
                continue
            ci = payload  # type: ignore[assignment]
            chunk = self.chunks[ci]
            lines = chunk.lines
            if ci in chapters:
                num, title, n = chapters[ci]
                doc.sections.append(
                    Section(number=num, title=title, level=1, parent=None, offset=lines[0].offset)
                )
                section = chapter = num
                part = None
                lines = lines[n:]
                if not lines:
                    continue
                chunk = Chunk(lines, {"heading"})
            elif section is None or chapter is None:
                n = self._title_lines(chunk)
                title = " ".join(
                    " ".join(line.stripped for line in chunk.lines[:n]).split()
                ).lower()
                if title in layout.FRONT_MATTER_TITLES:
                    section = None
            pieces = self._split_chunk(chunk)
            for pi, (para_kind, para_lines) in enumerate(pieces):
                following = self.chunks[ci + 1] if ci + 1 < len(self.chunks) else None
                heading = self._part_title(
                    para_kind, para_lines, pieces[pi + 1 :], following, chapter
                )
                if heading is not None:
                    part = part_id(heading, taken)
                    section = None
                    doc.sections.append(
                        Section(
                            id=part,
                            number=None,
                            title=heading,
                            level=1,
                            offset=para_lines[0].offset,
                        )
                    )
                prev = self._open_body(paras)
                if (
                    para_kind == "body"
                    and prev is not None
                    and prev[0].section == section
                    and prev[0].section_id == (part or section)
                    and self._continues_paragraph(prev[1], para_lines)
                ):
                    prev[1].extend(line.text for line in para_lines)
                    self._printed[id(prev[0])].extend(para_lines)
                    continue
                para = Para(
                    text="",
                    kind=para_kind,
                    section=section,
                    section_id=part or section,
                    offset=para_lines[0].offset,
                )
                paras.append((para, [line.text for line in para_lines], chunk))
                self._printed[id(para)] = list(para_lines)
        # a margin box standing right above a photo credit is the photo's caption
        for (para, _lines, _c), (nxt, _l2, _c2) in zip(paras, paras[1:], strict=False):
            if para.kind == "box" and nxt.kind == "caption":
                para.kind = "caption"

        run_of = [1 + bisect.bisect_right(self.note_runs, i) for i in range(len(self.notes))]
        runs: list[tuple[int, int]] = []  # (first, last) number of each run
        for (note_number, _note_lines), run in zip(self.notes, run_of, strict=True):
            if run > len(runs):
                runs.append((note_number, note_number))
            else:
                runs[-1] = (runs[-1][0], note_number)
        scanner = MarkerScanner(start=self.notes[0][0] if self.notes else 1, runs=runs)
        from ..hyphenation import dehyphenate, hyphenated_compounds, marks_wraps_with_space

        compounds = hyphenated_compounds(self.text)
        soft_wraps = marks_wraps_with_space(self.text.split("\n"))

        for para, raw_lines, _chunk in paras:
            cleaned = [layout.MARGIN_BAR.sub("", line) for line in raw_lines]
            if para.kind == "list_item":
                cleaned[0] = _BULLET.sub("", cleaned[0], count=1)
            text = " ".join(dehyphenate(cleaned, compounds, soft_wraps).split())
            para.text, para.markers = scanner.scan(text)
            doc.paragraphs.append(para)

        vocab = vocabulary(self.text)
        urls = urls_of(self.text)
        for (note_number, note_lines), run in zip(self.notes, run_of, strict=True):
            problems: list[str] = []
            text = join_note_lines([line.text for line in note_lines], vocab, urls, problems)
            doc.footnotes.append(
                Note(
                    number=note_number,
                    text=text,
                    offset=note_lines[0].offset,
                    problems=problems,
                    run=run,
                )
            )
        for skipped in scanner.missed + scanner.skipped:
            doc.warnings.append(
                f"marker {skipped}: not found in the body (the sequence jumped over it)"
            )
        self._assign_pages()

    def _assign_pages(self) -> None:
        """Pages from form feeds (pdftotext writes one per page); without them pages stay null."""
        breaks = [i for i, ch in enumerate(self.text) if ch == "\f"]
        if not breaks:
            return
        # a form feed at the very start opens page 1 rather than ending page 0
        breaks = [b for b in breaks if self.text[:b].strip()]

        def page_at(offset: int | None) -> int | None:
            return None if offset is None else bisect.bisect_right(breaks, offset) + 1

        doc = self.doc
        for section in doc.sections:
            section.page = page_at(section.offset)
        for para in doc.paragraphs:
            para.page = page_at(para.offset)
            self._marker_pages(para, page_at)
        for note in doc.footnotes:
            note.page = page_at(note.offset)
        doc.source.pages = (
            len(breaks) + (0 if self.text[breaks[-1] :].strip() == "" else 1) if breaks else None
        )

    def _marker_pages(self, para: Para, page_at: Callable[[int | None], int | None]) -> None:
        """Each marker on the page of the printed line it is glued to (a paragraph may
        run over a page break); the paragraph's page when no line shows it."""
        printed = self._printed.get(id(para), [])
        k = 0
        for marker in para.markers:
            marker.page = para.page
            digits = str(marker.number)
            for j in range(k, len(printed)):
                found = _GLUED.finditer(printed[j].text)
                if any(m.group("num") == digits for m in found):
                    marker.page, k = page_at(printed[j].offset), j
                    break


def read_text(path: str | Path) -> Document:
    """Read a text dump into a Document (sections, paragraphs, footnotes, markers)."""
    path = Path(path)
    data = read_bytes(path)
    warnings: list[str] = []
    text = decode(data, str(path), warnings)
    if not text.strip():
        raise EmptyInput(str(path), "is empty (no text to read)")
    source = Source(path=str(path), sha256=sha256_of_bytes(data), kind="text")
    reader = _Reader(text, source, warnings)
    reader.build()
    doc = dataclasses.replace(reader.doc)  # a finished Document: ids given to its units
    if not doc.sections and not doc.footnotes:
        # A letter's paragraph, a footnote, any text: read it, but say so.
        doc.warnings.append(
            f"{path}: no report structure found (no numbered sections, no footnotes); "
            "read as plain paragraphs"
        )
    return doc
