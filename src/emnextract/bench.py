"""The speed of emnextract in one table: ``python -m emnextract.bench``.

    python -m emnextract.bench [--quick] [--only PART[,PART]] [--runs N] [--repeats N]
                               [--readme README.md]

Parts (all by default, in this order):

- ``backends``: pages/s of the whole pipeline (``extract``) on ``fixtures/emn2019-like.pdf``
  per PDF backend, against that library's bare per-char extraction of the same file: each
  char's text, position and font (pdfplumber: ``page.chars`` of every page; pypdfium2: the
  page text and every char's origin, loose box, font size and font name and flags through
  its raw per-char text API, the facts ``page.chars`` gives and the pdfium reader takes);
  the same for reading alone (``load_document``: the Document without the records); for
  pypdfium2 also against the least it can give per char (the page text and every char's
  box, no origin and no font); and the pdfium/pdfplumber pipeline speed-up;
- ``extractors``: MB/s (UTF-8 bytes of the texts each one reads) of every extractor on
  the reference text ``fixtures/emn2019-part1.txt`` on one core, the Document read once
  and not timed (each run gets a fresh copy of it, so nothing cached on it carries over);
  all the stages together, and the whole Report made from the Document; and, when importable, the peers run on the same texts in the same run:
  ``dateparser.search.search_dates(text, languages=["nl"])`` and ``eyecite.get_citations``
  (extra ``[bench]``);
- ``memory``: peak resident memory of ``extract`` per PDF backend on the fixture's pages
  repeated to 70 and to 700 pages, each in a fresh child process, and their ratio; and the
  same on pages that differ (every PDF under ``fixtures/``, each page once, against its
  first tenth), since repeated pages share texts and coordinates a reader may keep once;
- ``batch``: wall time of ``emnextract batch --jobs 1`` against ``--jobs N`` (N = the
  cpu count) on copies of the fixture PDF in a temporary folder, the runs of each in turn.

Every time is ``time.perf_counter``, the best of several runs (``--runs`` for PDFs, peers
and batches, ``--repeats`` for the extractors), after one warm-up call. Progress goes to
stderr, the Markdown table to stdout. ``--quick`` takes small sizes and one run (for a
test); ``--readme PATH`` also writes the table, the command and a machine line between
``<!-- bench:start -->`` and ``<!-- bench:end -->`` in PATH.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import functools
import json
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import Backend

PARTS = ("backends", "extractors", "memory", "batch")
BACKENDS: tuple[Backend, ...] = ("pdfplumber", "pdfium")
HEADER = ("part", "what", "value", "unit", "how")
NOT_INSTALLED = "not installed"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
PDF = Path("fixtures") / "emn2019-like.pdf"
TEXT = Path("fixtures") / "emn2019-part1.txt"


@dataclass(frozen=True)
class Row:
    """One line of the table; ``value`` None: the peer is not installed."""

    part: str
    what: str
    value: float | None
    unit: str
    how: str


@dataclass(frozen=True)
class Settings:
    root: Path
    runs: int = 5
    repeats: int = 20
    pages: tuple[int, int] = (70, 700)
    peer_bytes: int | None = None  # peers on a prefix of the texts of this size (quick)
    batch_copies: int = 12  # a shelf: a fixed start-up cost weighs on a few files alone
    jobs: int = max(os.cpu_count() or 1, 1)


# -- timing ------------------------------------------------------------------------------


def best_of(fn: Callable[[], Any], runs: int) -> float:
    """The shortest of ``runs`` timed calls of ``fn`` (seconds, perf_counter)."""
    best = math.inf
    for _ in range(max(runs, 1)):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def utf8_size(texts: Sequence[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def prefix(texts: Sequence[str], limit: int | None) -> list[str]:
    """The first texts up to ``limit`` UTF-8 bytes (at least one); all when no limit."""
    if limit is None:
        return list(texts)
    out: list[str] = []
    size = 0
    for text in texts:
        if out and size + len(text.encode("utf-8")) > limit:
            break
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


# -- bare char extraction ----------------------------------------------------------------


def bare_pdfplumber_chars(path: Path) -> int:
    """Bare pdfplumber extraction: ``page.chars`` of every page, nothing else."""
    import pdfplumber

    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.chars)
            page.flush_cache()
    return n


def _pdfium_text_pages(path: Path) -> Iterator[tuple[Any, int]]:
    """Each page of ``path`` through pypdfium2's raw API: its raw text page and char
    count, its text read (one call per page), the page closed when the next is asked."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as c

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for page in pdf:
            textpage = page.get_textpage()
            try:
                tp = textpage.raw
                count = c.FPDFText_CountChars(tp)
                buf = ctypes.create_string_buffer(2 * (count + 1))
                text = ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
                c.FPDFText_GetText(tp, 0, count, text)
                yield tp, count
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def bare_pdfium_chars(path: Path) -> int:
    """Bare PDFium extraction through pypdfium2's raw API: each page's text, each char's box.

    The out-values are handed over as the ctypes objects themselves, which ctypes turns
    into the declared pointers fastest (``ctypes.byref`` objects take a slower way: the
    same loop with them takes some 60 % longer)."""
    import ctypes

    import pypdfium2.raw as c

    n = 0
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for tp, count in _pdfium_text_pages(path):
        for i in range(count):
            c.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
        n += count
    return n


def bare_pdfium_fields(path: Path) -> int:
    """Bare PDFium extraction of the per-char facts the pdfium reader takes, through
    pypdfium2's raw API: each page's text, and for each char its origin, loose box, font
    size and font name and flags (what pdfplumber's ``page.chars`` gives for each char),
    one call per char and fact, nothing kept (out-values handed over as in
    :func:`bare_pdfium_chars`)."""
    import ctypes

    import pypdfium2.raw as c

    n = 0
    x, y = ctypes.c_double(), ctypes.c_double()
    rect = c.FS_RECTF()
    flags = ctypes.c_int()
    name = ctypes.create_string_buffer(256)
    for tp, count in _pdfium_text_pages(path):
        for i in range(count):
            c.FPDFText_GetCharOrigin(tp, i, x, y)
            c.FPDFText_GetLooseCharBox(tp, i, rect)
            c.FPDFText_GetFontSize(tp, i)
            c.FPDFText_GetFontInfo(tp, i, name, 256, flags)
        n += count
    return n


def pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


# -- parts -------------------------------------------------------------------------------


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def bench_backends(s: Settings) -> list[Row]:
    from .pipeline import extract, load_document

    path = s.root / PDF
    name = _rel(path, s.root)
    pages = pdf_pages(path)
    # A library's bare chars: each char's text, position and font, as pdfplumber's
    # ``page.chars`` gives them and as pypdfium2's raw per-char API gives them.
    bare = {"pdfplumber": bare_pdfplumber_chars, "pdfium": bare_pdfium_fields}
    bare_call = {
        "pdfplumber": "`page.chars` of every page",
        "pdfium": "pypdfium2 raw API: page text + origin, loose box, font size, font name and "
        "flags per char, the facts `page.chars` gives",
    }
    # PDFium's least per char: the page text and a box, no origin and no font. Timed too,
    # as a floor under any extraction of chars.
    least = {"pdfium": bare_pdfium_chars}
    least_call = {
        "pdfium": "page text + `FPDFText_GetCharBox` per char: no origin, no font",
    }
    how = f"{name}, {pages} pages, best of {s.runs}"
    rows: list[Row] = []
    pipeline: dict[str, float] = {}
    for backend in BACKENDS:
        _say(f"backends: {backend} on {name}")
        bare[backend](path)  # warm: imports, file cache
        extract(path, backend=backend)
        t_bare = best_of(functools.partial(bare[backend], path), s.runs)
        t_full = best_of(functools.partial(extract, path, backend=backend), s.runs)
        t_read = best_of(functools.partial(load_document, path, backend=backend), s.runs)
        t_least = None
        if backend in least:
            least[backend](path)
            t_least = best_of(functools.partial(least[backend], path), s.runs)
        pipeline[backend] = t_full
        rows += [
            Row(
                "backends", f"{backend}: whole pipeline (`extract`)", pages / t_full, "pages/s", how
            ),
            Row(
                "backends",
                f"{backend}: reading alone (`load_document`: the Document, no records)",
                pages / t_read,
                "pages/s",
                how,
            ),
            Row(
                "backends",
                f"{backend}: bare chars ({bare_call[backend]})",
                pages / t_bare,
                "pages/s",
                how,
            ),
            Row(
                "backends",
                f"{backend}: pipeline time / bare chars time",
                t_full / t_bare,
                "×",
                "same runs",
            ),
            Row(
                "backends",
                f"{backend}: reading time / bare chars time",
                t_read / t_bare,
                "×",
                "same runs",
            ),
        ]
        if t_least is not None:
            rows += [
                Row(
                    "backends",
                    f"{backend}: bare text and boxes only ({least_call[backend]})",
                    pages / t_least,
                    "pages/s",
                    how,
                ),
                Row(
                    "backends",
                    f"{backend}: pipeline time / bare text and boxes time",
                    t_full / t_least,
                    "×",
                    "same runs",
                ),
            ]
    rows.append(
        Row(
            "backends",
            "pdfium / pdfplumber: pipeline speed-up",
            pipeline["pdfplumber"] / pipeline["pdfium"],
            "×",
            "same runs",
        )
    )
    return rows


def bench_extractors(s: Settings) -> list[Row]:
    from .document import Document
    from .extractors.citation_parser import parse_citations
    from .extractors.citations import extract_citations
    from .extractors.dates import find_dates
    from .extractors.measures import BODY_KINDS, extract_measures
    from .extractors.statistics import extract_statistics
    from .metadata import with_metadata
    from .pipeline import Pipeline, load_document

    path = s.root / TEXT
    name = _rel(path, s.root)
    _say(f"extractors on {name}")
    doc = load_document(path)
    doc = dataclasses.replace(doc, source=with_metadata(doc.source, doc))
    year = doc.source.year
    notes_and_paras = [n.text for n in doc.footnotes] + [p.text for p in doc.paragraphs]
    body = [p.text for p in doc.paragraphs if p.kind in BODY_KINDS]
    paras = [p.text for p in doc.paragraphs]
    sizes = {
        "notes+paras": utf8_size(notes_and_paras),
        "body": utf8_size(body),
        "paras": utf8_size(paras),
    }
    basis = {
        "notes+paras": "footnotes and paragraphs",
        "body": "body paragraphs",
        "paras": "paragraphs",
    }

    def fresh() -> Document:
        """A new Document of the same content: nothing cached on it by an earlier run."""
        return dataclasses.replace(doc)

    stages = Pipeline().stages

    def together() -> None:
        d = fresh()
        for stage in stages:
            stage.run(d)

    cases: list[tuple[str, str, Callable[[], Any]]] = [
        (
            "all extractors together (every stage of `Pipeline()` in turn)",
            "notes+paras",
            together,
        ),
        (
            "Report from a Document (`Pipeline().run`: stages, links, structure records)",
            "notes+paras",
            lambda: Pipeline().run(fresh()),
        ),
        (
            "citations (`extract_citations`, with Ibid. resolution)",
            "notes+paras",
            lambda: extract_citations(fresh()),
        ),
        (
            "citation parser (`parse_citations` per text)",
            "notes+paras",
            lambda: [parse_citations(t) for t in notes_and_paras],
        ),
        ("dates (`find_dates` per text)", "body", lambda: [find_dates(t, year) for t in body]),
        ("measures (`extract_measures`)", "body", lambda: extract_measures(fresh(), [])),
        ("statistics (`extract_statistics`)", "paras", lambda: extract_statistics(fresh(), [])),
    ]
    rows: list[Row] = []
    for what, key, fn in cases:
        fn()  # warm: compile patterns, fill caches
        t = best_of(fn, s.repeats)
        how = f"{name}: {basis[key]}, {sizes[key] / 1e6:.3f} MB, one core, best of {s.repeats}"
        rows.append(Row("extractors", what, sizes[key] / 1e6 / t, "MB/s", how))
    what = 'peer: dateparser `search_dates(text, languages=["nl"])`'
    where = f"{name}: {basis['body']} (as dates)"
    rows.append(bench_peer(what, _dateparser(), prefix(body, s.peer_bytes), where, s.runs))
    what = "peer: eyecite `get_citations(text)`"
    where = f"{name}: {basis['notes+paras']} (as citations)"
    texts = prefix(notes_and_paras, s.peer_bytes)
    rows.append(bench_peer(what, _eyecite(), texts, where, s.runs))
    return rows


def _dateparser() -> Callable[[str], Any] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    return lambda text: search_dates(text, languages=["nl"])


def _eyecite() -> Callable[[str], Any] | None:
    try:
        from eyecite import get_citations
    except ImportError:
        return None
    return lambda text: get_citations(text)


def bench_peer(
    what: str, fn: Callable[[str], Any] | None, texts: list[str], basis: str, runs: int
) -> Row:
    """A peer library's MB/s on ``texts``, or a row saying it is not installed."""
    if fn is None:
        return Row("extractors", what, None, "MB/s", "pip install 'emnextract[bench]'")
    _say(f"extractors: {what}")
    fn(texts[0][:200])  # warm: load languages, compile patterns
    size = utf8_size(texts)
    t = best_of(lambda: [fn(x) for x in texts], runs)
    how = f"{basis}, {size / 1e6:.3f} MB, one core, best of {runs}"
    return Row("extractors", what, size / 1e6 / t, "MB/s", how)


# The child's own peak: Linux's VmHWM counts this process image alone, while ru_maxrss
# also keeps the peak of the process before exec (a forked copy of the bench, which
# holds more than a 70-page extract needs); ru_maxrss only where there is no /proc.
_CHILD = """
import json, resource, sys, time
from emnextract import extract

def peak_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

t = time.perf_counter()
r = extract(sys.argv[1], backend=sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t, "pages": r.source.pages,
                  "rss_kb": peak_kb()}))
"""


def repeated_pdf(pdf: Path, pages: int, out: Path) -> Path:
    """``pdf``'s pages repeated (numbering restarts in every copy) up to exactly ``pages``."""
    import pypdfium2

    src = pypdfium2.PdfDocument(str(pdf))
    dst = pypdfium2.PdfDocument.new()
    try:
        n = len(src)
        done = 0
        while done < pages:
            take = min(n, pages - done)
            dst.import_pages(src, list(range(take)))
            done += take
        dst.save(str(out))
    finally:
        dst.close()
        src.close()
    return out


def distinct_pdf(pdfs: Sequence[Path], pages: int | None, out: Path) -> Path:
    """The pages of ``pdfs`` one after another, each page once (the first ``pages`` of
    them, or all): a long document whose pages share nothing, unlike :func:`repeated_pdf`,
    where every copy of a page holds the same texts and coordinates as the first."""
    import pypdfium2

    dst = pypdfium2.PdfDocument.new()
    try:
        for path in pdfs:
            room = None if pages is None else pages - len(dst)
            if room is not None and room <= 0:
                break
            src = pypdfium2.PdfDocument(str(path))
            try:
                n = len(src) if room is None else min(len(src), room)
                dst.import_pages(src, list(range(n)))
            finally:
                src.close()
        dst.save(str(out))
    finally:
        dst.close()
    return out


def _child_env() -> dict[str, str]:
    """The environment of a child process that imports this very emnextract."""
    here = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}


def extract_in_child(path: Path, backend: str) -> dict[str, Any]:
    """``extract(path, backend=backend)`` in a fresh Python: seconds, pages and peak RSS
    (VmHWM, else ru_maxrss; kB)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), backend],
        env=_child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"extract in a child process failed: {done.stderr.strip()[-500:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_memory(s: Settings) -> list[Row]:
    small, large = s.pages
    src = s.root / PDF
    # Every PDF of the fixtures, each page once: repeated pages flatter a reader that keeps
    # one object per recurring value, so the same ratio is also taken on pages that differ.
    pdfs = sorted((s.root / "fixtures").rglob("*.pdf"))
    total = sum(pdf_pages(p) for p in pdfs)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="emnextract-bench-") as tmp:
        paths = {}
        for pages in (small, large):
            paths[pages] = repeated_pdf(src, pages, Path(tmp) / f"repeated-{pages}.pdf")
        few = max(total // 10, 1)
        distinct = {
            few: distinct_pdf(pdfs, few, Path(tmp) / "distinct-few.pdf"),
            total: distinct_pdf(pdfs, None, Path(tmp) / "distinct-all.pdf"),
        }
        for backend in BACKENDS:
            results = []
            for pages in (small, large):
                _say(f"memory: {backend}, {pages} pages in a child process")
                results.append(extract_in_child(paths[pages], backend))
            how = f"{_rel(src, s.root)} repeated"
            rows.extend(_memory_rows(backend, "pages", how, results))
        for backend in BACKENDS:
            results = []
            for pages, path in distinct.items():
                _say(f"memory: {backend}, {pages} distinct pages in a child process")
                results.append(extract_in_child(path, backend))
            how = f"every PDF under fixtures/ ({len(pdfs)}), each page once"
            rows.extend(_memory_rows(backend, "distinct pages", how, results, timed=False))
    return rows


def _memory_rows(
    backend: str, noun: str, source: str, results: list[dict[str, Any]], *, timed: bool = True
) -> list[Row]:
    rows = []
    for r in results:
        how = f"{source}, `extract` in a fresh process, its peak RSS (VmHWM); {r['seconds']:.1f} s"
        what = f"{backend}: peak RSS, {r['pages']} {noun}"
        rows.append(Row("memory", what, r["rss_kb"] / 1024, "MB", how))
    a, b = results
    what = f"{backend}: peak RSS, {b['pages']} / {a['pages']} {noun}"
    rows.append(Row("memory", what, b["rss_kb"] / a["rss_kb"], "×", "same runs"))
    if timed:
        per_page = (b["seconds"] / b["pages"]) / (a["seconds"] / a["pages"])
        what = f"{backend}: time per page, {b['pages']} / {a['pages']} {noun}"
        rows.append(Row("memory", what, per_page, "×", "same runs; 1 is linear"))
    return rows


def run_batch_command(inputs: Path, out: Path, jobs: int) -> None:
    argv = [sys.executable, "-m", "emnextract", "-q", "batch", str(inputs), "-d", str(out)]
    argv += ["--jobs", str(jobs), "--force", "--no-progress"]
    done = subprocess.run(argv, env=_child_env(), capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"emnextract batch failed: {done.stderr.strip()[-500:]}")


def bench_batch(s: Settings) -> list[Row]:
    src = s.root / PDF
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="emnextract-bench-") as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for i in range(s.batch_copies):
            shutil.copyfile(src, inputs / f"copy{i + 1}.pdf")
        counts = sorted({1, s.jobs})
        _say(f"batch: {s.batch_copies} PDFs, --jobs {' and '.join(map(str, counts))} in turn")
        # The runs of each count of jobs alternate, so that a spell of other work on the
        # machine slows both alike rather than one of them.
        for _ in range(max(s.runs, 1)):
            for jobs in counts:
                out = Path(tmp) / f"out{jobs}"
                t = best_of(functools.partial(run_batch_command, inputs, out, jobs), 1)
                times[jobs] = min(times.get(jobs, math.inf), t)
    how = (
        f"`emnextract batch DIR -d OUT --jobs N --force`, {s.batch_copies} copies of "
        f"{_rel(src, s.root)}, wall time of the command, best of {s.runs}, the runs of "
        "each N in turn"
    )
    return [
        Row("batch", "--jobs 1", times[1], "s", how),
        Row("batch", f"--jobs {s.jobs} (cpu count)", times[s.jobs], "s", how),
        Row(
            "batch",
            f"speed-up: --jobs 1 time / --jobs {s.jobs} time",
            times[1] / times[s.jobs],
            "×",
            "same runs",
        ),
    ]


BENCHES: dict[str, Callable[[Settings], list[Row]]] = {
    "backends": bench_backends,
    "extractors": bench_extractors,
    "memory": bench_memory,
    "batch": bench_batch,
}


def run(parts: Sequence[str], settings: Settings) -> list[Row]:
    rows: list[Row] = []
    for part in parts:
        rows += BENCHES[part](settings)
    return rows


# -- the table ---------------------------------------------------------------------------


def format_value(value: float | None) -> str:
    """Three significant digits, never exponent notation; None is "not installed".

    Reading the text back and formatting it again gives the same text.
    """
    if value is None:
        return NOT_INSTALLED
    return _digits(float(_digits(value)))


def _digits(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    digits = max(0, 2 - math.floor(math.log10(value))) if value > 0 else 2
    return f"{value:.{digits}f}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def format_table(rows: Sequence[Row]) -> str:
    """The Markdown table of ``rows`` (the one the README holds)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for r in rows:
        cells = (r.part, r.what, format_value(r.value), r.unit, r.how)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def _split_row(line: str) -> list[str]:
    if not (line.startswith("| ") and line.endswith(" |")):
        raise ValueError(f"not a table row: {line!r}")
    cells, cell, escaped = [], "", False
    for ch in line[2:-2]:
        if escaped:
            cell += ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
    cells.append(cell.strip())
    return cells


def parse_table(text: str) -> list[Row]:
    """The rows of a table :func:`format_table` wrote; ValueError for anything else."""
    lines = text.strip().splitlines()
    if len(lines) < 2 or _split_row(lines[0]) != list(HEADER):
        raise ValueError(f"not the bench table header: {lines[:1]}")
    if lines[1] != "|" + "---|" * len(HEADER):
        raise ValueError(f"not the bench table rule: {lines[1]!r}")
    rows = []
    for line in lines[2:]:
        cells = _split_row(line)
        if len(cells) != len(HEADER):
            raise ValueError(f"{len(cells)} cells, not {len(HEADER)}: {line!r}")
        part, what, value, unit, how = cells
        rows.append(Row(part, what, None if value == NOT_INSTALLED else float(value), unit, how))
    return rows


def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def machine_line(load_at_start: float) -> str:
    """CPUs, Python, system, date and the load average at the start and at the end."""
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    return (
        f"Machine: {os.cpu_count()} CPUs ({platform.machine()}), Python "
        f"{platform.python_version()}, {platform.system()}, {today}; load average "
        f"{load_at_start:.1f} at the start, {load_average():.1f} at the end."
    )


def readme_block(command: str, machine: str, table: str) -> str:
    return f"{START}\nCommand: `{command}`. {machine}\n\n{table}\n{END}"


def replace_block(text: str, block: str) -> str:
    """``text`` with the part from START to END replaced by ``block``."""
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"no {START} … {END} markers")
    return head + block + tail


def read_block(text: str) -> tuple[str, list[Row]]:
    """The command-and-machine line and the rows of the bench block in ``text``."""
    _, start, rest = text.partition(START)
    inner, end, _ = rest.partition(END)
    if not start or not end:
        raise ValueError(f"no {START} … {END} markers")
    head, _, table = inner.strip().partition("\n\n")
    return head, parse_table(table)


# -- command line ------------------------------------------------------------------------


def _parts(value: str) -> list[str]:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(
            f"unknown part {', '.join(unknown) or repr(value)}; choose from {', '.join(PARTS)}"
        )
    return [p for p in PARTS if p in parts]


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m emnextract.bench",
        description="The speed of emnextract in one Markdown table.",
    )
    ap.add_argument("--quick", action="store_true", help="Small sizes and one run (a test).")
    ap.add_argument(
        "--only",
        type=_parts,
        default=list(PARTS),
        help=f"Comma-separated parts: {','.join(PARTS)} (default all).",
    )
    ap.add_argument("--runs", type=_positive, help="Runs of PDFs, peers, batches (default 5).")
    ap.add_argument("--repeats", type=_positive, help="Runs of each extractor (default 20).")
    ap.add_argument(
        "--readme",
        type=Path,
        metavar="README.md",
        help="Also write the table between the bench markers in this file.",
    )
    ap.add_argument(
        "--data-root",
        type=Path,
        default=None,
        help="Folder holding fixtures/ (default: the repository; env EMNEXTRACT_DATA).",
    )
    return ap


def settings_of(args: argparse.Namespace) -> Settings:
    from .eval.suites import data_root

    root = data_root(args.data_root)
    if args.quick:
        s = Settings(root, runs=1, repeats=3, pages=(10, 20), peer_bytes=20_000, batch_copies=2)
    else:
        s = Settings(root)
    return dataclasses.replace(s, runs=args.runs or s.runs, repeats=args.repeats or s.repeats)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser().parse_args(argv)
    settings = settings_of(args)
    for rel in (PDF, TEXT):
        if not (settings.root / rel).is_file():
            print(f"bench: error: {settings.root / rel} not found (--data-root)", file=sys.stderr)
            return 2
    load = load_average()
    rows = run(args.only, settings)
    table = format_table(rows)
    print(table)
    if args.readme:
        command = shlex.join(["python3", "-m", "emnextract.bench", *argv])
        text = args.readme.read_text(encoding="utf-8")
        block = readme_block(command, machine_line(load), table)
        args.readme.write_text(replace_block(text, block), encoding="utf-8")
        _say(f"table written to {args.readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
