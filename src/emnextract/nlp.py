"""spaCy components: the extractors as pipes on any ``Doc``.

Three factories, registered through the ``spacy_factories`` entry point, so after
installing the package ``spacy.blank("nl").add_pipe("emn_citations")`` works
without importing emnextract:

========================  ==================  =================  ==================
factory                   spans (default key)  span label         record
========================  ==================  =================  ==================
``emn_citations``         ``citations``       citation kind      ``span._.citation``
``emn_measures``          ``measures``        measure role       ``span._.measure``
``emn_statistics``        ``statistics``      statistic unit     ``span._.statistic``
========================  ==================  =================  ==================

Each component runs the same code as the library's stage on ``doc.text`` (read as
one body paragraph) and stores two things that survive ``DocBin`` serialisation:
the spans (label and ``span.id_`` = record id) and the records as plain JSON data in
``doc.user_data["emn"][span_key]`` (use ``DocBin(store_user_data=True)``). The
``span._.<record>`` attributes are getters that rebuild the model from that data.
"Ibid." needs a footnote sequence and is not resolved inside a single Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span

from .document import Document, Para
from .model import Citation, Measure, Source, Statistic

USER_DATA_KEY = "emn"


def _record_getter(model: type[BaseModel]) -> Callable[[Span], Any]:
    """``span._.<record>``: the record of the span's id, rebuilt from ``doc.user_data``."""

    def get(span: Span) -> Any:
        for records in span.doc.user_data.get(USER_DATA_KEY, {}).values():
            for data in records:
                if data.get("id") == span.id_:
                    return model.model_validate(_lists(data))
        return None

    return get


def _lists(value: Any) -> Any:
    """msgpack gives lists back as tuples: make them lists again."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


# Record ids are unique across kinds ("c3", "m3", "s3"), so a span's id finds its record.
for _name, _model in (("citation", Citation), ("measure", Measure), ("statistic", Statistic)):
    Span.set_extension(_name, getter=_record_getter(_model), force=True)


def _one_paragraph(text: str) -> Document:
    return Document(
        source=Source(path="<spacy Doc>", sha256="", kind="text"), paragraphs=[Para(text)]
    )


def _citations(text: str) -> Sequence[BaseModel]:
    from .extractors.citation_parser import parse_citations
    from .extractors.citations import to_citation

    doc = _one_paragraph(text)
    para = doc.paragraphs[0]
    return [
        to_citation(found, f"c{i}", footnote=None, section=None, page=None, unit=para)
        for i, found in enumerate(parse_citations(text), start=1)
    ]


def _stage_records(stage_name: str) -> Callable[[str], Sequence[BaseModel]]:
    def run(text: str) -> Sequence[BaseModel]:
        from .pipeline import Pipeline
        from .stages import DEFAULT_STAGES

        stage = next(s for s in DEFAULT_STAGES if s.name == stage_name)
        records: Sequence[BaseModel] = getattr(
            Pipeline([stage]).run(_one_paragraph(text)), stage_name
        )
        return records

    return run


class RecordsComponent:
    """Puts one span per record in ``doc.spans[span_key]`` and the records in ``doc.user_data``."""

    def __init__(
        self, find: Callable[[str], Sequence[BaseModel]], label_field: str, span_key: str
    ) -> None:
        self.find = find
        self.label_field = label_field
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        kept = []
        for record in self.find(doc.text):
            where = record.provenance  # type: ignore[attr-defined]
            label = getattr(record, self.label_field)
            span = doc.char_span(where.start, where.end, label=label, alignment_mode="expand")
            if span is None:
                continue
            span.id_ = record.id  # type: ignore[attr-defined]
            spans.append(span)
            kept.append(record.model_dump(mode="json"))
        doc.spans[self.span_key] = spans
        doc.user_data.setdefault(USER_DATA_KEY, {})[self.span_key] = kept
        return doc


@Language.factory("emn_citations", default_config={"span_key": "citations"})
def make_citations_component(nlp: Language, name: str, span_key: str) -> RecordsComponent:
    """Factory behind ``nlp.add_pipe("emn_citations")``: spans labelled by citation kind."""
    return RecordsComponent(_citations, "kind", span_key)


@Language.factory("emn_measures", default_config={"span_key": "measures"})
def make_measures_component(nlp: Language, name: str, span_key: str) -> RecordsComponent:
    """Factory behind ``nlp.add_pipe("emn_measures")``: date spans labelled by role."""
    return RecordsComponent(_stage_records("measures"), "role", span_key)


@Language.factory("emn_statistics", default_config={"span_key": "statistics"})
def make_statistics_component(nlp: Language, name: str, span_key: str) -> RecordsComponent:
    """Factory behind ``nlp.add_pipe("emn_statistics")``: figure spans labelled by unit."""
    return RecordsComponent(_stage_records("statistics"), "unit", span_key)
