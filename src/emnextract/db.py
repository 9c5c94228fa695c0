"""The tables of a shelf of reports in a DuckDB file (needs the ``duckdb`` extra).

Tables ``reports`` (one row per report) and ``citations``, ``measures``, ``statistics``,
``footnotes``, ``sections`` with the columns of :mod:`emnextract.tables`. Writing is an
upsert per report: its rows are deleted and inserted again in one transaction, so a
re-run replaces a report's rows and never duplicates them.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import EmnError
from .model import Report
from .tables import BATCH_KINDS, columns, ordered, records, report_id

SQL_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "list[str]": "VARCHAR[]",
    "list[int]": "BIGINT[]",
    "list[float]": "DOUBLE[]",
}

REPORT_COLUMNS: list[tuple[str, str]] = [
    ("report", "VARCHAR"),
    ("report_year", "BIGINT"),
    ("source", "VARCHAR"),
    ("sha256", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("pages", "BIGINT"),
    ("title", "VARCHAR"),
    ("schema_version", "VARCHAR"),
    ("tool_version", "VARCHAR"),
    ("warnings", "VARCHAR[]"),
]


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError as exc:
        raise EmnError(
            "duckdb", "writing a database needs duckdb: pip install 'emnextract[duckdb]'"
        ) from exc
    return duckdb


def check_db(path: str | Path) -> None:
    """Fail early when the database cannot be written (no duckdb, a folder, no parent)."""
    _duckdb()
    path = Path(path)
    if path.is_dir():
        raise EmnError(str(path), "database path is a folder, not a file")
    if not path.parent.is_dir():
        raise EmnError(str(path), "the database's folder does not exist")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _existing(con: Any, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return {name: dtype for name, dtype in rows}


def _ensure(con: Any, table: str, cols: Sequence[tuple[str, str]]) -> dict[str, str]:
    have = _existing(con, table)
    if not have:
        body = ", ".join(f"{_q(n)} {t}" for n, t in cols)
        con.execute(f"CREATE TABLE {_q(table)} ({body})")
        return dict(cols)
    for n, t in cols:
        if n not in have:
            con.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(n)} {t}")
            have[n] = t
    return have


def _cell(value: Any, sql_type: str) -> Any:
    if value is None:
        return None
    if sql_type.endswith("[]"):
        items = value if isinstance(value, list | tuple) else [value]
        if sql_type == "VARCHAR[]":
            return [None if v is None else str(v) for v in items]
        return list(items)
    if sql_type == "VARCHAR" and not isinstance(value, str):
        if isinstance(value, list | tuple):
            return ";".join(str(v) for v in value)
        return str(value)
    return value


def _kind_columns(kind: str, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    cols = [(n, SQL_TYPES[t]) for n, t in columns(kind)]
    known = {n for n, _ in cols}
    extra: dict[str, str] = {}
    for row in rows:
        for k, v in row.items():
            if k in known:
                continue
            if isinstance(v, list):
                extra[k] = "VARCHAR[]"
            else:
                extra.setdefault(k, "VARCHAR")
    return cols + sorted(extra.items())


def _insert(
    con: Any, table: str, have: dict[str, str], rows: list[dict[str, Any]], tmp: Path
) -> None:
    """Insert rows through a JSON-lines file that DuckDB reads with the table's own types
    (much faster than one INSERT per row)."""
    if not rows:
        return
    names = list(have)
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({n: _cell(row.get(n), have[n]) for n in names}, ensure_ascii=False))
            f.write("\n")
    spec = "{" + ", ".join(f"{_lit(n)}: {_lit(have[n])}" for n in names) + "}"
    cols = ", ".join(_q(n) for n in names)
    con.execute(
        f"INSERT INTO {_q(table)} ({cols}) SELECT {cols} FROM read_json({_lit(str(tmp))}, "
        f"format = 'newline_delimited', columns = {spec})"
    )


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def holds(path: str | Path, files: Iterable[tuple[str, str]]) -> bool:
    """True when the database at ``path`` holds a report of every (sha256, tool version)."""
    if not Path(path).is_file():
        return False
    con = _duckdb().connect(str(path), read_only=True)
    try:
        have = set(con.execute("SELECT sha256, tool_version FROM reports").fetchall())
    except Exception:  # noqa: BLE001 - no reports table yet: it holds nothing
        return False
    finally:
        con.close()
    return set(files) <= have


def write_db(
    path: str | Path,
    reports: Iterable[Report],
    kinds: Sequence[str] = BATCH_KINDS,
    *,
    keep_current: bool = False,
) -> dict[str, int]:
    """Upsert every report's rows into the DuckDB file at ``path``; returns rows written per kind.

    With ``keep_current``, a report the database already holds from the same file
    (sha256) and tool version is left as it is.
    """
    duckdb = _duckdb()
    shelf = ordered(reports)
    counts = dict.fromkeys(kinds, 0)
    con = duckdb.connect(str(path))
    scratch = tempfile.TemporaryDirectory(prefix="emnextract-db-")
    tmp = Path(scratch.name) / "rows.jsonl"
    try:
        _ensure(con, "reports", REPORT_COLUMNS)
        current = set(
            con.execute("SELECT sha256, tool_version FROM reports").fetchall()
            if keep_current
            else []
        )
        for report in shelf:
            if (report.source.sha256, __version__) in current:
                continue
            rid = report_id(report)
            rows = {kind: records(report, kind) for kind in kinds}
            con.execute("BEGIN TRANSACTION")
            try:
                have_report = _ensure(con, "reports", REPORT_COLUMNS)
                con.execute("DELETE FROM reports WHERE report = ?", [rid])
                s = report.source
                _insert(
                    con,
                    "reports",
                    have_report,
                    [
                        {
                            "report": rid,
                            "report_year": s.year,
                            "source": s.path,
                            "sha256": s.sha256,
                            "kind": s.kind,
                            "pages": s.pages,
                            "title": s.title,
                            "schema_version": report.schema_version,
                            "tool_version": __version__,
                            "warnings": list(report.warnings),
                        }
                    ],
                    tmp,
                )
                for kind in kinds:
                    have = _ensure(con, kind, _kind_columns(kind, rows[kind]))
                    con.execute(f"DELETE FROM {_q(kind)} WHERE report = ?", [rid])
                    _insert(con, kind, have, rows[kind], tmp)
                    counts[kind] += len(rows[kind])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    finally:
        con.close()
        scratch.cleanup()
    return counts
