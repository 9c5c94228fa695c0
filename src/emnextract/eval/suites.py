"""Suites: which sources are scored against which gold, and running them.

- ``reference``: fixtures/emn2019-part1.txt against the reference gold in tests/gold;
- ``fixtures``: the generated PDFs: emn2019-like.pdf against the same gold,
  altlayout-2019.pdf against its structure restricted to the chapters it holds (2-4);
- ``realdocs``: the PDFs in fixtures/realdocs against tests/gold/realdocs;
- ``layouts``: the generated layout-class PDFs in fixtures/layouts (notes restarting per
  chapter, notes under columns, full-size note numbers, no space glyphs, endnotes, notes
  under tables on landscape and rotated pages) and the
  generated text dump with chapter endnotes (endnotes-dump.txt), each against the structure
  gold its generator wrote (tests/gold/layouts; every gold file there is a document);
- ``devset``: the dev cases of ``../shared/devset/cases.jsonl`` (next to the repository).

Data are found from the package location (a source checkout: ``src/emnextract`` two levels
below the repository root), or under ``--data-root`` / the environment variable
``EMNEXTRACT_DATA``, so the command works from any folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .baselines import DATEPARSER, baseline_dates, baseline_numbers
from .citations import match_citations
from .gold import GoldError, gold_for_source, load_gold_dir, restrict_to_chapters
from .measures import match_measures
from .result import KindResult, pool
from .statistics import match_statistics
from .structure import match_structure

SUITES = ("reference", "fixtures", "realdocs", "layouts", "devset")
ORDER = ("sections", "footnotes", "markers", "subheadings", "boxes", "captions",
         "citations", "measures", "statistics")  # fmt: skip


@dataclass
class Run:
    """One source against one document's gold."""

    source: str  # relative to the data root
    gold_dir: str
    document: str | None = None  # the gold document, when its name differs from the source
    chapters: frozenset[int] | None = None
    kinds: tuple[str, ...] | None = None  # None: every kind the gold has


@dataclass
class SuiteResult:
    """Per document its results, pooled results per kind, and the baselines."""

    name: str
    documents: list[tuple[str, list[KindResult]]] = field(default_factory=list)
    about: str = ""  # what was scored, when the document list does not say it
    baselines: list[KindResult] = field(default_factory=list)
    missing_baselines: list[str] = field(default_factory=list)

    def pooled(self) -> list[KindResult]:
        results = [r for _, rs in self.documents for r in rs]
        kinds = [k for k in ORDER if any(r.kind == k for r in results)]
        label = self.documents[0][0] if len(self.documents) == 1 else self.name
        return [pool(results, k, document=label) for k in kinds]

    def pooled_baselines(self) -> list[KindResult]:
        labels = dict.fromkeys(r.kind for r in self.baselines)
        return [pool(self.baselines, label, document=self.name) for label in labels]

    def to_dict(self) -> dict[str, Any]:
        return {
            "suite": self.name,
            "about": self.about or ", ".join(d for d, _ in self.documents),
            "kinds": [r.to_dict() for r in self.pooled()],
            "baselines": [r.to_dict() for r in self.pooled_baselines()]
            + [{"kind": label, "installed": False} for label in self.missing_baselines],
            "documents": [
                {"document": d, "kinds": [r.to_dict() for r in rs]} for d, rs in self.documents
            ],
        }


class DataError(Exception):
    """The data a suite needs is not where it should be."""


def data_root(override: str | Path | None = None) -> Path:
    """The repository root holding fixtures/ and tests/gold/."""
    if override:
        return Path(override)
    if os.environ.get("EMNEXTRACT_DATA"):
        return Path(os.environ["EMNEXTRACT_DATA"])
    import emnextract

    return Path(emnextract.__file__).resolve().parents[2]


def devset_path(root: Path, override: str | Path | None = None) -> Path:
    path = Path(override) if override else root.parent / "shared" / "devset"
    return path / "cases.jsonl" if path.is_dir() else path


def runs_of(name: str, root: Path) -> list[Run]:
    if name == "reference":
        return [Run("fixtures/emn2019-part1.txt", "tests/gold")]
    if name == "fixtures":
        return [
            Run("fixtures/emn2019-like.pdf", "tests/gold", "fixtures/emn2019-part1.txt"),
            Run(
                "fixtures/altlayout-2019.pdf",
                "tests/gold",
                "fixtures/emn2019-part1.txt",
                frozenset({2, 3, 4}),
                ("structure",),
            ),
        ]
    if name in ("realdocs", "layouts"):
        gold_dir = root / "tests" / "gold" / name
        if not gold_dir.is_dir():
            raise DataError(f"suite {name}: gold folder {gold_dir} not found")
        return [Run(document, f"tests/gold/{name}") for document in load_gold_dir(gold_dir)]
    raise DataError(f"unknown suite {name!r} (choose from {', '.join(SUITES)}, all)")


def score_report(
    report: Any, kinds: dict[str, dict[str, Any]], document: str = ""
) -> list[KindResult]:
    """Every matcher whose kind has gold, on one Report."""
    results: list[KindResult] = []
    if "structure" in kinds:
        results += match_structure(report, kinds["structure"], document)
    if "citations" in kinds:
        results.append(match_citations(report, kinds["citations"], document))
    if "measures" in kinds:
        results.append(match_measures(list(report.measures), kinds["measures"], document))
    if "statistics" in kinds:
        results.append(match_statistics(list(report.statistics), kinds["statistics"], document))
    return results


def score_baselines(
    report: Any, kinds: dict[str, dict[str, Any]], document: str = ""
) -> list[KindResult]:
    out = []
    if "measures" in kinds:
        result = baseline_dates(report, kinds["measures"], document)
        if result is not None:
            out.append(result)
    if "statistics" in kinds:
        out.append(baseline_numbers(report, kinds["statistics"], document))
    return out


def _missing(kinds: Iterable[str]) -> list[str]:
    from .baselines import dateparser_available

    return [DATEPARSER] if "measures" in kinds and not dateparser_available() else []


def run_suite(
    name: str,
    root: Path,
    *,
    devset: str | Path | None = None,
    baselines: bool = True,
    extract: Any = None,
) -> SuiteResult:
    """Extract every source of the suite (``extract`` may cache) and score it."""
    if extract is None:
        from ..pipeline import extract
    if name == "devset":
        return run_devset(devset_path(root, devset), baselines=baselines)
    result = SuiteResult(name)
    for run in runs_of(name, root):
        source = root / run.source
        if not source.is_file():
            raise DataError(f"suite {name}: source {source} not found (set --data-root)")
        try:
            golds = load_gold_dir(root / run.gold_dir)
        except GoldError as exc:
            raise DataError(f"suite {name}: {exc}") from None
        document, kinds = (
            (run.document, golds[run.document]) if run.document else gold_for_source(golds, source)
        )
        if run.kinds is not None:
            kinds = {k: v for k, v in kinds.items() if k in run.kinds}
        if run.chapters is not None and "structure" in kinds:
            kinds = {**kinds, "structure": restrict_to_chapters(kinds["structure"], run.chapters)}
        report = extract(source)
        result.documents.append((run.source, score_report(report, kinds, run.source)))
        if baselines:
            result.baselines += score_baselines(report, kinds, run.source)
            result.missing_baselines = sorted(set(result.missing_baselines) | set(_missing(kinds)))
    return result


def run_devset(path: Path, *, baselines: bool = True) -> SuiteResult:
    """Every dev case through ``build_report``, scored per case and pooled."""
    from ..pipeline import build_report
    from .devset import case_document, case_gold, load_cases

    if not path.is_file():
        raise DataError(f"suite devset: {path} not found (set --devset or --data-root)")
    result = SuiteResult("devset")
    per_kind: dict[str, list[KindResult]] = {}
    base: list[KindResult] = []
    all_kinds: set[str] = set()
    cases = load_cases(path)
    for case in cases:
        doc, as_notes = case_document(case)
        kinds = case_gold(case, as_notes)
        all_kinds |= set(kinds)
        report = build_report(doc)
        for r in score_report(report, kinds, case["id"]):
            per_kind.setdefault(r.kind, []).append(r)
        if baselines:
            base += score_baselines(report, kinds, case["id"])
    pooled = [pool(rs, kind, document="devset") for kind, rs in per_kind.items()]
    result.about = f"{len(cases)} cases of {path}"
    result.documents.append(("devset", pooled))
    result.baselines = base
    if baselines:
        result.missing_baselines = _missing(all_kinds)
    return result
