"""read_pdf(path) -> Document, on the chars of PDFium (the default) or pdfplumber.

The chars are the ground truth and are read once per page; everything after that
works on runs and lines (a few hundred objects per page), so structure building
costs little next to the library's own char extraction. Both backends give the same
records (:mod:`.pdfium` reads PDFium's chars as pdfminer's).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..document import Document, SharedValues
from ..errors import EmnError, EncryptedPDF, LimitExceeded, NoTextLayer, UnreadablePDF
from ..hyphenation import text_evidence
from ..limits import check_page_count, check_time
from ..model import Source
from ..source import sha256_of
from .assemble import assemble
from .endnotes import mark_endnotes
from .footnotes import collect_notes
from .fullsize import GluedMarkers
from .glyphs import GlyphCount
from .letterhead import split_letterhead
from .lines import Line, build_lines, page_runs, reading_order
from .page import Page
from .page import share_values as share_line_values
from .roles import mark_boxes, mark_footnotes, mark_running, measure

if TYPE_CHECKING:
    from pdfplumber.pdf import PDF

Backend = Literal["pdfplumber", "pdfium"]
BACKENDS: tuple[Backend, ...] = ("pdfplumber", "pdfium")
DEFAULT_BACKEND: Backend = "pdfium"


def _open(path: Path, password: str | None = None, max_pages: int | None = None) -> PDF:
    """Open with pdfplumber, turning its many failure modes into one clear EmnError."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path, password=password or "")
        n = len(pdf.pages)
    except LimitExceeded:
        raise
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPDF.locked(str(path), password) from None
        raise UnreadablePDF.damaged(str(path), str(inner) or type(inner).__name__) from None
    try:
        check_page_count(str(path), n, max_pages)
    except EmnError:
        pdf.close()
        raise
    return pdf


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer's own warnings (hundreds of unprefixed lines on a damaged file) kept quiet.

    Its logger is set to ERROR while reading and restored after; what matters reaches
    the user as an EmnError or a page warning naming the file.
    """
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _link_uris(page: Any) -> tuple[str, ...]:
    """URIs of a page's link annotations (evidence for rejoining URLs cut over lines);
    none when the annotations cannot be read."""
    try:
        return tuple(str(a["uri"]) for a in page.annots if a.get("uri"))
    except Exception:  # noqa: BLE001 - damaged annotations only lose the evidence
        return ()


def _release(pdf: PDF, page: Any) -> None:
    """Free what pdfplumber and pdfminer keep of a page once its lines are built.

    pdfplumber caches the page's layout and char dicts (its own cache, flushed); pdfminer
    keeps the page's content streams, decoded, in the page and in its object cache
    until the PDF is closed, so that a long report would hold every page's drawing
    operators at once. A stream another page also draws is read again if needed.
    """
    page.close()  # flushes the layout and object caches
    page_obj: Any = getattr(page, "page_obj", None)
    contents = getattr(page_obj, "contents", None)
    if page_obj is None or not contents:
        return
    cache = getattr(getattr(pdf, "doc", None), "_cached_objs", None)
    if isinstance(cache, dict):
        for stream in contents:
            cache.pop(getattr(stream, "objid", None), None)
    page_obj.contents = []


def read_pages(
    path: Path,
    only: set[int] | None = None,
    warnings: list[str] | None = None,
    *,
    password: str | None = None,
    max_pages: int | None = None,
    backend: Backend | None = None,
) -> tuple[list[Page], int]:
    """Every page read (lines, size, drawn rects), and the PDF's page count.

    ``only`` limits reading to those 1-based pages (for inspecting a few pages). A page
    that cannot be read is skipped, the others read, when ``warnings`` is given: it gets
    "page N could not be read (…)"; without it such a page raises UnreadablePDF.
    ``password`` opens an encrypted PDF; a PDF of more than ``max_pages`` pages, or one
    read past the current time limit (:mod:`emnextract.limits`), raises LimitExceeded.
    ``backend`` picks the library that reads the chars (None: :data:`DEFAULT_BACKEND`).
    """
    if (backend or DEFAULT_BACKEND) == "pdfium":
        from . import pdfium

        return pdfium.read_pages(path, only, warnings, password=password, max_pages=max_pages)
    pages: list[Page] = []
    glyphs = GlyphCount()
    shared = SharedValues()
    with _quiet_pdfminer():
        pdf = _open(path, password, max_pages)
        try:
            for i, page in enumerate(pdf.pages, start=1):
                if only is not None and i not in only:
                    continue
                check_time()
                try:
                    chars = page.chars
                    rects = page.rects + page.lines
                    width = float(page.width)
                    height = float(page.height)
                except LimitExceeded:
                    raise
                except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds
                    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
                    if warnings is None:
                        raise UnreadablePDF(
                            str(path), f"page {i} cannot be read ({detail})"
                        ) from None
                    warnings.append(f"{path}: page {i} could not be read ({detail}); skipped")
                    continue
                lines = build_lines(page_runs(chars, glyphs), i, width, glyphs)
                links = _link_uris(page)
                pages.append(
                    Page(i, width, height, share_line_values(lines, shared), tuple(rects), links)
                )
                del chars, rects
                _release(pdf, page)
            n_pages = len(pdf.pages)
        finally:
            pdf.close()
    undecoded = glyphs.warning(str(path))
    if undecoded is not None and warnings is not None:
        warnings.append(undecoded)
    return pages, n_pages


def read_lines(
    path: Path, only: set[int] | None = None, backend: Backend | None = None
) -> tuple[list[list[Line]], int]:
    """Lines per page read (see :func:`read_pages`), and the PDF's page count."""
    pages, n_pages = read_pages(path, only, backend=backend)
    return [list(page.lines) for page in pages], n_pages


def read_pdf(
    path: str | Path,
    pages: Iterable[int] | None = None,
    *,
    password: str | None = None,
    max_pages: int | None = None,
    backend: Backend | None = None,
) -> Document:
    """Read a PDF report into a Document (sections, paragraphs, footnotes, markers).

    ``pages`` (1-based) reads only those pages, e.g. to look at one page of a report;
    running headers are then told by position and page numbers alone. ``password``
    opens an encrypted PDF; ``max_pages`` refuses a longer one (LimitExceeded).
    ``backend`` ("pdfium", the default, or "pdfplumber") picks the library reading the
    chars.
    """
    path = Path(path)
    only = set(pages) if pages is not None else None
    warnings: list[str] = []
    read, n_pages = read_pages(
        path, only, warnings, password=password, max_pages=max_pages, backend=backend
    )
    if not read and warnings:
        raise UnreadablePDF(str(path), "is a PDF whose pages cannot be read (damaged)")
    if not any(page.lines for page in read):
        raise NoTextLayer(str(path), "has no extractable text (a scanned PDF needs OCR first)")
    stats = measure(read)
    read = mark_running(read, stats)
    running = list(
        dict.fromkeys(ln.text for page in read for ln in page.lines if ln.role == "header")
    )
    read = mark_footnotes(read, stats)
    read = mark_boxes(read, stats)
    read = [  # a page of one column (its lines' columns known by now) reads as it is
        page.with_lines(reading_order(list(page.lines), 0.0, page.width))
        if page.lines and len(page.text_columns) > 1
        else page
        for page in read
    ]
    read = mark_endnotes(read, stats)
    known, evidence = text_evidence(
        (ln.text for page in read for ln in page.lines), {u for page in read for u in page.links}
    )
    notes, read = collect_notes(read, warnings, known, evidence)
    shared = SharedValues()  # one object per recurring text, box and number of the Document
    for note in notes:
        shared.unit(note)
    glued = GluedMarkers.wanted(read, notes)
    sections, paras, more = assemble(
        read, stats, {n.number for n in notes}, known, glued, shared=shared
    )
    warnings.extend(more)
    paras, letterhead = split_letterhead(paras)
    source = Source(path=str(path), sha256=sha256_of(path), kind="pdf", pages=n_pages)
    if letterhead is not None and letterhead.subject:
        source.title = letterhead.subject  # the letter's subject names it
    return Document(
        source=source,
        sections=sections,
        paragraphs=paras,
        footnotes=notes,
        warnings=warnings,
        running=running,
    )
