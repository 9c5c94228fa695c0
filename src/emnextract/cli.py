"""The command line: extract, batch, show, schema, evaluate.

Exit codes: 0 ok; 1 some inputs failed (batch) or an unexpected error; 2 usage (a bad
option or value, an output path that cannot be used); 3 bad input (a file that cannot be
read as a report, or one over the time or page limit); 130 interrupted (Ctrl-C). Errors are one line, ``emnextract: error: …``; ``--debug`` shows the
traceback instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import EmnError, OutputError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERRUPTED = 130

STDIO = "-"
STDIN_NAME = "<stdin>"

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class State:
    """Options every command shares: how much to say, and whether to show tracebacks."""

    verbose: int = 0
    quiet: bool = False
    debug: bool = False


def _state() -> State:
    return click.get_current_context().find_object(State) or State()


def _say(message: str) -> None:
    """One line on stderr, unless ``-q``."""
    if not _state().quiet:
        click.echo(message, err=True)


def _set_quiet(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(State).quiet = True


def _set_verbose(ctx: click.Context, _param: click.Parameter, value: int) -> None:
    if value:
        ctx.ensure_object(State).verbose += value


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(State).debug = True


def common_options(f: F) -> F:
    """``-q``, ``-v`` and ``--debug``, accepted before or after the command's name."""
    f = click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        callback=_set_debug,
        help="Show the traceback of an error instead of one line.",
    )(f)
    f = click.option(
        "-v",
        "--verbose",
        count=True,
        expose_value=False,
        callback=_set_verbose,
        help="Say more: each report's warnings, each file of a batch.",
    )(f)
    f = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        expose_value=False,
        callback=_set_quiet,
        help="Print nothing on stderr but errors.",
    )(f)
    return f


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit codes: 0 ok, 1 some inputs failed, 2 usage error (including output "
    "paths that cannot be used), 3 bad input (or over --timeout/--max-pages), "
    "130 interrupted.",
)
@click.version_option(__version__, prog_name="emnextract", message="%(prog)s %(version)s")
@common_options
def cli() -> None:
    """Structured, source-linked records from EMN Jaaroverzicht reports."""


# ---------------------------------------------------------------- extract


def _read_stdin() -> bytes:
    stream = sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    if not data:
        raise EmnError(STDIN_NAME, "is empty")
    return data


def _extract(file: str, year: int | None, kind: str | None, limits: dict[str, Any]) -> Any:
    from .pipeline import extract

    if file != STDIO:
        return extract(Path(file), year=year, kind=kind, **limits)  # type: ignore[arg-type]
    data = _read_stdin()
    try:
        report = extract(data, year=year, kind=kind, **limits)  # type: ignore[arg-type]
    except EmnError as exc:
        raise EmnError(STDIN_NAME, exc.problem) from None
    named = report.source.path
    return report.model_copy(
        update={
            "source": report.source.model_copy(update={"path": STDIN_NAME}),
            "warnings": [w.replace(named, STDIN_NAME) for w in report.warnings],
        }
    )


def _warning_line(name: str, warning: str) -> str:
    own = f"{name}: "
    return f"{name}: warning: {warning[len(own) :] if warning.startswith(own) else warning}"


def _warnings(name: str, warnings: list[str]) -> None:
    """Each warning with ``-v``; otherwise nothing (the summary line counts them)."""
    state = _state()
    if state.verbose and not state.quiet:
        for w in warnings:
            click.echo(_warning_line(name, w), err=True)


DEFAULT_TIMEOUT = 900.0
DEFAULT_MAX_PAGES = 5000


def limit_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--password, --timeout, --max-pages and --backend, shared by extract and batch."""
    f = click.option(
        "--backend",
        type=click.Choice(["pdfplumber", "pdfium"]),
        default=None,
        help="The library that reads a PDF's chars (default: pdfium; pdfplumber, "
        "several times slower, reads the same).",
    )(f)
    f = click.option(
        "--max-pages",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_PAGES,
        show_default=True,
        help="Refuse a PDF of more pages (0: no limit).",
    )(f)
    f = click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Give up on a file after this many seconds (0: no limit).",
    )(f)
    return click.option(
        "--password",
        envvar="EMNEXTRACT_PASSWORD",
        metavar="TEXT",
        help="Password of encrypted PDFs (or set EMNEXTRACT_PASSWORD).",
    )(f)


def _limits(
    password: str | None, timeout: float, max_pages: int, backend: str | None = None
) -> dict[str, Any]:
    return {
        "password": password,
        "timeout": timeout or None,
        "max_pages": max_pages or None,
        "backend": backend,
    }


@cli.command()
@click.argument("file", metavar="FILE|-")
@click.option(
    "-o",
    "--output",
    metavar="OUT|-",
    help="Write here (atomically) instead of stdout; '-' is stdout.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "md"]),
    default="json",
    show_default=True,
    help="json: the Report; jsonl/csv: one line/row per record of every kind, "
    "with a 'kind' column; md: a Markdown summary with tables.",
)
@click.option("--year", type=click.IntRange(1900, 2200), help="The report's year (overrides).")
@click.option(
    "--kind",
    type=click.Choice(["pdf", "text", "xml"]),
    help="Read as a PDF, a text dump or rechtspraak.nl XML (default: by content).",
)
@limit_options
@common_options
def extract(
    file: str,
    output: str | None,
    fmt: str,
    year: int | None,
    kind: str | None,
    password: str | None,
    timeout: float,
    max_pages: int,
    backend: str | None,
) -> int:
    """Extract one report (PDF or text dump; '-' reads stdin)."""
    from .export import check_output, render, write_output

    to_stdout = output in (None, STDIO)
    if not to_stdout:
        assert output is not None
        check_output(output, [] if file == STDIO else [file])
    report = _extract(file, year, kind, _limits(password, timeout, max_pages, backend))
    text = render(report, fmt)
    name = STDIN_NAME if file == STDIO else file
    if to_stdout:
        _write_stdout(text)
    else:
        assert output is not None
        write_output(output, text)
    _warnings(name, report.warnings)
    n = report
    _say(
        f"{name}: {len(n.sections)} sections, {len(n.footnotes)} footnotes, "
        f"{len(n.citations)} citations, {len(n.measures)} measures, "
        f"{len(n.statistics)} statistics, {len(n.warnings)} warnings"
        + ("" if to_stdout else f" -> {output}")
    )
    return EXIT_OK


def _write_stdout(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


# ---------------------------------------------------------------- batch


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="DIR_OR_FILE...")
@click.option("-d", "--out-dir", required=True, help="The output folder.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, help="Worker processes.")
@click.option("--force", is_flag=True, help="Extract again reports whose output is up to date.")
@click.option("--db", metavar="PATH", help="Also write the tables into this DuckDB file.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run on local processes or on dask.distributed.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (default: a local cluster of --jobs workers).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
@limit_options
@common_options
def batch(
    inputs: tuple[str, ...],
    out_dir: str,
    jobs: int,
    force: bool,
    db: str | None,
    executor: str,
    scheduler: str | None,
    progress: bool | None,
    password: str | None,
    timeout: float,
    max_pages: int,
    backend: str | None,
) -> int:
    """Extract a shelf of reports (the .pdf, .txt and .xml files of folders, or files named):
    one JSON each, plus combined tables."""
    from .batch import NoInputsError, Options, collect_inputs, run_batch, summarize

    state = _state()
    start = time.perf_counter()
    try:
        results_iter = run_batch(
            inputs,
            out_dir,
            jobs=jobs,
            force=force,
            db=db,
            executor=executor,  # type: ignore[arg-type]
            scheduler=scheduler,
            options=Options(**_limits(password, timeout, max_pages, backend)),
        )
    except NoInputsError:
        raise
    except EmnError as exc:  # the output folder, the database or the executor
        raise OutputError(exc.path, exc.problem) from exc
    if progress is None:
        progress = sys.stderr.isatty() and not state.quiet
    results = []
    total = len(collect_inputs(inputs)) if progress else None
    with _progress(progress and not state.quiet, total) as (tick, say):
        try:
            for result in results_iter:
                results.append(result)
                tick(result.pages or 0)
                if result.status == "failed":
                    say(f"failed  {result.path}: {result.error}", error=True)
                elif state.verbose:
                    label = "ok     " if result.status == "done" else "skipped"
                    note = " (unchanged)" if result.status == "skipped" else ""
                    say(f"{label} {result.path}{note} -> {result.output}")
                    for w in _report_warnings(result.output) if result.warnings else []:
                        say(_warning_line(result.path, w))
        except EmnError as exc:  # an unreachable dask scheduler
            raise OutputError(exc.path, exc.problem) from exc
        except KeyboardInterrupt:
            if state.debug:
                raise
            done = sum(r.status == "done" for r in results)
            click.echo(
                f"emnextract: interrupted; {done} reports written to {out_dir} are complete, "
                "run the same command again to go on",
                err=True,
            )
            return EXIT_INTERRUPTED
    s = summarize(results, time.perf_counter() - start)
    if not state.quiet:
        _summary_table(s)
        if s["warnings"] and not state.verbose:
            click.echo(f"{s['warnings']} warnings in the reports (-v lists them)", err=True)
        if s["failed"]:
            click.echo(f"failures listed in {Path(out_dir) / 'errors.jsonl'}", err=True)
    return EXIT_FAILED if s["failed"] else EXIT_OK


def _report_warnings(output: str | None) -> list[str]:
    from .export import load_report

    try:
        return load_report(output).warnings if output else []
    except (OSError, ValueError):
        return []


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def _progress(
    show: bool, total: int | None = None
) -> Iterator[tuple[Callable[[int], None], Callable[..., None]]]:
    """(tick(pages), say(line, error=False)): a progress bar of files and pages on stderr,
    and lines printed above it; without ``show`` only the lines."""
    quiet = _state().quiet

    if not show:

        def say_plain(line: str, error: bool = False) -> None:
            if error or not quiet:
                click.echo(line, err=True)

        yield (lambda _pages: None), say_plain
        return

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files, {task.fields[pages]} pages"),
        TimeElapsedColumn(),
        console=_console(),
        transient=False,
    )
    pages = 0
    with bar:
        task = bar.add_task("batch", total=total, pages=0)

        def tick(n: int) -> None:
            nonlocal pages
            pages += n
            bar.update(task, advance=1, pages=pages)

        def say_rich(line: str, error: bool = False) -> None:
            bar.console.print(line, markup=False, soft_wrap=True)

        yield tick, say_rich


def _summary_table(s: dict[str, Any]) -> None:
    from rich import box
    from rich.table import Table

    table = Table(title="batch summary", box=box.SIMPLE, title_justify="left")
    table.add_column("", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    for key in ("files", "done", "skipped", "failed", "pages"):
        table.add_row(key, str(s[key]))
    for kind, n in s["records"].items():
        table.add_row(kind, str(n))
    table.add_row("warnings", str(s["warnings"]))
    table.add_row("seconds", f"{s['seconds']:.1f}")
    _console().print(table)


# ---------------------------------------------------------------- show, schema, evaluate


@cli.command()
@click.argument("file")
@click.option("--html", required=True, metavar="OUT.html", help="The page to write.")
@common_options
def show(file: str, html: str) -> int:
    """Write a self-contained HTML review page of a report, its JSON or a batch folder."""
    from .export import check_output, write_output
    from .review import render

    out = check_output(html, [file])
    write_output(out, render(file))
    _say(f"{file} -> {out}")
    return EXIT_OK


@cli.command()
@common_options
def schema() -> int:
    """Print the JSON Schema of the output."""
    import json

    from .model import json_schema

    _write_stdout(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


@cli.command()
@click.argument("source", required=False)
@click.option("--gold", help="Folder of gold files for SOURCE (docs/gold-format.md).")
@click.option(
    "--suite", help="A suite: reference, fixtures, realdocs, layouts, devset, all or survey."
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--markdown", is_flag=True, help="One Markdown table (the README's).")
@click.option("--details", is_flag=True, help="List every miss and false hit.")
@click.option("--no-baselines", is_flag=True, help="Skip the baseline rows.")
@click.option("--data-root", help="Folder holding fixtures/ and tests/gold/ (env EMNEXTRACT_DATA).")
@click.option("--devset", help="The dev cases (cases.jsonl or its folder).")
@click.option("--dir", help="--suite survey: the folder of PDFs (default ../shared/realdocs).")
@common_options
def evaluate(source: str | None, as_json: bool, **options: Any) -> int:
    """Score extraction against hand-made gold (P/R/F1)."""
    from .eval.cli import main as evaluate_main

    return evaluate_main(argparse.Namespace(source=source, json=as_json, **options))


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    state = State()
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        code = cli.main(args, prog_name="emnextract", standalone_mode=False, obj=state)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("emnextract: aborted", err=True)
        return 130
    except KeyboardInterrupt:
        if state.debug:
            raise
        click.echo("emnextract: interrupted", err=True)
        return 130
    except click.UsageError as exc:
        if state.debug:
            raise
        hint = ""
        if exc.ctx is not None:
            hint = f" (see '{exc.ctx.command_path} --help')"
        _error(f"{exc.format_message()}{hint}")
        return EXIT_USAGE
    except click.ClickException as exc:
        if state.debug:
            raise
        _error(exc.format_message())
        return EXIT_USAGE
    except OutputError as exc:
        if state.debug:
            raise
        _error(str(exc))
        return EXIT_USAGE
    except EmnError as exc:
        if state.debug:
            raise
        _error(str(exc))
        return EXIT_INPUT
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback, unless --debug
        if state.debug:
            raise
        _error(f"unexpected error: {type(exc).__name__}: {exc} (--debug shows the traceback)")
        return EXIT_FAILED
    return code if isinstance(code, int) else EXIT_OK


def _error(message: str) -> None:
    click.echo(f"emnextract: error: {' '.join(message.split())}", err=True)


def _silence_stdout() -> None:
    """After the reader of stdout went away (``| head``): no second error at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
