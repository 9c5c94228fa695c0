"""Generated text-dump fixture: endnotes gathered at the end of every chapter.

Writes ``fixtures/layouts/endnotes-dump.txt`` and its gold
``tests/gold/layouts/endnotes-dump.json``. The dump looks like a PDF text dump of a
report whose notes stand at the end of each chapter: body lines wrapped at a fixed
width with markers glued to the word before them ("asielbeleid.16"), an unnumbered
chapter title over "N.1<TAB> Inleiding", tabbed section headings, a "Noten" block after
the chapter's last paragraph ("N text", continuation lines unindented, URLs too long
for a line cut with nothing added), a page number and a form feed every
``PAGE_LINES`` lines, each chapter on a new page. Numbering runs on through the
document. After the last chapter's notes comes an annex ("Bijlage 1 …") with running
text, with no blank line between the last note and the annex title.

Content: chapters of ``fixtures/emn2019-part1.txt`` as ``make_fixtures.py`` parses them
(the same selection and renumbering as ``layout_fixtures.py``), note texts of
``tests/gold/structure_reference.json`` verbatim (whitespace-normalised). The gold is
written from what the generator wrote (sections, notes, their pages and marker
contexts), never read back with the project's reader. Byte-stable: no randomness.

    python3 tools/text_layout_fixtures.py
    python3 tools/text_layout_fixtures.py --out DIR --gold-out DIR
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "fixtures" / "layouts"
GOLD_OUT = ROOT / "tests" / "gold" / "layouts"
NAME = "endnotes-dump"
WIDTH = 92  # characters per line
PAGE_LINES = 46  # text lines per page before the page number
CONTEXT_CHARS = 40
PLAN = (("3", 5000), ("5", 4000), ("8", None))
ANNEX_TITLE = "Bijlage 1 Over dit overzicht"


def _layout():
    if "layout_fixtures" in sys.modules:
        return sys.modules["layout_fixtures"]
    spec = importlib.util.spec_from_file_location("layout_fixtures", HERE / "layout_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


lf = _layout()
mf = lf.mf


class Dump:
    """Lines written so far, with the page each stands on."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.page = 1
        self.on_page = 0

    def line(self, text: str, keep: bool = False) -> int:
        """Write one line (``keep``: on the page of the line before); return its page."""
        if text and self.on_page >= PAGE_LINES and not keep:
            self.page_break()
        self.out.append(text)
        if text:
            self.on_page += 1
        return self.page

    def page_break(self) -> None:
        self.out.append("")
        self.out.append(str(self.page))
        self.out.append("\f")
        self.page += 1
        self.on_page = 0

    def text(self) -> str:
        body = "\n".join(self.out)
        return body.replace("\n\f\n", "\n\f") + "\n"


def wrap(words: list[str], width: int = WIDTH, cut_long: bool = False) -> list[str]:
    """Greedy wrap; a word longer than a line (a URL) is cut with nothing added."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        if cut_long and len(word) > width // 2:
            room = width - len(current) - (1 if current else 0)
            if room > 10:
                head, word = word[:room], word[room:]
                lines.append(f"{current} {head}" if current else head)
                current = ""
                while len(word) > width:
                    lines.append(word[:width])
                    word = word[width:]
                current = word
                continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def body_words(text: str, notes) -> tuple[list[str], list[list]]:
    """The words of a paragraph, markers glued to the word before them (printed numbers),
    and per word its segments (text, or a marker holding the note id)."""
    words: list[str] = []
    segs: list[list] = []
    for word in mf.words_of(text):
        printed = "".join(
            str(notes[int(s.text)].printed) if s.marker else s.text for s in word.segs
        )
        words.append(printed)
        segs.append(word.segs)
    return words, segs


def build(out: Path = OUT, gold_out: Path = GOLD_OUT) -> dict:
    items, gold, _ = mf.prepare()
    selected, notes = lf.number_notes(lf.select(items, PLAN), gold, False)
    dump = Dump()
    sections: list[dict] = []
    footnotes: dict[int, dict] = {}
    pending: list[int] = []  # note ids of the chapter, in marker order
    chapter_seen = False

    def notes_block() -> None:
        if not pending:
            return
        dump.line("")
        dump.line("Noten")
        for note_id in pending:
            note = notes[note_id]
            lines = wrap(f"{note.printed} {note.text}".split(" "), cut_long=True)
            page = dump.line(lines[0])
            for more in lines[1:]:
                dump.line(more)
            footnotes[note_id]["page"] = page
        pending.clear()

    for item in selected:
        if item.kind == "chapter":
            notes_block()
            if chapter_seen:
                dump.page_break()
            chapter_seen = True
            dump.line(item.text)
            sections.append(
                {"number": item.number, "title": item.text, "level": 1, "page": dump.page}
            )
            continue
        if item.kind == "heading":
            dump.line("")
            page = dump.line(f"{item.number}\t {item.text}")
            sections.append(
                {"number": item.number, "title": item.text, "level": item.level, "page": page}
            )
            continue
        words, segs = body_words(item.text, notes)
        if item.kind == "list_item":
            words[0] = "•\t" + words[0]
        lines = wrap(words)
        dump.line("")
        # the paragraph's text so far on its current page (for marker contexts)
        since_break = ""
        page = dump.page
        k = 0
        for text in lines:
            line_page = dump.line(text)
            if line_page != page:
                since_break, page = "", line_page
            for _word in text.split(" "):
                before = ""  # the word's plain text before each of its markers
                for seg in segs[k]:
                    if not seg.marker:
                        before += seg.text
                        continue
                    note = notes[int(seg.text)]
                    context = f"{since_break} {before}".replace("•\t", "")
                    footnotes[note.id] = {
                        "number": note.printed,
                        "source_number": note.source,
                        "text": note.text,
                        "context": mf.norm_space(context)[-CONTEXT_CHARS:],
                        "marker_page": line_page,
                    }
                    pending.append(note.id)
                since_break = f"{since_break} {before}".replace("•\t", "").strip()
                k += 1
    notes_block()
    # an annex right under the last note, then running text of its own
    dump.line(ANNEX_TITLE, keep=True)
    annex = (
        "Dit overzicht beschrijft de ontwikkelingen van het afgelopen jaar. De cijfers in de "
        "hoofdstukken komen uit de jaarrapportages van de uitvoeringsorganisaties en zijn "
        "afgerond op tientallen. Waar een cijfer voorlopig is, staat dat bij het cijfer zelf."
    )
    for text in wrap(annex.split(" ")):
        dump.line(text)
    dump.line("")
    for text in wrap(
        (
            "De tabellen in deze bijlage volgen de indeling van de hoofdstukken en geven per "
            "onderwerp de aantallen van het verslagjaar en het jaar ervoor."
        ).split(" ")
    ):
        dump.line(text)
    dump.line("")
    dump.line(str(dump.page))
    out.mkdir(parents=True, exist_ok=True)
    gold_out.mkdir(parents=True, exist_ok=True)
    path = out / f"{NAME}.txt"
    path.write_text(dump.text(), encoding="utf-8")
    record = {
        "document": f"fixtures/layouts/{NAME}.txt",
        "kind": "structure",
        "scope": "page",
        "note": (
            "Gold written by tools/text_layout_fixtures.py from what it wrote, not read "
            "with the project's reader. Pages are counted by form feeds (1-based). "
            "footnotes: in marker order; 'text' is the note's text in "
            "structure_reference.json, whitespace-normalised, exactly as written (a URL "
            "cut over lines has nothing added); 'page' the page of its first line; "
            f"'context' up to {CONTEXT_CHARS} characters of the paragraph before the "
            "marker (marker digits removed, not reaching back over a page break)."
        ),
        "layout": (
            "text dump, lines of at most 92 characters, chapter titles unnumbered over "
            "'N.1<TAB> Inleiding', markers glued to words, every chapter's notes at its end "
            "under 'Noten' (numbering continuous), an annex with running text right after "
            "the last note"
        ),
        "source": {
            "dump": "fixtures/emn2019-part1.txt",
            "gold": "tests/gold/structure_reference.json",
            "chapters": [c for c, _ in PLAN],
        },
        "note_placement": "endnotes per chapter",
        "pages": dump.page,
        "sections": sections,
        "footnotes": [footnotes[n.id] for n in notes],
    }
    (gold_out / f"{NAME}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return {"pages": dump.page, "notes": len(notes), "sections": len(sections)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--gold-out", type=Path, default=GOLD_OUT)
    args = ap.parse_args(argv)
    stats = build(args.out, args.gold_out)
    print(f"{NAME}.txt", " ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
