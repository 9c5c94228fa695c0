"""Extractor stages: each reads the Document and returns records and warnings.

A stage has a ``name`` (the Report list its records go to: ``citations``,
``measures``, ``statistics``, or any other name for a user's own stage, whose
records land in ``Report.extensions[name]``) and ``run(document) -> StageResult``.
Stages never change the Document and never see each other's records: links
between records (a measure's footnotes -> their citations) are made by the
pipeline afterwards, in :func:`emnextract.pipeline.link_citations`.

Write your own::

    class Acronyms:
        name = "acronyms"

        def run(self, document):
            found = [{"text": word, "paragraph": p.id}
                     for p in document.paragraphs for word in p.text.split()
                     if len(word) >= 3 and word.isupper()]
            return StageResult(found)

    Pipeline().with_stage(Acronyms()).run(document)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from .document import Document

__all__ = [
    "CitationStage",
    "DEFAULT_STAGES",
    "MeasureStage",
    "Stage",
    "StageResult",
    "StatisticStage",
]


@dataclass(frozen=True)
class StageResult:
    """What a stage found: its records (models or plain dicts) and its warnings."""

    records: Sequence[Any]
    warnings: Sequence[str] = field(default_factory=tuple)
    _built: bool = field(default=False, repr=False, compare=False, kw_only=True)
    """The records were built by this run and nobody else holds them (the stages of the
    library): the pipeline fills in their links in place instead of copying them."""


@runtime_checkable
class Stage(Protocol):
    """One extractor: a name and ``run(document) -> StageResult``; never mutates ``document``."""

    name: str

    def run(self, document: Document) -> StageResult: ...


class CitationStage:
    """Cited sources in the footnotes and body (:mod:`emnextract.extractors.citations`)."""

    name = "citations"

    def run(self, document: Document) -> StageResult:
        from .extractors.citations import extract_citations

        warnings: list[str] = []
        records = extract_citations(document, warnings)
        return StageResult(records, warnings, _built=True)


class MeasureStage:
    """Dated policy measures in the body (:mod:`emnextract.extractors.measures`)."""

    name = "measures"

    def run(self, document: Document) -> StageResult:
        from .extractors.measures import extract_measures

        return StageResult(extract_measures(document), _built=True)


class StatisticStage:
    """Numeric statistics in the body (:mod:`emnextract.extractors.statistics`)."""

    name = "statistics"

    def run(self, document: Document) -> StageResult:
        from .extractors.statistics import extract_statistics

        return StageResult(extract_statistics(document), _built=True)


DEFAULT_STAGES: tuple[Stage, ...] = (CitationStage(), MeasureStage(), StatisticStage())
