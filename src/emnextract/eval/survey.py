"""A gold-free survey of real documents: what the reader made of each, and what looks wrong.

``emnextract evaluate --suite survey [--dir FOLDER]`` reads every PDF (and ``.txt`` dump)
under a folder and prints one row per file: pages, sections (numbered / unnumbered),
footnotes, notes whose marker was found in the body, and three automatic checks that
need no gold:

- ``note?``: footnotes that seem to hold a heading or body text: a printed note line
  that opens like a heading (a section number and title, an annex label); a note that
  holds the title of a section found in the document, where that title opens one of
  the note's printed lines (after the first) in type no smaller than the note's, as a
  heading swallowed by the note would (a note that only names a section in its running
  text is no sign; a note read from a text dump, with no printed lines, counts a title
  anywhere but at its start); a note far longer than the document's other notes whose
  printed lines do not stand as one block (a gap of more than a line and a half, a
  line above the one before it on the same page, a page skipped); or a note printed
  in body-size type where notes are smaller;
- ``glued``: words glued because spaces were lost: letter runs longer than any word,
  a lowercase run joined to a capitalised word inside a token ("PowersThe", unless the
  token recurs: then it is a name), a number glued to a word ("1Introduction").
  Words inside a URL written out in the text are left alone (a path joins words on
  purpose), and so is, in a PDF, a token whose glyphs the page itself prints without
  a gap (no space glyph, no gap of a word space between them): the reader kept what
  was printed, it lost no space;
- ``cid``: glyphs left undecoded as ``(cid:N)``.

The checks are signs to look at, not scores: each row lists a few examples.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document, Note, TextLine
from ..patterns import evaluation as E

LONG_NOTE_CHARS = 700  # a note longer than this and than LONG_NOTE_FACTOR x the median
LONG_NOTE_FACTOR = 6
MIN_TITLE_CHARS = 12  # shorter section titles are too common to look for inside notes
EXAMPLES = 3


@dataclass
class SurveyRow:
    """What the reader made of one file, and the suspicious spots found in it."""

    file: str
    pages: int = 0
    numbered: int = 0
    unnumbered: int = 0
    footnotes: int = 0
    linked: int = 0
    note_suspects: list[str] = field(default_factory=list)
    glued: list[str] = field(default_factory=list)
    cid: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "pages": self.pages,
            "sections_numbered": self.numbered,
            "sections_unnumbered": self.unnumbered,
            "footnotes": self.footnotes,
            "markers_linked": self.linked,
            "note_suspects": self.note_suspects,
            "glued": self.glued,
            "cid": self.cid,
            "error": self.error,
        }


def _note_lines(note: Note) -> list[str]:
    return [note.text[tl.start : tl.end].strip() for tl in note.lines]


def _height(bbox: tuple[float, float, float, float] | None) -> float | None:
    return None if bbox is None else bbox[3] - bbox[1]


def _title_opens_line(note: Note, number: str | None, title: str) -> bool:
    """Does a section title open one of the note's printed lines after its first (the
    section number may stand before it), in type no smaller than the note's?"""
    if not note.lines:  # a text dump: no printed lines to tell by
        return title in note.text and not note.text.startswith(title)
    heights = [h for tl in note.lines if (h := _height(tl.bbox))]
    usual = statistics.median(heights) if heights else None
    for tl in note.lines[1:]:
        text = note.text[tl.start : tl.end].strip()
        if number and text.startswith(number):
            text = text[len(number) :].lstrip(". ")
        opens = text.startswith(title) or (len(text) >= MIN_TITLE_CHARS and title.startswith(text))
        h = _height(tl.bbox)
        if opens and (usual is None or h is None or h >= 0.97 * usual):
            return True
    return False


def _one_block(note: Note) -> bool:
    """Do the note's printed lines stand as one block: each right under the one before
    (at most a line and a half lower), or at the top of the next page?"""
    for a, b in zip(note.lines, note.lines[1:], strict=False):
        if a.bbox is None or b.bbox is None or a.page is None or b.page is None:
            continue
        if b.page != a.page:
            if b.page != a.page + 1:
                return False
            continue
        height = a.bbox[3] - a.bbox[1]
        if b.bbox[1] < a.bbox[1] or b.bbox[1] - a.bbox[3] > 1.5 * height:
            return False
    return True


def note_suspects(doc: Document) -> list[str]:
    """Notes that seem to hold a heading or body text: ``"n12: why"`` for each."""
    out: list[str] = []
    notes = doc.footnotes
    if not notes:
        return out
    median_len = statistics.median(len(n.text) for n in notes)
    titles = [
        (s.number, s.title)
        for s in doc.sections
        if len(s.title) >= MIN_TITLE_CHARS and not E.SURVEY_CID.search(s.title)
    ]
    body_heights = [
        h for p in doc.paragraphs if p.kind == "body" for tl in p.lines if (h := _height(tl.bbox))
    ]
    note_heights = [h for n in notes for tl in n.lines if (h := _height(tl.bbox))]
    body_h = statistics.median(body_heights) if body_heights else None
    note_h = statistics.median(note_heights) if note_heights else None
    smaller_notes = body_h is not None and note_h is not None and note_h < 0.92 * body_h
    for note in notes:
        why = ""
        heading = next((ln for ln in _note_lines(note)[1:] if E.SURVEY_PART_LINE.match(ln)), None)
        if heading is not None:
            why = f"heading line {heading[:50]!r}"
        if not why:
            for number, title in titles:
                if title in note.text and _title_opens_line(note, number, title):
                    why = f"holds section title {number or ''} {title[:40]!r}".replace("  ", " ")
                    break
        too_long = len(note.text) > max(LONG_NOTE_CHARS, LONG_NOTE_FACTOR * median_len)
        if not why and too_long and not (note.lines and _one_block(note)):
            why = f"{len(note.text)} chars (median {median_len:.0f})"
        if not why and smaller_notes and body_h is not None:
            hs = [h for tl in note.lines if (h := _height(tl.bbox))]
            big = [h for h in hs if h >= 0.97 * body_h]
            if len(hs) >= 2 and len(big) > len(hs) / 2:
                why = f"{len(big)} of {len(hs)} lines in body-size type"
        if why:
            out.append(f"{note.id} ({note.number}): {why}")
    return out


def _texts(doc: Document) -> Iterator[tuple[str, str]]:
    for s in doc.sections:
        yield f"section {s.number or s.title[:20]}", s.title
    for p in doc.paragraphs:
        yield p.id, p.text
    for n in doc.footnotes:
        yield n.id, n.text


def _glued_pairs(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(where, token) of every token holding glued words (URLs left out)."""
    items = [(where, E.SURVEY_URL.sub(" ", text)) for where, text in texts]
    case_joins: Counter[str] = Counter()
    for _where, text in items:
        case_joins.update(m.group() for m in E.SURVEY_CASE_JOIN.finditer(text))
    out: list[tuple[str, str]] = []
    for where, text in items:
        found = [m.group() for m in E.SURVEY_LONG_WORD.finditer(text)]
        found += [m.group() for m in E.SURVEY_CASE_JOIN.finditer(text) if case_joins[m.group()] < 2]
        found += [m.group() for m in E.SURVEY_DIGIT_JOIN.finditer(text)]
        out += [(where, tok) for tok in dict.fromkeys(found)]
    return out


def glued_words(texts: Iterable[tuple[str, str]]) -> list[str]:
    """Tokens that hold glued words: ``"p12: token"`` for each (recurring camel names and
    words inside URLs aside)."""
    return [f"{where}: {tok}" for where, tok in _glued_pairs(texts)]


def _tight_text(chars: list[dict[str, Any]]) -> str:
    """A page's glyphs in stream order, with a space wherever the page prints one: a space
    glyph, a gap of a word space (:data:`~emnextract.pdf.glyphs.WORD_GAP`), a new line."""
    from ..pdf.glyphs import WORD_GAP

    out: list[str] = []
    prev: dict[str, Any] | None = None
    for c in chars:
        if prev is not None:
            size = max(float(c["size"]), 1.0)
            gap = float(c["x0"]) - float(prev["x1"])
            if abs(float(c["top"]) - float(prev["top"])) > 0.3 * size or not (
                -0.3 * size < gap <= WORD_GAP * size
            ):
                out.append(" ")
        out.append(c["text"])
        prev = c
    return "".join(out)


def printed_glued(path: Path, wanted: dict[int, set[str]]) -> set[tuple[int, str]]:
    """(page, token) of the ``wanted`` tokens (per 1-based page) that the PDF itself
    prints glued: their glyphs follow each other with no space glyph and no word gap.
    Nothing when the PDF cannot be read."""
    import pdfplumber

    found: set[tuple[int, str]] = set()
    try:
        with pdfplumber.open(path) as pdf:
            for number, tokens in wanted.items():
                if not 1 <= number <= len(pdf.pages):
                    continue
                tight = _tight_text(pdf.pages[number - 1].chars)
                found.update((number, tok) for tok in tokens if tok in tight)
    except Exception:  # noqa: BLE001 - a survey row, not a reading: keep every flag
        return set()
    return found


def _pages_of(doc: Document) -> dict[str, set[int]]:
    """The pages each paragraph and note is printed on (by id)."""
    items: list[tuple[str, list[TextLine], int | None]] = [
        (p.id, p.lines, p.page) for p in doc.paragraphs
    ] + [(n.id, n.lines, n.page) for n in doc.footnotes]
    out: dict[str, set[int]] = {}
    for key, lines, page in items:
        pages = {tl.page for tl in lines if tl.page is not None}
        if page is not None:
            pages.add(page)
        out[key] = pages
    return out


def _unprinted_glue(doc: Document, path: Path | None) -> list[str]:
    """The glued tokens of ``doc``, less those its PDF (``path``) prints glued itself."""
    pairs = _glued_pairs(_texts(doc))
    if path is None or path.suffix.lower() != ".pdf" or not pairs:
        return [f"{where}: {tok}" for where, tok in pairs]
    pages_of = _pages_of(doc)
    wanted: dict[int, set[str]] = {}
    for where, tok in pairs:
        for page in pages_of.get(where, ()):
            wanted.setdefault(page, set()).add(tok)
    printed = printed_glued(path, wanted)
    return [
        f"{where}: {tok}"
        for where, tok in pairs
        if not any((page, tok) in printed for page in pages_of.get(where, ()))
    ]


def cid_glyphs(texts: Iterable[tuple[str, str]]) -> list[str]:
    """Places holding undecoded ``(cid:N)`` glyphs: ``"p3: (cid:127) x2"`` for each."""
    out = []
    for where, text in texts:
        found = [m.group() for m in E.SURVEY_CID.finditer(text)]
        if found:
            out.append(f"{where}: {found[0]} x{len(found)}")
    return out


def survey_document(doc: Document, name: str, path: Path | None = None) -> SurveyRow:
    """The survey row of one document; ``path``: the PDF it was read from, whose glyphs
    tell glue the page prints from glue the reader made."""
    row = SurveyRow(file=name, pages=doc.source.pages or 0)
    row.numbered = sum(1 for s in doc.sections if s.number)
    row.unnumbered = len(doc.sections) - row.numbered
    row.footnotes = len(doc.footnotes)
    linked = doc.first_markers()
    row.linked = sum(1 for n in doc.footnotes if n.id in linked)
    row.note_suspects = note_suspects(doc)
    row.glued = _unprinted_glue(doc, path)
    row.cid = cid_glyphs(_texts(doc))
    return row


def survey_files(folder: Path) -> list[Path]:
    """Every PDF under ``folder`` (and text dumps), in name order."""
    if folder.is_file():
        return [folder]
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".pdf", ".txt")
    )


def survey(folder: Path) -> list[SurveyRow]:
    from ..errors import EmnError
    from ..pipeline import load_document

    rows = []
    for path in survey_files(folder):
        name = str(path.relative_to(folder)) if folder.is_dir() else path.name
        try:
            doc = load_document(path)
        except EmnError as exc:
            rows.append(SurveyRow(file=name, error=exc.problem))
            continue
        rows.append(survey_document(doc, name, path))
    return rows


def table_lines(rows: list[SurveyRow], details: bool = False) -> list[str]:
    """The survey as a plain table, then the examples of each check per file."""
    width = max([len(r.file) for r in rows] + [4])
    head = f"{'file':{width}} {'pages':>5} {'num':>4} {'unnum':>5} {'notes':>5} {'linked':>6}"
    lines = [head + f" {'note?':>5} {'glued':>5} {'cid':>4}"]
    for r in rows:
        if r.error:
            lines.append(f"{r.file:{width}} error: {r.error}")
            continue
        lines.append(
            f"{r.file:{width}} {r.pages:5} {r.numbered:4} {r.unnumbered:5} {r.footnotes:5} "
            f"{r.linked:6} {len(r.note_suspects):5} {len(r.glued):5} {len(r.cid):4}"
        )
    total = [r for r in rows if not r.error]
    lines.append(
        f"{'total':{width}} {sum(r.pages for r in total):5} {sum(r.numbered for r in total):4} "
        f"{sum(r.unnumbered for r in total):5} {sum(r.footnotes for r in total):5} "
        f"{sum(r.linked for r in total):6} {sum(len(r.note_suspects) for r in total):5} "
        f"{sum(len(r.glued) for r in total):5} {sum(len(r.cid) for r in total):4}"
    )
    for r in total:
        for label, items in (("note?", r.note_suspects), ("glued", r.glued), ("cid", r.cid)):
            shown = items if details else items[:EXAMPLES]
            lines += [f"  {r.file} [{label}] {item}" for item in shown]
            if len(items) > len(shown):
                lines.append(f"  {r.file} [{label}] … {len(items) - len(shown)} more (--details)")
    return lines


__all__ = [
    "SurveyRow",
    "cid_glyphs",
    "glued_words",
    "note_suspects",
    "printed_glued",
    "survey",
    "survey_document",
    "table_lines",
]
