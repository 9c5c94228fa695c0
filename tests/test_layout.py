"""The tree explains itself: the README's layout matches src/, and grammar lives in patterns/."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "emnextract"


def _layout_entries() -> set[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("```\nsrc/emnextract/\n", 1)[1].split("```", 1)[0]
    names: set[str] = set()
    for line in block.splitlines():
        m = re.match(r"^ {2}(\S.*?)(?: {2,}|$)", line)  # the first column of an entry line
        if m:
            names.update(n.strip() for n in m.group(1).split(","))
    return names


def _tree() -> set[str]:
    modules = {p.name for p in SRC.glob("*.py") if p.name != "__main__.py"}
    packages = {p.name + "/" for p in SRC.iterdir() if (p / "__init__.py").exists()}
    return modules | packages


def test_readme_layout_names_every_module_and_package_and_nothing_else():
    assert _layout_entries() == _tree()


def test_no_regex_is_written_outside_patterns():
    # a compiled regex, or a literal pattern handed to a regex function
    written = re.compile(
        r"\b(?:regex|re)\.(?:compile\(|(?:search|match|fullmatch|sub|subn|split|findall|finditer)"
        r"\(\s*r?[\"'])"
    )
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.parent.name == "patterns":
            continue
        for i, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if written.search(line):
                offenders.append(f"{path.relative_to(SRC)}:{i}")
    assert offenders == []
