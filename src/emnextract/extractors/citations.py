"""extract_citations(doc): every cited source in the footnotes (and body) as a Citation.

Footnotes are parsed one by one (``citation_parser``), Ibid. footnotes are resolved
to copies of the nearest earlier real source (``citation_resolve``), and the body
text is scanned for the few citations that stand there (case numbers such as
"het arrest Zambrano (C- 34/09)", ECLIs, formal references, numbered EU and Tweede
Kamer documents, and web sources written in parentheses). Other bare URLs in body text are not taken: in text dumps they are
mostly running headers and link annotations, not citations.

Ids run c1, c2, … : first all footnote citations by footnote number (and position
inside the footnote, Ibid. copies in their own footnote's place), then the body
citations in paragraph order.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Note, Para
from ..model import Citation, OtherFields
from ..provenance import provenance
from .citation_parser import (
    Found,
    body_candidates,
    citation_candidates,
    is_ibid,
    parse_citations,
)
from .citation_resolve import ibid_copies, ibid_sources

BODY_KINDS = frozenset({"case_law", "kamerstuk", "handelingen", "aanhangsel", "staatscourant",
                        "staatsblad", "tractatenblad", "eu_legislation"})  # fmt: skip


def _ids() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"c{n}"


def to_citation(
    f: Found,
    cid: str,
    footnote: int | None,
    section: str | None,
    page: int | None,
    unit: Para | Note | None = None,
) -> Citation:
    """The record of a parsed citation; ``unit`` is the paragraph or note it stands in."""
    return Citation._made(
        id=cid,
        kind=f.kind,
        raw=f.raw,
        canonical=f.canonical,
        url=f.url,
        fields=f.fields,
        footnote=footnote,
        section=section,
        page=page,
        malformed=f.malformed,
        problems=list(f.problems),
        provenance=provenance(unit, f.start, f.end) if unit is not None else None,
    )


def _body_citation(text: str, f: Found) -> bool:
    """Citations of the other kinds that count in body text: a numbered document
    ("COM(2020) 609 final", "2022Z24775") and a web source written in parentheses
    ("(https://www.acvz.org/…)"), unlike the bare URLs of running heads and link notes."""
    if f.kind == "other":
        return isinstance(f.fields, OtherFields) and f.fields.document_type is not None
    if f.kind == "url":
        return text[f.start - 1 : f.start] == "(" and text[f.end : f.end + 1] == ")"
    return False


def marker_sections(doc: Document) -> dict[str, str | None]:
    """Footnote id -> section of the paragraph holding its (first) marker."""
    return {note_id: para.section for note_id, (para, _) in doc.first_markers().items()}


def extract_citations(doc: Document, warnings: list[str] | None = None) -> list[Citation]:
    """Every citation of ``doc``; what is odd on the way is added to ``warnings``.

    Notes are read in (run, number) order, so an Ibid. repeats the nearest earlier note
    of its own run even where numbering starts again.
    """
    warnings = [] if warnings is None else warnings
    ids = _ids()
    sections = marker_sections(doc)
    notes = sorted(doc.footnotes, key=lambda n: (n.run, n.number))
    keys = {n.id: i for i, n in enumerate(notes)}  # position in reading order
    refs = doc.note_references  # "Zie noot 12": no citation of its own
    ibid = [is_ibid(n.text) for n in notes]
    read = [i for i, n in enumerate(notes) if n.id not in refs and not ibid[i]]
    # what each text may cite, found in one pass over the notes read and the paragraphs
    candidates = citation_candidates(
        [notes[i].text for i in read] + [p.text for p in doc.paragraphs]
    )
    parsed = {i: parse_citations(notes[i].text, candidates[k]) for k, i in enumerate(read)}
    sources, _ = ibid_sources(
        ((i, n.text) for i, n in enumerate(notes)),
        cites=lambda i: bool(parsed.get(i)),
        ibid=ibid.__getitem__,
    )
    warnings.extend(
        f"footnote {n.number}: 'Ibid.' without an earlier footnote that cites"
        for i, n in enumerate(notes)
        if i not in sources and ibid[i]
    )
    out: list[Citation] = []
    by_note: dict[int, list[Citation]] = {}
    for note in notes:
        key = keys[note.id]
        section = sections.get(note.id)
        if key in sources:
            source = sources[key]
            cites = ibid_copies(note.number, note.text.strip(), by_note.get(source, []))
            lead = len(note.text) - len(note.text.lstrip())
            where = provenance(note, lead, len(note.text.rstrip()))
            cites = [
                c.model_copy(
                    update={"provenance": where, "id": next(ids), "section": section,
                            "page": note.page}
                )
                for c in cites
            ]  # fmt: skip
            if not cites:
                warnings.append(
                    f"footnote {note.number}: 'Ibid.' repeats footnote "
                    f"{notes[source].number}, which cites nothing"
                )
        else:
            cites = [
                to_citation(f, next(ids), note.number, section, note.page, note)
                for f in parsed.get(key, [])
            ]
        by_note[key] = [c for c in cites if c.ibid_of is None]
        out.extend(cites)
    for para, para_candidates in zip(doc.paragraphs, candidates[len(read) :], strict=True):
        # a titled publication or page title would be a record of kind "other" without a
        # document type, which no body text takes: those grammars are not asked
        for f in parse_citations(para.text, body_candidates(para_candidates)):
            if f.kind in BODY_KINDS or _body_citation(para.text, f):
                out.append(to_citation(f, next(ids), None, para.section, para.page, para))
    return out
