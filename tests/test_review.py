"""The review page, checked in the DOM that headless Chromium builds from it.

Chromium is required, not optional: ``.ci/run`` installs Debian's ``chromium`` package.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from emnextract.export import write_report
from emnextract.model import Report
from emnextract.review import MarkerLink, Span, main, render_text, write_review

PART1 = "fixtures/emn2019-part1.txt"
KINDS = {"citation": "raw", "measure": "date_text", "statistic": "value_text"}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


# --- a small DOM ----------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if n.tag == tag and (cls is None or cls in n.classes)]

    def text(self, skip: str | None = None) -> str:
        """The text inside, leaving out elements of class ``skip``."""
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip is None or skip not in c.classes:
                out.append(c.text(skip))
        return "".join(out)

    def ancestor(self, cls: str) -> Node | None:
        n = self.parent
        while n is not None and cls not in n.classes:
            n = n.parent
        return n


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        assert n is not None, f"stray </{tag}>"
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html: str) -> Node:
    b = _Builder()
    b.feed(html)
    b.close()
    return b.root


def norm(s: str) -> str:
    return " ".join(s.split())


# --- Chromium -------------------------------------------------------------------------


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.fail("chromium is not installed (.ci/run installs Debian's chromium package)")
    return exe


def run_chromium(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def rendered_dom(page: Path) -> Node:
    proc = run_chromium(page, "--dump-dom")
    assert "<main>" in proc.stdout, proc.stdout[:500]
    return parse(proc.stdout)


# --- the page of one report -----------------------------------------------------------


@pytest.fixture(scope="module")
def part1(report_of) -> Report:
    return report_of(PART1)


@pytest.fixture(scope="module")
def page(part1, tmp_path_factory) -> Path:
    return write_review(part1, tmp_path_factory.mktemp("review") / "part1.html")


@pytest.fixture(scope="module")
def dom(page) -> Node:
    return rendered_dom(page)


def records(report: Report, kind: str) -> list:
    return {
        "citation": report.citations,
        "measure": report.measures,
        "statistic": report.statistics,
    }[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_every_record_is_highlighted_once_with_its_own_text(part1, dom, kind):
    recs = records(part1, kind)
    assert recs
    assert all(r.provenance is not None for r in recs)
    marks = dom.find_all("mark", kind)
    # the fixture has no crossing spans, so one mark per record
    assert len(marks) == len(recs)
    by_id = {m.attrs["data-id"]: m for m in marks}
    assert sorted(by_id) == sorted(r.id for r in recs)
    for r in recs:
        mark = by_id[r.id]
        assert mark.attrs["id"] == r.id
        assert norm(mark.text(skip="fnref")) == norm(getattr(r, KINDS[kind])), r.id
        holder = mark.ancestor("para") or mark.ancestor("note")
        assert holder is not None and holder.attrs["data-id"] == r.provenance.id, r.id


def test_highlights_sit_in_body_and_footnote_text(part1, dom):
    cites = [m.attrs["data-id"] for m in dom.find_all("mark", "citation") if m.ancestor("note")]
    in_notes = [c.id for c in part1.citations if c.provenance.within == "footnote"]
    assert cites == in_notes and len(in_notes) > 100
    body = [m for m in dom.find_all("mark", "citation") if m.ancestor("para")]
    assert [m.attrs["data-id"] for m in body] == [
        c.id for c in part1.citations if c.provenance.within == "paragraph"
    ]
    # a citation inside another (in note n175) is nested, not flattened
    inner = [m.attrs["data-id"] for m in dom.find_all("mark", "citation") if m.ancestor("citation")]
    within = [
        c.id
        for c in part1.citations
        for o in part1.citations
        if o is not c
        and o.provenance.id == c.provenance.id
        and o.provenance.start <= c.provenance.start
        and c.provenance.end <= o.provenance.end
    ]
    assert inner == within and "c137" in inner


def test_marker_inside_a_date_keeps_the_date_whole(dom):
    # "in maart en oktober[18] 2019": the note’s marker stands inside measure m19
    marked = [m for m in dom.find_all("mark", "measure") if m.find_all("sup", "fnref")]
    whole = [m for m in marked if norm(m.text(skip="fnref")) == "oktober 2019"]
    assert len(whole) == 1
    assert [s.text() for s in whole[0].find_all("sup", "fnref")] == ["18"]


def test_every_footnote_is_reachable_from_its_marker(part1, dom):
    ids = {n.attrs["id"] for n in dom.iter() if "id" in n.attrs}
    links = [s.find_all("a")[0] for s in dom.find_all("sup", "fnref")]
    with_marker = [f for f in part1.footnotes if f.marker and f.marker.paragraph]
    assert len(links) == len(with_marker) == len(part1.footnotes)
    notes = {n.attrs["id"]: n for n in dom.find_all("li", "note")}
    for a in links:
        target = a.attrs["href"].removeprefix("#")
        assert target in ids and target in notes
        # the link shows the note's number and the note links back to the marker
        assert notes[target].find_all("span", "num")[0].text() == a.text()
        back = notes[target].find_all("a", "back")[0]
        assert back.attrs["href"] == "#" + a.attrs["id"]
    # each marker stands in the paragraph its note names
    for f in with_marker:
        a = next(x for x in links if x.attrs["href"] == f"#{f.id}")
        assert a.ancestor("para").attrs["id"] == f.marker.paragraph


@pytest.mark.parametrize("kind", KINDS)
def test_one_table_row_per_record(part1, dom, kind):
    tables = [t for t in dom.find_all("table", "records") if kind in t.classes]
    assert len(tables) == 1
    rows = tables[0].find_all("tbody")[0].find_all("tr")
    assert [r.attrs["data-id"] for r in rows] == [x.id for x in records(part1, kind)]
    ids = {n.attrs["id"] for n in dom.iter() if "id" in n.attrs}
    for row in rows:
        to_text = row.find_all("a", "to-text")[0]
        assert to_text.attrs["href"].removeprefix("#") in ids


def test_citation_rows_link_to_the_official_source(part1, dom):
    table = next(t for t in dom.find_all("table", "records") if "citation" in t.classes)
    rows = {r.attrs["data-id"]: r for r in table.find_all("tr") if "data-id" in r.attrs}
    with_url = [c for c in part1.citations if c.url]
    assert len(with_url) > 100
    for c in part1.citations:
        links = [a.attrs["href"] for a in rows[c.id].find_all("a", "source")]
        assert links == ([c.url] if c.url else []), c.id


def test_page_is_self_contained(page, dom):
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html
    assert not [n for n in dom.iter() if "src" in n.attrs]
    styles = dom.find_all("style")
    assert len(styles) == 1 and "mark.citation" in styles[0].text()
    assert "url(" not in styles[0].text() and "@import" not in styles[0].text()


def test_each_kind_has_its_own_colour(dom):
    css = dom.find_all("style")[0].text()
    colours = {}
    for kind in KINDS:
        rule = re.search(r"(?m)^mark\." + kind + r" \{ background: var\(--(\w[\w-]*)\)", css)
        assert rule, kind
        colours[kind] = re.search(r"--" + rule.group(1) + r": (#[0-9a-f]{6});", css).group(1)
    assert len(set(colours.values())) == 3


def test_pdf_pages_reach_the_tables(report_of, tmp_path):
    report = report_of("fixtures/emn2019-like.pdf")
    html = write_review(report, tmp_path / "pdf.html").read_text(encoding="utf-8")
    dom = parse(html)
    table = next(t for t in dom.find_all("table", "records") if "statistic" in t.classes)
    head = [norm(th.text()) for th in table.find_all("th")]
    rows = table.find_all("tbody")[0].find_all("tr")
    pages = [norm(r.find_all("td")[head.index("page")].text()) for r in rows]
    assert pages == [str(s.page) for s in report.statistics]
    assert all(s.page for s in report.statistics)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot(page, tmp_path):
    shot = tmp_path / "review.png"
    run_chromium(page, f"--screenshot={shot}", "--window-size=1200,2000")
    assert png_size(shot) == (1200, 2000)
    # a page of highlighted text compresses far worse than a blank one
    assert shot.stat().st_size > 100_000


# --- a batch output folder ------------------------------------------------------------


def test_folder_page_summarises_by_year_and_keeps_reports_apart(part1, report_of, tmp_path):
    other = report_of("fixtures/emn2019-like.pdf")
    earlier = part1.model_copy(
        update={"source": part1.source.model_copy(update={"year": 2018, "path": "old.txt"})}
    )
    out = tmp_path / "out"
    write_report(part1, out / "emn2019-part1.json")
    write_report(other, out / "pdf" / "emn2019-like.json")
    write_report(earlier, out / "old" / "emn2018.json")
    (out / "manifest.json").write_text('{"not": "a report"}', encoding="utf-8")
    html = tmp_path / "shelf.html"
    assert main([str(out), "--html", str(html)]) == 0
    dom = rendered_dom(html)

    years = dom.find_all("table", "years")[0].find_all("tbody")[0].find_all("tr")
    cells = [[norm(td.text()) for td in tr.find_all("td")] for tr in years]
    n19 = [part1, other]
    assert cells == [
        ["2018", "1", *(str(len(records(earlier, k))) for k in KINDS)],
        ["2019", "2", *(str(sum(len(records(r, k)) for r in n19)) for k in KINDS)],
    ]
    rows = dom.find_all("table", "reports")[0].find_all("tbody")[0].find_all("tr")
    assert [norm(r.find_all("a")[0].text()) for r in rows] == [
        "old/emn2018.json",
        "emn2019-part1.json",
        "pdf/emn2019-like.json",
    ]
    assert "manifest.json" in norm(dom.find_all("details", "warnings")[0].text())

    ids = [n.attrs["id"] for n in dom.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids)), "ids repeat across reports"
    for kind in KINDS:
        marks = dom.find_all("mark", kind)
        assert len(marks) == sum(len(records(r, kind)) for r in (earlier, part1, other))
        assert {m.attrs["id"].split("-")[0] for m in marks} == {"r1", "r2", "r3"}
    idset = set(ids)
    for sup in dom.find_all("sup", "fnref"):
        href = sup.find_all("a")[0].attrs["href"].removeprefix("#")
        assert href in idset
        assert href.split("-")[0] == sup.ancestor("report").attrs["id"]


# --- the pieces, without a browser ----------------------------------------------------


def test_render_text_nests_splits_and_escapes():
    text = "a <b> & c d e"
    spans = [
        Span(0, 7, "citation", "c1", 'say "hi"'),
        Span(2, 5, "statistic", "s1"),
        Span(6, 11, "measure", "m1"),  # crosses c1
    ]
    out = render_text(text, spans, [MarkerLink(3, "n1", 1), MarkerLink(7, "n2", 2)], prefix="r1-")
    assert out == (
        '<mark class="citation" id="r1-c1" data-id="c1" title="say &quot;hi&quot;">a '
        '<mark class="statistic" id="r1-s1" data-id="s1">&lt;'
        '<sup class="fnref"><a id="r1-ref-n1" href="#r1-n1">1</a></sup>b&gt;</mark> '
        '<mark class="measure" id="r1-m1" data-id="m1">&amp;</mark></mark>'
        '<mark class="measure cont" data-id="m1">'
        '<sup class="fnref"><a id="r1-ref-n2" href="#r1-n2">2</a></sup> c d</mark> e'
    )
    dom = parse(out)
    pieces = [m for m in dom.find_all("mark") if m.attrs["data-id"] == "m1"]
    assert "".join(m.text(skip="fnref") for m in pieces) == text[6:11]


def test_render_text_markers_at_span_edges_and_empty_spans():
    out = render_text(
        "2019 x",
        [Span(0, 4, "measure", "m1"), Span(5, 5, "statistic", "s1")],
        [
            MarkerLink(4, "n3", 3),
            MarkerLink(0, "n2", 2),
        ],
    )
    assert out == (
        '<sup class="fnref"><a id="ref-n2" href="#n2">2</a></sup>'
        '<mark class="measure" id="m1" data-id="m1">2019</mark>'
        '<sup class="fnref"><a id="ref-n3" href="#n3">3</a></sup> '
        '<mark class="statistic" id="s1" data-id="s1"></mark>x'
    )


def test_main_reads_a_report_json(part1, tmp_path, capsys):
    src = tmp_path / "r.json"
    write_report(part1, src)
    out = tmp_path / "r.html"
    assert main([str(src), "--html", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('<mark class="statistic"') == len(part1.statistics)
    assert "Review: Jaaroverzicht 2019" in html


def test_main_names_the_file_it_cannot_show(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main([str(bad), "--html", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"emnextract: error: {bad}: is not a Report JSON")
    assert main([str(tmp_path), "--html", str(tmp_path / "x.html")]) == 2
    assert "holds no Report JSON files" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
