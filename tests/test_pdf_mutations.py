"""Mutation fuzz of a PDF: truncated, bytes flipped, ranges deleted or repeated. Every
mutant gives a Report or a clean EmnError (one line naming the file), within a time bound.

The mutants are made here from a small generated report (two pages, a heading, body text
with note markers and footnotes), by a seeded generator, so a failure is reproducible
from its seed and operation.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emnextract import extract
from emnextract.errors import EmnError
from emnextract.model import Report

SEED = 20261204
MUTANTS = 300
TIME_BOUND = 20.0  # seconds per mutant; a clean file takes well under one


def base_pdf(path: Path) -> bytes:
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, f"{page} Hoofdstuk {page}")
        c.setFont("Helvetica", 10)
        y = 750
        for i in range(12):
            c.drawString(
                72, y, f"Per 1 januari 2019 zijn 1.{i}00 aanvragen ingediend, een stijging."
            )
            y -= 14
        c.setFont("Helvetica", 7)
        c.drawString(72, 740 - 14 * 12, str(page))
        c.line(72, 90, 200, 90)
        c.drawString(72, 80, f"{page} Kamerstukken II 2018/19, 19637, nr. 24{page}0.")
        c.showPage()
    c.save()
    return path.read_bytes()


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    op = rng.choice(["truncate", "flip", "delete", "repeat", "zero"])
    n = len(data)
    if op == "truncate":
        return op, data[: rng.randrange(1, n)]
    if op == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(n)
            out[i] ^= 1 << rng.randrange(8)
        return op, bytes(out)
    start = rng.randrange(n)
    end = min(n, start + rng.randint(1, 2000))
    if op == "delete":
        return op, data[:start] + data[end:]
    if op == "repeat":
        return op, data[:end] + data[start:end] * rng.randint(2, 50) + data[end:]
    return op, data[:start] + b"\0" * (end - start) + data[end:]


@pytest.fixture(scope="module")
def mutants(tmp_path_factory) -> list[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("mutants")
    data = base_pdf(folder / "base.pdf")
    rng = random.Random(SEED)
    out = []
    for i in range(MUTANTS):
        op, mutant = mutate(data, rng)
        path = folder / f"m{i:03d}-{op}.pdf"
        path.write_bytes(mutant)
        out.append((op, path))
    return out


def test_the_unmutated_report_reads(tmp_path):
    path = tmp_path / "base.pdf"
    base_pdf(path)
    report = extract(path)
    assert [s.number for s in report.sections] == ["1", "2"]
    assert [n.number for n in report.footnotes] == [1, 2]


def test_every_mutant_gives_a_report_or_a_clean_error(mutants):
    outcomes: dict[str, int] = {}
    for op, path in mutants:
        start = time.monotonic()
        try:
            result = extract(path, timeout=TIME_BOUND)
        except EmnError as exc:
            message = str(exc)
            assert message.startswith(f"{path}: "), message
            assert "\n" not in message, message
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
        else:
            assert isinstance(result, Report)
            outcomes["Report"] = outcomes.get("Report", 0) + 1
        assert time.monotonic() - start < TIME_BOUND + 5, (op, path.name)
    # both kinds of outcome happen: the fuzz reaches the reader, not only the header check
    assert outcomes.get("Report", 0) > 0 and sum(outcomes.values()) - outcomes["Report"] > 0
