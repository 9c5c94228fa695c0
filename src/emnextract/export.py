"""Writing Reports: JSON, atomically (a reader never sees half a file)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .model import Report


def report_json(report: Report, indent: int | None = 2) -> str:
    return report.model_dump_json(indent=indent)


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _file_mode(path: Path) -> int:
    """The mode an ordinary new file gets (umask applied), or the replaced file's own mode.

    ``mkstemp`` creates its file private (0600); the output should not be.
    """
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_report(report: Report, path: str | Path) -> None:
    write_atomic(path, report_json(report) + "\n")


def load_report(path: str | Path) -> Report:
    return Report.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
