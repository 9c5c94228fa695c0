"""The review page: one self-contained HTML file to check Reports against their text.

``write_review(FILE, OUT.html)`` takes a report source (PDF or text dump, extracted here),
a Report JSON, a batch output folder of Report JSONs, or a :class:`Report`, and writes one
HTML file with inline CSS and no external resources:

* the text by section, with every citation, measure date and statistic highlighted where
  its ``provenance`` says its characters stand (``<mark class="citation|measure|statistic"
  id="c12" data-id="c12">``), and each footnote marker a superscript link to its note;
* one table per record kind, each row linking to its highlight and, for citations, to the
  official source (``citation.url``);
* for a folder, a summary by report and by year above the reports.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

from .errors import EmnError
from .export import load_report, write_atomic
from .model import Citation, Footnote, Measure, Paragraph, Report, Section, Statistic

KINDS = ("citation", "measure", "statistic")


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` to highlight as record ``id`` of kind ``kind``."""

    start: int
    end: int
    kind: str
    id: str
    title: str = ""


@dataclass(frozen=True)
class MarkerLink:
    """A footnote marker that stood before ``text[offset]``, linking to note ``note_id``."""

    offset: int
    note_id: str
    number: int


def _e(value: object) -> str:
    return escape(str(value), quote=True)


# --- text with highlights -------------------------------------------------------------


def render_text(
    text: str, spans: Iterable[Span], markers: Iterable[MarkerLink] = (), prefix: str = ""
) -> str:
    """``text`` as escaped HTML with ``spans`` as ``<mark>`` and ``markers`` as links.

    A span inside another nests inside it. Two spans that cross are split: the inner one
    is closed where the outer ends and reopened as a continuation (``class="KIND cont"``,
    no ``id``), so every record has exactly one ``mark.KIND:not(.cont)`` and its pieces,
    in document order, hold its characters. At one offset, spans that end there close
    first, then markers stand, then spans that start there open (outer first).
    """
    n = len(text)
    items = [
        Span(max(0, min(s.start, n)), max(0, min(s.end, n)), s.kind, s.id, s.title)
        for s in spans
        if s.start <= s.end
    ]
    opens: dict[int, list[int]] = defaultdict(list)
    for i in sorted(range(len(items)), key=lambda i: (items[i].start, -items[i].end, i)):
        opens[items[i].start].append(i)
    marks_at: dict[int, list[MarkerLink]] = defaultdict(list)
    for m in markers:
        marks_at[max(0, min(m.offset, n))].append(m)
    points = sorted({0, n, *opens, *(s.end for s in items), *marks_at})

    out: list[str] = []
    stack: list[int] = []

    def open_(i: int, cont: bool) -> None:
        s = items[i]
        title = f' title="{_e(s.title)}"' if s.title else ""
        if cont:
            out.append(f'<mark class="{_e(s.kind)} cont" data-id="{_e(s.id)}"{title}>')
        else:
            out.append(
                f'<mark class="{_e(s.kind)}" id="{_e(prefix + s.id)}" data-id="{_e(s.id)}"{title}>'
            )
        stack.append(i)

    def close_ending(pos: int) -> None:
        if not any(items[i].end <= pos for i in stack):
            return
        reopen: list[int] = []
        while any(items[i].end <= pos for i in stack):
            i = stack.pop()
            out.append("</mark>")
            if items[i].end > pos:
                reopen.append(i)
        for i in reversed(reopen):
            open_(i, cont=True)

    prev = 0
    for pos in points:
        out.append(_e(text[prev:pos]))
        prev = pos
        close_ending(pos)
        for m in marks_at.get(pos, ()):
            out.append(
                f'<sup class="fnref"><a id="{_e(prefix)}ref-{_e(m.note_id)}" '
                f'href="#{_e(prefix + m.note_id)}">{m.number}</a></sup>'
            )
        for i in opens.get(pos, ()):
            open_(i, cont=False)
            if items[i].end == pos:  # an empty span: open and shut
                close_ending(pos)
    out.append(_e(text[prev:]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


# --- one report -----------------------------------------------------------------------


def _spans(report: Report) -> dict[str, list[Span]]:
    """Highlights by the id of the paragraph or footnote that holds them."""
    by: dict[str, list[Span]] = defaultdict(list)
    for c in report.citations:
        if c.provenance:
            title = f"{c.kind}: {c.canonical or c.raw}"
            by[c.provenance.id].append(
                Span(c.provenance.start, c.provenance.end, "citation", c.id, title)
            )
    for m in report.measures:
        if m.provenance:
            title = f"{m.date} ({m.precision}), {m.role}: {m.measure}"
            by[m.provenance.id].append(
                Span(m.provenance.start, m.provenance.end, "measure", m.id, title)
            )
    for s in report.statistics:
        if s.provenance:
            title = f"{s.value} {s.unit}" + (f", {s.what}" if s.what else "")
            title += f" ({s.period})" if s.period else ""
            by[s.provenance.id].append(
                Span(s.provenance.start, s.provenance.end, "statistic", s.id, title)
            )
    return by


def _markers(report: Report) -> dict[str, list[MarkerLink]]:
    """Footnote markers by paragraph id; a marker without an offset stands at the end."""
    lengths = {p.id: len(p.text) for p in report.paragraphs}
    by: dict[str, list[MarkerLink]] = defaultdict(list)
    for f in report.footnotes:
        m = f.marker
        if m is None or m.paragraph not in lengths:
            continue
        offset = m.offset if m.offset is not None else lengths[m.paragraph]
        by[m.paragraph].append(MarkerLink(offset, f.id, f.number))
    return by


def _heading(level: int, base: int, ident: str, number: str | None, title: str) -> str:
    h = min(6, base + max(1, level) - 1)
    no = f'<span class="secno">{_e(number)}</span>' if number else ""
    return f'<h{h} id="{_e(ident)}">{no}{_e(title)}</h{h}>'


def _paragraph(p: Paragraph, spans: list[Span], markers: list[MarkerLink], prefix: str) -> str:
    body = render_text(p.text, spans, markers, prefix)
    pid = prefix + p.id
    page = f' title="page {p.page}"' if p.page is not None else ""
    return (
        f'<p class="para {_e(p.kind)}" id="{_e(pid)}" data-id="{_e(p.id)}">'
        f'<a class="pid" href="#{_e(pid)}"{page}>{_e(p.id)}</a>{body}</p>'
    )


def _note(f: Footnote, spans: list[Span], prefix: str, placed: bool) -> str:
    nid = prefix + f.id
    back = (
        f' <a class="back" href="#{_e(prefix)}ref-{_e(f.id)}" title="back to the marker">↩</a>'
        if placed
        else ""
    )
    return (
        f'<li class="note" id="{_e(nid)}" data-id="{_e(f.id)}"><span class="num">{f.number}</span>'
        f"{render_text(f.text, spans, (), prefix)}{back}</li>"
    )


def _text_html(report: Report, prefix: str, base: int) -> str:
    """The text by section; each section's notes follow its paragraphs."""
    spans = _spans(report)
    markers = _markers(report)
    sections: dict[str | None, Section | None] = {None: None}
    sections.update({s.id: s for s in report.sections})  # unnumbered parts too
    paras: dict[str | None, list[Paragraph]] = defaultdict(list)
    for p in report.paragraphs:
        key = p.section_id or p.section
        if key not in sections:
            sections[key] = None
        paras[key].append(p)
    where = {p.id: p.section_id or p.section for p in report.paragraphs}
    notes: dict[str | None, list[Footnote]] = defaultdict(list)
    unplaced: list[Footnote] = []
    for f in report.footnotes:
        if f.marker and f.marker.paragraph in where:
            notes[where[f.marker.paragraph]].append(f)
        else:
            unplaced.append(f)

    out: list[str] = []
    for number, sec in sections.items():
        if number is None and not paras[None] and not notes[None]:
            continue
        ident = f"{prefix}sec-{number}" if number is not None else f"{prefix}sec-front"
        if sec is not None:
            out.append(_heading(sec.level, base, ident, sec.number, sec.title))
        elif number is None:
            out.append(_heading(1, base, ident, None, "Before the first chapter"))
        else:
            out.append(_heading(1, base, ident, number, "(section not in the outline)"))
        out.extend(_paragraph(p, spans[p.id], markers[p.id], prefix) for p in paras[number])
        if notes[number]:
            out.append('<ol class="notes">')
            out.extend(_note(f, spans[f.id], prefix, True) for f in notes[number])
            out.append("</ol>")
    if unplaced:
        out.append(_heading(1, base, f"{prefix}notes-unplaced", None, "Notes without a marker"))
        out.append('<ol class="notes">')
        out.extend(_note(f, spans[f.id], prefix, False) for f in unplaced)
        out.append("</ol>")
    return "\n".join(out)


def _where(prefix: str, record_id: str, has_mark: bool) -> str:
    if not has_mark:
        return _e(record_id)
    return f'<a class="to-text" href="#{_e(prefix + record_id)}">{_e(record_id)}</a>'


def _table(kind: str, head: Sequence[str], rows: list[str], prefix: str) -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    return (
        f'<table class="records {kind}" id="{_e(prefix)}table-{kind}">'
        f"<thead><tr>{th}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def _row(kind: str, prefix: str, record_id: str, cells: list[str], problem: bool = False) -> str:
    cls = f"{kind} problem" if problem else kind
    tds = "".join(cells)
    return f'<tr class="{cls}" id="{_e(prefix)}row-{_e(record_id)}" data-id="{_e(record_id)}">{tds}</tr>'


def _td(value: object, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<td{c}>{'' if value is None else _e(value)}</td>"


def _citation_rows(report: Report, prefix: str, marked: set[str]) -> list[str]:
    notes = {f.id for f in report.footnotes}
    rows = []
    for c in report.citations:
        source = (
            f'<td class="source"><a class="source" href="{_e(c.url)}">{_e(c.canonical or c.url)}</a></td>'
            if c.url
            else _td(c.canonical, "source")
        )
        note_id = c.provenance.id if c.provenance and c.provenance.within == "footnote" else None
        note = (
            f'<td class="num"><a href="#{_e(prefix + note_id)}">{c.footnote}</a></td>'
            if c.footnote is not None and note_id in notes
            else _td(c.footnote, "num")
        )
        problems = "; ".join(c.problems) + (" (ibid. of " + c.ibid_of + ")" if c.ibid_of else "")
        cells = [
            f"<td>{_where(prefix, c.id, c.id in marked)}</td>",
            _td(c.kind),
            _td(c.raw, "raw"),
            source,
            note,
            _td(c.section),
            _td(c.page, "num"),
            _td(problems),
        ]
        rows.append(_row("citation", prefix, c.id, cells, c.malformed))
    return rows


def _measure_rows(measures: list[Measure], prefix: str, marked: set[str]) -> list[str]:
    rows = []
    for m in measures:
        cells = [
            f"<td>{_where(prefix, m.id, m.id in marked)}</td>",
            _td(m.date),
            _td(m.precision + (", inferred" if m.inferred else "")),
            _td(m.role),
            _td(m.date_text),
            _td(m.measure),
            _td(m.section),
            _td(m.page, "num"),
        ]
        rows.append(_row("measure", prefix, m.id, cells))
    return rows


def _statistic_rows(stats: list[Statistic], prefix: str, marked: set[str]) -> list[str]:
    rows = []
    for s in stats:
        change: str = s.change or ""
        if s.compared_to and s.compared_to.value is not None:
            change += f" vs {s.compared_to.value}" + (
                f" ({s.compared_to.period})" if s.compared_to.period else ""
            )
        cells = [
            f"<td>{_where(prefix, s.id, s.id in marked)}</td>",
            _td(("~" if s.approx else "") + str(s.value), "num"),
            _td(s.unit),
            _td(s.value_text),
            _td(s.what),
            _td(s.period),
            _td(change.strip()),
            _td(s.section),
            _td(s.page, "num"),
        ]
        rows.append(_row("statistic", prefix, s.id, cells))
    return rows


def _marked_ids(report: Report) -> set[str]:
    """Records whose provenance points at a paragraph or note the page shows."""
    shown = {p.id for p in report.paragraphs} | {f.id for f in report.footnotes}
    recs: list[Citation | Measure | Statistic] = [
        *report.citations,
        *report.measures,
        *report.statistics,
    ]
    return {r.id for r in recs if r.provenance and r.provenance.id in shown}


def _tables_html(report: Report, prefix: str, base: int) -> str:
    marked = _marked_ids(report)
    h = min(6, base)
    parts = [
        f'<h{h} id="{_e(prefix)}citations">Citations ({len(report.citations)})</h{h}>',
        _table(
            "citation",
            ["id", "kind", "text", "official source", "note", "section", "page", "problems"],
            _citation_rows(report, prefix, marked),
            prefix,
        ),
        f'<h{h} id="{_e(prefix)}measures">Measures ({len(report.measures)})</h{h}>',
        _table(
            "measure",
            ["id", "date", "precision", "role", "date text", "measure", "section", "page"],
            _measure_rows(report.measures, prefix, marked),
            prefix,
        ),
        f'<h{h} id="{_e(prefix)}statistics">Statistics ({len(report.statistics)})</h{h}>',
        _table(
            "statistic",
            ["id", "value", "unit", "value text", "what", "period", "change", "section", "page"],
            _statistic_rows(report.statistics, prefix, marked),
            prefix,
        ),
    ]
    return "\n".join(parts)


def _source_line(report: Report) -> str:
    s = report.source
    bits = [f"source {s.path}", s.kind]
    if s.pages is not None:
        bits.append(f"{s.pages} pages")
    if s.year is not None:
        bits.append(f"year {s.year}")
    bits.append(f"sha256 {s.sha256[:12]}…")
    counts = (
        f"{len(report.sections)} sections · {len(report.paragraphs)} paragraphs · "
        f"{len(report.footnotes)} notes · {len(report.citations)} citations · "
        f"{len(report.measures)} measures · {len(report.statistics)} statistics"
    )
    return f'<p class="meta">{_e(" · ".join(bits))}<br>{_e(counts)}</p>'


def _warnings(report: Report) -> str:
    if not report.warnings:
        return ""
    items = "".join(f"<li>{_e(w)}</li>" for w in report.warnings)
    return (
        f'<details class="warnings"><summary>{len(report.warnings)} warnings</summary>'
        f"<ul>{items}</ul></details>"
    )


def _report_html(report: Report, prefix: str, base: int) -> str:
    """Text then tables of one report; ``base`` is the heading level of its chapters."""
    nav = " · ".join(
        f'<a href="#{_e(prefix)}{a}">{a}</a>'
        for a in ("text", "citations", "measures", "statistics")
    )
    return "\n".join(
        [
            _source_line(report),
            _warnings(report),
            f'<p class="meta">{nav}</p>',
            f'<div class="text" id="{_e(prefix)}text" lang="nl">',
            _text_html(report, prefix, base),
            "</div>",
            _tables_html(report, prefix, base),
        ]
    )


# --- page -----------------------------------------------------------------------------


def _css() -> str:
    return resources.files(__package__).joinpath("templates/review.css").read_text("utf-8")


def _legend(counts: dict[str, int], links: Sequence[tuple[str, str]]) -> str:
    boxes = "".join(
        f'<input type="checkbox" id="show-{k}" checked>'
        f'<label for="show-{k}"><span class="swatch {k}"></span> {k} ({counts[k]})</label>'
        for k in KINDS
    )
    nav = "".join(f'<a href="#{_e(a)}">{_e(t)}</a>' for a, t in links)
    return f'<div class="legend">{boxes}<nav>{nav}</nav></div>'


def _page(title: str, legend: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f"{legend}\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _counts(reports: Iterable[Report]) -> dict[str, int]:
    counts = dict.fromkeys(KINDS, 0)
    for r in reports:
        counts["citation"] += len(r.citations)
        counts["measure"] += len(r.measures)
        counts["statistic"] += len(r.statistics)
    return counts


def _report_title(report: Report) -> str:
    return report.source.title or Path(report.source.path).name


def render_report(report: Report) -> str:
    """The review page of one report."""
    title = f"Review: {_report_title(report)}"
    legend = _legend(
        _counts([report]),
        [
            ("text", "text"),
            ("citations", "citations"),
            ("measures", "measures"),
            ("statistics", "statistics"),
        ],
    )
    body = f"<h1>{_e(title)}</h1>\n{_report_html(report, '', 2)}"
    return _page(title, legend, body)


def render_batch(reports: Sequence[tuple[str, Report]], skipped: Sequence[str] = ()) -> str:
    """One page for many reports: a summary by report and by year, then each report.

    ``reports`` are (label, Report) pairs, label being the JSON's path in the folder.
    """
    order = sorted(
        reports, key=lambda lr: (lr[1].source.year is None, lr[1].source.year or 0, lr[0])
    )
    head = [
        "#",
        "report",
        "title",
        "year",
        "sections",
        "notes",
        "citations",
        "measures",
        "statistics",
        "warnings",
    ]
    rows = []
    years: dict[int | None, list[Report]] = defaultdict(list)
    for i, (label, r) in enumerate(order, 1):
        years[r.source.year].append(r)
        rows.append(
            f'<tr class="report" data-year="{_e(r.source.year or "")}">'
            f'<td class="num">{i}</td><td><a href="#r{i}">{_e(label)}</a></td>'
            f"{_td(r.source.title)}{_td(r.source.year, 'num')}"
            f"{_td(len(r.sections), 'num')}{_td(len(r.footnotes), 'num')}"
            f"{_td(len(r.citations), 'num')}{_td(len(r.measures), 'num')}"
            f"{_td(len(r.statistics), 'num')}{_td(len(r.warnings), 'num')}</tr>"
        )
    year_rows = []
    for year in sorted(years, key=lambda y: (y is None, y or 0)):
        c = _counts(years[year])
        year_rows.append(
            f'<tr class="year">{_td("unknown" if year is None else year)}'
            f"{_td(len(years[year]), 'num')}{_td(c['citation'], 'num')}"
            f"{_td(c['measure'], 'num')}{_td(c['statistic'], 'num')}</tr>"
        )
    th = "".join(f"<th>{h}</th>" for h in head)
    summary = [
        f"<h1>Review: {len(order)} reports</h1>",
        '<h2 id="summary">Summary by year</h2>',
        '<table class="summary years"><thead><tr><th>year</th><th>reports</th>'
        "<th>citations</th><th>measures</th><th>statistics</th></tr></thead><tbody>",
        *year_rows,
        "</tbody></table>",
        '<h2 id="reports">Reports</h2>',
        f'<table class="summary reports"><thead><tr>{th}</tr></thead><tbody>',
        *rows,
        "</tbody></table>",
    ]
    if skipped:
        items = "".join(f"<li>{_e(s)}</li>" for s in skipped)
        summary.append(
            f'<details class="warnings"><summary>{len(skipped)} files skipped</summary>'
            f"<ul>{items}</ul></details>"
        )
    parts = summary
    for i, (label, r) in enumerate(order, 1):
        parts.append(
            f'<section class="report" id="r{i}"><h2>{i}. {_e(_report_title(r))} '
            f'<span class="meta">{_e(label)}</span></h2>'
        )
        parts.append(_report_html(r, f"r{i}-", 3))
        parts.append("</section>")
    legend = _legend(_counts(r for _, r in order), [("summary", "summary"), ("reports", "reports")])
    return _page(f"Review: {len(order)} reports", legend, "\n".join(parts))


# --- inputs ---------------------------------------------------------------------------


def _load_json(path: Path) -> Report:
    try:
        return load_report(path)
    except OSError as exc:
        raise EmnError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:  # bad JSON, or JSON that is not a Report
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EmnError(str(path), f"is not a Report JSON ({first})") from None


def load_folder(folder: Path) -> tuple[list[tuple[str, Report]], list[str]]:
    """The Reports among the ``*.json`` files under ``folder`` and the files skipped, why."""
    reports: list[tuple[str, Report]] = []
    skipped: list[str] = []
    for path in sorted(folder.rglob("*.json")):
        label = path.relative_to(folder).as_posix()
        try:
            reports.append((label, _load_json(path)))
        except EmnError as exc:
            skipped.append(f"{label}: {exc.problem}")
    return reports, skipped


def render(source_or_report_or_folder: str | Path | Report) -> str:
    """The page for a Report, a Report JSON, a batch output folder or a report source."""
    obj = source_or_report_or_folder
    if isinstance(obj, Report):
        return render_report(obj)
    path = Path(obj)
    if path.is_dir():
        reports, skipped = load_folder(path)
        if not reports:
            raise EmnError(str(path), "holds no Report JSON files")
        return render_batch(reports, skipped)
    if path.suffix.lower() == ".json":
        return render_report(_load_json(path))
    from .pipeline import extract

    return render_report(extract(path))


def write_review(source_or_report_or_folder: str | Path | Report, out_html: Path) -> Path:
    """Write the review page to ``out_html`` (atomically) and return its path."""
    out = Path(out_html)
    write_atomic(out, render(source_or_report_or_folder))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``emnextract show``: ``FILE --html OUT.html``."""
    parser.add_argument("file", help="PDF or text dump, Report JSON, or batch output folder")
    parser.add_argument("--html", required=True, metavar="OUT.html", help="the page to write")


def run(args: argparse.Namespace) -> int:
    """Write the page for parsed arguments; EmnError goes up to the command line's handler."""
    out = write_review(args.file, Path(args.html))
    print(f"{args.file} -> {out}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python3 -m emnextract.review FILE --html OUT.html`` (the same as ``emnextract show``)."""
    parser = argparse.ArgumentParser(
        prog="emnextract show",
        description="Write a self-contained HTML review page of a report, a Report JSON "
        "or a batch output folder.",
    )
    add_arguments(parser)
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        return run(args)
    except EmnError as exc:
        print(f"emnextract: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())


__all__ = [
    "MarkerLink",
    "Span",
    "add_arguments",
    "load_folder",
    "main",
    "render",
    "render_batch",
    "render_report",
    "render_text",
    "run",
    "write_review",
]
