"""Batch processing: a shelf of reports, one JSON each; one bad file never stops the rest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import EmnError
from .export import write_report
from .pipeline import extract

SUFFIXES = (".pdf", ".txt")


@dataclass(frozen=True)
class BatchResult:
    path: str
    output: str | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the .pdf/.txt files inside named folders (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def output_path(src: Path, out_dir: Path) -> Path:
    return out_dir / (src.stem + ".json")


def _one(args: tuple[str, str]) -> BatchResult:
    src, out = args
    try:
        report = extract(src)
        write_report(report, out)
        return BatchResult(src, out, None)
    except EmnError as exc:
        return BatchResult(src, None, exc.problem)
    except Exception as exc:  # noqa: BLE001 - one broken file must not end the batch
        return BatchResult(src, None, f"unexpected error: {type(exc).__name__}: {exc}")


def run_batch(
    paths: Iterable[str | Path], out_dir: str | Path, jobs: int = 1
) -> Iterator[BatchResult]:
    """Extract every input into ``out_dir``; yields one result per input, in input order."""
    out_dir = Path(out_dir)
    work = [(str(p), str(output_path(p, out_dir))) for p in collect_inputs(paths)]
    if jobs <= 1 or len(work) <= 1:
        for item in work:
            yield _one(item)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_one, item) for item in work]
        for (src, _out), future in zip(work, futures, strict=True):
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died takes only its file
                yield BatchResult(src, None, f"worker failed: {type(exc).__name__}: {exc}")
