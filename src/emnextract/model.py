"""The output records: the JSON contract (schema_version "1") in one place.

Every record other tools read is defined here, and ``emnextract schema`` prints the
JSON Schema generated from :class:`Report`. Field names are a contract: add freely,
rename or remove only with a ``SCHEMA_VERSION`` bump. Absent values are ``None``
(``null`` in JSON), never omitted.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Final,
    Literal,
    Self,
    Union,
    get_args,
    get_origin,
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION: Final = "1"

_object_setattr = object.__setattr__
_new = object.__new__
_sizeof = sys.getsizeof

BBox = tuple[float, float, float, float]
"""[x0, top, x1, bottom] in PDF points, origin top-left of the page."""


def _box_as_given(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A box given as a tuple of four floats is kept as given, not rebuilt: a tuple cannot
    change, and validation would make an equal one of the same floats. Anything else
    (a list, ints, strings) is validated as a ``BBox``."""
    if _is_box(value):
        return value
    return handler(value)


_Box = Annotated[BBox, WrapValidator(_box_as_given)]
_BOX_CHECK = get_args(_Box)[1]

CitationKind = Literal[
    "kamerstuk",
    "handelingen",
    "aanhangsel",
    "staatscourant",
    "staatsblad",
    "tractatenblad",
    "case_law",
    "eu_legislation",
    "url",
    "provided_info",
    "other",
]

MeasureRole = Literal[
    "in_force",
    "amended",
    "started",
    "ended",
    "announced",
    "submitted",
    "decided",
    "planned",
    "deadline",
    "other",
]

DatePrecision = Literal["day", "month", "season", "half", "quarter", "year", "academic_year"]
DateModifier = Literal["start", "mid", "end"]

StatUnit = Literal["count", "percent", "eur", "fte", "other"]


class _SharedNames(set[str]):
    """The names of the fields given to a record, one set shared by every record given the same.

    pydantic keeps a set of the fields given (``model_fields_set``) on each instance; a set
    of 15 names takes some 2 kB, more than the rest of a record. Records of one kind are
    built with the same fields, so they share one such set. A record about to change its
    fields takes a set of its own first (see :class:`_Compact`); copies and pickles of a
    shared set are plain sets.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type[set[str]], tuple[list[str]]]:
        return set, (list(self),)


_SHARED_NAMES: dict[frozenset[str], _SharedNames] = {}
_MAX_SHARED_NAMES = 4096  # distinct sets of field names shared (a bound that is never reached)


def _shared_names(names: set[str]) -> set[str]:
    """The shared set of ``names``."""
    key = frozenset(names)
    shared = _SHARED_NAMES.get(key)
    if shared is None:
        if len(_SHARED_NAMES) >= _MAX_SHARED_NAMES:
            return names
        shared = _SHARED_NAMES[key] = _SharedNames(key)
    return shared


_KEY_SHARING: dict[type[BaseModel], dict[str, Any]] = {}
_NO_GAIN: dict[str, Any] = {}  # the key-sharing dict of a class whose copies save nothing
_MISSES: dict[type[BaseModel], int] = {}
_MAX_MISSES = 64  # copies no smaller than pydantic's dicts before a class is left as it is


def _key_sharing(cls: type[BaseModel]) -> dict[str, Any]:
    """A dict of ``cls``'s field names, in order, that shares its table of keys with every
    copy of it (each copy holds only its values).

    pydantic gives each instance a dict of its own, names and values (some 300 bytes for
    eight fields); a dict copied from this one stores the values alone. It is made as
    CPython makes the attribute dict of a plain instance: the names set one by one on an
    instance of ``cls`` that pydantic never filled, then its dict taken.
    """
    shared = _KEY_SHARING.get(cls)
    if shared is None:
        probe = object.__new__(cls)
        for name in cls.model_fields:
            _object_setattr(probe, name, None)
        shared = _KEY_SHARING[cls] = probe.__dict__
    return shared


def _compact_dict(record: BaseModel) -> None:
    """Put ``record``'s field values into a copy of its class's key-sharing dict: the same
    names, values and order, in less memory (see :func:`_key_sharing`).

    Whether a copy is smaller depends on the interpreter: CPython 3.11 and 3.12 size a
    class's shared value arrays down as its instances are made (a copy of eight values
    takes some 120 bytes), 3.13 does not for these classes. A record keeps pydantic's
    dict where the copy is not smaller, and a class whose copies keep not being smaller
    is no longer copied. Once a copy was smaller, every later one of its class is (the
    arrays are not sized up again): the class's copies are then made without asking
    (:data:`_SAVING`)."""
    cls = type(record)
    own = record.__dict__
    shared = _SAVING.get(cls)
    if shared is not None:  # the common case: a copy is smaller, asked no more
        if len(own) == len(shared):
            values = shared.copy()
            values.update(own)
            _object_setattr(record, "__dict__", values)
        return
    shared = _KEY_SHARING.get(cls)
    if shared is None:
        shared = _key_sharing(cls)
    if len(own) != len(shared):  # not exactly the fields (or a class left as it is)
        return
    values = shared.copy()
    values.update(own)
    if len(values) == len(own) and _sizeof(values) < _sizeof(own):
        _object_setattr(record, "__dict__", values)
        _SAVING[cls] = shared
    elif shared is not _NO_GAIN:
        misses = _MISSES[cls] = _MISSES.get(cls, 0) + 1
        if misses >= _MAX_MISSES:
            _KEY_SHARING[cls] = _NO_GAIN


_SAVING: dict[type[BaseModel], dict[str, Any]] = {}  # classes whose copies are smaller


def _is_box(value: Any) -> bool:
    """A box :func:`_box_as_given` keeps as given: a tuple of four floats."""
    return (
        type(value) is tuple
        and len(value) == 4
        and type(value[0]) is type(value[1]) is type(value[2]) is type(value[3]) is float
    )


_Known = tuple[
    set[str],  # the shared set of the names given
    tuple[tuple[str, Callable[[], Any]], ...],  # the fields a factory fills, not given
    tuple[str, ...],  # the list fields given (a given list is copied, as validation does)
]
_Plan = tuple[
    dict[str, Any],  # the record's dict as made: defaults, None where a value must be given
    dict[tuple[str, ...], _Known],  # names given in this order -> what follows from them
    tuple[tuple[str, Callable[[], Any]], ...],  # fields a factory fills when not given
    tuple[str, ...],  # list fields
    tuple[tuple[str, frozenset[Any]], ...],  # Literal fields and their values
    tuple[tuple[str, tuple[type, ...]], ...],  # model fields and the types they take
    tuple[str, ...],  # box fields: None or a box _box_as_given keeps (see _is_box)
    Callable[[dict[str, Any]], bool] | None,  # the class's own check (see _made_fits)
]
_PLANS: dict[type[BaseModel], _Plan | None] = {}
_UNPLANNED: Any = object()  # a class whose plan was not made yet


def _plan(cls: type[_Compact]) -> _Plan | None:
    """How :meth:`_Compact._made` builds a ``cls`` without pydantic's validation, or None
    where it cannot be sure to build what validation would (a validator of the class's own
    it does not know, a mutable default, a field of a type it cannot check).

    Each field is one of: a value of a ``Literal`` (its values checked), a model (its type
    checked), a box (as :func:`_box_as_given` keeps it), a list (copied), or a value of a
    plain type (``str``, ``int``, ``float``, ``bool``, with None where optional), whose type
    the code that makes records gives and tests check against validation
    (``tests/test_record_building.py``).
    """
    decorators = cls.__pydantic_decorators__
    validators = [*decorators.model_validators, *decorators.field_validators]
    if validators != list(cls._made_validators):
        return None
    if cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        return None  # an instance holds more than its fields
    if cls.__new__ is not object.__new__:
        return None  # made otherwise than by object.__new__ (see _made)
    shared = _KEY_SHARING.get(cls)
    if shared is None:
        return None
    # a copy of the key-sharing dict where copies are smaller, else an ordinary dict
    template = dict.fromkeys(cls.model_fields) if shared is _NO_GAIN else shared.copy()
    factories: list[tuple[str, Callable[[], Any]]] = []
    lists: list[str] = []
    members: list[tuple[str, frozenset[Any]]] = []
    models: list[tuple[str, tuple[type, ...]]] = []
    boxes: list[str] = []
    plain = (str, int, float, bool, type(None))
    for name, field in cls.model_fields.items():
        if field.metadata:
            return None
        if field.default_factory is not None:
            factories.append((name, field.default_factory))  # type: ignore[arg-type]
        elif field.is_required():
            pass
        elif type(field.default) in (str, int, float, bool, type(None)):
            template[name] = field.default
        else:
            return None
        types_of = _members(field.annotation)
        literals: set[Any] = set()
        kinds: list[type] = []
        for member in types_of:
            if get_origin(member) is Literal:
                literals.update(get_args(member))
            elif get_origin(member) is list:
                lists.append(name)
            elif get_origin(member) is Annotated and _BOX_CHECK in get_args(member)[1:]:
                boxes.append(name)
            elif isinstance(member, type) and issubclass(member, BaseModel):
                kinds.append(member)
            elif member not in plain:
                return None
        if literals:
            optional = {None} if type(None) in types_of else set()
            members.append((name, frozenset(literals | optional)))
        if kinds:
            models.append((name, (*kinds, *(t for t in types_of if t is type(None)))))
    own_check = cls._made_fits.__func__ is not _Compact._made_fits.__func__  # type: ignore[attr-defined]
    return (
        template,
        {},
        tuple(factories),
        tuple(lists),
        tuple(members),
        tuple(models),
        tuple(boxes),
        cls._made_fits if own_check else None,
    )


def _required(cls: type[BaseModel]) -> set[str]:
    """The names of the fields of ``cls`` that must be given."""
    return {name for name, field in cls.model_fields.items() if field.is_required()}


def _members(annotation: Any) -> list[Any]:
    """The types a field's value may be of (the members of a union)."""
    if get_origin(annotation) in (Union, types.UnionType):
        return list(get_args(annotation))
    return [annotation]


class _Compact(BaseModel):
    """A model whose instances share their set of given field names (see :class:`_SharedNames`)
    and the table of keys of their field dict (see :func:`_key_sharing`).

    Validation, serialisation and ``model_fields_set`` behave as pydantic's own: the shared
    set is replaced by a set of the instance's own before anything can change it
    (attribute assignment, ``model_fields_set`` handed out). The field dict is an ordinary
    dict with the same names, values and order as pydantic's own; it only takes less room.
    """

    def model_post_init(self, context: Any, /) -> None:
        _object_setattr(
            self, "__pydantic_fields_set__", _shared_names(self.__pydantic_fields_set__)
        )
        _compact_dict(self)

    # The names of the class's own validators that :meth:`_made` does the work of (with
    # :meth:`_made_fits`); a class with any other validator is always validated.
    _made_validators: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def _made(cls, **values: Any) -> Self:
        """A record of ``values`` made by the library's own code, equal in every way to
        ``cls(**values)`` (the same dict of values, given names, defaults and copies of
        given lists) but built without pydantic's validation of each value where that
        can be skipped (see :func:`_plan`): some 3 µs less per record.

        What validation would refuse or convert is still handed to it: a name that is
        no field, a missing value, a value outside its ``Literal``, a model field given
        anything but a model, a box not of four floats. Plain values (``str``, ``int``,
        ``float``, ``bool``) are taken as given.

        The dict made is a copy of the class's key-sharing dict where such copies were
        found smaller (:data:`_SAVING`), an ordinary one where they were found not to be
        (:data:`_NO_GAIN`); until one or the other is known, pydantic makes the records.
        """
        plan = _PLANS.get(cls, _UNPLANNED)
        if plan is _UNPLANNED:
            if cls not in _SAVING and _KEY_SHARING.get(cls) is not _NO_GAIN:
                return cls(**values)  # not yet known which dict to make
            plan = _PLANS[cls] = _plan(cls)
        if plan is None:
            return cls(**values)
        template, names_given, factories, lists, members, kinds, boxes, fits = plan
        record = template.copy()
        record.update(values)
        key = tuple(values)
        known = names_given.get(key)
        if known is None:  # names not met before: fields, and every one that must be given?
            if len(record) != len(template) or not _required(cls).issubset(values):
                return cls(**values)
            names = _shared_names(set(values))
            if type(names) is not _SharedNames:  # no more sets are shared: one of its own
                return cls(**values)
            fill = tuple((name, make) for name, make in factories if name not in values)
            given_lists = tuple(name for name in lists if name in values)
            known = (names, fill, given_lists)
            if len(names_given) < _MAX_SHARED_NAMES:
                names_given[key] = known
        names, fill, given_lists = known
        for name, allowed in members:
            if record[name] not in allowed:
                return cls(**values)
        for name, types_of in kinds:
            if not isinstance(record[name], types_of):
                return cls(**values)
        for name in boxes:  # None or _is_box, written out (a call per record costs)
            box = record[name]
            if box is not None and not (
                type(box) is tuple
                and len(box) == 4
                and type(box[0]) is type(box[1]) is type(box[2]) is type(box[3]) is float
            ):
                return cls(**values)
        if fits is not None and not fits(record):
            return cls(**values)
        for name in given_lists:
            value = record[name]
            if type(value) is not list:  # a tuple, None...: as validation takes it
                return cls(**values)
            record[name] = value.copy()
        for name, make in fill:
            record[name] = make()
        made = _new(cls)  # BaseModel has no __new__ of its own
        _object_setattr(made, "__dict__", record)
        _object_setattr(made, "__pydantic_fields_set__", names)
        _object_setattr(made, "__pydantic_extra__", None)
        _object_setattr(made, "__pydantic_private__", None)
        return made

    @classmethod
    def _made_fits(cls, record: dict[str, Any]) -> bool:
        """Whether ``record`` (a dict of field values) is as the class's validators in
        :attr:`_made_validators` leave it."""
        return True

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        names = copied.__pydantic_fields_set__
        _object_setattr(copied, "__pydantic_fields_set__", _shared_names(names))
        if deep:  # a deep copy's dict is built afresh, without the shared table
            _compact_dict(copied)
        return copied

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Unpickled (a Report sent between processes), records share their names again."""
        super().__setstate__(state)
        names = self.__pydantic_fields_set__
        if type(names) is set:
            _object_setattr(self, "__pydantic_fields_set__", _shared_names(names))
        _compact_dict(self)

    def _fill_in(self, values: Mapping[str, Any]) -> None:
        """Set ``values`` on a record nobody else holds yet, as ``model_copy(update=values)``
        sets them on its copy (unvalidated, the names counted as given), without copying."""
        self.__dict__.update(values)
        names = self.__pydantic_fields_set__ | values.keys()
        _object_setattr(self, "__pydantic_fields_set__", _shared_names(names))

    def _own_names(self) -> set[str]:
        """The instance's set of given field names, made its own if it was shared."""
        names = self.__pydantic_fields_set__
        if type(names) is _SharedNames:
            names = set(names)
            _object_setattr(self, "__pydantic_fields_set__", names)
        return names

    @property
    def model_fields_set(self) -> set[str]:
        return self._own_names()

    if not TYPE_CHECKING:  # as BaseModel does: type checkers keep refusing unknown attributes

        def __setattr__(self, name: str, value: Any) -> None:
            self._own_names()
            values = self.__dict__
            super().__setattr__(name, value)
            if self.__dict__ is not values:  # a validated assignment: pydantic built a new dict
                _compact_dict(self)


class _Record(_Compact):
    model_config = ConfigDict(extra="forbid")


class Source(_Record):
    path: str
    sha256: str
    kind: Literal["pdf", "text", "xml"]
    pages: int | None = None
    title: str | None = None
    year: int | None = None


class Provenance(_Record):
    """Where a record's characters stand: ``text[start:end]`` of one paragraph or footnote.

    ``id`` is the ``id`` of an entry of ``paragraphs`` ("p12") or ``footnotes`` ("n13");
    ``start``/``end`` are character offsets in its ``text``; ``page`` is the page where
    the span starts and ``bbox`` the box of the printed lines it covers on that page
    (null when the reader knows no geometry, as for text dumps).
    """

    within: Literal["paragraph", "footnote"]
    id: str
    start: int
    end: int
    page: int | None = None
    bbox: _Box | None = None


SECTION_ID_DOC = (
    "Id of the section holding this (``sections[].id``): the number of a numbered section, "
    "the slug of an unnumbered part ('samenvatting', 'bijlage-a'); null before any section"
)


class Section(_Record):
    """A chapter (level 1, "4"), a numbered section (level 2+, "4.3.2") or an unnumbered part.

    Unnumbered parts (Samenvatting, Voorwoord, Bijlage A, Literatuurlijst, …) have ``number``
    null and a slug ``id``; a numbered section's ``id`` is its number.
    """

    id: str = Field(
        default="",
        description="Unique within the report: the number of a numbered section ('4.3.2'), "
        "a slug of the title for an unnumbered part ('samenvatting', 'bijlage-a', "
        "'inleiding-2' when a title recurs)",
    )
    number: str | None = Field(description="The printed number; null for an unnumbered part")
    title: str
    level: int
    parent: str | None = None
    page: int | None = None
    bbox: _Box | None = None
    offset: int | None = Field(
        default=None, description="Character offset in the source text (text dumps)"
    )

    @model_validator(mode="after")
    def _id_of_number(self) -> Section:
        """A numbered section's id is its number (also in JSON written before ``id``)."""
        if not self.id and self.number:
            self.id = self.number
        return self


ParagraphKind = Literal["body", "subheading", "list_item", "box", "caption", "table"]


class Paragraph(_Record):
    """A body paragraph, with footnote markers removed and line-break hyphenation undone."""

    id: str
    kind: ParagraphKind = "body"
    text: str
    section: str | None = Field(
        default=None, description="Number of the numbered section holding it (null elsewhere)"
    )
    section_id: str | None = Field(default=None, description=SECTION_ID_DOC)
    page: int | None = None
    bbox: _Box | None = None
    offset: int | None = Field(
        default=None, description="Character offset in the source text (text dumps)"
    )
    footnotes: list[int] = Field(
        default_factory=list, description="Printed numbers of the footnote markers in the text"
    )
    footnote_ids: list[str] = Field(
        default_factory=list,
        description="Ids of those footnotes ('n13'): a printed number may name several notes "
        "where numbering starts again",
    )


class Marker(_Record):
    """Where a footnote is referenced in the body."""

    page: int | None = None
    bbox: _Box | None = None
    offset: int | None = Field(default=None, description="Character offset in the paragraph text")
    paragraph: str | None = Field(
        default=None, description="Id of the paragraph holding the marker"
    )
    context: str = Field("", description="About 40 characters of body text before the marker")


class Footnote(_Record):
    id: str = Field("", description="Stable id of the note text ('n1', 'n2', … in document order)")
    number: int = Field(description="The number printed with the note")
    run: int = Field(
        1,
        description="1-based run of numbering the note belongs to: 1 unless note numbers start "
        "again (per chapter, section or page), then each restart begins the next run; "
        "(run, number) identifies a note",
    )
    text: str
    page: int | None = None
    bbox: _Box | None = None
    offset: int | None = Field(
        default=None, description="Character offset in the source text (text dumps)"
    )
    section: str | None = Field(default=None, description="Section whose body holds the marker")
    section_id: str | None = Field(
        default=None, description="Id of the section (numbered or not) whose body holds the marker"
    )
    marker: Marker | None = None
    citations: list[str] = Field(default_factory=list)
    problems: list[str] = Field(
        default_factory=list,
        description="Guesses made reading the note's text (a URL hyphen at a line break "
        "kept or dropped on the evidence of the text's own words)",
    )


class _CitationFields(_Compact):
    """Base of the per-kind models of ``Citation.fields``.

    A field that cannot be read is ``None``. The few fields named in
    ``omit_if_none`` (texts of unreadable values, rarely present extras) are left
    out of the JSON when ``None``. Fields can also be read like a mapping
    (``fields["page"]``, ``fields.get("page")``).
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)
    omit_if_none: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _leave_out_absent_extras(self, handler: Any) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name in self.omit_if_none:
            if data.get(name) is None:
                data.pop(name, None)
        return data

    def __getitem__(self, name: str) -> Any:
        if name not in type(self).model_fields:
            raise KeyError(name)
        return getattr(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        if name not in type(self).model_fields:
            return default
        value = getattr(self, name)
        return default if value is None and name in self.omit_if_none else value


Chamber = Literal["I", "II"]
_SESSION = Field(default=None, description='Parliamentary year, "2018-2019"')


class KamerstukFields(_CitationFields):
    """Fields of a ``kamerstuk`` citation (Kamerstukken, parliamentary papers)."""

    chamber: Chamber | None = Field(
        default=None, description='"I" (Eerste Kamer) or "II" (Tweede Kamer)'
    )
    session: str | None = _SESSION
    dossier: str | None = Field(default=None, description='Dossier number without spaces, "19637"')
    extra_dossiers: list[str] = Field(
        default_factory=list, description="Further dossiers of a joint paper"
    )
    subdossier: str | None = Field(default=None, description='"VI", "J", "20"')
    number: str | None = Field(
        default=None, description='Document number, "2572", or an Eerste Kamer letter "C"'
    )
    page: str | None = Field(default=None, description='"22" or a range "22-24"')


class HandelingenFields(_CitationFields):
    """Fields of a ``handelingen`` citation (proceedings of a debate)."""

    omit_if_none = ("dossier",)

    chamber: Chamber | None = None
    session: str | None = _SESSION
    number: str | None = Field(default=None, description="Number of the meeting")
    item: str | None = Field(default=None, description="Agenda item")
    page: str | None = None
    dossier: str | None = Field(
        default=None, description="Dossier named in the citation (omitted when none)"
    )


class AanhangselFields(_CitationFields):
    """Fields of an ``aanhangsel`` citation (answers to written questions)."""

    chamber: Chamber | None = None
    session: str | None = _SESSION
    number: str | None = None


class OfficialJournalFields(_CitationFields):
    """Fields of a ``staatscourant``, ``staatsblad`` or ``tractatenblad`` citation."""

    year: str | None = Field(default=None, description='"2019"')
    number: str | None = Field(default=None, description='"24564"')


class CaseLawFields(_CitationFields):
    """Fields of a ``case_law`` citation (a ruling)."""

    omit_if_none = ("date_text", "joined_case_numbers", "ecli_text")
    # ``case_number`` lists every number of a judgment in printed order, joined by ", "
    # ("C-924/19 PPU, C-925/19 PPU"); ``joined_case_numbers`` repeats the ones after the first.

    court: str | None = Field(
        default=None, description='"AbRvS", "HvJ EU", "EHRM", "HR", "Rb. Den Haag"…'
    )
    date: str | None = Field(default=None, description="Date of the ruling (ISO)")
    case_number: str | None = Field(
        default=None,
        description='"201808923/1/V3", "C-133/15"; joined cases all, in printed order, '
        'separated by ", "',
    )
    ecli: str | None = Field(default=None, description="Normalised ECLI")
    name: str | None = Field(default=None, description='Name of the case, "Chavez-Vilchez"')
    date_text: str | None = Field(
        default=None, description="The date as written, when it cannot be read"
    )
    joined_case_numbers: list[str] | None = Field(
        default=None, description="Further case numbers joined to the first"
    )
    ecli_text: str | None = Field(
        default=None, description="The ECLI as written, when it is broken"
    )


class EuLegislationFields(_CitationFields):
    """Fields of an ``eu_legislation`` citation (regulation, directive, decision)."""

    form: (
        Literal[
            "verordening",
            "richtlijn",
            "besluit",
            "uitvoeringsverordening",
            "uitvoeringsbesluit",
        ]
        | None
    ) = None
    institution: str | None = Field(default=None, description='"EU", "EG"…')
    number: str | None = Field(default=None, description='"604/2013", "2013/32"')
    celex: str | None = Field(default=None, description='"32013R0604"')


class UrlFields(_CitationFields):
    """Fields of a ``url`` citation (a web source)."""

    omit_if_none = ("accessed_text", "date_text")

    url: str | None = Field(default=None, description="The URL, rejoined where the text broke it")
    accessed: str | None = Field(default=None, description="Date of access (ISO)")
    publisher: str | None = None
    title: str | None = None
    accessed_text: str | None = Field(
        default=None, description="The access date as written, when it cannot be read"
    )
    date_text: str | None = Field(
        default=None, description="A date written where the title would be"
    )


class ProvidedInfoFields(_CitationFields):
    """Fields of a ``provided_info`` citation (information supplied for the report)."""

    provider: str | None = None
    date: str | None = Field(default=None, description="Date the information was supplied (ISO)")


class OtherFields(_CitationFields):
    """Fields of an ``other`` citation.

    A publication cited by publisher and title, or a numbered document that is no
    Dutch official publication: an EU Commission document (``COM(2020) 609 final``,
    ``SWD``, ``SEC``, ``JOIN``) or a Tweede Kamer zaak or document number
    (``2022Z24775``, ``2022D12345``). The numbered ones carry ``document_type``,
    ``year``, ``number`` and ``identifier``; these are left out of the JSON when absent.
    """

    omit_if_none = ("document_type", "year", "number", "identifier")

    publisher: str | None = None
    title: str | None = None
    document_type: str | None = Field(
        default=None,
        description='"COM", "SWD", "SEC", "JOIN" (EU documents), "tk_zaak" or "tk_document"',
    )
    year: str | None = Field(default=None, description='"2020"')
    number: str | None = Field(default=None, description='"609" (COM), "24775" (tk_zaak)')
    identifier: str | None = Field(
        default=None, description='"com-2020-609", "swd-2021-123", "tk-2022Z24775"'
    )


CitationFields = (
    KamerstukFields
    | HandelingenFields
    | AanhangselFields
    | OfficialJournalFields
    | CaseLawFields
    | EuLegislationFields
    | UrlFields
    | ProvidedInfoFields
    | OtherFields
)

FIELDS_OF_KIND: dict[str, type[_CitationFields]] = {
    "kamerstuk": KamerstukFields,
    "handelingen": HandelingenFields,
    "aanhangsel": AanhangselFields,
    "staatscourant": OfficialJournalFields,
    "staatsblad": OfficialJournalFields,
    "tractatenblad": OfficialJournalFields,
    "case_law": CaseLawFields,
    "eu_legislation": EuLegislationFields,
    "url": UrlFields,
    "provided_info": ProvidedInfoFields,
    "other": OtherFields,
}


def _fields_by_kind(schema: dict[str, Any]) -> None:
    """In the JSON Schema, tie ``fields`` to the model of the citation's ``kind``."""
    refs = [choice["$ref"] for choice in schema["properties"]["fields"]["anyOf"]]
    ref_of = dict(zip(get_args(CitationFields), refs, strict=True))
    schema["allOf"] = [
        {
            "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
            "then": {"properties": {"fields": {"$ref": ref_of[model]}}},
        }
        for kind, model in FIELDS_OF_KIND.items()
    ]


class Citation(_Record):
    """A cited source; ``fields`` hold the model of its ``kind`` (see ``FIELDS_OF_KIND``)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_fields_by_kind)

    id: str
    kind: CitationKind
    raw: str
    canonical: str | None = None
    url: str | None = None
    fields: CitationFields = Field(
        default_factory=OtherFields, description="The model of the citation's kind"
    )
    footnote: int | None = Field(
        default=None,
        description="Printed number of the footnote holding the citation; the note's id is "
        "provenance.id",
    )
    section: str | None = None
    section_id: str | None = Field(default=None, description=SECTION_ID_DOC)
    page: int | None = None
    ibid_of: str | None = None
    malformed: bool = False
    problems: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(default=None, description="Where ``raw`` stands")

    _made_validators: ClassVar[tuple[str, ...]] = ("_fields_of_kind",)

    @classmethod
    def _made_fits(cls, record: dict[str, Any]) -> bool:
        """``fields`` are of the model of the citation's ``kind`` (see :meth:`_fields_of_kind`)."""
        return type(record["fields"]) is FIELDS_OF_KIND[record["kind"]]

    @model_validator(mode="before")
    @classmethod
    def _fields_of_kind(cls, data: Any) -> Any:
        """``fields`` are read with the model of the citation's ``kind``."""
        if not isinstance(data, dict) or data.get("kind") not in FIELDS_OF_KIND:
            return data
        model = FIELDS_OF_KIND[data["kind"]]
        fields = data.get("fields")
        if fields is None:
            return {**data, "fields": model()}
        if isinstance(fields, dict):
            return {**data, "fields": model.model_validate(fields)}
        if type(fields) is not model:
            raise ValueError(f"fields of a {data['kind']} citation must be {model.__name__}")
        return data


class Measure(_Record):
    id: str
    date: str
    precision: DatePrecision
    date_text: str
    role: MeasureRole
    measure: str
    sentence: str
    section: str | None = None
    section_id: str | None = Field(default=None, description=SECTION_ID_DOC)
    page: int | None = None
    inferred: bool = Field(False, description="Year (or more) taken from context, not the text")
    modifier: DateModifier | None = Field(
        default=None,
        description="Part of the period: begin -> start, medio/halverwege -> mid, eind(e) -> end",
    )
    footnotes: list[int] = Field(default_factory=list)
    footnote_ids: list[str] = Field(
        default_factory=list,
        description="Ids of those footnotes ('n13'): a printed number may name several notes "
        "where numbering starts again",
    )
    citations: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(default=None, description="Where ``date_text`` stands")


class Comparison(_Record):
    value: float | int | None = None
    period: str | None = None


class Statistic(_Record):
    id: str
    value: float | int
    value_text: str
    unit: StatUnit
    what: str | None = None
    period: str | None = None
    approx: bool = False
    change: Literal["increase", "decrease"] | None = None
    compared_to: Comparison | None = None
    sentence: str
    section: str | None = None
    section_id: str | None = Field(default=None, description=SECTION_ID_DOC)
    page: int | None = None
    footnotes: list[int] = Field(default_factory=list)
    footnote_ids: list[str] = Field(
        default_factory=list,
        description="Ids of those footnotes ('n13'): a printed number may name several notes "
        "where numbering starts again",
    )
    citations: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(default=None, description="Where ``value_text`` stands")


class Report(_Record):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    sections: list[Section] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    extensions: dict[str, list[dict[str, Any]]] = Field(
        default_factory=dict,
        description="Records of stages a user added to the pipeline, by stage name",
    )

    def records(self, kind: str) -> list[dict[str, Any]]:
        """One flat row (a dict) per record of ``kind``, for tables across reports.

        ``kind`` is one of citations, measures, statistics, footnotes, sections, paragraphs.
        Each row starts with ``report`` (first 12 hex digits of ``source.sha256``),
        ``report_year``, ``source`` and ``key`` (``<report>:<id>``, unique across reports);
        nested records are flattened (``provenance_id``, ``compared_to_value``,
        ``fields_<name>``). See ``docs/tables.md``.
        """
        from .tables import records

        return records(self, kind)

    def to_dataframes(self) -> dict[str, Any]:
        """kind -> pandas DataFrame of :meth:`records` (needs the ``pandas`` extra)."""
        from .tables import to_dataframes

        return to_dataframes(self)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a Report, generated from the models above."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"emnextract Report (schema_version {SCHEMA_VERSION})"
    return schema
