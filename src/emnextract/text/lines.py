"""Lines of a text dump, chunks of body lines, and the line shapes every pass asks about.

A dump has lost fonts and positions; what is left is each line's text (trailing
spaces kept: a soft-wrap sign), its offset in the file, and its length against the
running text's column width.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ..errors import EmnError
from ..patterns import layout

_TERMINAL = layout.TERMINAL


@dataclass(slots=True)
class Line:
    text: str  # without the newline (trailing spaces kept: a soft wrap sign)
    offset: int  # offset of the first non-space character in the file text

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class Chunk:
    """Consecutive body-ish lines; ``gap_before`` tells what separated it from the last chunk."""

    lines: list[Line]
    gap_before: set[str] = field(default_factory=set)  # blank | note | page | furniture | heading
    next_is_heading: bool = False


_BOM_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts like UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str, warnings: list[str]) -> str:
    """UTF-8 first; UTF-16/32 by their byte order mark; cp1252 then latin-1 for old tools."""
    for bom, encoding in _BOM_ENCODINGS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break  # a BOM by chance: try the encodings below
            warnings.append(f"{path}: not UTF-8, read as {encoding.upper()} (byte order mark)")
            return text
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8-sig":
            warnings.append(f"{path}: not UTF-8, read as {encoding}")
        return text
    raise EmnError(path, "cannot be decoded as text")  # pragma: no cover - latin-1 never fails


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        lines.append(Line(body, pos + lead))
        pos += len(raw)
    return lines


def title_like(s: str, first: bool) -> bool:
    """A line that can be (part of) a title: short, no sentence end, capital first."""
    s = s.strip()
    if not s or len(s) > layout.MAX_TITLE_CHARS or _TERMINAL.search(s):
        return False
    if s.endswith(","):
        return False
    if first and not (s[0].isupper() or s[0].isdigit() or s[0] in "‘'\"("):
        return False
    return True


def box_line(s: str) -> bool:
    return 0 < len(s.strip()) <= layout.MAX_BOX_LINE_CHARS


def body_width(lines: list[Line]) -> float:
    """The running text's column width in characters (median of the longer lines)."""
    lengths = sorted(len(line.stripped) for line in lines if len(line.stripped) >= 40)
    return float(lengths[len(lengths) // 2]) if lengths else 100.0


def soft_wrapped(line: Line, width: float) -> bool:
    """A line of running text cut at the column edge: near full width, ending in one space."""
    text = line.text
    return text.endswith(" ") and not text.endswith("  ") and len(line.stripped) >= 0.75 * width
