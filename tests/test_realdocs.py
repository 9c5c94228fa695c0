"""The PDF reader on real Rijksoverheid PDFs, against hand-checked gold.

Gold: tests/gold/realdocs/<pdf name>.structure.json (how each was checked is in its
"note"), scored with the evaluation package's structure matcher;
``emnextract evaluate --suite realdocs`` prints the figures.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import regex

from conftest import extracted
from emnextract.eval.structure import match_structure
from emnextract.pdf.reader import read_pdf

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold" / "realdocs"
GOLD_FILES = sorted(GOLD_DIR.glob("*.structure.json"))
CORONAMELDER = ROOT / "fixtures" / "realdocs" / "Evaluatie_CoronaMelder_na_9_maanden_english.pdf"

# Running headers/footers and the letterhead side column of these layouts.
RUNNING = regex.compile(
    r"Pagina \d+ van \d+|\b\d+/45\b|28 May 2021 Evaluation|Ons kenmerk|IENW/BSK-|"
    r"Ministerie van Infrastructuur|Directoraat-generaal|DGBI\b"
)


def _norm(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def _doc(pdf: str):
    return read_pdf(ROOT / pdf)


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def results(gold: dict) -> dict:
    """The structure matcher's footnotes and markers results for one gold file."""
    results = match_structure(extracted(gold["document"]), gold, gold["document"])
    return {r.kind: r for r in results}


def _stem(path: Path) -> str:
    return path.name.removesuffix(".structure.json")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_stem)
def test_every_footnote_found_with_complete_text(gold_path):
    notes = results(_gold(gold_path))["footnotes"]
    assert notes.gold > 0
    # number, page and whitespace-normalised text of every note
    assert notes.fields == {"text": (notes.gold,) * 2, "page": (notes.gold,) * 2}, notes.mismatches
    assert notes.misses == []


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_stem)
def test_every_marker_linked_at_its_place(gold_path):
    markers = results(_gold(gold_path))["markers"]
    assert markers.gold == len(_gold(gold_path)["footnotes"])
    assert markers.fields["place"] == (markers.gold,) * 2, markers.mismatches + markers.misses


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_stem)
def test_no_extra_footnotes_or_markers(gold_path):
    gold = _gold(gold_path)
    by_kind = results(gold)
    assert by_kind["footnotes"].false_hits == [] and by_kind["markers"].false_hits == []
    doc = _doc(gold["document"])
    assert [n.number for n in doc.footnotes] == [g["number"] for g in gold["footnotes"]]
    linked = {m.number for _, _, m in doc.markers()}
    assert linked == {g["number"] for g in gold["footnotes"]}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_stem)
def test_running_headers_never_in_paragraphs_or_notes(gold_path):
    doc = _doc(_gold(gold_path)["document"])
    assert doc.paragraphs
    for para in doc.paragraphs:
        assert not RUNNING.search(para.text), para.text
    for note in doc.footnotes:
        assert not RUNNING.search(note.text), note.text


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_stem)
def test_everything_has_page_and_bbox(gold_path):
    doc = _doc(_gold(gold_path)["document"])
    n_pages = doc.source.pages
    assert doc.source.kind == "pdf" and len(doc.source.sha256) == 64
    for item in [*doc.sections, *doc.paragraphs, *doc.footnotes]:
        assert item.page is not None and 1 <= item.page <= n_pages
        x0, top, x1, bottom = item.bbox
        assert x0 < x1 and top < bottom
    for _, para, m in doc.markers():
        assert m.bbox is not None and 0 <= m.offset <= len(para.text)


# The CoronaMelder report's own table of contents (pages 7-8), plus the four
# "2.3.6.x" headings the body has on pages 24-25 (bold, below the TOC's depth).
CORONAMELDER_SECTIONS = [
    ("1", "Introduction"),
    ("1.1", "Rationale"),
    ("1.2", "Evaluation model"),
    ("1.3", "Approach"),
    ("1.4", "Timeline"),
    ("1.5", "Structure of this report"),
    ("2", "Findings"),
    ("2.1", "Adoption"),
    ("2.1.1", "Demographic variables"),
    ("2.1.2", "Performance expectancy"),
    ("2.1.3", "Effort expectancy, self-efficacy and user-friendliness"),
    ("2.1.4", "Social influence"),
    ("2.1.5", "Personal benefits of using the app and barriers to using the app"),
    ("2.1.6", "Social aspects"),
    ("2.1.7", "Privacy"),
    ("2.2", "Usage"),
    ("2.3", "Intended effects"),
    ("2.3.1", "Trace more people"),
    ("2.3.2", "Tracing people more quickly"),
    ("2.3.3", "CoronaMelder in relation to regular contact tracing"),
    ("2.3.4", "Reducing the R number"),
    ("2.3.5", "Preventing infections and hospital admissions"),
    ("2.3.6", "Adherence"),
    ("2.3.6.1", "Adherence to advice following CoronaMelder notifications"),
    (
        "2.3.6.2",
        "Intention of acting on the advice given in the app among asymptomatic users (hypothetical)",
    ),
    (
        "2.3.6.3",
        "Intention of acting on the advice given in the app among symptomatic users (hypothetical)",
    ),
    ("2.3.6.4", "Factors associated with intention to follow the advice given"),
    ("2.3.7", "Wider / International picture of how effective contact tracing apps are"),
    ("2.4", "Unintended effects"),
    ("2.4.1", "Impact on GGD processes"),
    ("2.4.2", "Impact on general practice processes"),
    ("2.4.3", "Risk compensation behaviour"),
    ("2.4.4", "Social obligation"),
    ("2.4.5", "Unjustified CoronaMelder notifications"),
    ("3", "Conclusions and recommendations"),
    ("3.1", "Main conclusion on the added value of CoronaMelder"),
    ("3.2", "Adoption"),
    ("3.3", "Usage"),
    ("3.4", "Adherence"),
    ("3.5", "Delay"),
    ("4", "Suggestions for additional research"),
]


def test_coronamelder_sections_exactly_the_numbered_headings():
    """No TOC line, no bold numbered list item ("1. Behavioural research ...") as heading."""
    doc = _doc(str(CORONAMELDER.relative_to(ROOT)))
    got = [(s.number, s.title) for s in doc.sections if s.number is not None]
    assert got == CORONAMELDER_SECTIONS


def test_coronamelder_unnumbered_parts_in_page_order():
    """The front matter and the appendices (16 pt titles at the top of their page) are
    parts of their own; the contents page's "Appendix 1." entries are not."""
    doc = _doc(str(CORONAMELDER.relative_to(ROOT)))
    parts = [(s.id, s.title, s.page, s.level) for s in doc.sections if s.number is None]
    assert parts == [
        ("preface", "Preface", 2, 1),
        ("management-summary", "Management summary", 3, 1),
        ("contents", "Contents", 7, 1),
        ("appendix-1", "Appendix 1. Sources", 37, 1),
        ("appendix-2", "Appendix 2. (Active) CoronaMelder usage", 40, 1),
        ("appendix-3", "Appendix 3. Explanation of the detection rate of random testing", 41, 1),
    ]
    assert [s.page for s in doc.sections] == sorted(s.page for s in doc.sections)
    # every paragraph from the preface on is in a section; an appendix's is no chapter's
    assert all(p.section_id is not None for p in doc.paragraphs)
    usage = [p for p in doc.paragraphs if p.page == 40 and p.text.startswith("In developing")]
    assert [(p.section, p.section_id) for p in usage] == [(None, "appendix-2")]


def test_coronamelder_heading_pages_levels_and_paragraph_sections():
    doc = _doc(str(CORONAMELDER.relative_to(ROOT)))
    secs = doc.section_by_number()
    assert (secs["1"].page, secs["1.1"].page, secs["2.1.1"].page) == (9, 9, 16)
    assert (secs["2.3.6.4"].level, secs["2.3.6.4"].parent) == (4, "2.3.6")
    assert secs["2.1"].parent == "2" and secs["1"].parent is None
    # Front matter (preface, summary) has no numbered section; the body is filed under
    # its heading.
    assert (doc.paragraphs[0].section, doc.paragraphs[0].section_id) == (None, "preface")
    rationale = [p for p in doc.paragraphs if p.text.startswith("The CoronaMelder app is one of")]
    assert [p.section for p in rationale] == ["1.1"]


def test_title_wrapped_over_two_lines_joins():
    doc = _doc("fixtures/realdocs/Kamerbrief_emissie_luchtvaart.pdf")
    titles = {s.number: s.title for s in doc.sections}
    assert (
        titles["1.1"]
        == "Blootstelling van de omgeving van luchthavens aan ultrafijn stof van de luchtvaart"
    )
    assert [s.number for s in doc.sections] == ["1", "1.1", "1.2", "2", "3", "4", "5", "6", "7"]


def test_kamerbrief_sections_and_bold_numbered_sentences():
    """Water en Bodem has "1." / "1.1" headings; the circular-economy letter's bold
    numbered recommendations are sentences (list items), not headings."""
    water = _doc("fixtures/realdocs/Kamerbrief_water_en_Bodem.pdf")
    assert [(s.number, s.title) for s in water.sections] == [
        ("1", "Water en Bodem"),
        ("1.1", "Voldoende en schoon (zoet)water"),
        ("1.2", "Bodem; vitaal en efficiënt geordend"),
        ("2", "Bebouwd gebied"),
        ("3", "Gebieden"),
        ("3.1", "Laagveengebieden"),
        ("3.2", "Verziltende kustgebieden"),
        ("3.3", "Hoge zandgronden"),
    ]
    circular = _doc("fixtures/realdocs/Kamerbrief_circulaire_economie.pdf")
    # no numbered heading; the annex on the last page is an unnumbered part
    assert [(s.id, s.number, s.page) for s in circular.sections] == [("bijlage", None, 7)]
    annex = [p for p in circular.paragraphs if p.section_id == "bijlage"]
    assert annex[0].kind == "subheading" and annex[0].text.startswith("Bijlage: Mogelijke")
    assert len(annex) >= 2 and all(p.page == 7 for p in annex)
    assert any(
        p.text.startswith("Stel concrete doelen op") or "1. Stel concrete doelen" in p.text
        for p in circular.paragraphs
    )


LUCHTVAART = "fixtures/realdocs/Kamerbrief_emissie_luchtvaart.pdf"


def test_paragraph_over_a_page_break_tells_where_the_next_page_starts():
    doc = _doc(LUCHTVAART)
    (para,) = [
        p
        for p in doc.paragraphs
        if "Hoofdlijnenbrief Schiphol van 24 juni 2022 is normering" in p.text
    ]
    assert para.page == 1
    assert len(para.page_breaks) == 1
    offset, page = para.page_breaks[0]
    assert page == 2
    assert para.text[offset:].startswith("de Hoofdlijnenbrief Schiphol van 24 juni 2022")
    assert para.text[:offset].endswith("Zoals aangegeven in ")
    one_page = [p for p in doc.paragraphs if p.text.startswith("Op 12 december 2022 heeft")]
    assert one_page and one_page[0].page_breaks == []


def test_page_breaks_in_the_report_fall_at_line_starts_on_their_page():
    from emnextract.pdf.reader import read_lines

    doc = _doc("fixtures/emn2019-like.pdf")
    spanning = [p for p in doc.paragraphs if p.page_breaks]
    assert len(spanning) >= 10
    pages = {pg for p in spanning for _, pg in p.page_breaks}
    lines, *_ = read_lines(ROOT / "fixtures" / "emn2019-like.pdf", pages)
    starts = {ln.page: [] for page in lines for ln in page}
    for page in lines:
        for ln in page:
            starts[ln.page].append(regex.sub(r"\d", "", _norm(ln.text)))
    for para in spanning:
        previous_page = para.page
        previous_offset = 0
        for offset, page in para.page_breaks:
            assert page == previous_page + 1 and previous_offset < offset < len(para.text)
            assert para.text[offset - 1] in " -" or para.text[offset - 1].isalpha()
            head = _norm(para.text[offset:]).split()[0]
            head = regex.sub(r"\d", "", head)  # a line's raw text keeps marker digits
            assert any(s.startswith(head[:6]) for s in starts[page]), (page, head)
            previous_page, previous_offset = page, offset
    (para,) = [p for p in spanning if "per 11 juni 2019 aangesteld" in p.text]
    offset, page = para.page_breaks[0]
    assert para.text[offset:].startswith("per 11 juni 2019") and page == para.page + 1


def test_symbol_font_bullets_start_list_items_without_the_glyph():
    doc = _doc(LUCHTVAART)
    assert not any(regex.search(r"\p{Co}", p.text) for p in doc.paragraphs)
    items = [p for p in doc.paragraphs if p.kind == "list_item" and p.page in (4, 5)]
    starts = [p.text.split(":")[0] for p in items]
    for expected in ("Blootstellingsonderzoek", "Gezondheidskundig onderzoek", "Meetprogramma"):
        assert expected in starts
    (health,) = [p for p in items if p.text.startswith("Gezondheidskundig onderzoek")]
    assert "Het RIVM (2022) en de Gezondheidsraad (2021)" in health.text  # wraps, not split
    apu = [p for p in items if p.text.startswith("Het zoveel mogelijk beperken")]
    assert apu and apu[0].page == 4


def test_letter_header_lines_are_not_body_text_and_name_the_letter():
    expected = {
        "Kamerbrief_emissie_luchtvaart": ("Emissies door de luchtvaart", "Datum 22 december 2022"),
        "Kamerbrief_innovatie_missie": (
            "Herijkte missies van het missiegedreven innovatiebeleid",
            "Datum 30 mei 2023",
        ),
        "Kamerbrief_circulaire_economie": (
            "Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie"
            " op ICER en SER-verkenning",
            "Datum 3 februari 2023",
        ),
    }
    for name, (subject, date_line) in expected.items():
        doc = _doc(f"fixtures/realdocs/{name}.pdf")
        texts = [p.text for p in doc.paragraphs]
        assert doc.source.title == subject
        assert not any(t.startswith(("Betreft", "Ons kenmerk")) for t in texts)
        assert subject not in texts and not any(t.startswith(subject) for t in texts[:8])
        # the date line stays once, as plain body text: the letter's own time
        (dated,) = [p for p in doc.paragraphs if p.text.startswith("Datum")]
        assert dated.text == date_line and dated.kind == "body" and dated.page == 1
