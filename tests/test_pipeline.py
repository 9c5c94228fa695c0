"""The pipeline: stages that never change the Document, records that point at their text."""

from __future__ import annotations

import copy

import pytest

from conftest import ROOT, SNAPSHOT_INPUTS, extracted
from emnextract import Pipeline, StageResult, build_report, load_document
from emnextract.document import Document, MarkerRef, Note, Para
from emnextract.model import Source
from emnextract.stages import CitationStage, MeasureStage

# The field of each record kind that holds its own characters.
SPAN_FIELD = {"citations": "raw", "measures": "date_text", "statistics": "value_text"}


def _doc() -> Document:
    return Document(
        source=Source(path="mem", sha256="0", kind="text"),
        paragraphs=[
            Para("Jaaroverzicht Migratie 2019", "subheading"),
            Para(
                "Per 1 mei 2019 is de bevoegdheid afgeschaft. In 2019 waren er 29.435 aanvragen.",
                section="2.1",
                markers=[MarkerRef(13, 44)],
            ),
        ],
        footnotes=[Note(13, "Staatsblad 2019, nr. 143."), Note(14, "Ibid.")],
    )


@pytest.mark.parametrize("relpath", SNAPSHOT_INPUTS)
def test_every_record_text_stands_at_its_offsets(relpath):
    report = extracted(relpath)
    texts = {p.id: p.text for p in report.paragraphs} | {n.id: n.text for n in report.footnotes}
    assert len(texts) == len(report.paragraphs) + len(report.footnotes)  # ids are unique
    checked = 0
    for kind, field in SPAN_FIELD.items():
        for rec in getattr(report, kind):
            where = rec.provenance
            assert where is not None, rec.id
            assert where.within == ("footnote" if where.id.startswith("n") else "paragraph")
            span = texts[where.id][where.start : where.end]
            assert " ".join(span.split()) == " ".join(getattr(rec, field).split()), rec.id
            if report.source.kind == "pdf":  # the box of the printed lines it stands on
                x0, top, x1, bottom = where.bbox
                assert 0 <= x0 < x1 and 0 <= top < bottom and where.page is not None, rec.id
            checked += 1
    assert checked == len(report.citations) + len(report.measures) + len(report.statistics) > 0


def test_citation_in_a_note_points_at_the_note_and_ibid_at_its_own_note():
    report = build_report(_doc())
    stb, ibid = report.citations
    assert (stb.provenance.within, stb.provenance.id) == ("footnote", "n1")
    assert (stb.provenance.start, stb.provenance.end) == (0, len("Staatsblad 2019, nr. 143"))
    assert ibid.ibid_of == stb.id and ibid.provenance.id == "n2"
    assert (ibid.provenance.start, ibid.provenance.end) == (0, 5)
    assert [n.id for n in report.footnotes] == ["n1", "n2"]


def test_running_twice_on_one_document_gives_the_same_report_and_leaves_it_unchanged():
    doc = load_document(ROOT / "fixtures" / "emn2019-part1.txt")
    before = copy.deepcopy(doc)
    first = build_report(doc)
    second = build_report(doc)
    assert first == second
    assert doc == before  # no stage (nor the metadata step) changes the Document
    assert first.source.year == 2019 and doc.source.year is None


def test_measures_and_statistics_link_citations_through_their_footnotes():
    report = build_report(_doc())
    (measure,) = report.measures
    assert measure.footnotes == [13] and measure.citations == ["c1"]
    # without the citation stage there is nothing to link
    alone = Pipeline().without("citations").run(_doc())
    assert alone.citations == [] and alone.measures[0].citations == []


def test_a_users_stage_is_added_and_a_stage_dropped():
    class Years:
        name = "years"

        def run(self, document):
            import regex

            found = [
                {"paragraph": p.id, "year": m.group()}
                for p in document.paragraphs
                for m in regex.finditer(r"\b20\d\d\b", p.text)
            ]
            return StageResult(found, ["years: done"])

    pipeline = Pipeline().without("statistics").with_stage(Years())
    assert pipeline.names == ["citations", "measures", "years"]
    report = pipeline.run(_doc())
    assert report.statistics == []
    assert report.extensions == {
        "years": [
            {"paragraph": "p1", "year": "2019"},
            {"paragraph": "p2", "year": "2019"},
            {"paragraph": "p2", "year": "2019"},
        ]
    }
    assert "years: done" in report.warnings


def test_pipeline_refuses_what_is_not_a_stage():
    with pytest.raises(ValueError, match="no stage named"):
        Pipeline().without("tables")
    with pytest.raises(TypeError, match="needs a 'name'"):
        Pipeline().with_stage(object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="share a name"):
        Pipeline([CitationStage(), CitationStage()])
    replaced = Pipeline().with_stage(MeasureStage())
    assert replaced.names == ["citations", "measures", "statistics"]
