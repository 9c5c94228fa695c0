"""Regenerate the fixture PDFs from the reference text dump and the structure gold.

The PDFs are the test oracle for the PDF reader, so this script deliberately does not
use the project's own text reader: it parses ``fixtures/emn2019-part1.txt`` with its own
small rules and takes every expected value from ``tests/gold/structure_reference.json``:
headings are the gold sections, footnote texts are the gold texts verbatim, and each
marker is set right after the gold context it follows. Whatever the reader should
find is therefore exactly the gold.

Two layouts, so the reader is not fitted to one generator:

* ``emn2019-like.pdf``: A4, Helvetica, 9 pt justified body, running header, page
  number at the foot, chapter openings on a new page in 20 pt, bold numbered
  headings, superscript markers, 7 pt "N text" footnotes under a short rule (a note
  may run onto the next page), long URLs broken over lines, margin boxes and photo
  captions in a right-hand column.
* ``altlayout-2019.pdf``: US letter, Times, 11 pt ragged-right body with indented
  paragraphs, chapters 2-4 only, numbered chapter titles ("3  Reguliere migratie")
  without a page break, non-bold larger section headings, 8.5 pt notes whose number
  is a separate small raised glyph followed by a tab gap, no rule, a two-line
  running footer.

Six more small layouts, of classes the reader does not handle yet (numbering restarting
per chapter, notes under two columns, full-size note numbers, no space glyphs with
ligatures, endnotes, landscape and rotated table pages with notes), are drawn by ``tools/layout_fixtures.py`` from the same parsed
items into ``fixtures/layouts/``, with their gold in ``tests/gold/layouts/``; this script
builds them too unless ``--only`` or ``--no-layouts`` is given.

Output is byte-stable: reportlab's ``invariant=1`` and no randomness.

    python3 tools/make_fixtures.py            # both PDFs into fixtures/, layouts too
    python3 tools/make_fixtures.py --out DIR  # elsewhere (used by the tests)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "fixtures" / "emn2019-part1.txt"
GOLD = ROOT / "tests" / "gold" / "structure_reference.json"

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # marker sentinel inside item text
MARKER_RE = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


@dataclass
class Gold:
    sections: list[dict]
    notes: dict[int, dict]
    titled: dict[str, tuple[str, str]]  # squashed text -> (kind, gold text)

    @classmethod
    def load(cls, path: Path) -> Gold:
        data = json.loads(path.read_text(encoding="utf-8"))
        notes = {int(n["number"]): n for n in data["footnotes"]}
        titled = {}
        for key, kind in (
            ("subheadings", "subheading"),
            ("margin_boxes", "box"),
            ("captions", "caption"),
        ):
            for entry in data.get(key, []):
                titled[squash(entry["text"])] = (kind, entry["text"])
        return cls(list(data["sections"]), notes, titled)

    def chapter_titles(self) -> dict[str, str]:
        return {s["number"]: s["title"] for s in self.sections if s["level"] == 1}

    def section_titles(self) -> dict[str, str]:
        return {s["number"]: s["title"] for s in self.sections if s["level"] > 1}


def squash(text: str) -> str:
    """Comparison key: no whitespace, no hyphens (line-break artefacts differ)."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


# ---------------------------------------------------------------------------
# Dump -> items
# ---------------------------------------------------------------------------


@dataclass
class Item:
    """One block to lay out: text may hold marker sentinels."""

    kind: str  # chapter | heading | subheading | body | list_item | box | caption
    text: str
    number: str | None = None  # chapter/section number
    level: int = 0


NOTE_START = re.compile(r"^\s?(\d{1,3})(?:\s*\t|\s+(?=\S))\s*(.*)$")
HEADING = re.compile(r"^(\d+(?:\.\d+)+)\.?\s*\t\s*(.+?)\s*$")
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
LONE_URL = re.compile(r"^\s*(?:https?://|www\.)\S*\s*$")
BULLET = re.compile(r"^\s*•\s*\t?\s*(.*)$")
CLOSED = re.compile(r"[.!?:]['\"”’)]*(?:\d{1,3})?\s*$")


def is_closed(text: str) -> bool:
    return bool(CLOSED.search(MARKER_RE.sub("", text)))


def join_lines(lines: list[str]) -> str:
    """Join dump lines into one paragraph, undoing the obvious line-break hyphenation."""
    out = ""
    prev_raw = ""
    for raw in lines:
        line = raw.replace("\xa0", " ").strip()
        if line.startswith("|"):
            line = line[1:].strip()
        if not line:
            continue
        if not out:
            out, prev_raw = line, raw
            continue
        first = line[0]
        if out.endswith("-") and len(out) >= 2:
            before = out[-2]
            next_word = line.split(" ", 1)[0]
            if before.islower() and first.islower():
                if next_word in ("en", "of", "tot", "als"):
                    out += " " + line  # "migratie- en asielbeleid"
                else:
                    out = out[:-1] + line  # "regu-" + "liere"
            else:
                out += line  # "EU-" + "lidstaten"
        elif not prev_raw.endswith((" ", "\t", "\xa0")) and out[-1].isalpha() and first.islower():
            out += line  # the dump dropped a break hyphen: "integratie" + "beleid"
        else:
            out += " " + line
        prev_raw = raw
    return re.sub(r" {2,}", " ", out)


class DumpParser:
    """Turns the messy dump into layout items, footnote blocks skipped (gold has them)."""

    def __init__(self, text: str, gold: Gold) -> None:
        self.lines = text.split("\n")
        self.gold = gold
        self.used_notes: set[int] = set()
        self.titles = {squash(t): n for n, t in gold.chapter_titles().items()}
        self.sections = gold.section_titles()
        self.warnings: list[str] = []

    def _note_at(self, i: int) -> tuple[int, int] | None:
        """If line i starts gold footnote N, return (N, index after the footnote block)."""
        m = NOTE_START.match(self.lines[i])
        if not m:
            return None
        number = int(m.group(1))
        note = self.gold.notes.get(number)
        if note is None or number in self.used_notes:
            return None
        target = squash(note["text"])
        first = squash(m.group(2))
        if not first or not target.startswith(first[: min(len(first), 12)]):
            return None
        pos = len(first)
        j = i + 1
        blanks = 0
        while pos < len(target) - 2 and j < len(self.lines):
            piece = squash(self.lines[j])
            if not piece:
                blanks += 1
                if blanks > 2:
                    break
                j += 1
                continue
            probe = piece[:20]
            found = target.find(probe, max(0, pos - 4))
            if found < 0 or found > pos + 4:
                break
            pos = found + len(piece)
            blanks = 0
            j += 1
        return number, j

    def _titled_at(self, i: int) -> tuple[Item, int] | None:
        """A gold subheading, margin box or caption starting at line i (1-10 dump lines).

        A marker glued inside the dump's lines is kept: its digits go into the gold text
        at the same place, to become a marker like any other.
        """
        acc = ""
        for k in range(10):
            if i + k >= len(self.lines):
                break
            line = self.lines[i + k].strip()
            if not line or NOTE_START.match(line) and k:
                break
            acc += line
            key = squash(acc)
            if key in self.gold.titled:
                kind, text = self.gold.titled[key]
                return Item(kind, text), i + k + 1
            for m in re.finditer(r"(?<=\D)\d{1,3}(?=\D|$)", key):
                probe = key[: m.start()] + key[m.end() :]
                if probe in self.gold.titled:
                    kind, text = self.gold.titled[probe]
                    _, index = _key_map(text)
                    at = index[m.start() - 1] + 1
                    return Item(kind, text[:at] + m.group() + text[at:]), i + k + 1
            if len(key) > 300:
                break
        return None

    def _chapter_at(self, i: int) -> tuple[str, int] | None:
        acc = ""
        for k in range(4):
            if i + k >= len(self.lines):
                break
            line = self.lines[i + k].strip()
            if not line:
                break
            acc += line
            key = squash(acc)
            if key in self.titles:
                return self.titles[key], i + k + 1
        return None

    def items(self) -> list[Item]:
        items: list[Item] = []
        run: list[str] = []  # consecutive plain lines
        i = 0

        def flush() -> None:
            if run:
                self._classify_run(list(run), items)
                run.clear()

        while i < len(self.lines):
            raw = self.lines[i]
            stripped = raw.strip()
            if not stripped:
                flush()
                i += 1
                continue
            note = self._note_at(i)
            if note:
                flush()
                self.used_notes.add(note[0])
                i = note[1]
                continue
            if PAGE_NUMBER.match(raw) or LONE_URL.match(raw):
                flush()
                i += 1
                continue
            m = HEADING.match(stripped)
            if m and m.group(1) in self.sections:
                flush()
                number = m.group(1)
                items.append(Item("heading", self.sections[number], number, number.count(".") + 1))
                i += 1
                continue
            chapter = self._chapter_at(i)
            if chapter:
                flush()
                number, i = chapter
                items.append(Item("chapter", self.gold.chapter_titles()[number], number, 1))
                continue
            titled = self._titled_at(i)
            if titled:
                flush()
                items.append(titled[0])
                i = titled[1]
                continue
            b = BULLET.match(raw)
            if b:
                flush()
                run.append("\x00" + b.group(1))
                i += 1
                continue
            run.append(raw)
            i += 1
        flush()
        return self._merge(items)

    def _classify_run(self, run: list[str], items: list[Item]) -> None:
        stripped = [r.strip() for r in run]
        if stripped[0].startswith("\x00"):  # bullet with its wrapped lines
            items.append(Item("list_item", join_lines([stripped[0][1:], *run[1:]])))
            return
        items.append(Item("body", join_lines(run)))

    def _merge(self, items: list[Item]) -> list[Item]:
        """Rejoin body paragraphs the dump split at page breaks (over boxes and notes)."""
        out: list[Item] = []
        open_body: int | None = None
        for item in items:
            if item.kind == "body" and open_body is not None:
                first = item.text[:1]
                prev = out[open_body]
                if not is_closed(prev.text) and (
                    first.islower() or first.isdigit() or first == "("
                ):
                    prev.text = prev.text + " " + item.text
                    if is_closed(prev.text):
                        open_body = None
                    continue
            if item.kind in ("box", "caption"):
                out.append(item)
                continue
            out.append(item)
            open_body = len(out) - 1 if item.kind == "body" else None
        return out


# ---------------------------------------------------------------------------
# Markers: placed right after their gold context
# ---------------------------------------------------------------------------


def _key_map(text: str) -> tuple[str, list[int]]:
    """Squashed text (marker sentinels dropped) and the source index of each key char."""
    key: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == MARK_OPEN:
            i = text.index(MARK_CLOSE, i) + 1
            continue
        if not (ch.isspace() or ch in "-\u00ad"):
            key.append(ch)
            index.append(i)
        i += 1
    return "".join(key), index


def _rebuild(span: str, context: str) -> str:
    """``context`` with the marker sentinels that stood inside ``span`` kept in place.

    ``squash(span) == squash(context)``; a sentinel stays glued to the key char before it.
    """
    lead: list[str] = []  # sentinels before the first key char
    after: list[list[str]] = []  # sentinels after each key char of span
    i = 0
    while i < len(span):
        ch = span[i]
        if ch == MARK_OPEN:
            end = span.index(MARK_CLOSE, i) + 1
            (after[-1] if after else lead).append(span[i:end])
            i = end
            continue
        if not (ch.isspace() or ch in "-\u00ad"):
            after.append([])
        i += 1
    out: list[str] = list(lead)
    k = 0
    for ch in context:
        out.append(ch)
        if not (ch.isspace() or ch in "-\u00ad") and k < len(after):
            out.extend(after[k])
            k += 1
    return "".join(out)


def place_markers(items: list[Item], gold: Gold) -> list[str]:
    """Replace the dump's glued marker digits by sentinels after each gold context."""
    problems: list[str] = []
    texts = [i for i in items if i.kind not in ("chapter", "heading")]
    cursor = 0  # index into texts: markers run in document order
    for number in sorted(gold.notes):
        context = norm_space(gold.notes[number].get("context") or "")
        digits = str(number)
        ckey = squash(context)
        hit = None
        order = list(range(cursor, len(texts))) + list(range(0, cursor))
        for t in order:
            key, index = _key_map(texts[t].text)
            start = 0
            while ckey:
                found = key.find(ckey + digits, start)
                if found < 0:
                    break
                after = found + len(ckey) + len(digits)
                end = index[after - 1] + 1
                source = texts[t].text
                if end >= len(source) or not source[end].isdigit():
                    hit = (t, index[found], end, index[found + len(ckey)])
                    break
                start = found + 1
            if hit:
                break
        if hit is None:
            # fall back to glued digits after a non-digit, searched in order
            pattern = re.compile(rf"(?<=[^\s\d{MARK_CLOSE}]){digits}(?!\d)")
            for t in order:
                m = pattern.search(texts[t].text)
                if m:
                    text = texts[t].text
                    texts[t].text = (
                        text[: m.start()] + f"{MARK_OPEN}{number}{MARK_CLOSE}" + text[m.end() :]
                    )
                    cursor = t
                    problems.append(f"note {number}: context not found, glued digits used")
                    break
            else:
                problems.append(f"note {number}: no marker placed")
            continue
        t, begin, end, digit_start = hit
        text = texts[t].text
        rebuilt = _rebuild(text[begin:digit_start], context)
        sentinel = f"{MARK_OPEN}{number}{MARK_CLOSE}"
        texts[t].text = text[:begin] + rebuilt + sentinel + text[end:]
        cursor = t
    return problems


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


@dataclass
class Style:
    name: str
    pagesize: tuple[float, float]
    left: float
    width: float
    body_top: float  # from the page top
    body_bottom: float
    font: str
    bold: str
    italic: str
    size: float
    leading: float
    justify: bool
    para_space: float
    first_indent: float
    marker_size: float
    marker_rise: float
    note_size: float
    note_leading: float
    note_indent: float
    note_gap: float
    note_rule: float  # rule length; 0 = none
    note_number_raised: bool  # separate small raised glyph (Kamerbrief style)
    marker_by_matrix: bool  # raise markers by moving the text origin, not by text rise
    bullet: tuple[str, str]  # font and glyph of a list item's bullet
    chapter_size: float
    chapter_new_page: bool
    chapter_numbered: bool
    chapter_font: str
    h2_font: str
    h2_size: float
    h3_font: str
    h3_size: float
    heading_tab: float
    subheading_font: str
    margin_column: tuple[float, float] | None  # x, width of the box/caption column
    box_font: str
    box_size: float
    caption_font: str
    caption_size: float
    header: str | None
    footer_lines: tuple[str, ...]


EMN = Style(
    name="emn2019-like",
    pagesize=A4,
    left=57.0,
    width=425.0,
    body_top=72.0,
    body_bottom=792.0,
    font="Helvetica",
    bold="Helvetica-Bold",
    italic="Helvetica-Oblique",
    size=9.0,
    leading=12.6,
    justify=True,
    para_space=6.0,
    first_indent=0.0,
    marker_size=5.6,
    marker_rise=3.3,
    note_size=7.0,
    note_leading=8.6,
    note_indent=14.0,
    note_gap=1.6,
    note_rule=60.0,
    note_number_raised=False,
    marker_by_matrix=False,
    bullet=("Symbol", "•"),
    chapter_size=20.0,
    chapter_new_page=True,
    chapter_numbered=False,
    chapter_font="Helvetica-Bold",
    h2_font="Helvetica-Bold",
    h2_size=11.0,
    h3_font="Helvetica-Bold",
    h3_size=9.5,
    heading_tab=38.0,
    subheading_font="Helvetica-Bold",
    margin_column=(496.0, 72.0),
    box_font="Helvetica-Bold",
    box_size=7.5,
    caption_font="Helvetica-Oblique",
    caption_size=6.5,
    header="Jaaroverzicht Migratie en Asiel in Nederland 2019",
    footer_lines=("{page}",),
)

ALT = Style(
    name="altlayout-2019",
    pagesize=LETTER,
    left=90.0,
    width=432.0,
    body_top=78.0,
    body_bottom=712.0,
    font="Times-Roman",
    bold="Times-Bold",
    italic="Times-Italic",
    size=11.0,
    leading=14.2,
    justify=False,
    para_space=0.0,
    first_indent=16.0,
    marker_size=7.0,
    marker_rise=4.6,
    note_size=8.5,
    note_leading=10.2,
    note_indent=16.0,
    note_gap=2.2,
    note_rule=0.0,
    note_number_raised=True,
    marker_by_matrix=True,
    bullet=("Times-Roman", "–"),
    chapter_size=17.0,
    chapter_new_page=False,
    chapter_numbered=True,
    chapter_font="Times-Roman",
    h2_font="Times-Roman",
    h2_size=13.5,
    h3_font="Times-Roman",
    h3_size=12.2,
    heading_tab=0.0,  # number and title separated by two spaces in one string
    subheading_font="Times-Italic",
    margin_column=None,
    box_font="Times-Italic",
    box_size=9.5,
    caption_font="Times-Italic",
    caption_size=8.5,
    header=None,
    footer_lines=("EMN Nederland  |  Jaaroverzicht Migratie en Asiel 2019", "Pagina {page}"),
)

VOWELS = set("aeiouyáéëïóöü")
FUNCTION_WORDS = {"tot", "als", "die", "dat", "het", "een", "van", "voor", "met", "naar", "door"}
NUMBER_START = re.compile(r"^\(?\d{1,3}(?:\.\d{3})+\b|^\d+\.\d+(?:\.\d+)?\)?[.,]?$")
URLISH = re.compile(r"(?:https?://|www\.)")


@dataclass
class Seg:
    text: str
    marker: bool = False


@dataclass
class Word:
    segs: list[Seg]
    hyphen: bool = False  # fragment ends with an added break hyphen
    cut: bool = False  # head of a URL cut at the line end (no hyphen added)
    glue_next: bool = False  # never break after this word

    @property
    def plain(self) -> str:
        return "".join(s.text for s in self.segs if not s.marker)

    def markers(self) -> list[int]:
        return [int(s.text) for s in self.segs if s.marker]


def words_of(text: str) -> list[Word]:
    words: list[Word] = []
    for token in text.split(" "):
        if not token:
            continue
        segs: list[Seg] = []
        pos = 0
        for m in MARKER_RE.finditer(token):
            if m.start() > pos:
                segs.append(Seg(token[pos : m.start()]))
            segs.append(Seg(m.group(1), True))
            pos = m.end()
        if pos < len(token):
            segs.append(Seg(token[pos:]))
        if segs and all(s.marker for s in segs) and words:
            words[-1].segs.extend(segs)  # a marker after a space: keep it on the word
            continue
        words.append(Word(segs))
    for a, b in zip(words, words[1:], strict=False):
        if a.plain.endswith("-") and b.plain not in ("en", "of"):
            a.glue_next = True  # "asiel-" never ends a line unless "- en"/"- of"
    return words


class Measure:
    def __init__(self, font: str, size: float, marker_size: float) -> None:
        self.font, self.size, self.marker_size = font, size, marker_size
        self.space = stringWidth(" ", font, size)

    def seg(self, s: Seg) -> float:
        if s.marker:
            return stringWidth(s.text, self.font, self.marker_size)
        return stringWidth(s.text, self.font, self.size)

    def word(self, w: Word) -> float:
        width = sum(self.seg(s) for s in w.segs)
        if w.hyphen:
            width += stringWidth("-", self.font, self.size)
        return width


def _soft_splits(core: str) -> list[int]:
    """Break points inside a plain word (the reader must rejoin them without hyphen)."""
    if len(core) < 8 or not core.isalpha() or any(c.isupper() for c in core[1:]):
        return []
    low = core.lower()
    points = []
    for i in range(4, len(core) - 3):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if a in VOWELS and b not in VOWELS and c in VOWELS and low[i : i + 2] != "ij":
            rest = low[i:]
            if rest not in FUNCTION_WORDS and len(rest) >= 4:
                points.append(i)
    return points


def _split_word(w: Word, room: float, meas: Measure) -> tuple[Word, Word] | None:
    """Split ``w`` so that its head (with break hyphen or URL cut) fits in ``room``."""
    plain = w.plain
    if not w.segs or w.segs[0].marker:
        return None
    head_seg = w.segs[0]
    tail_segs = w.segs[1:]
    text = head_seg.text
    if URLISH.search(text) and len(text) > 12:
        cuts = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "/.-_?=&"]
        fitting = [
            i for i in cuts if 6 <= i and stringWidth(text[:i], meas.font, meas.size) <= room
        ]
        if not fitting:
            fitting = [
                i
                for i in range(6, len(text) - 2)
                if stringWidth(text[:i], meas.font, meas.size) <= room
            ]
        if not fitting:
            return None
        i = fitting[-1]
        return Word([Seg(text[:i])], cut=True), Word([Seg(text[i:]), *tail_segs])
    m = re.match(r"^([(‘“]?)([^\W\d_]+)([^\w]*)$", text)
    if (
        m
        and not tail_segs
        or (m and all(s.marker or not s.text.strip(".,;:)’”") for s in tail_segs))
    ):
        lead, core, trail = m.groups()
        for i in reversed(_soft_splits(core)):
            head = Word([Seg(lead + core[:i])], hyphen=True)
            if meas.word(head) <= room:
                return head, Word([Seg(core[i:] + trail), *tail_segs])
        return None
    # a real hyphen may end a line when the reader can tell it is real
    hyphen_cuts = [
        i + 1
        for i, ch in enumerate(text[:-1])
        if ch == "-"
        and i > 0
        and (text[i - 1].isupper() or text[i - 1].isdigit() or text[i + 1].isupper())
    ]
    for i in reversed(hyphen_cuts):
        if stringWidth(text[:i], meas.font, meas.size) <= room and plain[i:]:
            return Word([Seg(text[:i])]), Word([Seg(text[i:]), *tail_segs])
    return None


@dataclass
class LineOut:
    words: list[Word]
    last: bool = False  # paragraph's last line: not justified


def break_lines(
    words: list[Word],
    width: float,
    first_width: float,
    meas: Measure,
    force_numbers: bool,
    split: bool = True,
) -> list[LineOut]:
    """Greedy line breaking with break hyphens, URL cuts and forced number-first lines."""
    lines: list[LineOut] = []
    cur: list[Word] = []
    cur_w = 0.0
    queue = list(words)
    limit = first_width
    while queue:
        w = queue.pop(0)
        ww = meas.word(w)
        need = ww if not cur else cur_w + meas.space + ww
        if force_numbers and cur and NUMBER_START.match(w.plain) and cur_w > 0.65 * limit:
            lines.append(LineOut(cur))
            cur, cur_w, limit = [w], ww, width
            continue
        if need <= limit:
            cur.append(w)
            cur_w = need
            continue
        if len(cur) > 1 and cur[-1].glue_next:
            # the glued word goes down with this one
            prev = cur.pop()
            lines.append(LineOut(cur))
            cur, cur_w, limit = [], 0.0, width
            queue.insert(0, w)
            queue.insert(0, prev)
            continue
        room = limit - (cur_w + meas.space if cur else 0.0)
        parts = _split_word(w, room, meas) if split and (room > 4 * meas.size or not cur) else None
        if parts:
            head, tail = parts
            cur.append(head)
            lines.append(LineOut(cur))
            cur, cur_w, limit = [], 0.0, width
            queue.insert(0, tail)
            continue
        if not cur:
            cur, cur_w = [w], ww  # too wide and unsplittable: overfull line
            continue
        lines.append(LineOut(cur))
        cur, cur_w, limit = [w], ww, width
    if cur:
        lines.append(LineOut(cur, last=True))
    elif lines:
        lines[-1].last = True
    return lines


@dataclass
class NoteBlock:
    number: int
    lines: list[LineOut]
    first_on_page: int  # index of the first line drawn on this page
    count: int  # lines drawn on this page


@dataclass
class Page:
    number: int
    opening: bool = False  # chapter opening: no running header
    ops: list = field(default_factory=list)  # callables(canvas, page_height)
    notes: list[NoteBlock] = field(default_factory=list)
    y: float = 0.0
    margin_y: float = 0.0


class Layout:
    """Places items top-down on pages; footnotes go to the foot of their marker's page."""

    def __init__(self, style: Style, notes: dict[int, str]) -> None:
        self.s = style
        self.meas = Measure(style.font, style.size, style.marker_size)
        self.note_meas = Measure(style.font, style.note_size, style.marker_size)
        self.stats = {"split_notes": 0, "number_first_lines": 0, "url_cuts": 0, "hyphen_breaks": 0}
        self.note_lines = {n: self._note_lines(n, t) for n, t in notes.items()}
        self.pages: list[Page] = []
        self.placed_notes: set[int] = set()
        self.carry: NoteBlock | None = None
        self.new_page()

    # -- notes -------------------------------------------------------------
    def _note_lines(self, number: int, text: str) -> list[LineOut]:
        width = self.s.width - self.s.note_indent
        lines = break_lines(words_of(norm_space(text)), width, width, self.note_meas, False)
        self.stats["url_cuts"] += sum(line.words[-1].cut for line in lines)
        return lines

    def _notes_height(self, page: Page) -> float:
        if not page.notes:
            return 0.0
        lines = sum(b.count for b in page.notes)
        return lines * self.s.note_leading + self.s.note_gap * (len(page.notes) - 1) + 10.0

    def _room(self, page: Page) -> float:
        return self.s.body_bottom - self._notes_height(page) - page.y

    # -- pages -------------------------------------------------------------
    def new_page(self, opening: bool = False) -> Page:
        page = Page(
            len(self.pages) + 1, opening=opening, y=self.s.body_top, margin_y=self.s.body_top
        )
        self.pages.append(page)
        if self.carry is not None:
            block = self.carry
            block.count = len(block.lines) - block.first_on_page
            page.notes.append(block)
            self.carry = None
        return page

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def place(self, height: float, draw, markers: list[int], space_before: float = 0.0) -> None:
        """Place a body line of ``height`` with its new footnotes, breaking pages as needed."""
        new = [n for n in markers if n not in self.placed_notes and n in self.note_lines]
        for attempt in range(2):
            page = self.page
            before = space_before if page.y > self.s.body_top + 0.1 else 0.0
            extra = 0.0 if page.notes or not new else 10.0
            note_h = sum(
                len(self.note_lines[n]) * self.s.note_leading + self.s.note_gap for n in new
            )
            room = self._room(page) - before - height - extra
            if note_h <= room or (attempt == 1 and not new):
                self._commit(page, before, height, draw, new, None)
                return
            if new and room > 0:
                # the last new note may run onto the next page if two lines fit here
                fixed = sum(
                    len(self.note_lines[n]) * self.s.note_leading + self.s.note_gap
                    for n in new[:-1]
                )
                fit = int((room - fixed - self.s.note_gap) // self.s.note_leading)
                if fit >= 1 and len(self.note_lines[new[-1]]) > fit:
                    self._commit(page, before, height, draw, new, fit)
                    return
            if attempt == 1:
                self._commit(page, before, height, draw, new, None)  # overfull: keep going
                return
            self.new_page()

    def _commit(
        self, page: Page, before: float, height: float, draw, new: list[int], fit_last: int | None
    ) -> None:
        page.y += before
        top = page.y
        page.ops.append(lambda c, ph, top=top: draw(c, ph, top))
        page.y += height
        for n in new:
            self.placed_notes.add(n)
            lines = self.note_lines[n]
            if n == new[-1] and fit_last is not None:
                page.notes.append(NoteBlock(n, lines, 0, fit_last))
                self.carry = NoteBlock(n, lines, fit_last, 0)
                self.stats["split_notes"] += 1
            else:
                page.notes.append(NoteBlock(n, lines, 0, len(lines)))

    # -- text lines ----------------------------------------------------------
    def draw_line(
        self,
        c,
        ph: float,
        top: float,
        x: float,
        line: LineOut,
        width: float,
        font: str,
        size: float,
        leading: float,
        justify: bool,
    ) -> None:
        """One line; markers raised by text rise (Ts) or by moving the text origin (Tm)."""
        meas = (
            self.meas
            if font == self.s.font and size == self.s.size
            else Measure(font, size, self.s.marker_size)
        )
        baseline = ph - (top + leading * 0.78)
        natural = sum(meas.word(w) for w in line.words) + meas.space * (len(line.words) - 1)
        spaces = len(line.words) - 1
        word_space = (width - natural) / spaces if justify and not line.last and spaces else 0.0
        runs: list[tuple[str, bool]] = []  # (text, is marker), merged
        for k, w in enumerate(line.words):
            pieces = [Seg(" ")] if k else []
            pieces += w.segs + ([Seg("-")] if w.hyphen else [])
            for seg in pieces:
                if runs and runs[-1][1] == seg.marker:
                    runs[-1] = (runs[-1][0] + seg.text, seg.marker)
                else:
                    runs.append((seg.text, seg.marker))
        t = c.beginText(x, baseline)
        t.setWordSpace(word_space)
        by_matrix = self.s.marker_by_matrix
        cx = x
        for text, marker in runs:
            run_size = self.s.marker_size if marker else size
            t.setFont(font, run_size)
            if by_matrix:
                t.setTextOrigin(cx, baseline + (self.s.marker_rise if marker else 0.0))
            else:
                t.setRise(self.s.marker_rise if marker else 0.0)
            t.textOut(text)
            cx += stringWidth(text, font, run_size) + word_space * text.count(" ")
        c.drawText(t)

    def paragraph(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        x: float,
        width: float,
        first_indent: float,
        space_before: float,
        justify: bool,
        keep_lines: int = 1,
        force_numbers: bool = True,
        bullet: bool = False,
        split: bool = True,
    ) -> None:
        meas = (
            self.meas
            if font == self.s.font and size == self.s.size
            else Measure(font, size, self.s.marker_size)
        )
        lines = break_lines(words_of(text), width, width - first_indent, meas, force_numbers, split)
        self._count(lines)
        if keep_lines > 1 and self._room(self.page) < leading * keep_lines + space_before:
            self.new_page()
        for k, line in enumerate(lines):
            lx = x + (first_indent if k == 0 else 0.0)
            lw = width - (first_indent if k == 0 else 0.0)
            markers = [n for w in line.words for n in w.markers()]

            def draw(c, ph, top, lx=lx, line=line, lw=lw, k=k):
                if bullet and k == 0:
                    bullet_font, glyph = self.s.bullet
                    c.setFont(bullet_font, size)
                    c.drawString(x - 12, ph - (top + leading * 0.78), glyph)
                self.draw_line(c, ph, top, lx, line, lw, font, size, leading, justify)

            self.place(leading, draw, markers, space_before if k == 0 else 0.0)

    def _count(self, lines: list[LineOut]) -> None:
        for k, line in enumerate(lines):
            if k and NUMBER_START.match(line.words[0].plain):
                self.stats["number_first_lines"] += 1
            last = line.words[-1]
            self.stats["hyphen_breaks"] += last.hyphen
            self.stats["url_cuts"] += last.cut

    # -- items -------------------------------------------------------------
    def chapter(self, item: Item) -> None:
        s = self.s
        if s.chapter_new_page:
            self.new_page(opening=True)
            space = 0.0
            self.page.y = s.body_top + 30
        else:
            space = 26.0
            if self._room(self.page) < 120:
                self.new_page()
        title = f"{item.number}  {item.text}" if s.chapter_numbered else item.text
        lead = s.chapter_size * 1.2
        lines = break_lines(
            words_of(title),
            s.width * 0.85,
            s.width * 0.85,
            Measure(s.chapter_font, s.chapter_size, 0),
            False,
            split=False,
        )
        for k, line in enumerate(lines):
            line.last = True
            self.place(
                lead,
                lambda c, ph, top, line=line: self.draw_line(
                    c, ph, top, s.left, line, s.width, s.chapter_font, s.chapter_size, lead, False
                ),
                [],
                space if k == 0 else 0.0,
            )
        self.page.y += 18.0

    def heading(self, item: Item) -> None:
        s = self.s
        font, size = (s.h2_font, s.h2_size) if item.level == 2 else (s.h3_font, s.h3_size)
        lead = size * 1.35
        space = 12.0 if item.level == 2 else 9.0
        if self._room(self.page) < space + lead + 3 * s.leading:
            self.new_page()
        if s.heading_tab:
            number = item.number
            line = LineOut(words_of(item.text), last=True)

            def draw(c, ph, top, line=line, number=number):
                c.setFont(font, size)
                c.drawString(s.left, ph - (top + lead * 0.78), number)
                self.draw_line(
                    c,
                    ph,
                    top,
                    s.left + s.heading_tab,
                    line,
                    s.width - s.heading_tab,
                    font,
                    size,
                    lead,
                    False,
                )

            self.place(lead, draw, [], space)
        else:
            line = LineOut(words_of(f"{item.number}  {item.text}"), last=True)
            self.place(
                lead,
                lambda c, ph, top, line=line: self.draw_line(
                    c, ph, top, s.left, line, s.width, font, size, lead, False
                ),
                [],
                space,
            )
        self.page.y += 3.0

    def body(self, item: Item, space: float, indent: float) -> None:
        s = self.s
        self.paragraph(
            item.text,
            s.font,
            s.size,
            s.leading,
            s.left,
            s.width,
            indent,
            space,
            s.justify,
            keep_lines=2,
        )

    def list_item(self, item: Item, space: float) -> None:
        s = self.s
        self.paragraph(
            item.text,
            s.font,
            s.size,
            s.leading,
            s.left + 16,
            s.width - 16,
            0.0,
            space,
            s.justify,
            bullet=True,
        )

    def margin_item(self, item: Item) -> None:
        s = self.s
        x, w = s.margin_column
        font, size = (
            (s.box_font, s.box_size) if item.kind == "box" else (s.caption_font, s.caption_size)
        )
        lead = size * 1.3
        meas = Measure(font, size, s.marker_size)
        pad = 4.0 if item.kind == "box" else 0.0
        photo = (
            44.0 if item.kind == "caption" and not item.text.startswith(("Foto:", "Bron:")) else 0.0
        )
        lines = break_lines(words_of(item.text), w - 2 * pad, w - 2 * pad, meas, False)
        height = len(lines) * lead + 2 * pad + photo + (photo and 4.0)
        markers = [n for line in lines for word in line.words for n in word.markers()]
        page = self.page
        top = max(page.y, page.margin_y)
        new = [n for n in markers if n not in self.placed_notes]
        note_h = sum(len(self.note_lines[n]) * s.note_leading + s.note_gap for n in new) + (
            0 if page.notes or not new else 10
        )
        limit = s.body_bottom - self._notes_height(page) - note_h
        if top + height + 6 > limit:
            # move the box up beside the text it belongs to, if the column has room
            top = limit - height - 6
            if top < max(page.margin_y, s.body_top) or self._room(page) < note_h:
                page = self.new_page()
                top = page.y
        for n in new:
            self.placed_notes.add(n)
            page.notes.append(NoteBlock(n, self.note_lines[n], 0, len(self.note_lines[n])))
        page.margin_y = top + height + 8

        def draw(c, ph, top=top, lines=lines):
            y = top
            if photo:
                c.setFillGray(0.8)
                c.rect(x, ph - (y + photo), w, photo, stroke=0, fill=1)
                c.setFillGray(0)
                y += photo + 4
            if item.kind == "box":
                c.setFillGray(0.9)
                c.rect(x, ph - (y + height - photo), w, height - photo, stroke=0, fill=1)
                c.setFillGray(0)
            for k, line in enumerate(lines):
                line.last = True
                self.draw_line(
                    c, ph, y + pad + k * lead, x + pad, line, w - 2 * pad, font, size, lead, False
                )

        page.ops.append(lambda c, ph, draw=draw: draw(c, ph))

    def inline_box(self, item: Item) -> None:
        s = self.s
        font, size = (
            (s.box_font, s.box_size) if item.kind == "box" else (s.caption_font, s.caption_size)
        )
        lead = size * 1.3
        self.page.y += 4.0
        x = s.left + 24
        self.paragraph(
            item.text, font, size, lead, x, s.width - 48, 0.0, 4.0, False, force_numbers=False
        )
        self.page.y += 4.0

    # -- output ------------------------------------------------------------
    def render(self, path: Path) -> None:
        s = self.s
        pw, ph = s.pagesize
        c = canvas.Canvas(str(path), pagesize=s.pagesize, invariant=1, pageCompression=1)
        c.setTitle("Jaaroverzicht Migratie en Asiel in Nederland 2019 (test fixture)")
        c.setAuthor("emnextract fixtures")
        c.setCreator("tools/make_fixtures.py")
        for page in self.pages:
            if s.header and not page.opening:
                c.setFont(s.font, 7.5)
                c.drawString(s.left, ph - 42, s.header)
                c.setLineWidth(0.3)
                c.line(s.left, ph - 47, s.left + s.width, ph - 47)
            for op in page.ops:
                op(c, ph)
            self._draw_notes(c, ph, page)
            for k, template in enumerate(s.footer_lines):
                c.setFont(s.font, 8)
                text = template.format(page=page.number)
                y = ph - (s.body_bottom + 24 + k * 11)
                if len(s.footer_lines) == 1:
                    c.drawRightString(s.left + s.width, y, text)
                else:
                    c.drawString(s.left, y, text)
            c.showPage()
        c.save()

    def _draw_notes(self, c, ph: float, page: Page) -> None:
        if not page.notes:
            return
        # a continued note first, then by number (a margin box's note sorts in)
        page.notes.sort(key=lambda b: (b.first_on_page == 0, b.number))
        s = self.s
        top = s.body_bottom - self._notes_height(page) + 10.0
        if s.note_rule:
            c.setLineWidth(0.5)
            c.line(s.left, ph - (top - 5), s.left + s.note_rule, ph - (top - 5))
        y = top
        for block in page.notes:
            shown = block.lines[block.first_on_page : block.first_on_page + block.count]
            for k, line in enumerate(shown):
                if k == 0 and block.first_on_page == 0:
                    baseline = ph - (y + s.note_leading * 0.78)
                    if s.note_number_raised:
                        c.setFont(s.font, s.marker_size)
                        c.drawString(s.left, baseline + s.marker_rise * 0.7, str(block.number))
                    else:
                        c.setFont(s.font, s.note_size)
                        c.drawString(s.left, baseline, str(block.number))
                self.draw_line(
                    c,
                    ph,
                    y,
                    s.left + s.note_indent,
                    line,
                    s.width - s.note_indent,
                    s.font,
                    s.note_size,
                    s.note_leading,
                    False,
                )
                y += s.note_leading
            y += s.note_gap


# ---------------------------------------------------------------------------
# Building the two fixtures
# ---------------------------------------------------------------------------


def chapter_of(number: str | None) -> int | None:
    return int(number.split(".")[0]) if number else None


def boxes_in_note_order(items: list[Item]) -> list[Item]:
    """Inline boxes go before the text whose markers follow theirs.

    In a margin a box stands beside its paragraph; set inline after it, a box's note
    would come after higher-numbered notes, which no typesetter does.
    """
    out = list(items)
    for item in items:
        numbers = [int(n) for n in MARKER_RE.findall(item.text)]
        if item.kind != "box" or not numbers:
            continue
        here = out.index(item)
        for k in range(here):
            later = [int(n) for n in MARKER_RE.findall(out[k].text)]
            if out[k].kind in ("chapter", "heading"):
                continue
            if any(n > numbers[0] for n in later):
                out.insert(k, out.pop(here))
                break
    return out


def build(style: Style, items: list[Item], gold: Gold, out: Path, chapters: range | None) -> dict:
    """Lay out ``items`` (optionally only ``chapters``) and write the PDF."""
    selected: list[Item] = []
    current: int | None = None
    for item in items:
        if item.kind == "chapter":
            current = chapter_of(item.number)
        if chapters is None or (current is not None and current in chapters):
            selected.append(item)
    if not style.margin_column:
        selected = boxes_in_note_order(selected)
    used = {int(n) for item in selected for n in MARKER_RE.findall(item.text)}
    layout = Layout(style, {n: gold.notes[n]["text"] for n in used})
    previous = None
    for item in selected:
        after_heading = previous is not None and previous.kind in (
            "chapter",
            "heading",
            "subheading",
        )
        if item.kind == "chapter":
            layout.chapter(item)
        elif item.kind == "heading":
            layout.heading(item)
        elif item.kind == "subheading":
            font = style.subheading_font
            space = style.para_space if style.para_space else 8.0
            layout.paragraph(
                item.text,
                font,
                style.size,
                style.leading,
                style.left,
                style.width,
                0.0,
                space,
                False,
                keep_lines=3,
                force_numbers=False,
                split=False,
            )
        elif item.kind == "body":
            indent = 0.0 if after_heading else style.first_indent
            layout.body(item, 0.0 if after_heading else style.para_space, indent)
        elif item.kind == "list_item":
            layout.list_item(item, 2.0)
        elif item.kind in ("box", "caption"):
            if style.margin_column:
                layout.margin_item(item)
            elif item.kind == "box" or MARKER_RE.search(item.text):
                layout.inline_box(item)
            else:
                continue  # the alternative layout has no photos
        previous = item
    layout.render(out)
    stats = dict(layout.stats)
    stats["pages"] = len(layout.pages)
    stats["notes"] = len(used)
    stats["bytes"] = out.stat().st_size
    return stats


def prepare(gold_path: Path = GOLD, dump_path: Path = DUMP) -> tuple[list[Item], Gold, list[str]]:
    gold = Gold.load(gold_path)
    parser = DumpParser(dump_path.read_text(encoding="utf-8"), gold)
    items = parser.items()
    problems = place_markers(items, gold)
    missing = sorted(set(gold.notes) - parser.used_notes)
    if missing:
        problems.append(f"footnote blocks not recognised in the dump (harmless): {missing}")
    return items, gold, problems


FIXTURES = {
    "emn2019-like.pdf": (EMN, None),
    "altlayout-2019.pdf": (ALT, range(2, 5)),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "fixtures")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--only", choices=sorted(FIXTURES), help="build one fixture")
    ap.add_argument(
        "--no-layouts", action="store_true", help="skip the layout-class fixtures (OUT/layouts)"
    )
    ap.add_argument(
        "--layouts-gold",
        type=Path,
        default=ROOT / "tests" / "gold" / "layouts",
        help="where the layout-class fixtures' gold goes",
    )
    args = ap.parse_args(argv)
    items, gold, problems = prepare(args.gold)
    for p in problems:
        print("note:", p, file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (style, chapters) in FIXTURES.items():
        if args.only and name != args.only:
            continue
        stats = build(style, items, gold, args.out / name, chapters)
        print(name, " ".join(f"{k}={v}" for k, v in stats.items()))
    if not args.only and not args.no_layouts:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import layout_fixtures

        built = layout_fixtures.build_all(args.out / "layouts", args.layouts_gold)
        for name, stats in built.items():
            print(f"layouts/{name}.pdf", " ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
