"""The output records: the JSON contract (schema_version "1") in one place.

Every record other tools read is defined here, and ``emnextract schema`` prints the
JSON Schema generated from :class:`Report`. Field names are a contract: add freely,
rename or remove only with a ``SCHEMA_VERSION`` bump. Absent values are ``None``
(``null`` in JSON), never omitted.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Final = "1"

BBox = tuple[float, float, float, float]
"""[x0, top, x1, bottom] in PDF points, origin top-left of the page."""

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

StatUnit = Literal["count", "percent", "eur", "fte", "other"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Record):
    path: str
    sha256: str
    kind: Literal["pdf", "text"]
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
    bbox: BBox | None = None


class Section(_Record):
    """A chapter (level 1, "4") or numbered section (level 2+, "4.3.2")."""

    number: str
    title: str
    level: int
    parent: str | None = None
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = Field(None, description="Character offset in the source text (text dumps)")


ParagraphKind = Literal["body", "subheading", "list_item", "box", "caption"]


class Paragraph(_Record):
    """A body paragraph, with footnote markers removed and line-break hyphenation undone."""

    id: str
    kind: ParagraphKind = "body"
    text: str
    section: str | None = None
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = Field(None, description="Character offset in the source text (text dumps)")
    footnotes: list[int] = Field(default_factory=list)


class Marker(_Record):
    """Where a footnote is referenced in the body."""

    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = Field(None, description="Character offset in the paragraph text")
    paragraph: str | None = Field(None, description="Id of the paragraph holding the marker")
    context: str = Field("", description="About 40 characters of body text before the marker")


class Footnote(_Record):
    id: str = Field("", description="Stable id of the note text ('n1', 'n2', … in document order)")
    number: int
    text: str
    page: int | None = None
    bbox: BBox | None = None
    offset: int | None = Field(None, description="Character offset in the source text (text dumps)")
    section: str | None = Field(None, description="Section whose body holds the marker")
    marker: Marker | None = None
    citations: list[str] = Field(default_factory=list)


class Citation(_Record):
    id: str
    kind: CitationKind
    raw: str
    canonical: str | None = None
    url: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict)
    footnote: int | None = None
    section: str | None = None
    page: int | None = None
    ibid_of: str | None = None
    malformed: bool = False
    problems: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(None, description="Where ``raw`` stands")


class Measure(_Record):
    id: str
    date: str
    precision: DatePrecision
    date_text: str
    role: MeasureRole
    measure: str
    sentence: str
    section: str | None = None
    page: int | None = None
    inferred: bool = Field(False, description="Year (or more) taken from context, not the text")
    footnotes: list[int] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(None, description="Where ``date_text`` stands")


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
    page: int | None = None
    footnotes: list[int] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(None, description="Where ``value_text`` stands")


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
