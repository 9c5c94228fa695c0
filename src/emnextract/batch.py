"""Batch processing: a shelf of reports into one output folder; one bad file never stops the rest.

The output folder holds one JSON per report, kept apart by the input's path below the
folder it was found in (``out/2018/jaaroverzicht.json``), plus:

- ``.emnextract-batch.json``: the index of the reports written (output, input, sha256,
  tool version, counts), which lets a re-run skip a report whose file and tool version
  are unchanged;
- ``errors.jsonl``: one ``{"file", "reason"}`` line per input that failed in the last run;
- ``tables/<kind>.jsonl`` and ``tables/<kind>.csv``: one row per record of every report in
  the folder (see :mod:`emnextract.tables`), rebuilt after each run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import __version__, workers
from .errors import EmnError
from .export import load_report, write_atomic, write_report
from .patterns import compiled
from .pipeline import extract
from .tables import BATCH_KINDS, ReportRows, ordered, report_id, report_rows, write_rows

SUFFIXES = (".pdf", ".txt", ".xml")
INDEX = ".emnextract-batch.json"
ERRORS = "errors.jsonl"
TABLES = "tables"
COUNTED = ("sections", "footnotes", "citations", "measures", "statistics")

Status = Literal["done", "skipped", "failed"]


class NoInputsError(EmnError):
    """No .pdf, .txt or .xml file among the inputs of a batch."""


@dataclass(frozen=True)
class BatchResult:
    path: str
    output: str | None
    error: str | None
    status: Status = "done"
    report: str | None = None
    sha256: str | None = None
    pages: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: int = 0
    # The report's rows for the combined tables, made where it was extracted.
    rows: ReportRows | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Options:
    """How every input of a batch is read: a password, a time and a page limit per file."""

    password: str | None = None
    timeout: float | None = None
    max_pages: int | None = None
    backend: str | None = None  # "pdfium" or "pdfplumber" (None: the default, pdfium)


@dataclass(frozen=True)
class Job:
    """One input and where its JSON goes."""

    src: str
    out: str
    sha256: str | None
    options: Options = Options()


def collect_inputs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(input, its name in the output) for files named directly and the .pdf/.txt/.xml files
    found (recursively, sorted) in named folders.

    A file found in a folder keeps its path below that folder (``2018/x.pdf``); a file
    named directly keeps its name (``x.pdf``). The same file named twice counts once.
    """
    out: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES and q.is_file())
            pairs = [(q, q.relative_to(p)) for q in found]
        else:
            pairs = [(p, Path(p.name))]
        for src, rel in pairs:
            key = src.resolve()
            if key not in seen:
                seen.add(key)
                out.append((src, rel))
    return out


def output_names(pairs: list[tuple[Path, Path]]) -> list[Path]:
    """The relative output path of each input: ``rel`` with ``.json``; on a clash (two
    inputs that would share a name, compared without case) each of them gets a short
    hash of its resolved path, the same in every run."""
    names = [rel.with_suffix(".json") for _, rel in pairs]
    taken: dict[str, int] = {INDEX.lower(): 1}  # the folder's own index is no report
    for n in names:
        taken[n.as_posix().lower()] = taken.get(n.as_posix().lower(), 0) + 1
    out = []
    for (src, _rel), name in zip(pairs, names, strict=True):
        if taken[name.as_posix().lower()] > 1:
            tag = hashlib.sha256(str(src.resolve()).encode()).hexdigest()[:8]
            name = name.with_name(f"{name.stem}-{tag}.json")
        out.append(name)
    return out


def output_path(src: Path, out_dir: Path) -> Path:
    """Where a single file named directly goes."""
    return out_dir / (src.stem + ".json")


def check_out_dir(out_dir: Path) -> None:
    """Fail early, in one line, when the output folder cannot be used."""
    if out_dir.exists() and not out_dir.is_dir():
        raise EmnError(str(out_dir), "output folder is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EmnError(str(out_dir), f"cannot create the output folder ({exc.strerror})") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".write-test.", dir=out_dir)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        raise EmnError(
            str(out_dir), f"cannot write in the output folder ({exc.strerror})"
        ) from None


def file_sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _counts(report: Any) -> dict[str, int]:
    return {k: len(getattr(report, k)) for k in COUNTED}


def run_one(job: Job) -> BatchResult:
    """Extract one input and write its JSON; every problem becomes a failed result."""
    src, out = job.src, job.out
    try:
        opts = job.options
        report = extract(
            src,
            password=opts.password,
            timeout=opts.timeout,
            max_pages=opts.max_pages,
            backend=opts.backend,  # type: ignore[arg-type]
        )
        write_report(report, out)
        return BatchResult(
            src,
            out,
            None,
            "done",
            report=report_id(report),
            sha256=report.source.sha256,
            pages=report.source.pages,
            counts=_counts(report),
            warnings=len(report.warnings),
            rows=report_rows(report, BATCH_KINDS),
        )
    except EmnError as exc:
        return BatchResult(src, None, exc.problem, "failed")
    except Exception as exc:  # noqa: BLE001 - one broken file must not end the batch
        return BatchResult(src, None, f"unexpected error: {type(exc).__name__}: {exc}", "failed")


def _read_index(out_dir: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((out_dir / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    reports = data.get("reports") if isinstance(data, dict) else None
    return reports if isinstance(reports, dict) else {}


def _write_index(out_dir: Path, index: dict[str, dict[str, Any]]) -> None:
    data = {"tool": "emnextract", "reports": dict(sorted(index.items()))}
    write_atomic(out_dir / INDEX, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _entry(result: BatchResult) -> dict[str, Any]:
    return {
        "input": result.path,
        "sha256": result.sha256,
        "version": __version__,
        "report": result.report,
        "pages": result.pages,
        "counts": result.counts,
        "warnings": result.warnings,
    }


Runner = Callable[[list[Job]], Iterator[BatchResult]]


def _collect(work: list[Job], futures: Iterable[Any]) -> Iterator[BatchResult]:
    """The results of ``futures`` in input order; a worker or task lost takes only its file."""
    for job, future in zip(work, futures, strict=True):
        try:
            yield future.result()
        except Exception as exc:  # noqa: BLE001 - one lost worker must not end the batch
            yield BatchResult(
                job.src, None, f"worker failed: {type(exc).__name__}: {exc}", "failed"
            )


def _local_runner(jobs: int) -> Runner:
    def run(work: list[Job]) -> Iterator[BatchResult]:
        if jobs <= 1 or len(work) <= 1:
            for job in work:
                yield run_one(job)
            return
        # Forked workers start with every pattern compiled; others read the file written.
        compiled.warm()
        pool = ProcessPoolExecutor(
            max_workers=jobs, initializer=workers.init_worker, initargs=(os.getpid(),)
        )
        try:
            yield from _collect(work, [pool.submit(run_one, job) for job in work])
        except BaseException:
            # Ctrl-C, or the caller stopped early: stop now, not when every file is done.
            workers.stop_pool(pool)
            raise
        pool.shutdown(wait=True)

    return run


def _dask_runner(jobs: int, scheduler: str | None) -> Runner:
    try:
        import distributed
    except ImportError as exc:
        raise EmnError(
            "dask", "the dask executor needs dask.distributed: pip install 'emnextract[dask]'"
        ) from exc

    dist: Any = distributed

    def run(work: list[Job]) -> Iterator[BatchResult]:
        if not work:
            return
        compiled.warm()  # the workers read every pattern from the file written
        cluster = None
        if scheduler is None:
            cluster = dist.LocalCluster(
                n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None
            )
            client = dist.Client(cluster)
        else:
            try:
                client = dist.Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise EmnError(scheduler, f"cannot reach the dask scheduler ({exc})") from None
        try:
            yield from _collect(work, client.map(run_one, work, pure=False))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def run_batch(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    jobs: int = 1,
    *,
    force: bool = False,
    db: str | Path | None = None,
    executor: Literal["local", "dask"] = "local",
    scheduler: str | None = None,
    options: Options | None = None,
) -> Iterator[BatchResult]:
    """Extract every input into ``out_dir``; yields one result per input, in input order.

    Raises (before any work) :class:`NoInputsError` when there is nothing to read and
    :class:`EmnError` when ``out_dir`` cannot be used. A report whose file (sha256) and
    tool version match its existing output is skipped unless ``force``. When all results
    have been taken, ``errors.jsonl`` and the combined tables are written (and the
    DuckDB file ``db``, if given). ``executor="dask"`` runs the extraction on
    dask.distributed: a local cluster of ``jobs`` workers, or the one at ``scheduler``.
    ``options`` (:class:`Options`) give a password and the per-file time and page limits;
    a file over a limit fails with its reason, the others go on.
    """
    paths = list(paths)
    out_dir = Path(out_dir)
    pairs = collect_inputs(paths)
    if not pairs:
        where = ", ".join(str(p) for p in paths) or "(no inputs given)"
        raise NoInputsError(where, f"no .pdf, .txt or .xml files found in {where}")
    check_out_dir(out_dir)
    if executor == "dask":
        runner = _dask_runner(jobs, scheduler)
    elif executor == "local":
        runner = _local_runner(jobs)
    else:
        raise ValueError(f"unknown executor {executor!r}; 'local' or 'dask'")
    if db is not None:
        from .db import check_db

        check_db(db)
    return _run(pairs, out_dir, runner, force, db, options or Options())


def _run(
    pairs: list[tuple[Path, Path]],
    out_dir: Path,
    runner: Runner,
    force: bool,
    db: str | Path | None,
    options: Options,
) -> Iterator[BatchResult]:
    names = output_names(pairs)
    index = _read_index(out_dir)
    slots: list[BatchResult | Job] = []
    for (src, _rel), name in zip(pairs, names, strict=True):
        sha = file_sha256(src)
        out = out_dir / name
        entry = index.get(name.as_posix())
        if (
            not force
            and sha is not None
            and entry is not None
            and entry.get("sha256") == sha
            and entry.get("version") == __version__
            and out.is_file()
        ):
            slots.append(
                BatchResult(
                    str(src),
                    str(out),
                    None,
                    "skipped",
                    report=entry.get("report"),
                    sha256=sha,
                    pages=entry.get("pages"),
                    counts=dict(entry.get("counts") or {}),
                    warnings=int(entry.get("warnings") or 0),
                )
            )
        else:
            slots.append(Job(str(src), str(out), sha, options))

    work = [s for s in slots if isinstance(s, Job)]
    done = runner(work)
    failures: list[dict[str, str]] = []
    fresh: dict[str, ReportRows] = {}  # the rows of the reports written in this run
    changed = False  # did any report's output appear, change or go?
    try:
        for slot, name in zip(slots, names, strict=True):
            result = slot if isinstance(slot, BatchResult) else next(done)
            rel = name.as_posix()
            if result.status == "done":
                if result.rows is not None:
                    fresh[rel] = result.rows
                index[rel] = _entry(result)
                _write_index(out_dir, index)
                changed = True
            elif result.status == "failed":
                failures.append({"file": result.path, "reason": result.error or ""})
                if index.pop(rel, None) is not None:
                    (out_dir / name).unlink(missing_ok=True)
                    _write_index(out_dir, index)
                    changed = True
            yield result
    except BaseException:
        # Interrupted (Ctrl-C) or abandoned: the reports written so far are complete and
        # indexed; tables that may not match them go, so the next run rebuilds them.
        if changed:
            _drop_tables(out_dir)
        raise
    for _rest in done:  # pragma: no cover - the runner yields exactly one per job
        pass

    write_atomic(
        out_dir / ERRORS,
        "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures),
    )
    # A re-run that changed nothing leaves up-to-date tables and database as they are.
    tables = [out_dir / TABLES / f"{k}.{ext}" for k in BATCH_KINDS for ext in ("jsonl", "csv")]
    tables_current = not changed and all(t.is_file() for t in tables)
    db_current = True
    if db is not None:
        from .db import holds, write_db

        files = [(str(e.get("sha256")), str(e.get("version"))) for e in index.values()]
        db_current = not force and holds(db, files)
    if tables_current and db_current:
        return
    if not tables_current:
        write_rows(out_dir / TABLES, _shelf_rows(out_dir, fresh), BATCH_KINDS)
    if db is not None and not db_current:
        write_db(db, shelf_reports(out_dir), keep_current=not force)


def _shelf_rows(out_dir: Path, fresh: dict[str, ReportRows]) -> Iterator[ReportRows]:
    """The table rows of every report in the index: those written in this run as their
    worker made them, the others read back from their JSON."""
    for rel in sorted(_read_index(out_dir)):
        path = out_dir / rel
        if path.is_file():
            yield fresh[rel] if rel in fresh else report_rows(load_report(path), BATCH_KINDS)


def _drop_tables(out_dir: Path) -> None:
    for kind in BATCH_KINDS:
        for ext in ("jsonl", "csv"):
            (out_dir / TABLES / f"{kind}.{ext}").unlink(missing_ok=True)


def shelf_reports(out_dir: str | Path) -> list[Any]:
    """Every report in an output folder (as listed in its index), once each, in table order."""
    out_dir = Path(out_dir)
    reports = []
    for rel in sorted(_read_index(out_dir)):
        path = out_dir / rel
        if path.is_file():
            reports.append(load_report(path))
    return ordered(reports)


def summarize(results: Iterable[BatchResult], seconds: float | None = None) -> dict[str, Any]:
    """Totals of a run: files, done/skipped/failed, pages, records per kind, warnings."""
    summary: dict[str, Any] = {
        "files": 0,
        "done": 0,
        "skipped": 0,
        "failed": 0,
        "pages": 0,
        "records": dict.fromkeys(COUNTED, 0),
        "warnings": 0,
    }
    for r in results:
        summary["files"] += 1
        summary[r.status] += 1
        summary["pages"] += r.pages or 0
        summary["warnings"] += r.warnings
        for k, n in r.counts.items():
            summary["records"][k] = summary["records"].get(k, 0) + n
    if seconds is not None:
        summary["seconds"] = round(seconds, 2)
    return summary
