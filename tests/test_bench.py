"""The benchmark command: its table's shape, and the README's speed table is its output.

No timing thresholds here: a loaded machine makes any figure slow; the figures are only
checked to be measured (positive numbers where a number belongs).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from emnextract import bench

ROOT = Path(__file__).resolve().parent.parent
EXTRACTORS = [
    "all extractors together (every stage of `Pipeline()` in turn)",
    "Report from a Document (`Pipeline().run`: stages, links, structure records)",
    "citations (`extract_citations`, with Ibid. resolution)",
    "citation parser (`parse_citations` per text)",
    "dates (`find_dates` per text)",
    "measures (`extract_measures`)",
    "statistics (`extract_statistics`)",
]
DATEPARSER = 'peer: dateparser `search_dates(text, languages=["nl"])`'
EYECITE = "peer: eyecite `get_citations(text)`"


def _check_values(rows: list[bench.Row]) -> None:
    for row in rows:
        if row.value is None:  # only a peer may be missing, and then it says how to get it
            assert row.what.startswith("peer: "), row
            assert "emnextract[bench]" in row.how, row
        else:
            assert row.value > 0, row
        assert row.unit and row.how, row


def test_quick_extractors_run_prints_the_table_and_writes_the_readme_block(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\nbefore\n\n{bench.START}\nold\n{bench.END}\n\nafter\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    argv = ["--quick", "--only", "extractors", "--readme", str(readme)]
    done = subprocess.run(
        [sys.executable, "-m", "emnextract.bench", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "| part | what | value | unit | how |"
    assert all(line.count(" | ") == 4 for line in lines[2:]), lines
    rows = bench.parse_table(done.stdout)
    assert {r.part for r in rows} == {"extractors"}
    assert [r.what for r in rows] == [*EXTRACTORS, DATEPARSER, EYECITE]
    assert {r.unit for r in rows} == {"MB/s"}
    _check_values(rows)
    by_name = {r.what: r for r in rows}
    assert by_name[DATEPARSER].value is not None  # dateparser is a dev dependency
    assert (by_name[EYECITE].value is None) == (importlib.util.find_spec("eyecite") is None)
    for name in EXTRACTORS:
        assert "one core, best of 3" in by_name[name].how  # --quick: 3 repeats

    text = readme.read_text("utf-8")
    assert text.startswith("# x\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    head, written = bench.read_block(text)
    assert head.startswith(f"Command: `python3 -m emnextract.bench {' '.join(argv)}`. Machine: ")
    assert f"Python {sys.version.split()[0]}" in head
    assert written == rows


def test_readme_speed_table_is_the_bench_commands_output():
    text = (ROOT / "README.md").read_text("utf-8")
    assert text.count(bench.START) == 1 and text.count(bench.END) == 1
    head, rows = bench.read_block(text)
    assert head.startswith("Command: `python3 -m emnextract.bench")
    assert "--only" not in head and "--quick" not in head  # the full run
    assert " CPUs (" in head and "Python 3." in head
    table = text.split(bench.START)[1].split(bench.END)[0].strip().split("\n\n", 1)[1]
    assert bench.format_table(rows) == table  # written by the formatter, not typed
    assert [r.part for r in rows] == sorted((r.part for r in rows), key=bench.PARTS.index)
    assert {r.part for r in rows} == set(bench.PARTS)
    _check_values(rows)


def test_values_read_back_as_written():
    for value, text in [(9.996, "10.0"), (0.02414, "0.0241"), (150.4, "150"), (6.2, "6.20")]:
        assert bench.format_value(value) == text
        assert bench.format_value(float(text)) == text
    assert bench.format_value(None) == "not installed"


def test_a_table_of_another_shape_is_refused():
    good = bench.format_table([bench.Row("batch", "a | b", 1.5, "s", "how")])
    assert bench.parse_table(good) == [bench.Row("batch", "a | b", 1.5, "s", "how")]
    with pytest.raises(ValueError):
        bench.parse_table(good.replace("| how |", "| notes |", 1))
    with pytest.raises(ValueError):
        bench.parse_table(good + "\n| batch | x | 1 | s |")
    with pytest.raises(ValueError):
        bench.replace_block("no markers here", "block")


def test_unknown_part_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        bench.main(["--only", "extractors,speed"])
    assert stop.value.code == 2
    assert "unknown part speed" in capsys.readouterr().err


def test_repeated_pdf_has_exactly_the_pages_asked(tmp_path):
    import pypdfium2

    fixture = ROOT / bench.PDF
    n = bench.pdf_pages(fixture)
    out = bench.repeated_pdf(fixture, n + 4, tmp_path / "long.pdf")
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        assert len(pdf) == n + 4
        first, again = (pdf[i].get_textpage().get_text_range() for i in (0, n))
        assert first == again and first.strip()
    finally:
        pdf.close()


def test_distinct_pdf_takes_each_page_once_in_order(tmp_path):
    import pypdfium2

    first, second = ROOT / bench.PDF, ROOT / "fixtures" / "altlayout-2019.pdf"
    n, m = bench.pdf_pages(first), bench.pdf_pages(second)

    def texts(path):
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()

    whole = texts(bench.distinct_pdf([first, second], None, tmp_path / "all.pdf"))
    assert whole == texts(first) + texts(second)
    assert len(whole) == n + m and len(set(whole)) == n + m  # no page twice
    few = texts(bench.distinct_pdf([first, second], n + 2, tmp_path / "few.pdf"))
    assert few == whole[: n + 2]


def test_bare_pdfium_extractions_read_every_char_and_the_fields_one_its_font(monkeypatch):
    import pypdfium2
    import pypdfium2.raw as raw

    pdf_path = ROOT / "fixtures" / "altlayout-2019.pdf"
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        chars = sum(pdf[i].get_textpage().count_chars() for i in range(len(pdf)))
    finally:
        pdf.close()
    calls: dict[str, int] = {}
    asked = ("FPDFText_GetCharBox", "FPDFText_GetCharOrigin", "FPDFText_GetLooseCharBox")
    asked += ("FPDFText_GetFontSize", "FPDFText_GetFontInfo")
    for name in asked:
        real = getattr(raw, name)

        def counted(*args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args)

        monkeypatch.setattr(raw, name, counted)
    assert chars > 1000
    assert bench.bare_pdfium_chars(pdf_path) == chars
    assert calls == {"FPDFText_GetCharBox": chars}
    calls.clear()
    assert bench.bare_pdfium_fields(pdf_path) == chars
    assert calls == dict.fromkeys(asked[1:], chars)
