"""Writing Reports: JSON, atomically (a reader never sees half a file); JSONL, CSV and
Markdown of one report; checks of output paths."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import OutputError
from .model import Report


def report_json(report: Report, indent: int | None = 2) -> str:
    return report.model_dump_json(indent=indent)


_WRITING: set[str] = set()
"""Temporary files being written now (see :func:`remove_partial_writes`)."""


def remove_partial_writes() -> None:
    """Delete the temporary files of writes still under way: a process about to be ended
    (a batch worker told to stop) leaves no half-written file behind."""
    for tmp in list(_WRITING):
        _remove(tmp)


def _remove(tmp: str) -> None:
    if tmp in _WRITING:  # only a name this process took for its own file
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _claim(path: Path) -> str:
    """A new name beside ``path`` for writing it, entered in :data:`_WRITING` before any
    file has it: from then on a stop at any moment finds it there and deletes it."""
    tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(6).hex()}.tmp")
    _WRITING.add(tmp)
    return tmp


def _create(path: Path, tmp: str) -> tuple[int, str]:
    """The private file ``tmp`` made (a new claimed name where another file has it)."""
    while True:
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:  # another file's name: never one to delete
            _WRITING.discard(tmp)
            tmp = _claim(path)


def write_atomic(path: str | Path, text: str | bytes, *, durable: bool = True) -> None:
    """Write ``text`` (UTF-8; bytes as they are) to ``path`` through a temporary file in
    the same folder and a rename.

    The temporary file is made inside the ``try`` that deletes it: an interrupt (Ctrl-C)
    at any moment, even right after the file is made, leaves none behind. ``durable``:
    the data reach the disk before the rename (off for a cache, which may be lost).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _claim(path)
    try:
        fd, tmp = _create(path, tmp)
        os.chmod(tmp, _file_mode(path))
        binary = isinstance(text, bytes)
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8") as f:
            f.write(text)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    finally:
        _WRITING.discard(tmp)


def _file_mode(path: Path) -> int:
    """The mode an ordinary new file gets (umask applied), or the replaced file's own mode.

    The temporary file is made private (0600); the output should not be.
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


# ---------------------------------------------------------------- one report, other formats

FORMATS = ("json", "jsonl", "csv", "md")
"""The formats ``emnextract extract --format`` writes."""


def own_kind_column(kind: str) -> str:
    """Where a record's own ``kind`` field goes in the combined rows: ``citation_kind``,
    ``paragraph_kind`` (``kind`` names the kind of record there)."""
    return f"{kind.removesuffix('s')}_kind"


def _kind_rows(report: Report) -> list[tuple[str, list[str], list[dict[str, Any]]]]:
    """(kind, columns, rows) for every kind; the columns are those of
    :mod:`emnextract.tables`, with a record's own ``kind`` renamed (:func:`own_kind_column`)."""
    from .tables import KINDS, records, table_columns

    out = []
    for kind in KINDS:
        rows = records(report, kind)
        own = own_kind_column(kind)
        cols = [own if c == "kind" else c for c in table_columns(kind, rows)]
        rows = [{(own if k == "kind" else k): v for k, v in row.items()} for row in rows]
        out.append((kind, cols, rows))
    return out


def report_jsonl(report: Report) -> str:
    """One JSON line per record of every kind: ``kind`` (citations, measures, …), then the
    columns of :mod:`emnextract.tables` for that kind (a record's own ``kind`` field is
    ``citation_kind`` / ``paragraph_kind``)."""
    lines = []
    for kind, cols, rows in _kind_rows(report):
        for row in rows:
            data = {"kind": kind, **{c: row.get(c) for c in cols}}
            lines.append(json.dumps(data, ensure_ascii=False) + "\n")
    return "".join(lines)


def report_csv(report: Report) -> str:
    """One CSV row per record of every kind under one header: ``kind``, then the columns of
    every kind's table in turn (empty where a kind has no such column); as in
    :func:`report_jsonl`."""
    from .tables import csv_value

    kinds = _kind_rows(report)
    cols = ["kind"]
    for _kind, kind_cols, _rows in kinds:
        cols += [c for c in kind_cols if c not in cols]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    for kind, _cols, rows in kinds:
        for row in rows:
            writer.writerow([kind, *(csv_value(row.get(c)) for c in cols[1:])])
    return buf.getvalue()


MD_COLUMNS: dict[str, tuple[str, ...]] = {
    "sections": ("number", "title", "page"),
    "citations": ("id", "kind", "canonical", "raw", "page"),
    "measures": ("id", "date", "role", "date_text", "section", "page"),
    "statistics": ("id", "value", "unit", "what", "period", "section", "page"),
}
MD_WIDTH = 80


def _md_cell(value: Any) -> str:
    from .tables import csv_value

    text = " ".join(csv_value(value).split()).replace("|", "\\|")
    return text if len(text) <= MD_WIDTH else text[: MD_WIDTH - 1] + "…"


def report_markdown(report: Report) -> str:
    """A short Markdown summary: the source, counts per kind, warnings, and a table of the
    sections, citations, measures and statistics (long texts cut at 80 characters)."""
    from .tables import KINDS, records

    src = report.source
    lines = [f"# {src.title or src.path}", ""]
    lines += [
        f"- source: `{src.path}` ({src.kind}"
        + (f", {src.pages} pages" if src.pages is not None else "")
        + ")",
        f"- year: {src.year if src.year is not None else 'unknown'}",
        f"- sha256: `{src.sha256}`",
        "",
        "| kind | records |",
        "|---|---:|",
    ]
    lines += [f"| {kind} | {len(getattr(report, kind))} |" for kind in KINDS]
    lines += [f"| warnings | {len(report.warnings)} |", ""]
    for kind, cols in MD_COLUMNS.items():
        rows = records(report, kind)
        lines += [f"## {kind.capitalize()} ({len(rows)})", ""]
        if not rows:
            lines += ["None found.", ""]
            continue
        lines.append("| " + " | ".join(cols) + " |")
        lines.append("|" + "---|" * len(cols))
        lines += ["| " + " | ".join(_md_cell(row.get(c)) for c in cols) + " |" for row in rows]
        lines.append("")
    if report.warnings:
        lines += ["## Warnings", ""]
        lines += [f"- {' '.join(w.split())}" for w in report.warnings]
        lines.append("")
    return "\n".join(lines)


def render(report: Report, fmt: str) -> str:
    """The report as text in one of :data:`FORMATS`."""
    if fmt == "json":
        return report_json(report) + "\n"
    if fmt == "jsonl":
        return report_jsonl(report)
    if fmt == "csv":
        return report_csv(report)
    if fmt == "md":
        return report_markdown(report)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------- output paths


def check_output(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """Fail early, in one line (:class:`OutputError`), when a file cannot be written at ``path``.

    Missing parent folders are fine (they are created when writing); a path that is a
    folder or no regular file, a parent that is a file or not writable, and a path that
    is one of ``inputs`` are not.
    """
    path = Path(path)
    name = str(path)
    if path.is_dir():
        raise OutputError(name, "is a folder; give a file name")
    if path.exists() and not path.is_file():
        raise OutputError(name, "is not a regular file")
    for src in inputs:
        src = Path(src)
        if src.exists() and path.exists() and os.path.samefile(src, path):
            raise OutputError(name, "is the input file; it would be overwritten")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(name, f"{parent} is a file, not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(name, f"cannot write in {parent} (permission denied)")
    return path


def write_output(path: str | Path, text: str) -> None:
    """:func:`write_atomic`, any OSError (disk full, read-only, /proc…) an :class:`OutputError`."""
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise OutputError(str(path), f"cannot write it ({exc.strerror or exc})") from exc
