"""Read a rechtspraak.nl open-data XML document into a :class:`~emnextract.document.Document`.

The open data of rechtspraak.nl (root ``<open-rechtspraak>``) hold a ruling
(``<uitspraak>``) or an Advocate-General's conclusion (``<conclusie>``) as marked-up
text: ``<section>`` with a ``<title>`` (its ``<nr>`` the printed number), numbered
paragraphs (``<paragroup>`` with an ``<nr>``), ``<parablock>``/``<para>``, lists,
tables (``<informaltable>``, ``<table>``), and footnotes: ``<footnote id=… label=…>``
elements, each referred to by a ``<footnote-ref linkend=…>`` where its number is
printed. The reader builds the Document the PDF and text readers build:

- sections from ``<section>`` titles: numbered when ``<nr>`` holds a number ("2",
  "5.1"), else unnumbered parts with a slug id; the summary (``<inhoudsindicatie>``) and
  the text's opening before its first section are parts too ("Inhoudsindicatie",
  "Uitspraak"/"Conclusie"), as rechtspraak.nl prints them;
- one paragraph per ``<para>`` (whitespace normalised; a ``<paragroup>``'s number
  printed at the start of its first paragraph), ``list_item`` for list items,
  ``subheading`` for ``<bridgehead>`` and a paragraph that is one emphasised short
  phrase, ``table`` for each table row (cells joined by `` | ``);
- footnotes with their printed number (``label``, else ``<nr>``), each marker tied to
  its note by the reference's ``linkend`` and placed at its offset in the paragraph.

There are no pages: pages, bboxes and offsets in the source stay null.

XML is read with the standard library's expat, guarded: a document with a DOCTYPE or
an entity declaration is refused before any entity could be expanded or fetched
(billion laughs, external entities), and parsing stops at the first element when the
root is not ``<open-rechtspraak>``. Every problem is an :class:`EmnError` naming the
file: :class:`UnreadableXML` for XML that is refused or broken, :class:`NotAReport`
for well-formed XML of another kind.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.parsers import expat

from .document import Document, MarkerRef, Note, Para, part_id
from .errors import EmptyInput, NotAReport, UnreadableXML
from .model import ParagraphKind, Section, Source
from .source import read_bytes, sha256_of_bytes

ROOT = "open-rechtspraak"
BODIES = {"uitspraak": "Uitspraak", "conclusie": "Conclusie"}
SUMMARY = ("inhoudsindicatie", "Inhoudsindicatie")
CELL_JOIN = " | "
MAX_DEPTH = 256  # elements nested deeper are refused (the tree is walked recursively)
HEADING_CHARS = 100  # a paragraph of one emphasised phrase up to this long is a subheading
_SENTENCE_END = (".", ":", ";", "?", "!")

# Elements whose content is no text of the ruling.
_SKIPPED = {"mediaobject", "imageobject", "imagedata", "colspec", "spanspec", "footnote"}
_LISTS = {"itemizedlist", "orderedlist", "simplelist", "variablelist"}
_TABLES = {"informaltable", "table"}


class _Refused(Exception):
    """Raised inside the expat handlers; turned into an EmnError by :func:`parse`."""


def _local(name: str) -> str:
    """``uri local`` (expat with a namespace separator) -> ``local``; ``pre:local`` -> ``local``."""
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _refuse_doctype(*_args: Any) -> None:
    raise _Refused("declares a DOCTYPE; XML with a document type is refused (never expanded)")


def _refuse_entity(*_args: Any) -> None:
    raise _Refused("declares an XML entity; entities are refused (never expanded)")


def _refuse_external(*_args: Any) -> int:
    raise _Refused("refers to an external entity; external entities are never fetched")


def parse(data: bytes, path: str) -> ET.Element:
    """The element tree of ``data`` (names without namespaces), read safely.

    Refuses a DOCTYPE, entity declarations and external references (the handlers raise
    before anything is expanded), and a root other than ``<open-rechtspraak>``
    (at its start tag, without reading on).
    """
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator=" ")
    seen_root = False
    depth = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal seen_root, depth
        tag = _local(name)
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"nests elements more than {MAX_DEPTH} deep")
        if not seen_root:
            seen_root = True
            if tag != ROOT:
                raise _Refused(
                    f"is XML with root <{tag}>, not a rechtspraak.nl open-data document "
                    f"(<{ROOT}>); emnextract reads PDFs, text dumps and rechtspraak.nl XML"
                )
        builder.start(tag, {_local(k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_local(name))

    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        wrong_root = str(exc).startswith("is XML with root")
        raise (NotAReport if wrong_root else UnreadableXML)(path, str(exc)) from None
    except expat.ExpatError as exc:
        raise UnreadableXML(
            path, f"is not well-formed XML ({expat.errors.messages[exc.code]}, line {exc.lineno})"
        ) from None
    except (ValueError, OverflowError, RecursionError) as exc:
        raise UnreadableXML(path, f"cannot be read as XML ({exc})") from None
    return builder.close()


def _text(el: ET.Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _section_number(nr: str) -> str | None:
    """``"2.1"``, ``"7.8."`` -> the number without its closing dot; None when not a number."""
    number = nr.strip().rstrip(".")
    parts = number.split(".")
    if number and all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
        return number
    return None


class _Line:
    """One paragraph's text as it is built: whitespace normalised, markers at offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.space = False  # a space is owed before the next word
        self.markers: list[MarkerRef] = []

    def add(self, text: str | None) -> None:
        if not text:
            return
        words = text.split()
        if text[0].isspace():
            self.space = True
        for i, word in enumerate(words):
            if i or self.space:
                if self.length:
                    self.parts.append(" ")
                    self.length += 1
            self.parts.append(word)
            self.length += len(word)
            self.space = False
        if text[-1].isspace():
            self.space = True

    def mark(self, number: int, note: str) -> None:
        self.markers.append(MarkerRef(number=number, offset=self.length, note=note))

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclasses.dataclass
class _Ref:
    number: int
    note: str  # the Note id


class _Reader:
    def __init__(self, path: str, source: Source) -> None:
        self.path = path
        self.doc = Document(source=source)
        self.taken: set[str] = set()
        self.section: str | None = None  # number of the numbered section
        self.section_id: str | None = None
        self.refs: dict[str, _Ref] = {}  # footnote id -> its number and Note id
        self.inline_notes: dict[ET.Element, _Ref] = {}  # a <footnote> standing in a paragraph
        self.pending_nr = ""  # a paragroup's number, printed before its first paragraph
        self.missing: list[str] = []  # linkends that name no footnote
        self.linked: set[str] = set()  # ids of notes some <footnote-ref> names
        self.depth = 0  # section nesting

    # ---- sections ---------------------------------------------------------------------
    def open_part(self, title: str, level: int = 1) -> None:
        sid = part_id(title, self.taken)
        self.doc.sections.append(Section(id=sid, number=None, title=title, level=level))
        self.section, self.section_id = None, sid

    def open_section(self, el: ET.Element) -> bool:
        """A Section for ``el``'s ``<title>``; False when it has no title to show."""
        title_el = el.find("title")
        if title_el is None:
            return False
        nr_el = title_el.find("nr")
        nr = _text(nr_el)
        words = _Line()
        words.add(title_el.text)
        for child in title_el:
            if child is not nr_el:
                words.add("".join(child.itertext()))
            words.add(child.tail)
        title = words.text
        number = _section_number(nr) if nr else None
        if number is None:
            title = " ".join(t for t in (nr, title) if t)
            if not title:
                return False
            self.open_part(title, level=self.depth)
            return True
        if number in self.doc.section_by_number():
            # a number printed twice: the second is a part of its own, not a duplicate id
            self.open_part(f"{number} {title}".strip(), level=self.depth)
            return True
        parts = number.split(".")
        parent = ".".join(parts[:-1]) or None
        self.doc.sections.append(
            Section(number=number, title=title or number, level=len(parts), parent=parent)
        )
        self.taken.add(number)
        self.section, self.section_id = number, number
        return True

    # ---- footnotes --------------------------------------------------------------------
    def collect_notes(self, root: ET.Element) -> None:
        """Every ``<footnote>`` of the text, in document order, as a Note with its number."""
        previous = 0
        run = 1
        self.linked |= {r.get("linkend", "") for r in root.iter("footnote-ref")}
        for el in root.iter("footnote"):
            i = len(self.doc.footnotes) + 1
            label = (el.get("label") or _text(el.find("nr"))).strip().rstrip(".")
            if label.isascii() and label.isdigit() and len(label) <= 6:
                number = int(label)
            else:
                number = previous + 1
                shown = f" {label!r}" if label else ""
                self.doc.warnings.append(
                    f"{self.path}: footnote {i} has no number{shown}; numbered {number} "
                    "by its place"
                )
            if number <= previous:
                run += 1  # numbering starts again
            previous = number
            line = _Line()
            for child in el:
                if child.tag != "nr":
                    line.add(" ")
                    self.inline(child, line, with_tail=False)
                line.add(child.tail)
            nid = f"n{i}"
            self.doc.footnotes.append(Note(number=number, text=line.text, id=nid, run=run))
            if el.get("id"):
                self.refs.setdefault(el.get("id", ""), _Ref(number, nid))
            self.inline_notes[el] = _Ref(number, nid)

    # ---- paragraphs -------------------------------------------------------------------
    def inline(self, el: ET.Element, line: _Line, *, with_tail: bool = True) -> None:
        """The text of ``el`` and its inline children into ``line`` (markers tied)."""
        tag = el.tag
        if tag == "footnote-ref":
            ref = self.refs.get(el.get("linkend", ""))
            if ref is None:
                self.missing.append(el.get("linkend", ""))
            else:
                line.mark(ref.number, ref.note)
        elif tag == "footnote":
            # a note written where its number is printed (not after the text): its marker
            ref = self.inline_notes.get(el)
            if ref is not None and el.get("id", "") not in self.linked:
                line.mark(ref.number, ref.note)
        elif tag not in _SKIPPED:
            if tag in ("para", "entry", "listitem", "title"):
                line.add(" ")
            line.add(el.text)
            for child in el:
                self.inline(child, line)
        if with_tail:
            line.add(el.tail)

    def emit(self, line: _Line, kind: ParagraphKind = "body") -> None:
        text = line.text
        if not text and not line.markers:
            return
        self.doc.paragraphs.append(
            Para(
                text=text,
                kind=kind,
                section=self.section,
                section_id=self.section_id,
                markers=line.markers,
            )
        )

    def para(self, el: ET.Element, kind: ParagraphKind = "body") -> None:
        line = _Line()
        if self.pending_nr and "".join(el.itertext()).strip():
            line.add(self.pending_nr)
            line.add(" ")
            self.pending_nr = ""
        line.add(el.text)
        for child in el:
            self.inline(child, line)
        if kind == "body" and _is_heading(el, line):
            kind = "subheading"
        self.emit(line, kind)

    def table(self, el: ET.Element) -> None:
        for row in el.iter("row"):
            cells = []
            markers: list[MarkerRef] = []
            line = _Line()
            for entry in row.findall("entry"):
                cell = _Line()
                self.inline(entry, cell, with_tail=False)
                if not cell.text and not cell.markers:
                    continue
                if line.length:
                    line.add(CELL_JOIN)
                shift = line.length + (1 if line.space and line.length else 0)
                line.add(cell.text)
                markers += [dataclasses.replace(m, offset=m.offset + shift) for m in cell.markers]
                cells.append(cell.text)
            line.markers = markers
            if cells:
                self.emit(line, "table")

    def block(self, el: ET.Element) -> None:
        """Walk a block-level element: sections, groups, paragraphs, lists, tables."""
        tag = el.tag
        if tag in _SKIPPED:
            return
        if tag == "section":
            self.depth += 1
            if not self.open_section(el):
                where = f"section {self.section_id}" if self.section_id else "the text before it"
                self.doc.warnings.append(
                    f"{self.path}: a <section> without a title; its text is kept in {where}"
                )
            for child in el:
                if child.tag != "title":
                    self.block(child)
            self.depth -= 1
            return
        if tag in ("para", "simpara"):
            self.para(el)
            return
        if tag == "bridgehead" or tag == "title":
            line = _Line()
            self.inline(el, line, with_tail=False)
            self.emit(line, "subheading")
            return
        if tag in _TABLES:
            self.flush_nr()
            self.table(el)
            return
        if tag in _LISTS:
            self.flush_nr()
            for item in el:
                if item.tag in ("listitem", "member", "varlistentry"):
                    self.list_item(item)
            return
        if tag == "paragroup":
            self.flush_nr()
            nr = el.find("nr")
            self.pending_nr = _text(nr)
            for child in el:
                if child is not nr:
                    self.block(child)
            self.flush_nr()
            return
        if tag == "nr":
            return
        # parablock, *.info, textobject and anything unknown: their children in order
        if (el.text or "").strip():
            line = _Line()
            line.add(el.text)
            self.emit(line)
        for child in el:
            self.block(child)
            if (child.tail or "").strip():
                line = _Line()
                line.add(child.tail)
                self.emit(line)

    def list_item(self, item: ET.Element) -> None:
        for child in item:
            if child.tag in ("para", "simpara"):
                self.para(child, "list_item")
            else:
                self.block(child)
        if not len(item) and (item.text or "").strip():
            line = _Line()
            line.add(item.text)
            self.emit(line, "list_item")

    def flush_nr(self) -> None:
        """A paragroup number that found no paragraph of its own stands as one."""
        if self.pending_nr:
            line = _Line()
            line.add(self.pending_nr)
            self.pending_nr = ""
            self.emit(line)


def _is_heading(el: ET.Element, line: _Line) -> bool:
    """A paragraph that is one short emphasised phrase ("De feiten") is a subheading."""
    children = list(el)
    if len(children) != 1 or children[0].tag != "emphasis" or line.markers:
        return False
    if (el.text or "").strip() or (children[0].tail or "").strip():
        return False
    text = line.text
    return 0 < len(text) <= HEADING_CHARS and not text.endswith(_SENTENCE_END)


def _metadata(root: ET.Element) -> tuple[str | None, int | None]:
    """Title (``dcterms:title``, else the ECLI) and year (of ``dcterms:date``)."""
    rdf = root.find("RDF")
    if rdf is None:
        return None, None
    titles = [_text(t) for d in rdf.iter("Description") for t in d.findall("title")]
    idents = [_text(t) for d in rdf.iter("Description") for t in d.findall("identifier")]
    ecli = next((i for i in idents if i.upper().startswith("ECLI:")), None)
    title = next((t for t in titles if t), None) or ecli
    year = None
    for d in rdf.iter("Description"):
        date = _text(d.find("date"))
        if len(date) >= 4 and date[:4].isascii() and date[:4].isdigit():
            year = int(date[:4])
            break
    return title, year


def _bodies(root: ET.Element) -> Iterator[ET.Element]:
    for child in root:
        if child.tag in BODIES:
            yield child


def read_xml(path: str | Path) -> Document:
    """Read a rechtspraak.nl open-data XML file into a Document."""
    path = Path(path)
    return read_xml_bytes(read_bytes(path), str(path))


def read_xml_bytes(data: bytes, name: str) -> Document:
    """The Document of the bytes of a rechtspraak.nl open-data XML file called ``name``."""
    root = parse(data, name)
    title, year = _metadata(root)
    source = Source(path=name, sha256=sha256_of_bytes(data), kind="xml", title=title, year=year)
    bodies = list(_bodies(root))
    summary = root.find(SUMMARY[0])
    if not bodies and (summary is None or not _text(summary)):
        raise EmptyInput(
            name,
            "is a rechtspraak.nl open-data document without text "
            "(no <uitspraak> or <conclusie>, no <inhoudsindicatie>)",
        )
    reader = _Reader(name, source)
    for body in bodies:
        reader.collect_notes(body)
    if summary is not None and _text(summary):
        reader.open_part(SUMMARY[1])
        reader.block(summary)
    for body in bodies:
        reader.open_part(BODIES[body.tag])
        reader.depth = 0
        reader.block(body)
    reader.flush_nr()
    for linkend in dict.fromkeys(reader.missing):
        reader.doc.warnings.append(f"{name}: footnote-ref {linkend!r} names no footnote")
    doc = dataclasses.replace(reader.doc)
    if not doc.paragraphs:
        raise EmptyInput(name, "is a rechtspraak.nl open-data document without any text")
    return doc
