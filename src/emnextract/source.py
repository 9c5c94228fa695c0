"""Fingerprints of source files, shared by the readers and the pipeline."""

from __future__ import annotations

import hashlib
from pathlib import Path


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
