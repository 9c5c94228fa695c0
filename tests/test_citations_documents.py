"""Numbered documents, plural EU acts, bare ECLIs, joined cases and note cross-references.

Sentences are written for these tests (Kamerbrief, EU document and EMN styles); the expected
values are read from each sentence by the annotation guide, not copied from the program.
"""

from __future__ import annotations

import pytest

from emnextract.document import Document, MarkerRef, Note, Para
from emnextract.extractors.citation_parser import parse_citations
from emnextract.extractors.citation_resolve import note_reference, note_references
from emnextract.model import Source
from emnextract.pipeline import build_report


def found(text: str, kind: str | None = None):
    return [f for f in parse_citations(text) if kind is None or f.kind == kind]


# ---------------------------------------------------------------- EU Commission documents
@pytest.mark.parametrize(
    ("text", "raw", "doc_type", "year", "number"),
    [
        ("Commissievoorstel, COM(2023) 45 final.", "COM(2023) 45 final", "COM", "2023", "45"),
        ("Zie COM (2019) 250 def. over legale migratie.", "COM (2019) 250 def.", "COM", "2019", "250"),
        ("Effectbeoordeling SWD(2022) 333 final;", "SWD(2022) 333 final", "SWD", "2022", "333"),
        ("het werkdocument SEC(2008) 2026", "SEC(2008) 2026", "SEC", "2008", "2026"),
    ],
)  # fmt: skip
def test_commission_documents_are_other_with_type_and_number(text, raw, doc_type, year, number):
    (f,) = found(text)
    assert (f.kind, f.raw, f.canonical) == ("other", raw, None)
    assert (f.fields.document_type, f.fields.year, f.fields.number) == (doc_type, year, number)
    assert f.fields.identifier == f"{doc_type.lower()}-{year}-{number}"
    assert f.url == (
        f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri={doc_type}:{year}:{number}:FIN"
    )


def test_a_proposal_is_only_its_commission_document():
    text = "Voorstel voor een verordening betreffende screening, COM(2020) 612 final."
    assert [(f.kind, f.raw) for f in found(text)] == [("other", "COM(2020) 612 final")]


@pytest.mark.parametrize("text", ["het COM-overleg van 2021", "COM(2020)", "ECOM(2021) 12"])
def test_no_commission_document_without_year_and_number(text):
    assert found(text, "other") == []


# ---------------------------------------------------------------- Tweede Kamer numbers
def test_tweede_kamer_zaak_and_document_numbers():
    zaak, doc = found("Motie van het lid Peters (2021Z08123), zie ook document 2021D30456.")
    assert (zaak.kind, zaak.raw, zaak.fields.document_type, zaak.fields.number) == (
        "other", "2021Z08123", "tk_zaak", "08123")  # fmt: skip
    assert zaak.url == "https://www.tweedekamer.nl/kamerstukken/detail?id=2021Z08123"
    assert (doc.fields.document_type, doc.fields.identifier, doc.url) == (
        "tk_document", "tk-2021D30456", None)  # fmt: skip


def test_tweede_kamer_numbers_inside_a_url_stay_in_the_url():
    text = "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2021Z08123&did=2021D30456"
    assert [f.kind for f in found(text)] == ["url"]


# ---------------------------------------------------------------- EU acts
def test_plural_forms_give_one_record_per_act():
    acts = found("De Richtlijnen 2009/50/EG en (EU) 2021/1883 over de blauwe kaart.")
    assert [(f.raw, f.fields.number, f.fields.celex) for f in acts] == [
        ("Richtlijnen 2009/50/EG", "2009/50", "32009L0050"),
        ("(EU) 2021/1883", "2021/1883", "32021L1883"),
    ]
    assert [f.fields.institution for f in acts] == ["EG", "EU"]
    acts = found("Verordeningen (EU) nr. 1052/2013 en 2019/1896 (Frontex)")
    assert [(f.fields.form, f.fields.institution, f.fields.celex) for f in acts] == [
        ("verordening", "EU", "32013R1052"),
        ("verordening", "EU", "32019R1896"),
    ]


def test_singular_form_does_not_take_a_following_number():
    acts = found("Richtlijn 2008/115/EG en 2024 zijn genoemd.", "eu_legislation")
    assert [f.fields.number for f in acts] == ["2008/115"]


def test_bare_act_after_a_form_word_in_the_same_clause():
    (f,) = found("de Terugkeerrichtlijn, (EG) nr. 1234/2008 hier verzonnen", "eu_legislation")
    assert (f.raw, f.fields.form, f.fields.celex) == ("(EG) nr. 1234/2008", "richtlijn", None)
    (f,) = found("de Schengengrenscode (Verordening, (EU) 2016/399)", "eu_legislation")
    assert (f.fields.form, f.fields.celex) == ("verordening", "32016R0399")
    assert found("Zie tabel 3. (EU) 2016/399 is het nummer.", "eu_legislation") == []


@pytest.mark.parametrize(
    ("text", "form", "celex"),
    [
        ("Uitvoeringsbesluit (EU) 2023/2409", "uitvoeringsbesluit", "32023D2409"),
        ("Uitvoeringsverordening (EU) 2020/2229", "uitvoeringsverordening", "32020R2229"),
        ("Verordening (EEG) nr. 1408/71", "verordening", "31971R1408"),
        ("Richtlijn 64/221/EEG", "richtlijn", "31964L0221"),
    ],
)
def test_implementing_forms_and_two_digit_years(text, form, celex):
    (f,) = found(text)
    assert (f.fields.form, f.fields.celex, f.canonical) == (form, celex, celex)


def test_celex_printed_without_colon():
    (f,) = found("Zie EUR-Lex, CELEX 32011L0095.")
    assert (f.fields.form, f.fields.number, f.fields.institution) == ("richtlijn", "2011/95", None)


# ---------------------------------------------------------------- case law
@pytest.mark.parametrize(
    ("text", "ecli"),
    [
        ("zie NL:RVS:2022:3555 over de termijn", "ECLI:NL:RVS:2022:3555"),
        ("(EU:C:2021:1234)", "ECLI:EU:C:2021:1234"),
        ("nl:rbdha:2023:777.", "ECLI:NL:RBDHA:2023:777"),
    ],
)
def test_ecli_without_prefix(text, ecli):
    (f,) = found(text)
    assert (f.kind, f.canonical, f.fields.ecli, f.fields.court) == ("case_law", ecli, ecli, None)


@pytest.mark.parametrize(
    "text", ["NL:XYZ:2020:12", "UK:C:2020:5", "NL:RVS:2020", "versie NL:2020:3"]
)
def test_no_ecli_without_a_known_court_code(text):
    assert found(text) == []


def test_joined_numbers_seat_and_inline_name():
    (f,) = found("Rechtbank Den Haag, zp. Roermond, 4 april 2022, NL22.501, NL22.502 en NL22.509")
    assert (f.fields.court, f.fields.case_number) == (
        "Rb. Den Haag", "NL22.501, NL22.502, NL22.509")  # fmt: skip
    assert f.fields.joined_case_numbers == ["NL22.502", "NL22.509"]
    (f,) = found("EHRM 3 oktober 2019, Fuchs t. Oostenrijk, nrs. 1111/15 en 2222/16, ECLI:CE:ECHR:2019:1003JUD000111115.")  # fmt: skip
    assert (f.fields.court, f.fields.date, f.fields.name, f.fields.case_number) == (
        "EHRM", "2019-10-03", "Fuchs t. Oostenrijk", "1111/15, 2222/16")  # fmt: skip
    assert f.canonical == "ECLI:CE:ECHR:2019:1003JUD000111115"
    (f,) = found("CRvB 9 juli 2021, 20/987 PW, ECLI:NL:CRVB:2021:1800")
    assert (f.fields.case_number, f.fields.name) == ("20/987 PW", None)


def test_body_case_number_takes_the_court_its_sentence_names():
    (f,) = found("Met het arrest Dano (C-333/13) bevestigde het Hof van Justitie de regel.")
    assert (f.raw, f.fields.name, f.fields.court) == ("Dano (C-333/13)", "Dano", "HvJ EU")
    (f,) = found("De zaak K (C-123/19) is nog niet beslist. Het Hof van Justitie zweeg.")
    assert f.fields.court is None  # named in another sentence only


# ---------------------------------------------------------------- parliamentary papers
def test_sessions_with_en_dash_and_vergaderjaar():
    (f,) = found("Eerste Kamer, vergaderjaar 2022–2023, 36 045, E.")
    assert (f.fields.chamber, f.fields.session, f.fields.dossier, f.fields.number) == (
        "I", "2022-2023", "36045", "E")  # fmt: skip
    (f,) = found("Kamerstukken II 2023–24, 30 573, nr. 210")
    assert (f.fields.session, f.fields.dossier, f.canonical) == (
        "2023-2024",
        "30573",
        "kst-30573-210",
    )


def test_cut_short_session_is_a_problem_not_a_dossier():
    (f,) = found("Kamerstukken II 2021/2, 30573, nr. 199.")
    assert (f.fields.session, f.fields.dossier, f.canonical) == (None, "30573", "kst-30573-199")
    assert f.malformed and f.problems == ["session: garbled (2021/2)"]


def test_abbreviated_aanhangsel_with_vergaderjaar():
    a, b = found(
        "Aanh. Hand. II 2022/23, 1501; Aanhangsel Handelingen I, vergaderjaar 2021-2022, nr. 12."
    )
    assert (a.kind, a.fields.number, a.canonical) == ("aanhangsel", "1501", "ah-tk-20222023-1501")
    assert (b.fields.chamber, b.fields.session, b.canonical) == (
        "I",
        "2021-2022",
        "ah-ek-20212022-12",
    )


# ---------------------------------------------------------------- other fields
def test_provider_as_printed_and_titles_in_any_quotes():
    (f,) = found("Deze cijfers zijn geleverd door het CBS op 2-3-2023.")
    assert f.fields.provider == "het CBS"
    (f,) = found(
        "UNHCR, “Global Trends”, https://www.unhcr.org/global-trends, geraadpleegd op 1-6-2023"
    )
    assert (f.fields.publisher, f.fields.title) == ("UNHCR", "Global Trends")


def test_web_page_cited_by_its_browser_title():
    (f,) = found("Nieuwe aanpak overlast | Nieuwsbericht | Rijksoverheid.nl")
    assert (f.kind, f.fields.title, f.fields.publisher) == (
        "other", "Nieuwe aanpak overlast", "Rijksoverheid.nl")  # fmt: skip
    assert found("Tabel 2 | kolom B | totaal") == []


# ---------------------------------------------------------------- notes that point elsewhere
@pytest.mark.parametrize(
    ("text", "target"),
    [("Zie noot 14.", 14), ("zie voetnoot 3", 3), ("Vgl. noot 27.", 27), ("Zie ook noot 5", 5)],
)
def test_note_reference(text, target):
    assert note_reference(text) == target


def test_a_note_reference_that_also_cites_is_read_as_usual():
    text = "Zie noot 4 en Kamerstukken II 2020/21, 30573, nr. 190, waarin de minister toelicht."
    assert note_reference(text) is None
    assert note_references([(5, text), (6, "Zie noot 6")]) == {}


def _doc(notes, body, markers):
    source = Source(path="test", sha256="0" * 64, kind="text")
    para = Para(text=body, markers=[MarkerRef(number=n, offset=o) for n, o in markers])
    return Document(
        source=source,
        paragraphs=[para],
        footnotes=[Note(number=n, text=t) for n, t in notes],
    )


def test_ibid_skips_explanations_and_references_and_a_reference_links_its_note():
    body = "Het besluit trad per 1 juli 2021 in werking en werd herzien."
    doc = _doc(
        [
            (1, "Stb. 2021, 300."),
            (2, "Het gaat om de tweede tranche."),
            (3, "Zie noot 1."),
            (4, "Idem, art. 2."),
        ],
        body,
        [(1, 10), (2, 20), (3, 45), (4, len(body))],
    )
    report = build_report(doc)
    cites = {c.id: c for c in report.citations}
    by_note = {n.number: n.citations for n in report.footnotes}
    original = by_note[1]
    assert [cites[i].canonical for i in original] == ["stb-2021-300"]
    assert by_note[2] == []  # an explanation cites nothing
    assert by_note[3] == original  # "Zie noot 1": no record of its own, note 1's sources
    assert not any(c.footnote == 3 for c in report.citations)
    (copy,) = [c for c in report.citations if c.footnote == 4]
    assert (copy.canonical, copy.ibid_of) == ("stb-2021-300", original[0])


def test_singular_form_takes_a_second_act_that_names_its_institution():
    acts = found("Richtlijn 2001/55/EG en (EU) 2022/382 samen", "eu_legislation")
    assert [f.fields.celex for f in acts] == ["32001L0055", "32022L0382"]
    acts = found("Richtlijn 2001/55/EG en 2019/20 samen", "eu_legislation")
    assert [f.fields.number for f in acts] == ["2001/55"]


def test_act_number_in_parentheses_after_its_name():
    (f,) = found("De Opvangrichtlijn (2013/33/EU) geldt ook hier.", "eu_legislation")
    assert (f.raw, f.fields.form, f.fields.celex) == ("2013/33/EU", "richtlijn", "32013L0033")
    assert found("In het schooljaar (2019/20) veranderde de richtlijn niet.") == []


def test_more_ways_of_writing_chamber_seat_and_names():
    (f,) = found("Eerste Kamer, 2020-2021, 35 483, nr. F.")
    assert (f.fields.chamber, f.fields.session, f.canonical) == ("I", "2020-2021", "kst-35483-F")
    (f,) = found("Rb. Den Haag (zittingsplaats Arnhem) 9 mei 2022, NL22.4000")
    assert (f.fields.court, f.fields.date, f.fields.case_number) == (
        "Rb. Den Haag", "2022-05-09", "NL22.4000")  # fmt: skip
    (f,) = found("EHRM 28 juni 2011, Sufi en Elmi t. het Verenigd Koninkrijk, nr. 8319/07")
    assert f.fields.name == "Sufi en Elmi t. het Verenigd Koninkrijk"
    (f,) = found(
        "Zie DT&V, ‘Jaarcijfers’, https://www.dienstterugkeerenvertrek.nl/x, geraadpleegd op 2-2-2023"
    )
    assert (f.fields.publisher, f.raw.split(",")[0]) == ("DT&V", "DT&V")


def test_english_implementing_acts_in_a_list():
    acts = found(
        "from Implementing Regulations (EU) No 809/2014, (EU) No 180/2014 and (EU) 2017/892 as"
    )
    assert [(f.fields.form, f.fields.celex) for f in acts] == [
        ("uitvoeringsverordening", "32014R0809"),
        ("uitvoeringsverordening", "32014R0180"),
        ("uitvoeringsverordening", "32017R0892"),
    ]
