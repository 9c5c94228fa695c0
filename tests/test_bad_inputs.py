"""Hostile and broken inputs: each is refused with one line naming the file, or read
with a warning; never a traceback, never a hang.

Every input is made here, in tmp_path (no binaries kept in the repository).
"""

from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from conftest import damage_pages
from emnextract import extract
from emnextract.cli import main
from emnextract.errors import (
    EmnError,
    EmptyInput,
    EncryptedPDF,
    InputNotFound,
    NotAReport,
    NoTextLayer,
    UnreadablePDF,
)
from emnextract.pipeline import load_document

EXIT_INPUT = 3

pytestmark = pytest.mark.usefixtures("each_backend")  # every test once per PDF backend

TEXT = (
    "1 Inleiding\n\n"
    "De IND heeft in 2019 in totaal 1.234 aanvragen behandeld.1\n\n"
    "1.1 Beleid\n\n"
    "Het kabinet besloot de regeling te wijzigen; dit gold voor één jaar.2\n\n"
    "1 Kamerstukken II 2018/19, 19637, nr. 2460.\n"
    "2 Stcrt. 2019, 12345.\n"
)


def small_pdf(path: Path, pages: int = 3) -> Path:
    """A PDF of ``pages`` pages, each with a line naming its page."""
    c = canvas.Canvas(str(path))
    for n in range(1, pages + 1):
        c.drawString(72, 750, f"{n} Hoofdstuk nummer {n}")
        c.drawString(72, 720, f"Tekst van pagina {n} over het asielbeleid in 2019.")
        c.showPage()
    c.save()
    return path


def refused(path: Path | str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    """The one error line of ``emnextract extract path`` (exit code 3), its problem part."""
    code = main(["extract", str(path), "-o", str(tmp_path / "out.json")])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT, err
    assert "Traceback" not in out + err
    lines = err.splitlines()
    assert len(lines) == 1, err
    prefix = f"emnextract: error: {path}: "
    assert lines[0].startswith(prefix), lines[0]
    return lines[0][len(prefix) :]


def read_ok(path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> dict:
    """The Report of ``emnextract extract path``, which must succeed without a traceback."""
    out_file = tmp_path / "out.json"
    code = main(["extract", str(path), "-q", "-o", str(out_file)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in out + err and err == ""
    return json.loads(out_file.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- refused at once


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyInput, match="is empty"):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is empty"


def test_whitespace_only_text(tmp_path, capsys):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(EmptyInput):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is empty (no text to read)"


def test_nul_bytes(tmp_path, capsys):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"1 Inleiding\n\x00\x00\x00 tekst\n")
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is neither a PDF nor a text file"


def test_random_binary(tmp_path, capsys):
    path = tmp_path / "random.pdf"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is neither a PDF nor a text file"


def test_control_characters_without_nul(tmp_path, capsys):
    path = tmp_path / "controls.txt"
    path.write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10" * 40)
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is neither a PDF nor a text file"


def test_bytes_api_keeps_the_error_class():
    with pytest.raises(NotAReport, match=r"^<bytes>: is neither a PDF nor a text file"):
        extract(b"\x00\x01\x02binary")
    with pytest.raises(EmptyInput, match=r"^<bytes>: is empty"):
        extract(b"")


def test_truncated_pdf(tmp_path, capsys):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(small_pdf(tmp_path / "whole.pdf").read_bytes()[:400])
    with pytest.raises(UnreadablePDF):
        load_document(path)
    assert refused(path, capsys, tmp_path).startswith("is not a readable PDF")


def test_pdf_header_only(tmp_path, capsys):
    path = tmp_path / "header.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(UnreadablePDF):
        load_document(path)
    assert refused(path, capsys, tmp_path).startswith("is not a readable PDF")


def test_encrypted_pdf_says_it_needs_a_password(tmp_path, capsys):
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(72, 750, "Geheim")
    c.save()
    with pytest.raises(EncryptedPDF):
        load_document(path)
    assert refused(path, capsys, tmp_path) == (
        "is an encrypted PDF that needs a password (give it with --password)"
    )


def test_scanned_pdf_says_it_needs_ocr(tmp_path, capsys):
    path = tmp_path / "scanned.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 500, fill=1)  # an image-like page: no text layer
    c.save()
    with pytest.raises(NoTextLayer):
        load_document(path)
    assert "needs OCR first" in refused(path, capsys, tmp_path)


def test_missing_file(tmp_path, capsys):
    path = tmp_path / "missing.pdf"
    with pytest.raises(InputNotFound):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "no such file"


def test_dangling_symlink_is_no_such_file(tmp_path, capsys):
    path = tmp_path / "dangling.pdf"
    path.symlink_to(tmp_path / "gone.pdf")
    with pytest.raises(InputNotFound):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "no such file"


def test_symlink_loop(tmp_path, capsys):
    path = tmp_path / "loop.pdf"
    path.symlink_to(path)
    with pytest.raises(InputNotFound):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is a symbolic link loop"


def test_directory(tmp_path, capsys):
    path = tmp_path / "folder.pdf"
    path.mkdir()
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is a directory, not a report file"


def test_fifo_is_refused_without_waiting(tmp_path, capsys):
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)  # no writer: opening it for reading the usual way would block
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path).startswith("is not a regular file (a FIFO)")


def test_socket_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short relative name: socket paths are limited in length
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind("sock.pdf")
        with pytest.raises(NotAReport):
            load_document("sock.pdf")
        assert refused("sock.pdf", capsys, tmp_path).startswith("is not a regular file (a socket)")


def test_device_is_refused(tmp_path, capsys):
    with pytest.raises(NotAReport):
        load_document("/dev/null")
    assert refused("/dev/null", capsys, tmp_path).startswith(
        "is not a regular file (a character device)"
    )


# ---------------------------------------------------------------- read, with a warning


def test_pdf_with_junk_before_the_header_is_read_as_pdf(tmp_path, capsys):
    clean = small_pdf(tmp_path / "clean.pdf")
    path = tmp_path / "junk.pdf"
    path.write_bytes(
        b"X-Mailer: gateway\r\nContent-Type: application/pdf\r\n\r\n" + clean.read_bytes()
    )
    doc = load_document(path)
    assert doc.source.kind == "pdf"
    assert [p.text for p in doc.paragraphs] == [p.text for p in load_document(clean).paragraphs]
    report = read_ok(path, capsys, tmp_path)
    assert report["source"]["kind"] == "pdf"


def test_utf16_text_with_bom(tmp_path, capsys):
    path = tmp_path / "utf16.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    reference = tmp_path / "utf8.txt"
    reference.write_text(TEXT, encoding="utf-8")
    doc = load_document(path)
    assert any("read as UTF-16" in w for w in doc.warnings)
    assert [p.text for p in doc.paragraphs] == [p.text for p in load_document(reference).paragraphs]
    assert doc.sections == load_document(reference).sections
    report = read_ok(path, capsys, tmp_path)
    assert report["source"]["kind"] == "text"


def test_utf16_big_endian_and_utf32(tmp_path):
    for encoding, name in (("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")):
        path = tmp_path / f"{encoding}.txt"
        bom = "\ufeff".encode(encoding) if encoding.endswith("be") else b""
        path.write_bytes(bom + TEXT.encode(encoding))
        doc = load_document(path)
        assert any(f"read as {name}" in w for w in doc.warnings), doc.warnings
        assert "één jaar" in " ".join(p.text for p in doc.paragraphs)


def test_utf8_with_bom_reads_without_a_warning(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(TEXT.encode("utf-8-sig"))
    reference = tmp_path / "utf8.txt"
    reference.write_text(TEXT, encoding="utf-8")
    doc = load_document(path)
    assert not any("UTF-8" in w for w in doc.warnings)
    # the mark is no part of the text: the first line is read as the title it is
    assert [p.text[:11] for p in doc.paragraphs[:2]] == ["1 Inleiding", "De IND heef"]
    assert doc.sections == load_document(reference).sections
    read_ok(path, capsys, tmp_path)


def test_latin1_text_is_read_with_a_warning(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes(TEXT.encode("latin-1"))
    doc = load_document(path)
    assert any("not UTF-8, read as cp1252" in w for w in doc.warnings)
    assert "één jaar" in " ".join(p.text for p in doc.paragraphs)
    read_ok(path, capsys, tmp_path)


def test_damaged_page_is_skipped_with_a_warning(tmp_path, monkeypatch, capsys, each_backend):
    path = small_pdf(tmp_path / "damaged.pdf")
    damage_pages(monkeypatch, each_backend, {2}, ValueError("bad content stream"))
    doc = load_document(path)
    assert any(
        "page 2 could not be read (ValueError: bad content stream)" in w for w in doc.warnings
    )
    text = " ".join(p.text for p in doc.paragraphs) + " ".join(s.title for s in doc.sections)
    assert "pagina 1" in text and "pagina 3" in text and "pagina 2" not in text
    assert doc.source.pages == 3
    report = read_ok(path, capsys, tmp_path)
    assert any("page 2 could not be read" in w for w in report["warnings"])


def test_every_page_damaged_is_an_unreadable_pdf(tmp_path, monkeypatch, capsys, each_backend):
    path = small_pdf(tmp_path / "ruined.pdf", pages=2)
    damage_pages(monkeypatch, each_backend, None, ValueError("bad content stream"))
    with pytest.raises(UnreadablePDF):
        load_document(path)
    assert "pages cannot be read" in refused(path, capsys, tmp_path)


def test_pdfminer_warnings_stay_quiet_while_reading(tmp_path, monkeypatch, caplog):
    import pdfplumber.page

    path = small_pdf(tmp_path / "noisy.pdf")
    chars = pdfplumber.page.Page.chars

    def noisy(page: pdfplumber.page.Page) -> list:
        for _ in range(200):
            logging.getLogger("pdfminer.psparser").warning("unprefixed pdfminer noise")
        return chars.fget(page)  # type: ignore[attr-defined]

    monkeypatch.setattr(pdfplumber.page.Page, "chars", property(noisy))
    logger = logging.getLogger("pdfminer")
    before = logger.level
    with caplog.at_level(logging.WARNING):
        load_document(path)
    assert "pdfminer noise" not in caplog.text
    assert logger.level == before  # restored after reading


def test_error_classes_share_the_base():
    for cls in (InputNotFound, NotAReport, EmptyInput, UnreadablePDF, EncryptedPDF, NoTextLayer):
        err = cls("report.pdf", "a problem")
        assert isinstance(err, EmnError)
        assert (err.path, err.problem, str(err)) == (
            "report.pdf",
            "a problem",
            "report.pdf: a problem",
        )
        assert type(err.renamed("<bytes>")) is cls


# ---------------------------------------------------------------- more kinds of bad bytes


def test_png_named_pdf(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(NotAReport):
        load_document(path)
    assert refused(path, capsys, tmp_path) == "is neither a PDF nor a text file"


def test_gzip_named_txt(tmp_path, capsys):
    import gzip

    path = tmp_path / "dump.txt"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    assert refused(path, capsys, tmp_path) == "is neither a PDF nor a text file"


def test_pdf_header_then_garbage(tmp_path, capsys):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes((i * 37) % 256 for i in range(4000)))
    with pytest.raises(UnreadablePDF):
        load_document(path)
    assert refused(path, capsys, tmp_path).startswith("is not a readable PDF")


def test_pdf_named_txt_is_read_as_pdf(tmp_path, capsys):
    path = small_pdf(tmp_path / "report.txt", pages=2)
    report = read_ok(path, capsys, tmp_path)
    assert report["source"]["kind"] == "pdf"
    assert report["source"]["pages"] == 2


def test_pdf_with_a_broken_xref_is_still_read(tmp_path, capsys):
    good = small_pdf(tmp_path / "good.pdf", pages=2).read_bytes()
    path = tmp_path / "xref.pdf"
    path.write_bytes(good.replace(b"startxref", b"startxref\n999999999\n%"))
    report = read_ok(path, capsys, tmp_path)
    assert report["source"]["pages"] == 2


def test_text_with_old_mac_line_ends(tmp_path, capsys):
    path = tmp_path / "mac.txt"
    path.write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    report = read_ok(path, capsys, tmp_path)
    unix = tmp_path / "unix.txt"
    unix.write_text(TEXT, encoding="utf-8")
    same = extract(unix)
    assert [s["number"] for s in report["sections"]] == [s.number for s in same.sections]
    assert [n["text"] for n in report["footnotes"]] == [n.text for n in same.footnotes]
    assert [n["number"] for n in report["footnotes"]] == [1, 2]


def test_one_line_of_a_hundred_thousand_digits(tmp_path, capsys):
    path = tmp_path / "digits.txt"
    path.write_text("1 Inleiding\n\n" + "7" * 100_000 + "\n", encoding="utf-8")
    report = read_ok(path, capsys, tmp_path)
    assert report["statistics"] == [] and report["measures"] == []


def test_a_wrong_password_is_named(tmp_path, capsys):
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(72, 750, "Geheim")
    c.save()
    code = main(["extract", str(path), "--password", "fout", "-o", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT and "Traceback" not in err
    assert err.strip() == (
        f"emnextract: error: {path}: is an encrypted PDF and the password given is not its password"
    )
