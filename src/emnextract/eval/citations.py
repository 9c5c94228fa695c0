"""The citation matcher.

Gold (``kind: citations``, see docs/gold-format.md) lists every citation with its
``footnote`` (null in body text), ``kind`` and ``fields``. A prediction matches a gold
citation when footnote, kind and the kind's key fields agree (:data:`KEY_FIELDS`, compared
without spaces and case; URLs without scheme, ``www.`` and trailing slash). A key field no
gold citation of that kind records in the document is left out of the key (the held-out
letters name an ``other`` citation by kind alone). On matched pairs: ``fields`` (every
gold field equal), ``malformed`` (same flag) and ``ibid`` (an Ibid. copy points to a
citation of the footnote the gold names). A gold of scope ``footnote`` annotates the
footnotes only: citations in body text are then not scored.
"""

from __future__ import annotations

from typing import Any

from .match import score
from .result import KindResult

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "kamerstuk": ("dossier", "subdossier", "number"),
    "staatscourant": ("year", "number"),
    "staatsblad": ("year", "number"),
    "tractatenblad": ("year", "number"),
    "handelingen": ("number",),
    "aanhangsel": ("number",),
    "case_law": ("ident",),
    "eu_legislation": ("number",),
    "url": ("url",),
    "provided_info": ("date",),
    "other": ("title",),
}


def normalise_url(url: str) -> str:
    """Compare URLs without scheme, 'www.', trailing slash/punctuation or case."""
    u = url.strip().strip("<>").rstrip(".,;:)/").lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix) :]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def _clean(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value).replace(" ", "").replace("\u00a0", "").upper()


def key_value(kind: str, name: str, fields: dict[str, Any], url: str | None = None) -> Any:
    if name == "ident":
        return _clean(fields.get("ecli") or fields.get("case_number"))
    if kind == "url" and name == "url":
        return normalise_url(fields.get("url") or url or "")
    return _clean(fields.get(name))


def _recorded(fields: dict[str, Any], name: str) -> bool:
    return name in fields or (name == "ident" and ("ecli" in fields or "case_number" in fields))


def match_citations(report: Any, gold: dict[str, Any], document: str = "") -> KindResult:
    """Score ``report.citations`` against a citations gold (see the module docstring)."""
    items: list[dict[str, Any]] = gold["citations"]
    predicted = list(report.citations)
    if gold.get("scope") == "footnote":  # only the footnotes were annotated
        predicted = [c for c in predicted if c.footnote is not None]
        if gold.get("footnotes"):  # a selection of notes: the others were not annotated
            covered = set(gold["footnotes"])
            predicted = [c for c in predicted if c.footnote in covered]
    key_names = {
        kind: tuple(
            n
            for n in names
            if not any(g["kind"] == kind for g in items)
            or any(_recorded(g["fields"], n) for g in items if g["kind"] == kind)
        )
        for kind, names in KEY_FIELDS.items()
    }

    def gold_key(g: dict[str, Any]) -> tuple[Any, ...]:
        names = key_names.get(g["kind"], ())
        return (g["footnote"], g["kind"], *(key_value(g["kind"], n, g["fields"]) for n in names))

    def pred_key(c: Any) -> tuple[Any, ...]:
        names = key_names.get(c.kind, ())
        return (c.footnote, c.kind, *(key_value(c.kind, n, c.fields, c.url) for n in names))

    footnote_of = {c.id: c.footnote for c in report.citations}

    def fields_ok(g: dict[str, Any], c: Any) -> bool:
        return all(c.fields.get(name) == value for name, value in g["fields"].items())

    def explain(g: dict[str, Any], c: Any) -> str:
        return ", ".join(
            f"{name} {value!r} got {c.fields.get(name)!r}"
            for name, value in g["fields"].items()
            if c.fields.get(name) != value
        )

    def malformed_ok(g: dict[str, Any], c: Any) -> bool | None:
        return None if "malformed" not in g else bool(g["malformed"]) == bool(c.malformed)

    def ibid_ok(g: dict[str, Any], c: Any) -> bool | None:
        want = g.get("ibid_of_footnote")
        if want is None:
            return None
        return c.ibid_of is not None and footnote_of.get(c.ibid_of) == want

    def show_gold(g: dict[str, Any]) -> str:
        where = f"fn {g['footnote']}" if g["footnote"] is not None else "body"
        return f"{where} {g['kind']} {gold_key(g)[2:]}"

    def show_pred(c: Any) -> str:
        where = f"fn {c.footnote}" if c.footnote is not None else "body"
        return f"{where} {c.kind} {pred_key(c)[2:]} raw={c.raw!r}"

    return score(
        "citations",
        document,
        items,
        predicted,
        gold_key,
        pred_key,
        {"fields": fields_ok, "malformed": malformed_ok, "ibid": ibid_ok},
        show_gold,
        show_pred,
        minor=lambda g: bool(g.get("minor")),
        explain=explain,
    )
