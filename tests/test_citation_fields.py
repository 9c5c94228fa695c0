"""Each citation kind has a typed model for its ``fields``; the JSON Schema documents them."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

from emnextract.model import (
    FIELDS_OF_KIND,
    CaseLawFields,
    Citation,
    KamerstukFields,
    OtherFields,
    Report,
    UrlFields,
    json_schema,
)

# The fields of each kind as the output contract names them, in JSON order; extras
# that are left out when absent follow.
CONTRACT = {
    "kamerstuk": ["chamber", "session", "dossier", "extra_dossiers", "subdossier", "number", "page"],
    "handelingen": ["chamber", "session", "number", "item", "page", "dossier"],
    "aanhangsel": ["chamber", "session", "number"],
    "staatscourant": ["year", "number"],
    "staatsblad": ["year", "number"],
    "tractatenblad": ["year", "number"],
    "case_law": ["court", "date", "case_number", "ecli", "name",
                 "date_text", "joined_case_numbers", "ecli_text"],
    "eu_legislation": ["form", "institution", "number", "celex"],
    "url": ["url", "accessed", "publisher", "title", "accessed_text", "date_text"],
    "provided_info": ["provider", "date"],
    "other": ["publisher", "title", "document_type", "year", "number", "identifier"],
}  # fmt: skip

REFERENCE = "fixtures/emn2019-part1.txt"


def test_every_kind_has_a_model():
    assert set(FIELDS_OF_KIND) == set(CONTRACT)
    assert set(Citation.model_fields["kind"].annotation.__args__) == set(CONTRACT)


@pytest.mark.parametrize("kind", sorted(CONTRACT))
def test_json_schema_lists_the_fields_of_each_kind(kind):
    schema = json_schema()
    model = FIELDS_OF_KIND[kind]
    definition = schema["$defs"][model.__name__]
    assert list(definition["properties"]) == CONTRACT[kind]
    assert definition["additionalProperties"] is False
    citation = schema["$defs"]["Citation"]
    assert {"$ref": f"#/$defs/{model.__name__}"} in citation["properties"]["fields"]["anyOf"]
    rule = next(r for r in citation["allOf"] if r["if"]["properties"]["kind"]["const"] == kind)
    assert rule["then"]["properties"]["fields"] == {"$ref": f"#/$defs/{model.__name__}"}


def test_every_citation_of_the_reference_validates_against_its_kind(report_of):
    report = report_of(REFERENCE)
    data = json.loads(report.model_dump_json())
    assert {c["kind"] for c in data["citations"]} >= {
        "kamerstuk", "handelingen", "aanhangsel", "staatscourant", "staatsblad",
        "case_law", "eu_legislation", "url", "provided_info", "other",
    }  # fmt: skip
    for c, written in zip(report.citations, data["citations"], strict=True):
        model = FIELDS_OF_KIND[c.kind]
        assert type(c.fields) is model
        assert model.model_validate(written["fields"]).model_dump() == written["fields"]
        assert list(written["fields"]) == [k for k in CONTRACT[c.kind] if k in written["fields"]]
    jsonschema.validate(data, json_schema())


def test_a_report_reads_back_with_typed_fields(report_of):
    report = report_of(REFERENCE)
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert [type(c.fields) for c in again.citations] == [type(c.fields) for c in report.citations]


def test_the_schema_refuses_fields_of_another_kind():
    good = Citation(
        id="c1", kind="url", raw="x", fields=UrlFields(url="https://ind.nl")
    ).model_dump()
    bad = dict(good, kind="kamerstuk")
    schema = json_schema()
    report = {"source": {"path": "x", "sha256": "0", "kind": "text"}, "citations": [good]}
    jsonschema.validate(report, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(report, citations=[bad]), schema)


def test_fields_are_read_with_the_model_of_the_kind():
    c = Citation(id="c1", kind="staatsblad", raw="Stb. 2019, 143",
                 fields={"year": "2019", "number": "143"})  # fmt: skip
    assert (type(c.fields).__name__, c.fields.year) == ("OfficialJournalFields", "2019")
    with pytest.raises(ValidationError):  # a field the kind does not have
        Citation(id="c1", kind="staatsblad", raw="x", fields={"year": "2019", "page": "3"})
    with pytest.raises(ValidationError, match="must be UrlFields"):
        Citation(id="c1", kind="url", raw="x", fields=OtherFields(title="t"))
    assert type(Citation(id="c1", kind="kamerstuk", raw="x").fields) is KamerstukFields
    with pytest.raises(ValidationError):  # assignments are checked too
        KamerstukFields().chamber = "III"


def test_absent_extras_are_left_out_and_fields_read_like_a_mapping():
    f = CaseLawFields(court="HR", date=None)
    assert f.model_dump() == {"court": "HR", "date": None, "case_number": None, "ecli": None,
                              "name": None}  # fmt: skip
    f.date_text = "05-122018"
    assert f.model_dump()["date_text"] == "05-122018"
    assert (f["court"], f.get("ecli", "-"), f.get("ecli_text", "-"), f.get("nope", "-")) == (
        "HR", None, "-", "-")  # fmt: skip
    with pytest.raises(KeyError):
        f["nope"]
