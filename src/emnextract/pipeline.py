"""extract(path) -> Report: read the source into a Document, run the stages, link, assemble.

source -> :func:`load_document` -> Document -> :class:`Pipeline` (stages, each
``run(document) -> records + warnings``) -> :func:`link_citations` -> Report.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .document import Document
from .errors import EmnError, EmptyInput, InputNotFound, NotAReport
from .extractors.links import citations_by_footnote
from .limits import check_time, time_limit
from .metadata import with_metadata
from .model import Citation, Footnote, Marker, Measure, Paragraph, Report, Statistic
from .source import (
    markup_kind,
    sha256_of,  # noqa: F401  (kept importable from here)
)
from .stages import DEFAULT_STAGES, Stage

R = TypeVar("R", Measure, Statistic)
T = TypeVar("T", Citation, Measure, Statistic)

PDF_MAGIC = b"%PDF-"
CONTEXT_CHARS = 40


SourceKind = Literal["pdf", "text", "xml"]
Backend = Literal["pdfplumber", "pdfium"]  # the library that reads a PDF's chars


def load_document(
    path: str | Path,
    *,
    kind: SourceKind | None = None,
    password: str | None = None,
    max_pages: int | None = None,
    backend: Backend | None = None,
) -> Document:
    """Read a PDF, a plain-text dump or a rechtspraak.nl open-data XML file into a Document.

    The reader is chosen by content, not by name (``kind`` forces one): a PDF is a file
    whose first 1024 bytes hold ``%PDF-``, as PDF readers look for it; a file that opens
    with markup is XML, read only when its root is ``<open-rechtspraak>`` (other XML and
    HTML are refused with an error naming the problem, never read as text). Only regular
    files are read (a FIFO or a device named ``.pdf`` is refused at once, never waited
    on); bytes that are neither a PDF nor text are refused unless ``kind`` forces text.
    ``password`` opens an encrypted PDF; ``max_pages`` refuses a longer PDF; ``backend``
    ("pdfium", the default, or "pdfplumber") picks the library that reads a PDF.
    """
    path = Path(path)
    head = _read_head(path)
    if kind == "pdf" or (kind is None and PDF_MAGIC in head):
        from .pdf.reader import read_pdf

        return read_pdf(path, password=password, max_pages=max_pages, backend=backend)
    markup = markup_kind(head) if kind is None else kind
    if markup == "xml":
        from .xmlreader import read_xml

        return read_xml(path)
    if markup == "html":
        raise NotAReport(
            str(path),
            "is an HTML page, not a report (give a PDF, a text dump or rechtspraak.nl XML)",
        )
    if kind is None and _looks_binary(head):
        raise NotAReport(str(path), "is neither a PDF nor a text file")
    from .text.reader import read_text

    return read_text(path)


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _refuse_special(path: Path, mode: int) -> None:
    """Raise unless ``mode`` is a regular file's: directories, FIFOs and devices are no reports."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise NotAReport(str(path), "is a directory, not a report file")
    what = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    raise NotAReport(str(path), f"is not a regular file ({what}); give a PDF or a text file")


def _read_head(path: Path) -> bytes:
    """The first 1024 bytes of a regular, non-empty file; an EmnError for anything else.

    The file is opened without blocking, so a FIFO without a writer is refused rather
    than waited on, and checked again once open (the path may change in between).
    """
    try:
        _refuse_special(path, path.stat().st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except NotAReport:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputNotFound(str(path), "is a symbolic link loop") from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputNotFound(str(path), "no such file") from None
        if exc.errno == errno.EISDIR:
            raise NotAReport(str(path), "is a directory, not a report file") from None
        raise EmnError(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        _refuse_special(path, os.fstat(fd).st_mode)
        head = os.read(fd, 1024)
    except OSError as exc:
        raise EmnError(str(path), f"cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)
    if not head:
        raise EmptyInput(str(path), "is empty")
    return head


# bytes that text does not hold: C0 controls but tab, line feed, vertical tab, form
# feed and carriage return, and DEL
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05
_TEXT_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _looks_binary(head: bytes) -> bool:
    """Bytes no text dump starts with: a NUL, or many control bytes (UTF-16/32 with a BOM is text)."""
    if head.startswith(_TEXT_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(head)


def _load_bytes(data: bytes, name: str, kind: SourceKind | None, **opts: Any) -> Document:
    """A Document of in-memory bytes (read through a temporary file), named ``name``."""
    with tempfile.TemporaryDirectory(prefix="emnextract-") as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        try:
            doc = load_document(path, kind=kind, **opts)
        except EmnError as exc:
            raise exc.renamed(name) from None
    return replace(
        doc,
        source=doc.source.model_copy(update={"path": name}),
        warnings=[w.replace(str(path), name) for w in doc.warnings],
    )


class Pipeline:
    """An ordered list of stages that turns a Document into a Report.

    ``Pipeline()`` runs the default stages (citations, measures, statistics). Change it
    without touching the library: ``Pipeline().without("statistics")`` drops a stage,
    ``Pipeline().with_stage(MyStage())`` adds one (or replaces the stage of that name).
    """

    def __init__(self, stages: Iterable[Stage] = DEFAULT_STAGES) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        names = [s.name for s in self.stages]
        if len(set(names)) != len(names):
            raise ValueError(f"two stages share a name: {names}")

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def without(self, *names: str) -> Pipeline:
        unknown = set(names) - set(self.names)
        if unknown:
            raise ValueError(f"no stage named {sorted(unknown)}; stages: {self.names}")
        return Pipeline(s for s in self.stages if s.name not in names)

    def with_stage(self, stage: Stage) -> Pipeline:
        """This pipeline with ``stage`` added at the end, or in place of the one of its name."""
        if not isinstance(stage, Stage):
            raise TypeError("a stage needs a 'name' and a 'run(document)' method")
        if stage.name in self.names:
            return Pipeline(stage if s.name == stage.name else s for s in self.stages)
        return Pipeline((*self.stages, stage))

    def run(self, doc: Document, *, year: int | None = None) -> Report:
        """Run every stage on ``doc`` and assemble the Report; ``doc`` is not changed.

        ``year`` sets the report's year (``source.year``) when the text does not tell it
        or tells it wrongly; the stages read it as the report's own time.
        """
        source = with_metadata(doc.source, doc)
        if year is not None and year != source.year:
            source = source.model_copy(update={"year": year})
        if source is not doc.source:
            doc = replace(doc, source=source)  # a new Document; the caller's stays as it was
        found: dict[str, list[Any]] = {}
        built: set[str] = set()  # stages whose records the pipeline may fill in, not copy
        warnings = list(doc.warnings)
        for stage in self.stages:
            check_time()
            result = stage.run(doc)
            found[stage.name] = list(result.records)
            if result._built:
                built.add(stage.name)
            warnings.extend(result.warnings)
        citations = found.pop("citations", [])
        refs = doc.note_references  # "Zie noot 12", read once for every stage
        ids_of = _citation_ids(citations, refs)
        measures = found.pop("measures", [])
        statistics = found.pop("statistics", [])
        measures = _updated(measures, "citations", ids_of, "measures" in built)
        statistics = _updated(statistics, "citations", ids_of, "statistics" in built)
        paragraphs, footnotes, structure_warnings = _structure(doc, citations, refs)
        where = {p.id: p.section_id for p in paragraphs} | {n.id: n.section_id for n in footnotes}
        section_of = _section_ids(where)
        citations = _updated(citations, "section_id", section_of, "citations" in built)
        measures = _updated(measures, "section_id", section_of, "measures" in built)
        statistics = _updated(statistics, "section_id", section_of, "statistics" in built)
        return Report(
            source=source,
            sections=doc.sections,
            paragraphs=paragraphs,
            footnotes=footnotes,
            citations=citations,
            measures=measures,
            statistics=statistics,
            warnings=warnings + structure_warnings,
            extensions={name: [_plain(r) for r in records] for name, records in found.items()},
        )

    def extract(
        self,
        source: str | Path | bytes,
        *,
        year: int | None = None,
        kind: SourceKind | None = None,
    ) -> Report:
        """:func:`emnextract.extract` with this pipeline."""
        return extract(source, year=year, kind=kind, pipeline=self)


def link_citations(
    records: list[R], citations: list[Citation], references: Mapping[str, str | None] | None = None
) -> list[R]:
    """Records whose ``citations`` are the ids of the citations in their footnotes.

    Footnotes are named by id (``footnote_ids``), as a printed number may name a note of
    each run where numbering starts again; a record without ids is linked by number. A
    cross-reference note ("Zie noot 12", ``references``: note id -> the note it names)
    stands for the note it names. A record that changes is a copy; ``records`` stay as
    they are.
    """
    return _updated(records, "citations", _citation_ids(citations, references), in_place=False)


def with_section_ids(records: list[T], where: dict[str, str | None]) -> list[T]:
    """Records given the ``section_id`` of the paragraph or note their provenance names
    (copies where it changes; ``records`` stay as they are)."""
    return _updated(records, "section_id", _section_ids(where), in_place=False)


def _citation_ids(
    citations: list[Citation], references: Mapping[str, str | None] | None
) -> Callable[[Measure | Statistic], list[str]]:
    """record -> ids of the citations in its footnotes (see :func:`link_citations`)."""
    by_note = citations_by_footnote(citations, references)
    by_number: dict[int, list[str]] = {}
    for c in citations:
        if c.footnote is not None:
            by_number.setdefault(c.footnote, []).append(c.id)

    def ids_of(r: Measure | Statistic) -> list[str]:
        if r.footnote_ids:
            return [cid for n in r.footnote_ids for cid in by_note.get(n, [])]
        return [cid for n in r.footnotes for cid in by_number.get(n, [])]

    return ids_of


def _section_ids(where: dict[str, str | None]) -> Callable[[T], str | None]:
    """record -> section id (see :func:`with_section_ids`)."""

    def section_of(r: T) -> str | None:
        prov = r.provenance
        sid = where.get(prov.id) if prov is not None else None
        if sid is None and r.section is not None:
            sid = r.section  # a numbered section's id is its number
        return sid

    return section_of


def _updated(
    records: list[Any], name: str, value_of: Callable[[Any], Any], in_place: bool
) -> list[Any]:
    """``records`` with field ``name`` set to ``value_of(record)`` where it differs.

    ``in_place`` (records built for this run, held by nobody else): the records are filled
    in, each built once; else a record that changes is a copy (``model_copy``), and the
    caller's records stay as they were. Either way the result is the same.
    """
    out = []
    for r in records:
        value = value_of(r)
        if value == getattr(r, name):
            out.append(r)
        elif in_place:
            r._fill_in({name: value})
            out.append(r)
        else:
            out.append(r.model_copy(update={name: value}))
    return out


def _plain(record: Any) -> dict[str, Any]:
    if isinstance(record, BaseModel):
        return record.model_dump(mode="json")
    return dict(record)


def _structure(
    doc: Document, citations: list[Citation], references: Mapping[str, str | None] | None = None
) -> tuple[list[Paragraph], list[Footnote], list[str]]:
    """Paragraph and footnote records, each note linked to its marker and citations."""
    cites_by_note = citations_by_footnote(citations, references)
    paragraphs = [
        Paragraph._made(
            id=p.id,
            kind=p.kind,
            text=p.text,
            section=p.section,
            section_id=p.section_id,
            page=p.page,
            bbox=p.bbox,
            offset=p.offset,
            footnotes=[m.number for m in p.markers],
            footnote_ids=[m.note for m in p.markers if m.note],
        )
        for p in doc.paragraphs
    ]
    first = doc.first_markers()
    marker_of = {
        note_id: Marker._made(
            page=m.page,
            bbox=m.bbox,
            offset=m.offset,
            paragraph=p.id,
            context=p.text[max(0, m.offset - CONTEXT_CHARS) : m.offset],
        )
        for note_id, (p, m) in first.items()
    }
    section_of_note = {note_id: p.section for note_id, (p, _) in first.items()}
    section_id_of_note = {note_id: p.section_id for note_id, (p, _) in first.items()}
    footnotes = [
        Footnote._made(
            id=n.id,
            number=n.number,
            run=n.run,
            text=n.text,
            page=n.page,
            bbox=n.bbox,
            offset=n.offset,
            section=section_of_note.get(n.id),
            section_id=section_id_of_note.get(n.id),
            marker=marker_of.get(n.id),
            citations=cites_by_note.get(n.id, []),
            problems=list(n.problems),
        )
        for n in doc.footnotes
    ]
    warnings = []
    unlinked = {m.number for p in doc.paragraphs for m in p.markers if not m.note}
    for number in sorted(unlinked):
        warnings.append(f"marker {number} has no footnote text")
    runs = len({n.run for n in doc.footnotes}) > 1
    for n in doc.footnotes:
        if n.id not in marker_of:
            where = f" (run {n.run})" if runs else ""
            warnings.append(f"footnote {n.number}{where} has no marker in the body")
    return paragraphs, footnotes, warnings


def build_report(doc: Document, pipeline: Pipeline | None = None) -> Report:
    """Run the stages of ``pipeline`` (default: every extractor) on ``doc``."""
    return (pipeline or Pipeline()).run(doc)


def extract(
    source: str | Path | bytes,
    *,
    year: int | None = None,
    kind: SourceKind | None = None,
    pipeline: Pipeline | None = None,
    password: str | None = None,
    timeout: float | None = None,
    max_pages: int | None = None,
    backend: Backend | None = None,
) -> Report:
    """Turn one report into a Report.

    ``source`` is a path (``str`` or ``Path``) of a PDF or text dump, the bytes of one,
    or the text itself: a ``str`` holding a line break is read as text (use
    :func:`extract_text` for text of one line), unless it opens with markup: then it is
    read as XML (rechtspraak.nl open data) or refused. ``year`` overrides the report's
    year, ``kind`` ("pdf", "text" or "xml") the choice of reader, ``password`` opens an
    encrypted PDF.
    ``timeout`` (seconds) and ``max_pages`` bound the work on one file (None: no bound).
    ``backend`` ("pdfium", the default, or "pdfplumber") picks the library reading a PDF.

    Raises :class:`~emnextract.errors.EmnError` naming the file when it cannot be read,
    :class:`~emnextract.errors.LimitExceeded` when a limit is hit.
    """
    pipeline = pipeline or Pipeline()
    if isinstance(source, str) and "\n" in source and not markup_kind(source[:1024].encode()):
        with time_limit(timeout, "<text>"):
            return extract_text(source, year=year, pipeline=pipeline)
    if isinstance(source, str) and "\n" in source:
        source = source.encode("utf-8")  # markup: read by content (XML or refused), as bytes are
        name = "<text>"
    else:
        name = "<bytes>" if isinstance(source, bytes) else str(source)
    with time_limit(timeout, name):
        if isinstance(source, bytes):
            doc = _load_bytes(
                source, name, kind, password=password, max_pages=max_pages, backend=backend
            )
        else:
            doc = load_document(
                source, kind=kind, password=password, max_pages=max_pages, backend=backend
            )
        return pipeline.run(doc, year=year)


def extract_text(text: str, *, year: int | None = None, pipeline: Pipeline | None = None) -> Report:
    """The Report of a text: a report's dump, a letter, a paragraph or a single footnote."""
    doc = _load_bytes(text.encode("utf-8"), "<text>", "text")
    return (pipeline or Pipeline()).run(doc, year=year)
