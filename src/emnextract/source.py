"""Reading and fingerprinting source files, shared by the readers and the pipeline."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path
from typing import Literal

from .errors import EmnError


def read_bytes(path: Path) -> bytes:
    """A source file's bytes; a file that cannot be read is an EmnError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise EmnError(str(path), f"cannot be read ({exc.strerror})") from None


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks (reports can be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sha256_of_bytes(data: bytes) -> str:
    """The SHA-256 of bytes already read (the text reader decodes them itself)."""
    return hashlib.sha256(data).hexdigest()


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def markup_kind(head: bytes) -> Literal["xml", "html"] | None:
    """``"xml"`` or ``"html"`` when a file's first bytes open markup, else None.

    Markup starts (after a byte order mark and white space) with ``<?xml``, a
    declaration or comment (``<!``) or a start tag (``<`` and a letter); HTML with
    ``<!DOCTYPE html`` or ``<html``. Which XML it is (its root element) is the XML
    reader's to tell, as the root may stand after a long prolog.
    """
    if head.startswith(_UTF16_BOMS):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n").lower()
    if not text.startswith("<") or len(text) < 2:
        return None
    if text.startswith(("<!doctype html", "<html")):
        return "html"
    if text.startswith(("<?xml", "<!")) or text[1].isalpha():
        return "xml"
    return None
