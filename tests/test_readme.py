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


SHELL_BLOCKS = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
SQL_BLOCKS = re.findall(r"```sql\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)


def test_readme_shelf_commands_and_query_run(tmp_path):
    """The README's batch command on a shelf of two years, then its SQL on the database.

    (The first two shell blocks, install-and-run, are what CI itself runs.)
    """
    import subprocess
    import sys

    import duckdb

    (block,) = SHELL_BLOCKS[2:]
    dump = (ROOT / "fixtures" / "emn2019-part1.txt").read_text("utf-8")
    for year in ("2018", "2019"):
        (tmp_path / "shelf" / year).mkdir(parents=True)
        text = dump if year == "2019" else dump.replace("Jaaroverzicht 2019", "Jaaroverzicht 2018")
        (tmp_path / "shelf" / year / "jaaroverzicht.txt").write_text(text, "utf-8")
    for line in block.strip().splitlines():
        assert line.startswith("emnextract ")
        argv = [sys.executable, "-m", "emnextract", *line.split()[1:]]
        done = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*/*.json")) == ["jaaroverzicht.json"] * 2
    (query,) = SQL_BLOCKS
    with duckdb.connect(str(tmp_path / "out" / "shelf.duckdb"), read_only=True) as con:
        rows = con.execute(query).fetchall()
    assert rows and {r[0] for r in rows} == {2018, 2019}
    assert any(r[3] and r[3].startswith("kst-") for r in rows)  # cited Kamerstukken by id
