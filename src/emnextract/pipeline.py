"""extract(path) -> Report: read the source into a Document, run the extractors."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .document import Document
from .errors import EmnError
from .metadata import fill_source_metadata
from .model import Footnote, Marker, Paragraph, Report

PDF_MAGIC = b"%PDF-"
CONTEXT_CHARS = 40


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_document(path: str | Path) -> Document:
    """Read a PDF or a plain-text dump into a Document (chosen by content, not by name)."""
    path = Path(path)
    if not path.exists():
        raise EmnError(str(path), "no such file")
    if path.is_dir():
        raise EmnError(str(path), "is a directory, not a report file")
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as exc:
        raise EmnError(str(path), f"cannot be read ({exc.strerror})") from None
    if not head:
        raise EmnError(str(path), "is empty")
    if head.lstrip().startswith(PDF_MAGIC):
        from .pdf.reader import read_pdf

        return read_pdf(path)
    if b"\x00" in head:
        raise EmnError(str(path), "is neither a PDF nor a text file")
    from .text.reader import read_text

    return read_text(path)


def build_report(doc: Document) -> Report:
    """Run every extractor on ``doc`` and assemble the Report."""
    from .extractors.citations import extract_citations
    from .extractors.measures import extract_measures
    from .extractors.statistics import extract_statistics

    fill_source_metadata(doc)
    citations = extract_citations(doc)
    measures = extract_measures(doc, citations)
    statistics = extract_statistics(doc, citations)

    cites_by_note: dict[int, list[str]] = {}
    for c in citations:
        if c.footnote is not None:
            cites_by_note.setdefault(c.footnote, []).append(c.id)

    paragraphs = []
    marker_of: dict[int, Marker] = {}
    section_of_note: dict[int, str | None] = {}
    for i, p in enumerate(doc.paragraphs):
        pid = f"p{i + 1}"
        paragraphs.append(
            Paragraph(
                id=pid,
                kind=p.kind,
                text=p.text,
                section=p.section,
                page=p.page,
                bbox=p.bbox,
                offset=p.offset,
                footnotes=[m.number for m in p.markers],
            )
        )
        for m in p.markers:
            if m.number in marker_of:
                continue  # a note referenced twice: the first reference is its marker
            marker_of[m.number] = Marker(
                page=m.page,
                bbox=m.bbox,
                offset=m.offset,
                paragraph=pid,
                context=p.text[max(0, m.offset - CONTEXT_CHARS) : m.offset],
            )
            section_of_note[m.number] = p.section

    footnotes = [
        Footnote(
            number=n.number,
            text=n.text,
            page=n.page,
            bbox=n.bbox,
            offset=n.offset,
            section=section_of_note.get(n.number),
            marker=marker_of.get(n.number),
            citations=cites_by_note.get(n.number, []),
        )
        for n in doc.footnotes
    ]
    warnings = list(doc.warnings)
    known = {n.number for n in doc.footnotes}
    for number in sorted(set(marker_of) - known):
        warnings.append(f"marker {number} has no footnote text")
    for number in sorted(known - set(marker_of)):
        warnings.append(f"footnote {number} has no marker in the body")

    return Report(
        source=doc.source,
        sections=doc.sections,
        paragraphs=paragraphs,
        footnotes=footnotes,
        citations=citations,
        measures=measures,
        statistics=statistics,
        warnings=warnings,
    )


def extract(path: str | Path) -> Report:
    """Turn one report (PDF or text dump) into a Report.

    Raises :class:`~emnextract.errors.EmnError` naming the file when it cannot be read.
    """
    return build_report(load_document(path))
