"""Records take little memory without behaving any differently.

pydantic keeps on every instance the set of the fields it was given; the records of a
Report share one such set per combination of fields, and take a set of their own only
when something could change it. Each record's dict of field values shares its table of
names with the other records of its class.
"""

from __future__ import annotations

import collections
import copy
import pickle
import sys

import pytest
from pydantic import ValidationError

from emnextract import Pipeline, StageResult
from emnextract.document import Document, MarkerRef, Note, Para, TextLine
from emnextract.model import (
    Citation,
    KamerstukFields,
    Paragraph,
    Provenance,
    Section,
    Source,
    _Compact,
)
from emnextract.provenance import provenance
from emnextract.stages import CitationStage, MeasureStage, Stage, StatisticStage


def _names(record: object) -> set[str]:
    return record.__pydantic_fields_set__  # type: ignore[attr-defined,no-any-return]


def test_records_given_the_same_fields_share_one_set_of_names(report_of):
    report = report_of("fixtures/emn2019-like.pdf")
    records = [*report.paragraphs, *report.footnotes, *report.citations, *report.measures]
    records += [*report.statistics, *(r.provenance for r in report.citations if r.provenance)]
    assert len(records) > 200
    objects = {id(_names(r)) for r in records}
    contents = {frozenset(_names(r)) for r in records}
    assert len(objects) == len(contents) < 20


# CPython 3.11 and 3.12 size a class's shared value arrays down as its instances are made;
# 3.13 does not for pydantic's instances, and the records keep pydantic's dicts there.
SHARING_SAVES = sys.version_info < (3, 13)


def _size_against_ordinary(record: object) -> tuple[int, int]:
    """The size of ``record``'s field dict, and of an ordinary dict of the same items (a
    dict of its own names and values, as pydantic builds one)."""
    values = record.__dict__
    return sys.getsizeof(values), sys.getsizeof(dict(values))


def _compact(record: object) -> bool:
    size, ordinary = _size_against_ordinary(record)
    return size < ordinary


def _records(report: object) -> list[object]:
    """Every record reachable from ``report``, ``report`` too."""
    found: list[object] = []
    todo = [report]
    while todo:
        record = todo.pop()
        found.append(record)
        for value in record.__dict__.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, _Compact):
                    todo.append(item)
    return found


def test_every_record_of_a_report_holds_its_fields_in_a_key_sharing_dict(report_of):
    report = report_of("fixtures/emn2019-like.pdf")
    records = _records(report)
    kinds = {type(r).__name__ for r in records}
    assert {"Paragraph", "Footnote", "Marker", "Provenance", "Citation", "Measure"} <= kinds
    assert {"Statistic", "Section", "KamerstukFields", "UrlFields", "Source"} <= kinds
    assert len(records) > 1500
    for record in records:
        assert list(record.__dict__) == list(type(record).model_fields), type(record)
    # A record keeps pydantic's dict where a copy would not be smaller: CPython sizes a
    # shared table's value arrays down as instances of its class are made, so the gain
    # shows on the kinds a report holds by the dozen.
    sizes = [_size_against_ordinary(r) for r in records]
    assert all(size <= ordinary for size, ordinary in sizes)  # never larger
    if SHARING_SAVES:  # the first records of a class may come before the arrays shrink
        many = collections.Counter(type(r).__name__ for r in records)
        tight = collections.Counter(type(r).__name__ for r in records if _compact(r))
        kinds = {name for name, n in many.items() if n >= 50}
        assert {"Paragraph", "Provenance", "Citation", "Measure", "Statistic"} <= kinds
        assert {name: tight[name] / many[name] > 0.9 for name in kinds} == dict.fromkeys(
            kinds, True
        )


def test_a_key_sharing_record_behaves_as_an_ordinary_one():
    given = {"within": "footnote", "id": "n3", "start": 2, "end": 9}
    prov = Provenance(**given)
    assert list(prov.__dict__) == ["within", "id", "start", "end", "page", "bbox"]
    assert prov.__dict__ == {**given, "page": None, "bbox": None}
    assert prov.model_dump() == {**given, "page": None, "bbox": None}
    assert prov == Provenance(**given) and prov != Provenance(**{**given, "end": 10})
    prov.page = 4
    assert prov.page == 4 and prov.model_dump()["page"] == 4
    assert Provenance(**given).page is None  # the other records keep their own values
    moved = prov.model_copy(update={"start": 5})
    assert (moved.start, prov.start, moved.page) == (5, 2, 4)
    deep = prov.model_copy(deep=True)
    assert deep == prov and list(deep.__dict__) == list(prov.__dict__)
    again = pickle.loads(pickle.dumps(prov))
    assert again == prov and again.__dict__ == prov.__dict__
    assert copy.deepcopy(prov) == prov
    fields = KamerstukFields(dossier="19637", number="2701")
    fields.number = "2702"  # validated on assignment, which makes pydantic build a new dict
    assert fields.number == "2702" and list(fields.__dict__) == list(KamerstukFields.model_fields)
    with pytest.raises(ValidationError):
        fields.number = ["not", "a", "number"]  # type: ignore[assignment]


def test_setting_a_field_changes_the_names_of_that_record_alone():
    a = Provenance(within="paragraph", id="p1", start=0, end=4)
    b = Provenance(within="paragraph", id="p2", start=2, end=9)
    a.page = 3
    assert a.model_fields_set == {"within", "id", "start", "end", "page"}
    assert b.model_fields_set == {"within", "id", "start", "end"}
    assert b.model_dump(exclude_unset=True) == {
        "within": "paragraph",
        "id": "p2",
        "start": 2,
        "end": 9,
    }


def test_names_handed_out_belong_to_their_record():
    a = Paragraph(id="p1", text="Een zin.")
    b = Paragraph(id="p2", text="Nog een zin.")
    a.model_fields_set.add("page")
    assert "page" not in b.model_fields_set


def test_validated_assignment_keeps_its_names_to_itself():
    a = KamerstukFields(dossier="35000")
    b = KamerstukFields(dossier="36000")
    a.page = "12"
    assert a.model_fields_set == {"dossier", "page"}
    assert b.model_fields_set == {"dossier"}


def test_copies_and_pickles_keep_the_names_and_leave_the_original_alone():
    prov = Provenance(within="footnote", id="n3", start=0, end=5)
    cite = Citation(id="c1", kind="kamerstuk", raw="Kamerstukken II 2019/20, 35300, nr. 2.")
    cite_with = Citation(id="c2", kind="url", raw="https://example.org/a", provenance=prov)
    copied = cite.model_copy(update={"section_id": "4.1"})
    # the kind's model of ``fields`` is filled in by a validator: given
    assert copied.model_fields_set == {"id", "kind", "raw", "fields", "section_id"}
    assert cite.model_fields_set == {"id", "kind", "raw", "fields"}
    again = pickle.loads(pickle.dumps(cite_with))
    assert again == cite_with and again.model_fields_set == cite_with.model_fields_set
    one, two = pickle.loads(pickle.dumps([cite, cite.model_copy(update={"id": "c9"})]))
    assert _names(one) is _names(two)  # read back, they share their names again
    one.page = 2
    assert two.model_fields_set == {"id", "kind", "raw", "fields"}
    deep = copy.deepcopy(cite_with)
    deep.page = 4
    assert cite_with.model_fields_set == {"id", "kind", "raw", "fields", "provenance"}


def test_a_validator_that_sets_a_field_names_it_for_that_record_alone():
    numbered = Section(number="4.2", title="Asiel", level=2)
    unnumbered = Section(id="samenvatting", number=None, title="Samenvatting", level=1)
    assert numbered.id == "4.2" and "id" in numbered.model_fields_set
    other = Section(number="4.3", title="Opvang", level=2, page=3)
    assert other.model_fields_set == {"number", "title", "level", "page", "id"}
    assert unnumbered.model_fields_set == {"id", "number", "title", "level"}


def _linked_doc() -> Document:
    """Two paragraphs of one section, a marker to a note that cites, no Ibid. note."""
    return Document(
        source=Source(path="own", sha256="0", kind="text"),
        paragraphs=[
            Para("Vreemdelingenbewaring", "subheading", section="3.2"),
            Para(
                "Sinds 1 juli 2021 geldt de nieuwe regeling. In 2021 werden 1.250 personen "
                "in bewaring gesteld.",
                section="3.2",
                markers=[MarkerRef(7, 42), MarkerRef(8, 94)],
            ),
        ],
        footnotes=[
            Note(7, "Staatscourant 2021, nr. 30112."),
            Note(8, "Kamerstukken II 2020/21, 19637, nr. 2701."),
        ],
    )


class _Held:
    """A user's stage wrapping a library stage; the records it returns stay its own."""

    def __init__(self, stage: Stage) -> None:
        self.name = stage.name
        self.stage = stage
        self.records: list[object] = []

    def run(self, document: Document) -> StageResult:
        result = self.stage.run(document)
        self.records = list(result.records)
        self.kept = [r.model_dump() for r in self.records]  # type: ignore[attr-defined]
        return StageResult(self.records, result.warnings)


def test_the_library_stages_records_are_built_once_not_copied_to_link_them(monkeypatch):
    copies = []
    real = _Compact.model_copy

    def counted(self, **kw):  # type: ignore[no-untyped-def]
        copies.append(type(self).__name__)
        return real(self, **kw)

    monkeypatch.setattr(_Compact, "model_copy", counted)
    report = Pipeline().run(_linked_doc())
    assert [name for name in copies if name != "Source"] == []  # the year read is set on a copy
    (first, second), (measure,), (stat,) = report.citations, report.measures, report.statistics
    assert (measure.citations, stat.citations) == ([first.id], [second.id])
    assert {r.section_id for r in (first, second, measure, stat)} == {"3.2"}


def test_records_filled_in_equal_the_copies_a_users_stage_gets():
    built = Pipeline().run(_linked_doc())
    held = [_Held(s) for s in (CitationStage(), MeasureStage(), StatisticStage())]
    copied = Pipeline(held).run(_linked_doc())
    assert built == copied
    assert built.model_dump_json() == copied.model_dump_json()
    for kind in ("citations", "measures", "statistics"):
        for a, b in zip(getattr(built, kind), getattr(copied, kind), strict=True):
            assert a.model_fields_set == b.model_fields_set
            assert {"section_id"} <= a.model_fields_set
    # the user's stages hold their records as they returned them
    for stage in held:
        assert [r.model_dump() for r in stage.records] == stage.kept  # type: ignore[attr-defined]
        assert all(r.section_id is None for r in stage.records)  # type: ignore[attr-defined]
    assert copied.measures[0] is not held[1].records[0]


def test_a_box_of_four_floats_is_kept_as_given_and_anything_else_validated():
    box = (56.7, 120.25, 538.1, 131.5)
    assert Provenance(within="paragraph", id="p1", start=0, end=4, bbox=box).bbox is box
    as_list = Paragraph(id="p1", text="Tekst.", bbox=[56, 120.25, "538.1", 131.5])
    assert as_list.bbox == (56.0, 120.25, 538.1, 131.5)
    assert all(type(v) is float for v in as_list.bbox)
    with pytest.raises(ValidationError):
        Paragraph(id="p1", text="Tekst.", bbox=(1.0, 2.0, 3.0))


def test_a_span_on_one_line_shares_that_lines_box():
    first, second = (70.0, 100.5, 520.0, 111.0), (70.0, 112.5, 300.0, 123.0)
    para = Para(
        "Eerste regel van de alinea en dan de tweede regel.",
        page=4,
        lines=[TextLine(0, 27, 4, first), TextLine(28, 51, 4, second)],
    )
    assert provenance(para, 7, 12).bbox is first
    assert provenance(para, 40, 46).bbox is second
    assert provenance(para, 20, 35).bbox == (70.0, 100.5, 520.0, 123.0)  # over both lines
