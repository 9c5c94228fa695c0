"""spaCy component ``emn_citations``: citation spans on any Doc.

Registered through the ``spacy_factories`` entry point, so after installing the
package ``spacy.blank("nl").add_pipe("emn_citations")`` works without importing
emnextract. The component runs the same tokenizer/parser as the extractor on
``doc.text`` and puts one span per citation in ``doc.spans["citations"]`` (label =
kind), with the ``model.Citation`` record on ``span._.citation``. "Ibid." needs the
footnote sequence and is not resolved inside a single Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extractors.citation_parser import parse_citations
from .extractors.citations import to_citation

SPAN_KEY = "citations"

if not Span.has_extension("citation"):
    Span.set_extension("citation", default=None)


class CitationsComponent:
    """Adds ``doc.spans["citations"]``; each span carries its Citation in ``span._.citation``."""

    def __init__(self, span_key: str = SPAN_KEY) -> None:
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for i, found in enumerate(parse_citations(doc.text), start=1):
            span = doc.char_span(found.start, found.end, label=found.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.citation = to_citation(found, f"c{i}", footnote=None, section=None, page=None)
            spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory("emn_citations", default_config={"span_key": SPAN_KEY})
def make_citations_component(
    nlp: Language, name: str, span_key: str = SPAN_KEY
) -> CitationsComponent:
    """Factory behind ``nlp.add_pipe("emn_citations")``."""
    return CitationsComponent(span_key)
