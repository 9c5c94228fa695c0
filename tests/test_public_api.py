"""The public API stays callable: no submodule may shadow a public function."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "fixtures" / "emn2019-part1.txt"


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_extract_twice_through_the_package():
    # A fresh process: the first call imports the extractors lazily; the second call
    # must still find the function, not a submodule of the same name.
    out = _run(
        "import emnextract\n"
        f"a = emnextract.extract({str(TEXT)!r})\n"
        f"b = emnextract.extract({str(TEXT)!r})\n"
        "print(len(a.footnotes), len(b.footnotes), callable(emnextract.extract))\n"
    )
    assert out.split() == ["177", "177", "True"]


def test_extract_twice_by_name():
    out = _run(
        "from emnextract import extract\n"
        f"a = extract({str(TEXT)!r})\n"
        "import emnextract.pipeline\n"
        f"b = extract({str(TEXT)!r})\n"
        "import emnextract\n"
        "print(len(a.citations) == len(b.citations) > 0, emnextract.extract is extract)\n"
    )
    assert out.split() == ["True", "True"]


def test_no_submodule_shadows_a_public_name():
    import pkgutil

    import emnextract

    modules = {m.name for m in pkgutil.iter_modules(emnextract.__path__)}
    assert not modules & set(emnextract.__all__)


def test_extract_takes_bytes_text_and_a_year():
    from emnextract import extract

    data = TEXT.read_bytes()
    from_bytes = extract(data)
    from_path = extract(TEXT)
    assert (
        from_bytes.source.path == "<bytes>" and from_bytes.source.sha256 == from_path.source.sha256
    )
    assert from_bytes.model_dump(exclude={"source"}) == from_path.model_dump(exclude={"source"})
    from_text = extract(data.decode("utf-8"))  # a str with line breaks is the text itself
    assert from_text.source.path == "<text>" and len(from_text.footnotes) == 177
    assert extract(TEXT).source.year == 2019
    assert extract(TEXT, year=2020).source.year == 2020


def test_bytes_that_are_no_report_name_the_input():
    import pytest

    from emnextract import EmnError, extract

    with pytest.raises(EmnError, match=r"^<bytes>: is neither a PDF nor a text file"):
        extract(b"\x00\x01\x02 binary")
    with pytest.raises(EmnError, match=r"^<bytes>: is not a readable PDF"):
        extract(b"%PDF-1.4 not really")


def test_extract_text_reads_a_snippet_and_says_it_found_no_report_structure():
    from emnextract import extract_text

    report = extract_text("Per 1 mei 2019 is de regeling afgeschaft. Er waren 2.300 aanvragen.")
    assert [(m.date, m.role) for m in report.measures] == [("2019-05-01", "in_force")]
    assert [s.value for s in report.statistics] == [2300]
    assert report.statistics[0].provenance.id == "p1"
    assert any("no report structure found" in w for w in report.warnings)


def test_report_year_and_title_come_from_running_headers_too():
    from emnextract.document import Document, Para
    from emnextract.metadata import guess_title_year
    from emnextract.model import Source

    src = Source(path="x", sha256="0", kind="pdf")
    body = [Para("Inleiding"), Para("Dit rapport beschrijft het beleid.")]
    assert guess_title_year(Document(source=src, paragraphs=body)) == (None, None)
    doc = Document(
        source=src,
        paragraphs=body,
        running=["EMN Nederland | Jaaroverzicht Migratie en Asiel 2018", "Pagina 3"],
    )
    assert guess_title_year(doc) == ("Jaaroverzicht Migratie en Asiel 2018", 2018)


def test_a_pdf_named_only_by_its_running_footer_gets_its_year():
    from conftest import extracted

    source = extracted("fixtures/altlayout-2019.pdf").source
    assert (source.year, source.title) == (2019, "Jaaroverzicht Migratie en Asiel 2019")
