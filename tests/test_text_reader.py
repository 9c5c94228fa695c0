"""The text-dump reader on the real 2019 dump and on real excerpts of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from emnextract.errors import EmnError
from emnextract.eval.gold import load_gold_dir
from emnextract.eval.structure import match_structure, normalise
from emnextract.text.reader import read_text

ROOT = Path(__file__).resolve().parents[1]
DUMP = ROOT / "fixtures" / "emn2019-part1.txt"
GOLD_DIR = ROOT / "tests" / "gold"


def structure_gold() -> dict:
    return load_gold_dir(GOLD_DIR)["fixtures/emn2019-part1.txt"]["structure"]


@pytest.fixture(scope="module")
def doc():
    return read_text(DUMP)


@pytest.fixture(scope="module")
def report(doc):
    """The Report of the dump with structure only (the content extractors left out)."""
    from emnextract.pipeline import Pipeline

    return Pipeline([]).run(doc)


@pytest.fixture(scope="module")
def scores(report):
    """The structure matcher's results by kind (sections, footnotes, markers, ...)."""
    return {r.kind: r for r in match_structure(report, structure_gold())}


def write(tmp_path: Path, text: str, name: str = "excerpt.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- acceptance on the whole dump ------------------------------------------------------


def test_every_section_found_and_no_false_heading(scores):
    sec = scores["sections"]
    assert sec.misses == []
    # neither a false heading nor a known number with a wrong title
    assert sec.false_hits == []
    assert sec.tp == sec.gold == 44


def test_all_177_footnotes_equal_to_gold(scores):
    fn = scores["footnotes"]
    assert fn.misses == [] and fn.false_hits == [] and fn.mismatches == []
    assert fn.tp == fn.gold == 177
    assert fn.fields["text"] == (177, 177)


def test_markers_linked_right(scores):
    markers = scores["markers"]
    assert markers.gold == 177
    right, _ = markers.fields["place"]
    # a marker not found counts as wrong, as a misplaced one does
    assert right / markers.gold >= 0.98, markers.misses + markers.mismatches


def test_everything_has_an_offset(doc):
    assert all(s.offset is not None for s in doc.sections)
    assert all(p.offset is not None for p in doc.paragraphs)
    assert all(n.offset is not None for n in doc.footnotes)


def test_offsets_point_into_the_file(doc):
    text = DUMP.read_text(encoding="utf-8")
    for section in doc.sections:
        assert text[section.offset :].startswith(
            section.number if section.level > 1 else section.title[:8]
        )
    for note in doc.footnotes:
        assert text[note.offset :].startswith(note.text[:10])
    for para in doc.paragraphs:
        # the paragraph's first words stand right at its offset (after a bullet or stray bar)
        first_word = para.text.split()[0]
        assert first_word[:8] in text[para.offset : para.offset + 20]


def test_chapters_and_tree(doc):
    by_number = doc.section_by_number()
    assert by_number["1"].title == "Inleiding" and by_number["1"].level == 1
    assert by_number["2"].title == "Politieke ontwikkelingen op het gebied van asiel en migratie"
    assert (
        by_number["5"].title
        == "Alleenstaande minderjarige vreemdelingen en andere kwetsbare groepen"
    )
    assert by_number["4.3.5"].parent == "4.3" and by_number["4.3.5"].level == 3
    assert by_number["2.1"].parent == "2"


def test_front_matter_and_chapter_intro_sections(doc):
    first = doc.paragraphs[0]
    assert first.text == "Samenvatting" and first.section is None
    intro = next(
        p for p in doc.paragraphs if p.text.startswith("In dit hoofdstuk wordt eerst kort")
    )
    assert intro.section == "2"
    inleiding = next(
        p for p in doc.paragraphs if p.text.startswith("Ontwikkelingen in migratie- en asielbeleid")
    )
    assert inleiding.section == "1"


def test_paragraph_kinds(doc):
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds["Prinsjesdag 2019"] == "subheading"
    assert (
        kinds["Staatssecretaris Harbers afgetreden om misdaadcijfers asielzoekers"] == "subheading"
    )
    assert kinds["40 miljoen extra voor gemeenten bij inburgering"] == "subheading"
    assert kinds["De (verkiezing van de) Eerste Kamer"] == "box"
    assert kinds["Vreemdelingenzaken/Migratie"] == "list_item"
    assert kinds["Foto: John Gomez, Shutterstock"] == "caption"
    assert not any(p.text.startswith("De (verkiezing") for p in doc.paragraphs if p.kind == "body")


def test_paragraph_joined_across_footnote_block(doc):
    para = next(
        p
        for p in doc.paragraphs
        if "trok hij de conclusie dat onder zijn verantwoordelijkheid" in p.text
    )
    assert "verantwoordelijkheid een verkeerde afweging was gemaakt." in para.text
    para = next(
        p for p in doc.paragraphs if "Aanvragen die alleen op grond van dit criterium" in p.text
    )
    assert "criterium zijn afgewezen, zijn in het kader van de Afsluitingsregeling" in para.text


def test_body_lines_starting_with_numbers_are_body(doc):
    texts = [p.text for p in doc.paragraphs]
    assert any(
        "Verder zijn er in 2019 in totaal 707 hervestigde" in t
        and "1.152 Syrische vluchtelingen" in t
        for t in texts
    )
    note122 = doc.footnote(122)
    assert "Het rapport bevat 92 aanbevelingen, voor een deel" in note122.text
    para = next(p for p in doc.paragraphs if "staat gepland op 1 juli 2021." in p.text)
    assert [m.number for m in para.markers][-1] == 133


# ---- focused cases on real excerpts ----------------------------------------------------

EXCERPT_GLUED = (
    "2.3.1\t Belangrijkste beleids- en wetswijzigingen\n"
    "Ten eerste is de discretionaire bevoegdheid van de staatssecretaris van JenV per 1 mei 2019 afgeschaft.13 \n"
    "Het juridische kader in Nederland voor economische migratie is de Vreemdelingenwet 2000 \n"
    "(Vw) en de Wet arbeid vreemdelingen (Wav)14.\n"
    "\n"
    "Het lopende contract met het COA15 kon worden opgezegd.\n"
    " 13 \t Staatsblad, 2019, nr. 143.\n"
    "14 \t De Wet arbeid vreemdelingen (Wav) verbiedt werkgevers.\n"
    "15 \t Kamerstukken II, 2019-2020, 19637, nr. 2572.\n"
)


def test_glued_markers(tmp_path):
    doc = read_text(write(tmp_path, EXCERPT_GLUED))
    markers = [(m.number, p.text[: m.offset][-13:]) for _, p, m in doc.markers()]
    assert markers == [
        (13, "019 afgeschaft."[-13:]),
        (14, "emdelingen (Wav)"[-13:]),
        (15, "t met het COA"),
    ]
    first = doc.paragraphs[0]
    assert "afgeschaft. Het juridische" in first.text and "13" not in first.text
    assert first.text.endswith("(Wav).")
    assert first.text[: first.markers[1].offset].endswith("(Wav)")
    assert doc.paragraphs[1].text == "Het lopende contract met het COA kon worden opgezegd."
    assert doc.paragraphs[1].markers[0].offset == len("Het lopende contract met het COA")
    assert [n.text for n in doc.footnotes][0] == "Staatsblad, 2019, nr. 143."


EXCERPT_YEAR = (
    "7.1\t Inleiding\n"
    "Naturalisatie\n"
    "Verder ontving de IND in 2019 44.400 aanvragen voor naturalisatie, tegen \n"
    "26.080 in 2018161. Deze toename heeft te maken met de hoge asielinstroom van 2015. Het gaat \n"
    "om 2.000 bewoners en 1.152 Syrische vluchtelingen.\n"
    " 161 Immigratie- en Naturalisatiedienst (IND), ‘Jaarcijfers 2019’, https://ind.nl/Documents/Tabel%202019.pdf. \n"
    "162 Voor meer informatie, zie: https://ind.nl/Nederlanderschap/Paginas/Naturalisatie.aspx. \n"
)


def test_year_with_glued_marker_and_numbers_left_alone(tmp_path):
    doc = read_text(write(tmp_path, EXCERPT_YEAR.replace(" 161 ", " 161\t")))
    para = next(p for p in doc.paragraphs if p.kind == "body")
    assert "tegen 26.080 in 2018. Deze toename" in para.text
    assert [m.number for m in para.markers] == [161]
    assert para.text[: para.markers[0].offset].endswith("in 2018")
    assert "2.000 bewoners en 1.152 Syrische" in para.text
    assert [p.text for p in doc.paragraphs if p.kind == "subheading"] == ["Naturalisatie"]


EXCERPT_PAGE_BREAK = (
    "2.2\t Algemene politieke ontwikkelingen\n"
    "Toen het de Staatssecretaris duidelijk werd, trok hij de conclusie dat onder zijn verantwoordelijkheid \n"
    "\n"
    "2\n"
    " 9\t De Kiesraad, ‘Uitslag Eerste Kamerverkiezing 2019’, https://www.kiesraad.nl/actueel/nieuws/2019/05/31/"
    "uitslag-eerste-kamerverkiezing-2019, geraadpleegd op 31-05-\n"
    "\n"
    "2019.\n"
    "10\t Voor meer informatie, zie: Eerste Kamer, ‘Eerste Kamerverkiezingen’, https://www.eerstekamer.nl/begrip/\n"
    "\n"
    "eerste_kamerverkiezingen. \n"
    "11\t De gekozen volksvertegenwoordiging van een provincie wordt Provinciale Staten genoemd.\n"
    "\n"
    "een verkeerde afweging was gemaakt.9 De Eerste Kamer10 en de Staten11 zijn gekozen.\n"
)


def test_footnote_continues_after_blank_line_and_body_after_notes(tmp_path):
    doc = read_text(write(tmp_path, EXCERPT_PAGE_BREAK))
    assert [n.number for n in doc.footnotes] == [9, 10, 11]
    assert doc.footnote(9).text.endswith("geraadpleegd op 31-05-2019.")
    assert doc.footnote(10).text.endswith(
        "https://www.eerstekamer.nl/begrip/eerste_kamerverkiezingen."
    )
    body = [p for p in doc.paragraphs if p.kind == "body"]
    assert len(body) == 1
    assert (
        "verantwoordelijkheid een verkeerde afweging was gemaakt. De Eerste Kamer en"
        in body[0].text
    )
    assert [m.number for m in body[0].markers] == [9, 10, 11]


def test_url_rejoined_keeping_own_hyphen_and_dropping_inserted_one(doc):
    assert doc.footnote(4).text.endswith("/reports/national-reports_en.")
    assert "kabinet-krijgt-forse-kritiek" in doc.footnote(31).text
    assert (
        "https://www.rijksoverheid.nl/documenten/publicaties/2019/10/18/bijlage---een-overzicht-werd"
        in (doc.footnote(6).text)
    )
    assert (
        "Jaarcijfers-2019-aantal-aanvragen-groeit-sterk.aspx, geraadpleegd" in doc.footnote(2).text
    )


def test_marker_set_off_by_space_and_inside_hyphenated_word(doc):
    para = next(p for p in doc.paragraphs if "De uitkomsten van de pilot zijn positief" in p.text)
    assert "zijn positief. Daarom" in para.text and 160 in [m.number for m in para.markers]
    para = next(p for p in doc.paragraphs if "de DUO-lening" in p.text)
    assert 159 in [m.number for m in para.markers]


def test_cp1252_dump_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(EXCERPT_GLUED.replace("Belangrijkste", "Belangrijkste één").encode("cp1252"))
    doc = read_text(path)
    assert doc.sections[0].title == "Belangrijkste één beleids- en wetswijzigingen"
    assert any("cp1252" in w for w in doc.warnings)


def test_empty_text_raises_and_text_without_structure_is_read_with_a_warning(tmp_path):
    with pytest.raises(EmnError, match="empty"):
        read_text(write(tmp_path, "  \n\n", "empty.txt"))
    doc = read_text(write(tmp_path, "Per 1 mei 2019 is de regeling afgeschaft.\n", "snippet.txt"))
    assert [p.text for p in doc.paragraphs] == ["Per 1 mei 2019 is de regeling afgeschaft."]
    assert doc.sections == [] and doc.footnotes == []
    assert any("no report structure found" in w for w in doc.warnings)


def test_form_feeds_give_pages(tmp_path):
    text = EXCERPT_PAGE_BREAK.replace("\n2\n", "\n\f2\n")
    doc = read_text(write(tmp_path, text))
    assert doc.sections[0].page == 1
    assert [n.page for n in doc.footnotes] == [2, 2, 2]
    body = next(p for p in doc.paragraphs if p.kind == "body")
    # the paragraph opens on page 1; its markers stand on a line after the form feed
    assert body.page == 1 and {m.page for m in body.markers} == {2}


def test_dump_without_form_feeds_has_no_pages(doc):
    assert all(p.page is None for p in doc.paragraphs) and doc.source.pages is None


def test_subheadings_boxes_and_captions_match_gold(scores, report):
    gold = structure_gold()
    body = {(normalise(p.text), p.section) for p in report.paragraphs if p.kind == "body"}
    for key, kind in (
        ("subheadings", "subheadings"),
        ("margin_boxes", "boxes"),
        ("captions", "captions"),
    ):
        assert scores[kind].misses == [], key
        assert scores[kind].false_hits == [], key
        # a box or caption read as body text would pollute sentences
        as_body = [x for x in gold[key] if (normalise(x["text"]), x.get("section")) in body]
        assert as_body == [], key


def _reread_as(tmp_path: Path, transform, report_fixture=None):
    import re

    text = transform(re, DUMP.read_text(encoding="utf-8"))
    return read_text(write(tmp_path, text, "variant.txt"))


def test_dump_without_tabs_or_indents_reads_the_same(tmp_path):
    """Another extractor may write "2.1 Title" and "12 Note" with spaces and no indent."""

    def untab(re, text):
        text = re.sub(r"(?m)^[ ]?(\d{1,2}(?:\.\d{1,2})+)\.?[ ]*\t[ ]*", r"\1 ", text)
        return re.sub(r"(?m)^[ ]?(\d{1,3})[ ]*\t[ ]*", r"\1 ", text)

    doc = _reread_as(tmp_path, untab)
    gold = structure_gold()
    numbered = [s.number for s in doc.sections if s.number is not None]
    assert numbered == [s["number"] for s in gold["sections"]]
    assert [s.id for s in doc.sections if s.number is None] == ["samenvatting"]
    assert {n.number: n.text for n in doc.footnotes} == {
        f["number"]: f["text"] for f in gold["footnotes"]
    }
    assert sorted(m.number for _, _, m in doc.markers()) == list(range(1, 178))


def test_explicit_chapter_lines(tmp_path):
    def chapters(re, text):
        text = text.replace("Reguliere migratie\n3.1", "Hoofdstuk 3\n\nReguliere migratie\n3.1")
        return text.replace("\nIntegratie\n6.1", "\nHoofdstuk 6 Integratie\n6.1")

    doc = _reread_as(tmp_path, chapters)
    by_number = doc.section_by_number()
    assert by_number["3"].title == "Reguliere migratie" and by_number["3"].parent is None
    assert by_number["6"].title == "Integratie"
    assert by_number["3.1"].parent == "3"
    assert len([s for s in doc.sections if s.number is not None]) == 44


def test_note_number_on_its_own_line(tmp_path):
    """Some extractors put the raised note number on a line of its own, the text below it."""
    text = (
        EXCERPT_GLUED.replace(" 13 \t ", "13\n").replace("14 \t ", "14\n").replace("15 \t ", "15\n")
    )
    doc = read_text(write(tmp_path, text))
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (13, "Staatsblad, 2019, nr. 143."),
        (14, "De Wet arbeid vreemdelingen (Wav) verbiedt werkgevers."),
        (15, "Kamerstukken II, 2019-2020, 19637, nr. 2572."),
    ]
    assert [m.number for _, _, m in doc.markers()] == [13, 14, 15]


def test_page_footer_ends_a_note_and_complete_note_does_not_swallow_body(tmp_path):
    text = (
        "1.1\t Inleiding\n"
        "Zoals aangegeven in de brief van 24 juni 2022.1 Daarom is kennisopbouw van belang.\n"
        "\n"
        "1 \t Kamerstukken II 2021/22, 30175, nr. 414\n"
        "P agina 1 van 9\n"
        "\n"
        "De Hoofdlijnenbrief Schiphol gaat verder over normering.\n"
    )
    doc = read_text(write(tmp_path, text))
    assert [n.text for n in doc.footnotes] == ["Kamerstukken II 2021/22, 30175, nr. 414"]
    assert doc.paragraphs[-1].text == "De Hoofdlijnenbrief Schiphol gaat verder over normering."


def test_a_numbered_title_above_a_marker_of_its_number_is_a_heading(tmp_path):
    """ "1 Inleiding" over "…gewijzigd.1": a title; the note is the "1 …" line under the marker."""
    text = (
        "1 Inleiding\n"
        "\n"
        "De regeling voor seizoensarbeid is per maart gewijzigd.1\n"
        "\n"
        "1 Staatsblad 2020, nr. 88.\n"
    )
    doc = read_text(write(tmp_path, text))
    assert [(n.number, n.text) for n in doc.footnotes] == [(1, "Staatsblad 2020, nr. 88.")]
    assert (doc.paragraphs[0].kind, doc.paragraphs[0].text) == ("subheading", "1 Inleiding")
    ((_, para, marker),) = doc.markers()
    assert marker.note == doc.footnotes[0].id
    assert para.text == "De regeling voor seizoensarbeid is per maart gewijzigd."


def test_a_numbered_title_after_a_note_block_is_a_heading(tmp_path):
    """After a finished note, "3 Terugkeer" (inline or its number on a line of its own) is
    the title over the marker 3, not note 3; a title-shaped note under its marker stays one."""
    head = "De leges zijn verlaagd.2\n\n2 Kamerstukken II 2020/21, 30573, nr. 181.\n\n"
    tail = (
        "\n"
        "Het vertrek werd vaker ondersteund.3 Zie daarvoor de bijlage.4\n"
        "\n"
        "3 Staatscourant 2021, 4567.\n"
        "4 Zie bijlage 2\n"
    )
    for title in ("3 Terugkeer\n", "3\nTerugkeer\n"):
        doc = read_text(write(tmp_path, head + title + tail))
        assert [(n.number, n.text) for n in doc.footnotes] == [
            (2, "Kamerstukken II 2020/21, 30573, nr. 181."),
            (3, "Staatscourant 2021, 4567."),
            (4, "Zie bijlage 2"),
        ], title
        assert [p.text for p in doc.paragraphs if p.kind == "subheading"][0].endswith("Terugkeer")
        assert [m.number for _, _, m in doc.markers()] == [2, 3, 4]


def test_a_note_printed_above_its_marker_is_still_a_note(tmp_path):
    """A dump may print a page's notes above its text: a note line finds its marker below
    it, also one shaped as a title when no other line of its number follows the marker."""
    text = (
        "5 Kamerstukken II 2019/20, 35300 VI, nr. 7.\n"
        "6 Zie hoofdstuk 4\n"
        "\n"
        "De wet is in december aangenomen.5 Ze treedt later in werking.6\n"
    )
    doc = read_text(write(tmp_path, text))
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (5, "Kamerstukken II 2019/20, 35300 VI, nr. 7."),
        (6, "Zie hoofdstuk 4"),
    ]
    assert [m.number for _, _, m in doc.markers()] == [5, 6]
