"""Glyph text as the reader keeps it: compatibility glyphs folded, undecoded glyphs settled.

pdfplumber gives each char the text its font maps it to. Three kinds need care, once,
before any text is built from the chars (so every offset and line box downstream is
computed on the folded text):

* compatibility glyphs: ligatures ("ﬁ" -> "fi"), no-break and thin spaces (-> " "),
  a soft hyphen (a printed one at a line break -> "-", an invisible one dropped),
  zero-width characters (dropped);
* undecoded glyphs: a font without a Unicode mapping gives "(cid:N)". Such glyphs are
  symbols, never letters or digits: the few codes that are a bullet or a dash in the
  common simple encodings are read as such, and the others become a placeholder that
  :func:`settle_undecoded` turns into a bullet where the glyph hangs alone before a
  line's text, and drops everywhere else. No text, number or citation is ever read
  from a placeholder;
* accents drawn as glyphs of their own over a letter (TeX's "M´erigoux"): the two
  overlapping glyphs become one accented letter (:func:`compose`);
* word spaces in PDFs that carry no space glyphs (LaTeX, some exports place each word
  by position): :func:`spaced_text` puts a space where the gap between two glyphs is
  wider than glyph spacing (see there).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..patterns.layout import COMPATIBILITY_GLYPHS, SPACING_ACCENTS, UNDECODED_SYMBOLS

if TYPE_CHECKING:
    from .lines import Run

UNDECODED = "\ufffd"  # the placeholder of a glyph without a Unicode mapping
SOFT_HYPHEN = "\u00ad"
BULLET = "•"

# A gap between two glyphs (as a fraction of the font size) that is a word space: in a
# run without space glyphs the narrowest justified word space (about 0.19 em in Times,
# 0.22 em in Computer Modern) clears it while kerning and italic corrections do not;
# in a run that has space glyphs only a gap clearly wider than that counts.
WORD_GAP = 0.12
WORD_GAP_SPACED = 0.2


@dataclass(slots=True)
class GlyphCount:
    """Glyphs seen in a document, and how many of them had no Unicode mapping."""

    total: int = 0
    undecoded: int = 0  # "(cid:N)" and U+FFFD glyphs
    symbols: int = 0  # of those, read as a bullet or dash

    def warning(self, path: str) -> str | None:
        """One line for the document's warnings when glyphs were lost, else None.

        Only the glyphs dropped count: neither backend can read them. A glyph read as a
        bullet or dash is no loss (pdfminer leaves WinAnsi's unused codes undecoded
        where PDFium prints them as the bullet the encoding says they are), and the
        glyph total differs between the backends (ligatures, generated spaces).
        """
        dropped = self.undecoded - self.symbols
        if dropped <= 0:
            return None
        return f"{path}: glyphs with no Unicode mapping dropped: {dropped}"


def fold(text: str, advance: float, size: float, count: GlyphCount | None) -> str:
    """A char's text with compatibility glyphs folded and undecoded glyphs settled.

    Called only for chars whose text is not one plain character (or is one of
    :data:`COMPATIBILITY_GLYPHS`), so ordinary text costs nothing here.
    """
    if text.startswith("(cid:") and text.endswith(")"):
        digits = text[5:-1]
        code = int(digits) if digits.isdigit() and len(digits) < 7 else -1
        return _undecoded(UNDECODED_SYMBOLS.get(code), count)
    if text == SOFT_HYPHEN:
        # printed (it has a width): the hyphen of a word broken at the line end
        return "-" if advance > 0.1 * size else ""
    if UNDECODED in text:
        return _undecoded(None, count)
    return "".join(COMPATIBILITY_GLYPHS.get(ch, ch) for ch in text)


def compose(before: str, glyph: str) -> str | None:
    """``before`` with ``glyph`` drawn over its last char, as one text, or None.

    One of the two must be a spacing accent and the other a letter; the pair becomes
    the composed letter (NFC), or None when Unicode has no such letter.
    """
    last = before[-1]
    if last in SPACING_ACCENTS and glyph.isalpha() and len(glyph) == 1:
        letter, mark = glyph, SPACING_ACCENTS[last]
    elif glyph in SPACING_ACCENTS and last.isalpha():
        letter, mark = last, SPACING_ACCENTS[glyph]
    else:
        return None
    composed = unicodedata.normalize("NFC", letter + mark)
    return before[:-1] + composed if len(composed) == 1 else None


def _undecoded(symbol: str | None, count: GlyphCount | None) -> str:
    if count is not None:
        count.undecoded += 1
        if symbol is not None:
            count.symbols += 1
    return symbol if symbol is not None else UNDECODED


def settle_undecoded(runs: Sequence[Run], count: GlyphCount | None) -> list[Run]:
    """A line's runs with its undecoded placeholders settled.

    A placeholder standing alone before the line's text (the line's first glyph, set
    apart from what follows) is the line's bullet; any other placeholder is dropped,
    and a run left without text goes.
    """
    out: list[Run] = []
    for i, r in enumerate(runs):
        if UNDECODED not in r.text:
            out.append(r)
            continue
        alone = r.text.strip() == UNDECODED and len(runs) > 1
        if i == 0 and (alone or r.text.lstrip().startswith(UNDECODED + " ")):
            r.text = r.text.replace(UNDECODED, BULLET, 1)
            if count is not None:
                count.symbols += 1
        r.text = r.text.replace(UNDECODED, "")
        if r.text.strip():
            out.append(r)
        elif out and r.text and not out[-1].text.endswith(" "):
            out[-1].text += " "
    return out


def spaced_text(
    buf: list[str],
    gaps: list[tuple[int, float]],
    size: float,
    glyphs: int | None = None,
    spaced: bool | None = None,
) -> str:
    """The run's glyph texts joined, with a space at every gap that is a word space.

    ``gaps`` are (index in ``buf``, gap) of the gaps wider than ``WORD_GAP * size``
    between two glyphs that are not spaces. A run that has space glyphs needs a gap
    of ``WORD_GAP_SPACED``. In letter-spaced type (most glyph gaps are wide) a word
    space is a gap that wide beyond the usual glyph gap. ``glyphs`` is how many
    glyphs ``buf`` holds and ``spaced`` whether one is a space, where an item of
    ``buf`` may stand for several (default: one glyph per item).
    """
    if spaced is None:
        spaced = " " in buf
    if glyphs is None:
        glyphs = len(buf)
    limit = (WORD_GAP_SPACED if spaced else WORD_GAP) * size
    base = 0.0
    if len(gaps) >= 3 and len(gaps) * 2 > glyphs - 1:
        values = sorted(g for _, g in gaps)
        base = values[len(values) // 2]
        limit = base + WORD_GAP * size
    at = [i for i, g in gaps if g > limit]
    if not at:
        return "".join(buf)
    parts: list[str] = []
    start = 0
    for i in at:
        parts.extend(buf[start:i])
        parts.append(" ")
        start = i
    parts.extend(buf[start:])
    return "".join(parts)
