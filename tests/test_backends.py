"""The pdfium backend reads every fixture and real PDF into the Report pdfplumber gives.

Both backends read each PDF; the Reports are compared record by record and must be
equal, numbers within :data:`TOLERANCE`: boxes are rounded to 0.01 pt, and PDFium's
float positions (single precision) fall on the other side of a rounding boundary now
and then. Two PDFs are allowed a wider margin in their boxes, each with its cause
(:data:`DRIFT`); nothing else may differ.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

from conftest import FIXTURES, ROOT
from emnextract import extract
from emnextract.pdf.reader import read_pages

PDFS = sorted(
    str(p.relative_to(ROOT))
    for p in [
        *FIXTURES.glob("*.pdf"),
        *(FIXTURES / "layouts").glob("*.pdf"),
        *(FIXTURES / "realdocs").glob("*.pdf"),
    ]
)

TOLERANCE = 0.01

# PDFs whose glyphs PDFium places a little apart from pdfminer, so the right edges of
# boxes differ by more than rounding (the text and every record are the same):
DRIFT: dict[str, float] = {
    # The font's /Widths are fractional (712.9 per 1000 em); PDFium keeps them as
    # whole units, so each glyph's origin drifts by up to 0.001 em along a line.
    "fixtures/layouts/no-space-glyphs.pdf": 0.6,
    # PDFium moves some glyphs after a word space by 0.04 pt (its own arithmetic of
    # the TJ offsets in a font scaled by its matrix), up to 0.13 pt at a line end.
    "fixtures/realdocs/Kamerbrief_innovatie_missie.pdf": 0.15,
}


def _close(a: Any, b: Any, tolerance: float = TOLERANCE) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, (int, float))
            and isinstance(b, (int, float))
            and abs(a - b) <= tolerance + 1e-9
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tolerance) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y, tolerance) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@functools.cache
def _report(relpath: str, backend: str) -> dict[str, Any]:
    report = extract(ROOT / relpath, backend=backend)  # type: ignore[arg-type]
    return report.model_dump(mode="json")


def differences(
    relpath: str, tolerance: float = TOLERANCE
) -> dict[str, tuple[list[str], list[str]]]:
    """Per record kind, the records of one backend with no close match in the other."""
    a = _report(relpath, "pdfplumber")
    b = _report(relpath, "pdfium")
    out: dict[str, tuple[list[str], list[str]]] = {}
    for key in a:
        if _close(a[key], b[key], tolerance):
            continue
        if not isinstance(a[key], list):
            out[key] = ([str(a[key])], [str(b[key])])
            continue

        def name(rec: Any) -> str:
            if isinstance(rec, dict):
                return str(rec.get("text") or rec.get("title") or rec.get("sentence") or rec)[:60]
            return str(rec)[:60]

        only_a = [name(x) for x in a[key] if not any(_close(x, y, tolerance) for y in b[key])]
        only_b = [name(y) for y in b[key] if not any(_close(x, y, tolerance) for x in a[key])]
        out[key] = (only_a, only_b)
    return out


@pytest.mark.parametrize("relpath", PDFS)
def test_pdfium_gives_the_pdfplumber_report(relpath):
    assert differences(relpath, DRIFT.get(relpath, TOLERANCE)) == {}


@pytest.mark.parametrize("relpath", sorted(DRIFT))
def test_drift_is_only_in_boxes_and_needed(relpath):
    """The wider margin is needed (else it goes), and only boxes differ by more."""
    assert not _close(_report(relpath, "pdfplumber"), _report(relpath, "pdfium"))

    def boxes_out(data: Any) -> Any:
        if isinstance(data, dict):
            return {k: boxes_out(v) for k, v in data.items() if k != "bbox"}
        if isinstance(data, list):
            return [boxes_out(v) for v in data]
        return data

    a = boxes_out(_report(relpath, "pdfplumber"))
    b = boxes_out(_report(relpath, "pdfium"))
    assert _close(a, b)


def test_the_real_documents_are_covered():
    assert "fixtures/altlayout-2019.pdf" in PDFS
    assert "fixtures/layouts/two-column-notes.pdf" in PDFS
    assert sum(p.startswith("fixtures/realdocs/") for p in PDFS) >= 5


def test_a_box_ends_at_the_last_glyph_that_is_not_a_space(tmp_path):
    """Word draws a space after a line's last word; the box ends where the ink does."""
    path = tmp_path / "spaces.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Het kabinet besloot ")
    c.drawString(72, 686, "tot een nieuwe regeling.")
    c.save()
    ends = [
        72 + c.stringWidth("Het kabinet besloot", "Helvetica", 10),
        72 + c.stringWidth("tot een nieuwe regeling.", "Helvetica", 10),
    ]
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        lines = pages[0].lines
        assert [round(ln.bbox[2], 2) for ln in lines] == [round(x, 2) for x in ends], backend
        assert [ln.ends_with_space for ln in lines] == [True, False], backend


def _note_with_rise(path: Path, number: str, rise: float) -> None:
    """A body line with a marker and a note whose number is raised by a text rise,
    in the note's own size (a raised number of the text's size, not a smaller one)."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Het kabinet besloot tot een nieuwe regeling in 2019.")
    c.setFont("Helvetica", 6)
    c.drawString(
        72 + c.stringWidth("Het kabinet besloot tot een nieuwe regeling in 2019.", "Helvetica", 10),
        704,
        number,
    )
    c.line(72, 130, 200, 130)
    t = c.beginText(72, 110)
    t.setFont("Helvetica", 8)
    t.setRise(rise)
    t.textOut(number)
    t.setRise(0)
    t.textOut(" Kamerstukken II 2018/19, 19637, nr. 2500.")
    c.drawText(t)
    c.save()


@pytest.mark.parametrize("number", ["7", "173"])
def test_a_note_number_set_with_a_text_rise_is_read_alike(tmp_path, number):
    """pdfminer leaves the rise out of a glyph's origin, PDFium puts it in; the raised
    number is a run of its own for both, and stays with its note's text."""
    path = tmp_path / "rise.pdf"
    _note_with_rise(path, number, 2.5)
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        texts = [ln.text for ln in pages[0].lines]
        assert texts[-1] == f"{number} Kamerstukken II 2018/19, 19637, nr. 2500.", backend
        (note_line,) = [ln for ln in pages[0].lines if ln.text.startswith(number)]
        assert [r.text.strip() for r in note_line.runs][0] == number, backend
        body = pages[0].lines[0]
        assert [r.sup for r in body.runs] == [False, True], backend
    assert _close(_report_of(path, "pdfplumber"), _report_of(path, "pdfium"))


def _line_texts(path: Path) -> dict[str, list[str]]:
    """The texts of the lines of ``path``'s first page, per backend."""
    found = {}
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        found[backend] = [ln.text for ln in pages[0].lines]
    return found


def _report_of(path: Path, backend: str) -> dict[str, Any]:
    data = extract(path, backend=backend).model_dump(mode="json")  # type: ignore[arg-type]
    data["source"].pop("path")
    return dict(data)


def test_undecoded_glyphs_are_read_and_warned_of_alike(tmp_path):
    """Codes a standard font's encoding leaves undefined: pdfminer names them
    "(cid:N)", PDFium flags them; both drop them from the text and warn of the same."""
    path = tmp_path / "undecoded.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Het aantal aanvragen steeg opnieuw.")
    c._code.append("BT /F1 10 Tf 72 740 Td (Het teken \\001 staat hier \\035 los.) Tj ET")
    c.save()
    for backend in ("pdfplumber", "pdfium"):
        warnings: list[str] = []
        pages, _ = read_pages(path, None, warnings, backend=backend)  # type: ignore[arg-type]
        assert pages[0].lines[-1].text == "Het teken staat hier los.", backend
        assert warnings == [f"{path}: glyphs with no Unicode mapping dropped: 2"], backend


def test_spaces_drawn_as_their_own_text_objects_are_kept(tmp_path):
    """PDFium leaves a text object of only a space out of its chars; it is read back."""
    path = tmp_path / "words.pdf"
    c = canvas.Canvas(str(path))
    text = c.beginText(72, 700)
    text.setFont("Helvetica", 10)
    for word in ("Het", " ", "kabinet", " ", "besloot"):
        text.textOut(word)
    c.drawText(text)
    c.save()
    for backend, texts in _line_texts(path).items():
        assert texts == ["Het kabinet besloot"], backend


def _hand_pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given object bodies (numbered from 1, the catalog first)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


@pytest.mark.parametrize("code", [0x1F, 0x20], ids=["notdef-glyph", "space-glyph"])
def test_a_symbol_drawn_with_a_glyph_without_ink_is_read_alike(tmp_path, code):
    """A word processor's symbol: a glyph of no ink (drawn as .notdef, or a space) that
    the font's ToUnicode map names "\u2605". pdfminer reads the name; PDFium leaves a
    text object without ink out of its text, so it is made to read it."""
    path = tmp_path / "symbol.pdf"
    content = b"BT /F1 10 Tf 72 700 Td (Het kabinet besloot) Tj ET\n"
    content += b"BT /F2 10 Tf 159 700 Td <%02X> Tj ET" % code
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Symbols def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfchar <%02X> <2605> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end" % code
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar %d /LastChar %d"
        b" /Widths [600] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding"
        b" /Differences [31 /.notdef] >> /ToUnicode 7 0 R >>" % (code, code),
        _stream(cmap),
    ]
    path.write_bytes(_hand_pdf(objects))
    for backend, texts in _line_texts(path).items():
        assert texts == ["Het kabinet besloot\u2605"], backend


def test_actual_text_is_not_read_in_place_of_the_glyphs(tmp_path):
    """Marked content may carry an /ActualText: pdfminer reads the glyphs drawn, PDFium
    the ActualText (all at the object's origin); both read the glyphs. A pair of soft
    hyphens as the ActualText of a space and a hyphen is no double hyphen."""
    path = tmp_path / "actual.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Het aantal aanvragen steeg opnieuw.")
    c._code.append(
        "BT /F1 10 Tf 72 740 Td (In het jaar ) Tj"
        " /Span <</ActualText (twee)>> BDC (2019) Tj EMC ( steeg het aantal.) Tj ET"
    )
    c._code.append(
        "BT /F1 10 Tf 72 720 Td (De regeling voor ontwikkelings) Tj"
        " /Span <</ActualText <FEFF00AD00AD>>> BDC [( ) 201 (-)] TJ EMC ET"
    )
    c._code.append("BT /F1 10 Tf 72 708 Td (samenwerking loopt door.) Tj ET")
    c.save()
    for backend, texts in _line_texts(path).items():
        assert texts == [
            "Het aantal aanvragen steeg opnieuw.",
            "In het jaar 2019 steeg het aantal.",
            "De regeling voor ontwikkelings -",
            "samenwerking loopt door.",
        ], backend
    assert _close(_report_of(path, "pdfplumber"), _report_of(path, "pdfium"))


def test_superscript_marker_and_soft_hyphen(tmp_path):
    """A smaller raised marker is a superscript run on both; y is turned top-down."""
    path = tmp_path / "marker.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "De wet is aangenomen.")
    c.setFont("Helvetica", 6)
    c.drawString(72 + c.stringWidth("De wet is aangenomen.", "Helvetica", 10), 704, "12")
    c.save()
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        (line,) = pages[0].lines
        assert [r.sup for r in line.runs] == [False, True], backend
        assert round(line.baseline) == round(pages[0].height - 700), backend


def test_rotated_page_reads_like_pdfplumber(tmp_path):
    import pypdfium2

    src = ROOT / "fixtures" / "altlayout-2019.pdf"
    pdf = pypdfium2.PdfDocument(str(src))
    for page in pdf:
        page.set_rotation(90)
    path = tmp_path / "rotated.pdf"
    pdf.save(str(path))
    pdf.close()
    a, _ = read_pages(path, {2}, backend="pdfplumber")
    b, _ = read_pages(path, {2}, backend="pdfium")
    assert (a[0].width, a[0].height) == pytest.approx((b[0].width, b[0].height), abs=0.01)
    assert [ln.text for ln in a[0].lines] == [ln.text for ln in b[0].lines]


def test_turned_text_on_a_rotated_page_reads_upright_on_both(tmp_path):
    """/Rotate 90 over text drawn turned a quarter back: it reads upright, and each
    glyph's box spans its advance along the shown line (not across it)."""
    path = tmp_path / "turned.pdf"
    c = canvas.Canvas(str(path), pagesize=(842, 595))  # the size shown
    c.setPageRotation(90)
    c.transform(0, 1, -1, 0, 595, 0)  # draw in the shown page's coordinates
    c.setFont("Helvetica", 10)
    c.drawString(72, 500, "Het kabinet heeft de wet in 2019 aangenomen.")
    c.drawString(72, 486, "Wijzigingen volgen in het voorjaar.")
    c.save()
    found = {}
    for backend in ("pdfplumber", "pdfium"):
        (page,), _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        assert (round(page.width), round(page.height)) == (842, 595), backend
        found[backend] = [(ln.text, round(ln.x0), round(ln.x1), round(ln.top)) for ln in page.lines]
    assert [t for t, *_ in found["pdfplumber"]] == [
        "Het kabinet heeft de wet in 2019 aangenomen.",
        "Wijzigingen volgen in het voorjaar.",
    ]
    assert found["pdfium"] == found["pdfplumber"]


def _small_pdf(path: Path, pages: int = 3, **kw: Any) -> Path:
    c = canvas.Canvas(str(path), **kw)
    for n in range(1, pages + 1):
        c.drawString(72, 750, f"{n} Hoofdstuk nummer {n}")
        c.drawString(72, 720, f"Tekst van pagina {n} over het asielbeleid in 2019.")
        c.showPage()
    c.save()
    return path


def _error(path: Path, backend: str, **kw: Any) -> tuple[str, str]:
    from emnextract.errors import EmnError

    try:
        extract(path, backend=backend, **kw)  # type: ignore[arg-type]
    except EmnError as exc:
        return type(exc).__name__, str(exc)
    return "", ""


def test_bad_inputs_give_the_same_errors(tmp_path):
    whole = _small_pdf(tmp_path / "whole.pdf")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole.read_bytes()[:400])
    header = tmp_path / "header.pdf"
    header.write_bytes(b"%PDF-1.7\n")
    locked = _small_pdf(tmp_path / "locked.pdf", encrypt="secret")
    cases = [
        (truncated, {}),
        (header, {}),
        (locked, {}),
        (locked, {"password": "fout"}),
        (whole, {"max_pages": 2}),
    ]
    for path, kw in cases:
        a = _error(path, "pdfplumber", **kw)
        b = _error(path, "pdfium", **kw)
        assert a[0] and a[0] == b[0], (path, kw, a, b)
        if a[0] != "UnreadablePDF":  # the detail names the library's own complaint
            assert a == b
    opened = extract(locked, backend="pdfium", password="secret")
    assert opened.source.pages == 3


def test_time_limit_is_checked_per_page(tmp_path, monkeypatch):
    from emnextract.errors import LimitExceeded
    from emnextract.pdf import pdfium

    path = _small_pdf(tmp_path / "slow.pdf", pages=4)
    calls = []

    def tick() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise LimitExceeded(str(path), "took longer than the time limit")

    monkeypatch.setattr(pdfium, "check_time", tick)
    with pytest.raises(LimitExceeded):
        read_pages(path, backend="pdfium")
    assert len(calls) == 2


def test_damaged_page_is_skipped_with_a_warning(tmp_path, monkeypatch):
    from emnextract.pdf import pdfium

    path = _small_pdf(tmp_path / "damaged.pdf")
    real = pdfium.read_page

    def damaged(pdf: Any, index: int, fonts: Any) -> Any:
        if index == 1:
            raise ValueError("bad content stream")
        return real(pdf, index, fonts)

    monkeypatch.setattr(pdfium, "read_page", damaged)
    warnings: list[str] = []
    pages, n = read_pages(path, None, warnings, backend="pdfium")
    assert [p.number for p in pages] == [1, 3] and n == 3
    assert "page 2 could not be read (ValueError: bad content stream)" in warnings[0]


def test_a_hyphen_at_a_line_end_stays_a_hyphen(tmp_path):
    """PDFium reads a hyphen ending a line as U+FFFE and joins the lines; read back."""
    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "De regeling werd ver-")
    c.drawString(72, 688, "lengd tot het einde van het jaar.")
    c.save()
    for backend, texts in _line_texts(path).items():
        assert texts == [
            "De regeling werd ver-",
            "lengd tot het einde van het jaar.",
        ], backend


def test_cli_and_batch_take_the_backend(tmp_path, capsys):
    import json

    from emnextract.batch import Options, run_batch
    from emnextract.cli import main

    src = _small_pdf(tmp_path / "report.pdf")
    out = tmp_path / "out.json"
    assert main(["extract", str(src), "--backend", "pdfium", "-q", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["source"]["pages"] == 3
    assert main(["extract", str(src), "--backend", "nope", "-o", str(out)]) == 2
    capsys.readouterr()
    results = list(
        run_batch([str(src)], str(tmp_path / "shelf"), options=Options(backend="pdfium"))
    )
    assert [r.ok for r in results] == [True]


def _ligature_pdf(path: Path, unicode_hex: bytes) -> None:
    """A line in an embedded TrueType font whose fi-ligature glyph is mapped by the
    ToUnicode CMap to ``unicode_hex`` (as word processors map their "ti" ligature),
    the file's byte offsets kept (one unused entry traded for the longer mapping)."""
    import re

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("LigSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(str(path), pageCompression=0, invariant=1)
    c.setFont("LigSans", 12)
    c.drawString(72, 700, "Ar\ufb01kel staat vast, zie ook de statis\ufb01ek.")
    c.save()
    data = path.read_bytes()
    cmap = re.search(rb"(\d+) beginbfchar\n<00> <0000>\n<01> <FB01>\n", data)
    assert cmap is not None
    count = int(cmap.group(1))
    mapped = b"<01> <" + unicode_hex + b">\n"
    new = b"%d beginbfchar\n" % (count - 1) + mapped
    new += b" " * (len(cmap.group(0)) - len(new))
    assert len(new) == len(cmap.group(0))
    path.write_bytes(data[: cmap.start()] + new + data[cmap.end() :])


@pytest.mark.parametrize("letters", ["ti", "fi"])
def test_a_ligature_glyph_of_two_letters_reads_as_one_word(tmp_path, letters):
    """PDFium gives a ligature glyph as its letters at one origin; joined again, the
    glyph is as wide as its own advance, so no word space is read after it."""
    path = tmp_path / "ligature.pdf"
    _ligature_pdf(path, letters.encode("utf-16-be").hex().upper().encode())
    found = {}
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        (line,) = pages[0].lines
        found[backend] = (line.text, round(line.x0, 2), round(line.x1, 2))
    word = f"Ar{letters}kel staat vast, zie ook de statis{letters}ek."
    assert found["pdfplumber"][0] == found["pdfium"][0] == word
    # the font's fractional /Widths, whole units in PDFium (see DRIFT): 0.012 pt a glyph
    assert found["pdfium"][1:] == pytest.approx(found["pdfplumber"][1:], abs=0.5)


def test_one_letter_drawn_with_two_glyphs_keeps_each_glyphs_advance(tmp_path):
    """A font may map two glyphs to one letter (small capitals next to lower case);
    PDFium is asked for an advance by Unicode, so each glyph's own is taken from its
    loose box, and no word space is read inside a small-capital word."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = tmp_path / "smallcaps.pdf"
    pdfmetrics.registerFont(TTFont("CapSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(str(path), pageCompression=0, invariant=1)
    c.setFont("CapSans", 12)
    c.drawString(72, 700, "De rol van de raad is groot.")
    c.drawString(72, 680, "\u0280echtshandhaving")  # a heading word: no space glyph in it
    c.save()
    data = path.read_bytes()
    # the small capital R (wider than "r") read as "r", as a small-caps font maps it
    assert data.count(b"<0280>") == 1
    path.write_bytes(data.replace(b"<0280>", b"<0072>"))
    found = {}
    for backend in ("pdfplumber", "pdfium"):
        pages, _ = read_pages(path, backend=backend)  # type: ignore[arg-type]
        line = pages[0].lines[-1]
        found[backend] = (line.text, round(line.x0, 2), round(line.x1, 2))
    assert found["pdfplumber"][0] == found["pdfium"][0] == "rechtshandhaving"
    assert found["pdfium"][1:] == pytest.approx(found["pdfplumber"][1:], abs=0.5)


def test_words_set_exactly_at_the_line_threshold_join_alike(tmp_path):
    """Words set 0.12 em below the line's start (the largest offset still read as
    one line): PDFium's single-float positions, rounded to the decimals of the content
    stream, fall on pdfminer's side of the threshold."""
    path = tmp_path / "lowered.pdf"
    c = canvas.Canvas(str(path), pagesize=(595.32, 842.04))
    c.setFont("Times-Roman", 12)
    # (line baseline, lowered word's baseline): 1.44 pt apart, as a word processor sets them
    for y, lowered in [(472.87, 471.43), (427.39, 425.95), (382.51, 381.07)]:
        c.drawString(108.74, y, "Bezoldiging en")
        c.drawString(190.0, lowered, "niet-")
        c.drawString(108.74, y - 13.8, "vergoedingen")
    c.save()
    found = _line_texts(path)
    assert found["pdfplumber"] == ["Bezoldiging en niet-", "vergoedingen"] * 3
    assert found["pdfium"] == found["pdfplumber"]
