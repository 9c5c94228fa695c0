"""Flat tables across reports: one row per record, for pandas, spreadsheets, jq and databases.

Every row starts with ``report`` (a stable id of the source file: the first 12 hex digits
of its sha256), ``report_year``, ``source`` (the path the report was read from) and ``key``
(``<report>:<record id>``, unique across reports), followed by the record's own fields,
flattened: a nested record becomes ``<field>_<subfield>`` (``provenance_id``,
``compared_to_value``, ``marker_page``) and a citation's ``fields`` become
``fields_<name>``. Lists stay lists in rows and JSONL and are joined with ``;`` in CSV.
``docs/tables.md`` lists the columns.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .model import Citation, Footnote, Measure, Paragraph, Report, Section, Statistic

KINDS: tuple[str, ...] = (
    "citations",
    "measures",
    "statistics",
    "footnotes",
    "sections",
    "paragraphs",
)
"""Every kind of record ``Report.records`` gives rows for."""

BATCH_KINDS: tuple[str, ...] = ("citations", "measures", "statistics", "footnotes", "sections")
"""The kinds a batch writes as combined tables (paragraphs are left in the per-report JSON)."""

MODELS: dict[str, type[BaseModel]] = {
    "citations": Citation,
    "measures": Measure,
    "statistics": Statistic,
    "footnotes": Footnote,
    "sections": Section,
    "paragraphs": Paragraph,
}

LEAD = ("report", "report_year", "source", "key")
"""The columns every row starts with."""

LIST_SEPARATOR = ";"

ColumnType = str
"""One of "str", "int", "float", "bool", "list[str]", "list[int]", "list[float]"."""


def report_id(report: Report) -> str:
    """The stable id of a report: the first 12 hex digits of its source file's sha256."""
    return report.source.sha256[:12]


def _type_of(ann: Any) -> str:
    origin, args = get_origin(ann), get_args(ann)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) > 1 and all(isinstance(a, type) and issubclass(a, BaseModel) for a in inner):
            return "dict"  # one model of several (a citation's fields, by kind)
        if set(inner) == {int, float}:
            return "float"
        if len(inner) == 1:
            return _type_of(inner[0])
        return "str"
    if origin is Literal:
        return "str"
    if origin is list:
        return f"list[{_type_of(args[0])}]"
    if origin is tuple:
        return f"list[{_type_of(args[0])}]"
    if origin is dict or ann is dict:
        return "dict"
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "model"
    if ann is bool:
        return "bool"
    if ann is int:
        return "int"
    if ann is float:
        return "float"
    return "str"


def _model_of(ann: Any) -> type[BaseModel] | None:
    for a in (ann, *get_args(ann)):
        if isinstance(a, type) and issubclass(a, BaseModel):
            return a
    return None


def _flat_columns(model: type[BaseModel], prefix: str = "") -> list[tuple[str, ColumnType]]:
    out: list[tuple[str, ColumnType]] = []
    for name, field in model.model_fields.items():
        kind = _type_of(field.annotation)
        if kind == "model":
            sub = _model_of(field.annotation)
            assert sub is not None
            out.extend(_flat_columns(sub, f"{prefix}{name}_"))
        elif kind == "dict":
            continue  # a citation's ``fields``: one column per name found (fields_<name>)
        else:
            out.append((prefix + name, kind))
    return out


def columns(kind: str) -> list[tuple[str, ColumnType]]:
    """The fixed columns of a kind's table, with their types (``fields_*`` come on top)."""
    if kind not in MODELS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    lead: list[tuple[str, ColumnType]] = [
        ("report", "str"),
        ("report_year", "int"),
        ("source", "str"),
        ("key", "str"),
    ]
    return lead + _flat_columns(MODELS[kind])


@functools.cache
def _plan(model: type[BaseModel]) -> tuple[tuple[str, str, type[BaseModel] | None], ...]:
    """(field name, column type, sub-model) of each field: worked out once per model."""
    out = []
    for name, field in model.model_fields.items():
        kind = _type_of(field.annotation)
        out.append((name, kind, _model_of(field.annotation) if kind == "model" else None))
    return tuple(out)


def _flatten(
    data: dict[str, Any], model: type[BaseModel], prefix: str, row: dict[str, Any]
) -> None:
    for name, kind, sub in _plan(model):
        value = data.get(name)
        if sub is not None:
            _flatten(value or {}, sub, f"{prefix}{name}_", row)
        elif kind == "dict":
            for k, v in (value or {}).items():
                row[f"{prefix}{name}_{k}"] = v
        else:
            row[prefix + name] = value


def records(report: Report, kind: str) -> list[dict[str, Any]]:
    """One flat row per record of ``kind`` (see the module docs), in document order."""
    model = MODELS.get(kind)
    if model is None:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    rid = report_id(report)
    rows = []
    for record in getattr(report, kind):
        data = record.model_dump(mode="json")
        own = data.get("id") or data.get("number")
        row: dict[str, Any] = {
            "report": rid,
            "report_year": report.source.year,
            "source": report.source.path,
            "key": f"{rid}:{own}",
        }
        _flatten(data, model, "", row)
        rows.append(row)
    return rows


def table_columns(kind: str, rows: Iterable[dict[str, Any]]) -> list[str]:
    """The fixed columns of ``kind``, then any further ones the rows hold (sorted)."""
    fixed = [name for name, _ in columns(kind)]
    known = set(fixed)
    extra = sorted({k for row in rows for k in row if k not in known})
    return fixed + extra


def csv_value(value: Any) -> str:
    """A cell: empty for null, ``true``/``false``, lists joined with ``;``."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(csv_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def rows_csv(kind: str, rows: Sequence[dict[str, Any]], cols: list[str] | None = None) -> str:
    """The CSV of ``rows`` (``cols``: their :func:`table_columns`, when known)."""
    cols = table_columns(kind, rows) if cols is None else cols
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    writer.writerows([csv_value(v) for v in map(row.get, cols)] for row in rows)
    return buf.getvalue()


_JSON = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(…, ensure_ascii=False)`` without making an encoder per call."""


def rows_jsonl(kind: str, rows: Sequence[dict[str, Any]], cols: list[str] | None = None) -> str:
    """The JSON lines of ``rows`` (``cols``: their :func:`table_columns`, when known)."""
    cols = table_columns(kind, rows) if cols is None else cols
    return "".join([_JSON(dict(zip(cols, map(row.get, cols), strict=True))) + "\n" for row in rows])


def ordered(reports: Iterable[Report]) -> list[Report]:
    """Reports once each (by ``report_id``), ordered by year, source path and id."""
    seen: dict[str, Report] = {}
    for r in reports:
        seen.setdefault(report_id(r), r)
    return sorted(
        seen.values(),
        key=_shelf_order,
    )


def _shelf_order(report: Report) -> tuple[int, str, str]:
    year = report.source.year
    return (year if year is not None else 10_000, report.source.path, report_id(report))


@dataclass(frozen=True)
class ReportRows:
    """One report's table rows by kind, with its place on a shelf (see :func:`ordered`).

    A batch worker makes these from the Report it has just extracted, so the tables can be
    written without reading every report's JSON back.
    """

    id: str
    order: tuple[int, str, str]
    rows: dict[str, list[dict[str, Any]]]


def report_rows(report: Report, kinds: Sequence[str] = BATCH_KINDS) -> ReportRows:
    """The rows of every kind in ``kinds`` of one report."""
    return ReportRows(
        report_id(report), _shelf_order(report), {k: records(report, k) for k in kinds}
    )


def write_rows(
    folder: str | Path, shelf: Iterable[ReportRows], kinds: Sequence[str] = BATCH_KINDS
) -> dict[str, int]:
    """Write ``<kind>.jsonl`` and ``<kind>.csv`` (UTF-8, atomically) for every kind.

    Each report is written once (the first given of an id), in the order of
    :func:`ordered`. Returns the row count per kind.
    """
    seen: dict[str, ReportRows] = {}
    for one in shelf:
        seen.setdefault(one.id, one)
    return _write_placed(folder, sorted(seen.values(), key=lambda one: one.order), kinds)


def _write_placed(
    folder: str | Path, placed: Iterable[ReportRows], kinds: Sequence[str]
) -> dict[str, int]:
    """:func:`write_rows` of reports given once each, in their order."""
    from .export import write_atomic

    folder = Path(folder)
    placed = list(placed)
    counts = {}
    for kind in kinds:
        rows = [row for one in placed for row in one.rows[kind]]
        cols = table_columns(kind, rows)
        write_atomic(folder / f"{kind}.jsonl", rows_jsonl(kind, rows, cols))
        write_atomic(folder / f"{kind}.csv", rows_csv(kind, rows, cols))
        counts[kind] = len(rows)
    return counts


def write_tables(
    folder: str | Path, reports: Iterable[Report], kinds: Sequence[str] = BATCH_KINDS
) -> dict[str, int]:
    """Write ``<kind>.jsonl`` and ``<kind>.csv`` (UTF-8, atomically) for every kind.

    Each report is written once, whatever how often it is given. Returns the row count
    per kind.
    """
    return _write_placed(folder, (report_rows(r, kinds) for r in ordered(reports)), kinds)


def to_dataframes(report_or_reports: Report | Iterable[Report]) -> dict[str, Any]:
    """kind -> pandas DataFrame of the rows of one report or many (needs the ``pandas`` extra)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframes needs pandas: pip install 'emnextract[pandas]'") from exc
    shelf = (
        [report_or_reports] if isinstance(report_or_reports, Report) else ordered(report_or_reports)
    )
    frames = {}
    for kind in KINDS:
        rows = [row for r in shelf for row in records(r, kind)]
        frames[kind] = pd.DataFrame(rows, columns=table_columns(kind, rows))
    return frames
