"""rechtspraak.nl open-data XML: the three real files in fixtures/realdocs read into the
Document the other readers build (expectations checked by hand against the XML), small
documents of our own for each rule, and hostile XML refused quickly with one line.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from emnextract import extract, load_document
from emnextract.cli import main
from emnextract.errors import EmnError, EmptyInput, NotAReport, UnreadableXML
from emnextract.eval.citations import match_citations
from emnextract.eval.gold import load_gold_dir
from emnextract.eval.structure import match_structure
from emnextract.source import markup_kind

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "realdocs"
PHR_2014 = "fixtures/realdocs/ECLI_NL_PHR_2014_2.xml"
PHR_2000 = "fixtures/realdocs/ECLI_NL_PHR_2000_AA4938.xml"
GHAMS = "fixtures/realdocs/wetsuite_rechtspraak2_ECLI_NL_GHAMS_2020_3025.xml"
EXIT_INPUT = 3


def doc_xml(body: str, kind: str = "uitspraak", rdf: str = "") -> str:
    """A small open-rechtspraak document around ``body`` (namespaces as the real files have)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<open-rechtspraak>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dcterms="http://purl.org/dc/terms/"><rdf:Description>'
        f"{rdf}</rdf:Description></rdf:RDF>\n"
        f'<{kind} xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">{body}</{kind}>\n'
        "</open-rechtspraak>\n"
    )


def read(tmp_path: Path, text: str, name: str = "doc.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


# ---- the real files ------------------------------------------------------------------


def test_conclusion_scores_its_hand_made_gold(report_of):
    report = report_of(PHR_2014)
    golds = load_gold_dir(ROOT / "tests" / "gold" / "xml")[PHR_2014]
    results = {r.kind: r for r in match_structure(report, golds["structure"])}
    for kind in ("sections", "footnotes", "markers"):
        assert (results[kind].fp, results[kind].fn) == (0, 0), kind
    assert results["footnotes"].to_dict()["fields"]["text"]["right"] == 43
    assert results["markers"].to_dict()["fields"]["place"]["right"] == 43
    # the citation gold covers eleven notes: score the citations of those notes
    gold = golds["citations"]
    covered = set(gold["footnotes"])
    within = report.model_copy(
        update={"citations": [c for c in report.citations if c.footnote in covered]}
    )
    cited = match_citations(within, gold)
    assert (cited.tp, cited.fp, cited.fn) == (14, 0, 0)


def test_conclusion_source_sections_and_notes(report_of):
    report = report_of(PHR_2014)
    src = report.source
    assert (src.kind, src.year, src.pages) == ("xml", 2014, None)
    assert src.title == "ECLI:NL:PHR:2014:2 Parket bij de Hoge Raad , 16-01-2014 / 13/03330"
    numbered = [(s.number, s.title, s.level) for s in report.sections if s.number]
    assert numbered == [
        ("1", "Overzicht", 1),
        ("2", "De feiten en het geding in feitelijke instanties", 1),
        ("3", "Het geding in cassatie", 1),
        ("4", "De fiscale eenheid in de vennootschapsbelasting", 1),
        ("6", "De verdragsrechtelijke non-discriminatiebepalingen", 1),
        ("7", "Behandeling van de middelen", 1),
        ("8", "Conclusie", 1),
    ]
    parts = [s.id for s in report.sections if s.number is None]
    assert parts == ["inhoudsindicatie", "conclusie"]
    assert [n.number for n in report.footnotes] == list(range(1, 44))
    assert all(n.marker is not None for n in report.footnotes)
    assert not any("marker" in w or "footnote" in w for w in report.warnings)
    texts = {p.id: p for p in report.paragraphs}
    first = report.footnotes[0]
    para = texts[first.marker.paragraph]
    assert para.text.startswith("2.6 De belanghebbende acht zich in haar vestigingsvrijheid")
    assert para.text[: first.marker.offset].endswith("in de (Franse) zaak Papillon")
    assert para.text[first.marker.offset :].startswith(", welke zaak zij vergelijkbaar acht")
    assert first.section == "2" and para.footnote_ids == ["n1"]
    # notes 37-42 stand in section 6, note 43 in section 7; paragraphs 5.x stand in 4
    assert {n.section for n in report.footnotes[36:42]} == {"6"}
    assert report.footnotes[42].section == "7"
    five13 = [p for p in report.paragraphs if p.text.startswith("5.13 ")]
    assert len(five13) == 1 and five13[0].section == "4"
    assert five13[0].text.startswith("5.13 In zijn boven (5.4) genoemde prejudiciële verwijzingen")


def test_conclusion_provenance_names_ids_and_offsets(report_of):
    report = report_of(PHR_2014)
    texts = {p.id: p.text for p in report.paragraphs} | {n.id: n.text for n in report.footnotes}
    assert report.citations and report.measures
    for record, raw in [(c, c.raw) for c in report.citations] + [
        (m, m.date_text) for m in report.measures
    ]:
        where = record.provenance
        assert where.page is None and where.bbox is None
        assert texts[where.id][where.start : where.end] == raw
    stb = [c for c in report.citations if c.canonical == "stb-2002-618"]
    assert [c.footnote for c in stb] == [8]


def test_conclusion_without_notes_keeps_its_text_and_citations(report_of):
    report = report_of(PHR_2000)
    assert report.source.year == 2000 and report.footnotes == []
    assert [s.id for s in report.sections] == ["inhoudsindicatie", "conclusie"]
    assert any(
        p.text == "4 Kamerstukken II, 1992-1993, 22 969, nr. 3, blz. 6." for p in report.paragraphs
    )
    assert "kst-22969-3" in {c.canonical for c in report.citations}
    assert not any("<" in p.text and ">" in p.text for p in report.paragraphs)


def test_ruling_with_tables_lists_and_an_untitled_section(report_of):
    report = report_of(GHAMS)
    assert report.source.title.startswith("ECLI:NL:GHAMS:2020:3025 Gerechtshof Amsterdam")
    assert [s.number for s in report.sections if s.number] == ["1", "2", "3", "5", "6", "7", "8"]
    assert [n.number for n in report.footnotes] == list(range(1, 17))
    assert all(n.marker is not None for n in report.footnotes)
    kinds = [p.kind for p in report.paragraphs]
    assert kinds.count("list_item") == 83  # 73 + 10 <listitem>s, one <para> each
    assert kinds.count("table") > 0
    assert any("without a title" in w for w in report.warnings)
    # the untitled fourth section's numbered paragraphs keep their printed numbers
    p = next(p for p in report.paragraphs if p.text.startswith("4.20.1. "))
    assert p.text.startswith("4.20.1. Ad I. De klacht faalt")
    assert p.section == "3"


def test_xml_fixtures_are_the_open_data_files_unchanged():
    sums = dict(reversed(line.split()) for line in (REAL / "SHA256SUMS").read_text().splitlines())
    from emnextract.source import sha256_of

    for path in sorted(REAL.glob("*.xml")):
        assert sha256_of(path) == sums[path.name]
    assert len(list(REAL.glob("*.xml"))) == 3


# ---- rules on documents of our own ---------------------------------------------------------


def test_sections_numbered_and_parts_with_levels(tmp_path):
    body = (
        "<section><title><nr>1.</nr>Inleiding</title><para>Eerste  tekst.</para>"
        "<section><title><nr>1.2</nr>Verder</title><para>Tweede.</para></section></section>"
        "<section><title>Beslissing</title><para>Derde.</para></section>"
        "<section><title><nr>II</nr>Overwegingen</title><para>Vierde.</para></section>"
    )
    doc = read(tmp_path, doc_xml(body))
    got = [(s.id, s.number, s.title, s.level, s.parent) for s in doc.sections]
    assert got == [
        ("uitspraak", None, "Uitspraak", 1, None),
        ("1", "1", "Inleiding", 1, None),
        ("1.2", "1.2", "Verder", 2, "1"),
        ("beslissing", None, "Beslissing", 1, None),
        ("ii-overwegingen", None, "II Overwegingen", 1, None),
    ]
    where = [(p.text, p.section, p.section_id) for p in doc.paragraphs]
    assert where == [
        ("Eerste tekst.", "1", "1"),
        ("Tweede.", "1.2", "1.2"),
        ("Derde.", None, "beslissing"),
        ("Vierde.", None, "ii-overwegingen"),
    ]


def test_paragroup_number_whitespace_and_marker_offsets(tmp_path):
    body = (
        "<section><title><nr>3</nr>Oordeel</title>"
        "<paragroup><nr>3.1</nr><para/><para>Het  hof\n  oordeelt <emphasis>anders</emphasis>"
        '<footnote-ref linkend="a"/> dan de rechtbank,<footnote-ref linkend="b"/> zie  ook.</para>'
        "<para>Tweede alinea.</para></paragroup>"
        '<footnote id="a" label="7"><para> \tHR 1 mei 2020.</para></footnote>'
        '<footnote id="b" label="8"><para>Zie</para><para>hierna.</para></footnote></section>'
    )
    doc = read(tmp_path, doc_xml(body))
    first, second = doc.paragraphs
    assert first.text == "3.1 Het hof oordeelt anders dan de rechtbank, zie ook."
    assert [(m.number, first.text[: m.offset][-8:]) for m in first.markers] == [
        (7, "t anders"),
        (8, "chtbank,"),
    ]
    assert second.text == "Tweede alinea." and second.markers == []
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (7, "HR 1 mei 2020."),
        (8, "Zie hierna."),
    ]
    assert [m.note for m in first.markers] == [n.id for n in doc.footnotes]


def test_notes_without_a_number_or_a_reference_are_told(tmp_path):
    body = (
        '<para>Tekst<footnote-ref linkend="x"/> en<footnote-ref linkend="zz"/> meer.</para>'
        '<footnote id="x" label="*"><para>Een noot.</para></footnote>'
        '<footnote id="y" label="2"><para>Nergens genoemd.</para></footnote>'
    )
    path = tmp_path / "n.xml"
    path.write_text(doc_xml(body), encoding="utf-8")
    report = extract(path)
    assert [(n.number, n.marker is not None) for n in report.footnotes] == [(1, True), (2, False)]
    text = "\n".join(report.warnings)
    assert "footnote 1 has no number '*'" in text
    assert "footnote-ref 'zz' names no footnote" in text
    assert "footnote 2 has no marker in the body" in text


def test_inline_footnote_is_its_own_marker(tmp_path):
    body = '<para>Zo is het<footnote id="q"><para>Bron.</para></footnote> gegaan.</para>'
    doc = read(tmp_path, doc_xml(body))
    (para,) = doc.paragraphs
    assert para.text == "Zo is het gegaan."
    assert [(m.number, m.offset) for m in para.markers] == [(1, 9)]
    assert doc.footnotes[0].text == "Bron."


def test_tables_lists_subheadings_and_summary(tmp_path):
    body = (
        "<uitspraak.info><bridgehead>Kop</bridgehead></uitspraak.info>"
        "<para><emphasis>De feiten</emphasis></para>"
        "<para><emphasis>Dit is een hele zin.</emphasis></para>"
        "<informaltable><tgroup><tbody><row><entry><para>jaar</para></entry>"
        "<entry><para/></entry><entry><para>1.234</para></entry></row></tbody></tgroup>"
        "</informaltable>"
        "<orderedlist><listitem><para>eerste punt;</para></listitem>"
        "<listitem><para>tweede punt.</para></listitem></orderedlist>"
    )
    summary = (
        '<inhoudsindicatie xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">'
        "<para>Kort.</para></inhoudsindicatie>"
    )
    text = doc_xml(body).replace("</rdf:RDF>\n", "</rdf:RDF>\n" + summary)
    doc = read(tmp_path, text)
    got = [(p.kind, p.text, p.section_id) for p in doc.paragraphs]
    assert got == [
        ("body", "Kort.", "inhoudsindicatie"),
        ("subheading", "Kop", "uitspraak"),
        ("subheading", "De feiten", "uitspraak"),
        ("body", "Dit is een hele zin.", "uitspraak"),
        ("table", "jaar | 1.234", "uitspraak"),
        ("list_item", "eerste punt;", "uitspraak"),
        ("list_item", "tweede punt.", "uitspraak"),
    ]


def test_title_and_year_from_the_metadata(tmp_path):
    rdf = (
        "<dcterms:identifier>ECLI:NL:RBXXX:2021:1</dcterms:identifier>"
        "<dcterms:date>2021-03-04</dcterms:date>"
    )
    doc = read(tmp_path, doc_xml("<para>Tekst.</para>", rdf=rdf))
    assert (doc.source.kind, doc.source.title, doc.source.year) == (
        "xml",
        "ECLI:NL:RBXXX:2021:1",
        2021,
    )


def test_markup_kind_of_first_bytes():
    assert markup_kind(b'<?xml version="1.0"?><a/>') == "xml"
    assert markup_kind(b"\xef\xbb\xbf\n  <open-rechtspraak>") == "xml"
    assert markup_kind("<?xml version='1.0'?>".encode("utf-16")) == "xml"
    assert markup_kind(b"<!-- c --><a/>") == "xml"
    assert markup_kind(b"<!DOCTYPE html><html>") == "html"
    assert markup_kind(b"<HTML><body>") == "html"
    assert markup_kind(b"1 Inleiding\n<b>") is None
    assert markup_kind(b"<1> genummerd") is None
    assert markup_kind(b"%PDF-1.7") is None


# ---- hostile and foreign XML ---------------------------------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE open-rechtspraak [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<open-rechtspraak><uitspraak><para>&i;</para></uitspraak></open-rechtspraak>
"""

HOSTILE = {
    "bomb.xml": (BOMB, UnreadableXML, "declares a DOCTYPE"),
    "external.xml": (
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        "<open-rechtspraak><uitspraak><para>&x;</para></uitspraak></open-rechtspraak>\n",
        UnreadableXML,
        "declares a DOCTYPE",
    ),
    "parameter.xml": (
        '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>\n<open-rechtspraak/>\n',
        UnreadableXML,
        "declares a DOCTYPE",
    ),
    "feed.xml": (
        '<?xml version="1.0"?>\n<feed><entry>Tekst 2019</entry></feed>\n',
        NotAReport,
        "is XML with root <feed>, not a rechtspraak.nl open-data document",
    ),
    "page.html": (
        "<!DOCTYPE html>\n<html><body><p>Jaaroverzicht 2019</p></body></html>\n",
        NotAReport,
        "is an HTML page",
    ),
    "undefined.xml": (
        "<open-rechtspraak><uitspraak><para>&nbsp;</para></uitspraak></open-rechtspraak>\n",
        UnreadableXML,
        "is not well-formed XML (undefined entity",
    ),
    "deep.xml": (
        "<open-rechtspraak>" + "<para>" * 5000 + "x\n" + "</para>" * 5000 + "</open-rechtspraak>",
        UnreadableXML,
        "nests elements more than 256 deep",
    ),
    "metadata-only.xml": (
        doc_xml("").replace("<uitspraak", "<x").replace("</uitspraak>", "</x>"),
        EmptyInput,
        "without text",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_refused_quickly_with_one_line(name, tmp_path, capsys):
    text, error, problem = HOSTILE[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(error) as caught:
        extract(path)
    assert problem in caught.value.problem
    code = main(["extract", str(path), "-o", str(tmp_path / "out.json")])
    out, err = capsys.readouterr()
    assert time.monotonic() - started < 5
    assert code == EXIT_INPUT and out == ""
    assert err.strip().splitlines() == [f"emnextract: error: {path}: {caught.value.problem}"]
    assert "root:" not in err  # /etc/passwd was never read
    assert not (tmp_path / "out.json").exists()


def test_truncated_real_xml_is_not_well_formed(tmp_path):
    data = (REAL / "ECLI_NL_PHR_2014_2.xml").read_bytes()
    path = tmp_path / "cut.xml"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableXML, match="is not well-formed XML"):
        extract(path)


def test_bytes_and_markup_strings_are_read_by_content():
    data = (REAL / "ECLI_NL_PHR_2000_AA4938.xml").read_bytes()
    assert extract(data).source.kind == "xml"
    assert extract(data.decode("utf-8")).source.kind == "xml"
    with pytest.raises(NotAReport) as caught:
        extract(HOSTILE["feed.xml"][0])
    assert caught.value.path == "<text>"
    with pytest.raises(UnreadableXML) as caught:
        extract(BOMB.encode())
    assert caught.value.path == "<bytes>"
    assert isinstance(caught.value, EmnError)


def test_forced_text_kind_still_reads_xml_as_text(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(HOSTILE["feed.xml"][0], encoding="utf-8")
    assert extract(path, kind="text").source.kind == "text"


def test_batch_lists_refused_xml_and_reads_open_data(tmp_path, capsys):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(BOMB, encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        ["-q", "batch", str(bomb), str(REAL / "ECLI_NL_PHR_2000_AA4938.xml"), "-d", str(out)]
    )
    capsys.readouterr()
    assert code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["file"]).name, e["reason"]) for e in errors] == [
        (
            "bomb.xml",
            HOSTILE["bomb.xml"][2] + "; XML with a document type is refused (never expanded)",
        )
    ]
    report = json.loads((out / "ECLI_NL_PHR_2000_AA4938.json").read_text())
    assert report["source"]["kind"] == "xml"
