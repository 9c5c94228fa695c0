"""Records the library makes itself are built without pydantic's validation of every
value (``_Compact._made``), yet equal in every way to validated ones; anything validation
would refuse or convert still goes through it."""

from __future__ import annotations

import collections
import sys

import pytest
from pydantic import ValidationError

from conftest import SNAPSHOT_INPUTS
from emnextract.model import (
    Citation,
    Comparison,
    KamerstukFields,
    Measure,
    Paragraph,
    Provenance,
    Statistic,
    UrlFields,
    _Compact,
)

# The fast path needs to know which dict a class's records take: on CPython 3.11 and 3.12
# after a class's first records, on 3.13 after 64 (see model._compact_dict).
MANY = 80


def _same(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, a list not a tuple)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, _Compact):
        return (
            list(a.__dict__) == list(b.__dict__)
            and all(
                _same(x, y) for x, y in zip(a.__dict__.values(), b.__dict__.values(), strict=True)
            )
            and _names(a) == _names(b)
            and a.__pydantic_private__ == b.__pydantic_private__
            and a.__pydantic_extra__ == b.__pydantic_extra__
        )
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    return a == b


def _names(record: _Compact) -> set[str]:
    """The names ``record`` was given, read without making them its own."""
    return record.__pydantic_fields_set__  # type: ignore[no-any-return]


def _records(report: object) -> list[_Compact]:
    found: list[_Compact] = []
    todo = [report]
    while todo:
        record = todo.pop()
        found.append(record)  # type: ignore[arg-type]
        for value in record.__dict__.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, _Compact):
                    todo.append(item)
    return found


def _validated(record: _Compact) -> _Compact:
    """``record`` made again by pydantic, from the values of the names it was given."""
    given = {name: record.__dict__[name] for name in _names(record)}
    return type(record)(**given)


@pytest.mark.parametrize("relpath", SNAPSHOT_INPUTS)
def test_every_record_of_a_report_equals_the_one_validation_makes(report_of, relpath):
    report = report_of(relpath)
    records = _records(report)
    kinds = collections.Counter(type(r).__name__ for r in records)
    assert kinds["Paragraph"] > 5 and kinds["Footnote"] + kinds["Citation"] > 0
    for record in records:
        again = _validated(record)
        assert _same(record, again), (type(record).__name__, record.__dict__, again.__dict__)


def _made_and_validated(cls: type[_Compact], values: dict[str, object]) -> tuple[object, int]:
    """A record made by ``_made`` once the class's dict is known, and how many records
    pydantic made for it (0: the fast path)."""
    for _ in range(MANY):
        cls(**values)
    made = []
    real = _Compact.model_post_init

    def counted(self, context):  # type: ignore[no-untyped-def]
        made.append(type(self))
        return real(self, context)

    _Compact.model_post_init = counted  # type: ignore[method-assign]
    try:
        record = cls._made(**values)
    finally:
        _Compact.model_post_init = real  # type: ignore[method-assign]
    return record, made.count(cls)


def test_the_library_makes_its_many_records_without_validating_them(report_of):
    report = report_of("fixtures/emn2019-like.pdf")
    box = report.paragraphs[3].bbox
    assert box is not None
    prov = Provenance(within="paragraph", id="p4", start=3, end=9, page=2, bbox=box)
    cases: list[tuple[type[_Compact], dict[str, object]]] = [
        (Provenance, {"within": "footnote", "id": "n2", "start": 0, "end": 7, "bbox": box}),
        (Comparison, {"value": 1250, "period": "2020"}),
        (KamerstukFields, {"dossier": "19637", "number": "2701", "session": "2020/21"}),
        (
            Measure,
            {
                "id": "m1",
                "date": "2021-07-01",
                "precision": "day",
                "date_text": "1 juli 2021",
                "role": "in_force",
                "measure": "De regeling",
                "sentence": "Sinds 1 juli 2021 geldt de regeling.",
                "footnotes": [7],
                "provenance": prov,
            },
        ),
        (
            Statistic,
            {
                "id": "s1",
                "value": 12.5,
                "value_text": "12,5 procent",
                "unit": "percent",
                "sentence": "Dat is 12,5 procent.",
                "compared_to": Comparison(value=10, period="2020"),
            },
        ),
        (
            Citation,
            {
                "id": "c1",
                "kind": "url",
                "raw": "https://example.org/a",
                "fields": UrlFields(url="https://example.org/a"),
                "problems": ["no access date"],
                "provenance": prov,
            },
        ),
    ]
    for cls, values in cases:
        record, validated = _made_and_validated(cls, values)
        assert validated == 0, cls.__name__
        assert _same(record, cls(**values)), cls.__name__
        for name, value in values.items():
            if isinstance(value, list):  # a given list is copied, as validation copies it
                assert getattr(record, name) == value and getattr(record, name) is not value


def test_what_validation_would_refuse_or_convert_still_goes_through_it():
    given = {"within": "paragraph", "id": "p1", "start": 0, "end": 4}
    for _ in range(MANY):
        Provenance(**given)
    with pytest.raises(ValidationError):
        Provenance._made(**given, colour="red")  # no such field
    with pytest.raises(ValidationError):
        Provenance._made(within="paragraph", id="p1", start=0)  # end missing
    with pytest.raises(ValidationError):
        Provenance._made(**{**given, "within": "table"})  # not one of its values
    listed = Provenance._made(**given, bbox=[56, 120.25, "538.1", 131.5])
    assert listed.bbox == (56.0, 120.25, 538.1, 131.5)
    assert all(type(v) is float for v in listed.bbox)
    with pytest.raises(ValidationError):
        Provenance._made(**given, bbox=(1.0, 2.0, 3.0))
    for _ in range(MANY):
        Citation(id="c0", kind="url", raw="x")
    as_dict = Citation._made(id="c1", kind="url", raw="x", provenance=given)
    assert type(as_dict.provenance) is Provenance and as_dict.provenance == Provenance(**given)
    no_fields = Citation._made(id="c1", kind="url", raw="x", fields=None)  # made as validation does
    assert type(no_fields.fields) is UrlFields
    with pytest.raises(ValidationError):  # fields of another kind than the citation's
        Citation._made(id="c2", kind="url", raw="x", fields=KamerstukFields(dossier="1"))
    for _ in range(MANY):
        Paragraph(id="p0", text="Tekst.")
    with pytest.raises(ValidationError):
        Paragraph._made(id="p1", text="Tekst.", kind="poem")


def test_records_made_with_the_same_names_share_them_and_change_their_own_alone():
    given = {"within": "footnote", "id": "n3", "start": 2, "end": 9}
    for _ in range(MANY):
        Provenance(**given)
    a = Provenance._made(**given)
    b = Provenance._made(**{**given, "id": "n4"})
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__  # type: ignore[attr-defined]
    a.page = 3
    assert a.model_fields_set == {*given, "page"} and b.model_fields_set == set(given)
    assert (a.page, b.page) == (3, None)
    c = Provenance._made(id="n5", end=9, start=2, within="footnote")  # another order
    assert c.model_fields_set == set(given)


def test_a_made_record_takes_no_more_room_than_pydantics_own():
    given = {"value": 3, "period": "2019"}
    for _ in range(MANY):
        Comparison(**given)
    record, validated = _made_and_validated(Comparison, given)
    assert validated == 0 and _same(record, Comparison(**given))
    # a copy of the key-sharing dict where those are smaller (CPython 3.11, 3.12), an
    # ordinary dict where they are not (3.13): never more than pydantic's own
    assert sys.getsizeof(record.__dict__) <= sys.getsizeof(dict(record.__dict__))
