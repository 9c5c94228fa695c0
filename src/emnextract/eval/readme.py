"""Regenerate the README's accuracy table: ``python -m emnextract.eval.readme [README.md]``.

Runs every suite and writes the Markdown table between ``<!-- accuracy:start -->`` and
``<!-- accuracy:end -->`` (the same table ``emnextract evaluate --suite all --markdown``
prints).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .cli import markdown_lines
from .suites import SUITES, data_root, run_suite

START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"


def replace_table(text: str, table: str) -> str:
    """``text`` with the part between the markers replaced by ``table``."""
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"the README has no {START} … {END} markers")
    return f"{head}{START}\n{table}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = data_root()
    readme = Path(argv[0]) if argv else root / "README.md"
    results = [run_suite(name, root) for name in SUITES]
    table = "\n".join(markdown_lines(results))
    readme.write_text(replace_table(readme.read_text(encoding="utf-8"), table), encoding="utf-8")
    print(f"accuracy table of {len(SUITES)} suites written to {readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
