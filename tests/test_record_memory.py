"""Records take little memory without behaving any differently.

pydantic keeps on every instance the set of the fields it was given; the records of a
Report share one such set per combination of fields, and take a set of their own only
when something could change it.
"""

from __future__ import annotations

import copy
import pickle

from emnextract.model import Citation, KamerstukFields, Paragraph, Provenance, Section


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
