"""Every Python example in the README runs, and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(index, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = BLOCKS[index]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"README.md block {index + 1}", "exec"), {"__name__": "readme"})
    printed = [" ".join(line.split()) for line in out.getvalue().splitlines()]
    for line in expected_output(code):
        assert line in printed, (line, printed)


def expected_output(code: str) -> list[str]:
    """The "# …" lines that directly follow a print() (or each other): its stated output."""
    out: list[str] = []
    after_print = False
    for line in code.splitlines():
        if after_print and line.startswith("# "):
            out.append(" ".join(line[2:].split()))
            continue
        after_print = "print(" in line
    return out


def test_stated_output_is_read():
    code = "print(1)\n# 1\n# 2\n\n# a comment\nx = 1  # inline\n"
    assert expected_output(code) == ["1", "2"]


def test_readme_has_examples():
    assert len(BLOCKS) >= 3
    assert os.path.exists(ROOT / "fixtures" / "emn2019-part1.txt")
