"""Citation parsing: every variant of the reference text and real Kamerbrieven/rulings, malformed
input, prose that must yield nothing, and adversarial input that must not backtrack."""

from __future__ import annotations

import pytest

from emnextract.extractors.citation_parser import is_ibid, parse_citations


def one(text: str, kind: str | None = None):
    found = parse_citations(text)
    assert len(found) == 1, [(f.kind, f.raw) for f in found]
    if kind:
        assert found[0].kind == kind
    return found[0]


@pytest.mark.parametrize(
    ("text", "canonical", "fields"),
    [
        ("Kamerstukken II, 2018-2019, 19637, nr. 2572.", "kst-19637-2572",
         {"chamber": "II", "session": "2018-2019", "dossier": "19637", "number": "2572"}),
        ("Kamerstukken II 2018/19, 35271, 3, p. 1", "kst-35271-3",
         {"session": "2018-2019", "number": "3", "page": "1"}),
        ("Kamerstukken II, 19637, nr. 2535", "kst-19637-2535", {"session": None, "number": "2535"}),
        ("Kamerstukken II, 19637, 2019-2020, nr. 2535", "kst-19637-2535", {"session": "2019-2020"}),
        ("Kamerstukken II,  2018-2019,19637, no. 2445", "kst-19637-2445", {"dossier": "19637"}),
        ("Kamerstukken II, 2018-2019, 27062; 28638, nr. 108.", "kst-27062-108",
         {"dossier": "27062", "extra_dossiers": ["28638"], "number": "108"}),
        ("Kamerstukken II,  2017-2018, 34775-VI, nr. 121.", "kst-34775-VI-121",
         {"dossier": "34775", "subdossier": "VI"}),
        ("Kamerstukken II 2018/19, 35 000 VI, nr. 5", "kst-35000-VI-5", {"dossier": "35000", "subdossier": "VI"}),
        ("Kamerstuk 22 112, nr. 2188", "kst-22112-2188", {"dossier": "22112", "chamber": None}),
        ("Kamerstukken I 2019/20, 35271, C", "kst-35271-C", {"chamber": "I", "number": "C"}),
        ("TK 2018-2019, 19637, nr. 2", "kst-19637-2", {"chamber": "II"}),
        ("Kamerstukken EK 2019/20, 35271, nr. B", "kst-35271-B", {"chamber": "I", "number": "B"}),
        # Kamerbrieven (fixtures/realdocs) styles
        ("Kamerstukken II 2021/22, 29665, nr. 432.", "kst-29665-432", {"session": "2021-2022"}),
        ("Kamerstuk 33400-J, nr. 19", "kst-33400-J-19", {"subdossier": "J"}),
        ("Bijlage bij Kamerstukken 35 325, nr. 5", "kst-35325-5", {"dossier": "35325"}),
        ("Kamerstukken II 2019/20, 31936 nr. 674", "kst-31936-674", {"number": "674"}),
        # rechtspraak XML footnote (ECLI:NL:PHR:2014:2)
        ("Kamerstukken II 2000/2001, 26 854, nr. 6 (NnavV), p. 22- 24.", "kst-26854-6", {"page": "22-24"}),
    ],
)  # fmt: skip
def test_kamerstuk_variants(text, canonical, fields):
    f = one(text, "kamerstuk")
    assert f.canonical == canonical
    assert f.url == f"https://zoek.officielebekendmakingen.nl/{canonical}.html"
    for name, value in fields.items():
        assert f.fields[name] == value, name
    assert not f.malformed


def test_several_kamerstukken_in_one_footnote():
    found = parse_citations(
        "Kamerstukken II, 2018-2019, 19637, nr. 2478; Kamerstukken II, 2018-2019, 19637, nr. 2510; "
        "en Kamerstukken II, 2019-2020, 19637, nr. 2572."
    )
    assert [f.canonical for f in found] == ["kst-19637-2478", "kst-19637-2510", "kst-19637-2572"]
    assert [f.fields["session"] for f in found] == ["2018-2019", "2018-2019", "2019-2020"]


def test_numbers_list_gives_one_record_per_document():
    found = parse_citations("Kamerstukken 33 037, nrs. 431 en 437")
    assert [f.canonical for f in found] == ["kst-33037-431", "kst-33037-437"]


def test_handelingen_and_aanhangsel():
    f = one("Handelingen II 2018/19, nr. 45, item 12", "handelingen")
    assert f.canonical == "h-tk-20182019-45-12"
    f = one("Handelingen II, 2018-2019, 19637, nr. 2459.", "handelingen")
    assert (f.fields["number"], f.canonical) == ("2459", None)
    f = one("Aanhangsel van de Handelingen, 2018-2019, nr. 3521.", "aanhangsel")
    assert f.fields.model_dump() == {"chamber": None, "session": "2018-2019", "number": "3521"}
    assert f.canonical is None  # chamber unknown: no id invented
    assert one("Aanhangsel Handelingen II 2018/19, nr. 3521").canonical == "ah-tk-20182019-3521"
    assert (
        one("Kamerstukken II 2021/22, Aanhangsel, nr. 1694", "aanhangsel").canonical
        == "ah-tk-20212022-1694"
    )
    assert (
        one("Kamerstukken II 2021/22, Aanhangsel, 2050", "aanhangsel").canonical
        == "ah-tk-20212022-2050"
    )


@pytest.mark.parametrize(
    ("text", "kind", "canonical"),
    [
        ("Staatsblad, 2019, nr. 143.", "staatsblad", "stb-2019-143"),
        ("Stb. 2019, 143", "staatsblad", "stb-2019-143"),
        ("Staatscourant, 2019, nr. 24564.", "staatscourant", "stcrt-2019-24564"),
        ("Stcrt. 2019, 24564", "staatscourant", "stcrt-2019-24564"),
        ("Tractatenblad 2019, nr. 45", "tractatenblad", "trb-2019-45"),
        ("Trb. 2019, 45", "tractatenblad", "trb-2019-45"),
    ],
)
def test_gazettes(text, kind, canonical):
    f = one(text, kind)
    assert f.canonical == canonical
    assert f.url == f"https://zoek.officielebekendmakingen.nl/{canonical}.html"


def test_two_gazettes_in_one_footnote():
    found = parse_citations("Staatscourant, 2019, nr. 51742; Staatsblad, 2019, nr. 297.")
    assert [f.canonical for f in found] == ["stcrt-2019-51742", "stb-2019-297"]


def test_case_law_raad_van_state_two_in_one_footnote():
    found = parse_citations(
        "AbRvS, 05-06-2019, nr. 201808923/1/V3, ECLI:NL:RVS:2019:1710 en AbRvS, 05-06-2019, nr. "
        "201808670/1/V3, ECLI:NL:RVS:2019:1843."
    )
    assert [f.fields["case_number"] for f in found] == ["201808923/1/V3", "201808670/1/V3"]
    assert found[0].fields["court"] == "AbRvS" and found[0].fields["date"] == "2019-06-05"
    assert found[1].canonical == "ECLI:NL:RVS:2019:1843"
    assert found[0].url == "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2019:1710"


def test_case_law_eu():
    f = one("HvJ-EU, 10-05-2017, nr. C-133/15, ECLI:EU:C:2017:354.", "case_law")
    assert f.fields.model_dump() == {"court": "HvJ EU", "date": "2017-05-10", "case_number": "C-133/15",
                        "ecli": "ECLI:EU:C:2017:354", "name": None}  # fmt: skip
    assert f.url == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:C:2017:354"
    f = one("HvJ EG, 18-06-2018, nr. C-181/16 (Gnandi).", "case_law")
    assert (f.fields["court"], f.fields["name"], f.fields["case_number"]) == (
        "HvJ EG",
        "Gnandi",
        "C-181/16",
    )
    assert one("ABRvS 12 maart 2020, ECLI:NL:RVS:2020:700").fields["date"] == "2020-03-12"
    assert one("EHRM 23 maart 2016, nr. 43611/11 (F.G. t. Zweden)").fields["court"] == "EHRM"
    assert one("CRvB 1 mei 2019, ECLI:NL:CRVB:2019:1500").fields["court"] == "CRvB"
    assert (
        one("Rb. Den Haag 3 juni 2019, ECLI:NL:RBDHA:2019:5678").fields["court"] == "Rb. Den Haag"
    )


def test_case_law_from_rechtspraak_xml_footnotes():
    """Footnote texts copied from the open-data rulings in /work/shared/realdocs/rechtspraak-open-data-xml."""
    f = one("HvJ van 2 mei 2018, C-574/15, ECLI:EU:C:2018:295 (Mauro Scialdone).", "case_law")
    assert (f.fields["court"], f.fields["date"], f.fields["name"]) == (
        "HvJ",
        "2018-05-02",
        "Mauro Scialdone",
    )
    f = one("HvJ 23 oktober 2008, C\u2011157/07 (Krankenheim Ruhesitz), na conclusie Sharpston, Jur. 2009, "
            "blz. I\u20118061, BNB 2009/86 met noot Wattel.")  # fmt: skip
    assert f.fields["case_number"] == "C-157/07"
    f = one(
        "HR 24 juni 2011, nr. 09/05115, na conclusie Wattel, ECLI:NL:HR:2011:BN3537, BNB 2011/244 met noot Meussen"
    )
    assert (f.fields["case_number"], f.canonical) == ("09/05115", "ECLI:NL:HR:2011:BN3537")
    found = parse_citations(
        "Verwezen door het Hof Amsterdam op 17 januari 2013, nr. 11/00587, ECLI:NL:GHAMS:2013:BY8717, "
        "NTFR 2013/ 527 met commentaar Smit, VN 2013/14.14, nr. 11/00180, ECLI:NL:GHAMS:2013:BY8711"
    )
    assert [f.canonical for f in found] == [
        "ECLI:NL:GHAMS:2013:BY8717",
        "ECLI:NL:GHAMS:2013:BY8711",
    ]
    assert found[0].fields["court"] == "Hof Amsterdam"
    f = one(
        "Wet van 11 december 2002 (herziening regime fiscale eenheid), Stb. 2002, 618.",
        "staatsblad",
    )
    assert f.canonical == "stb-2002-618"


def test_case_numbers_and_eclis_in_body_text():
    f = one(
        "Eerder maakte het HvJ EU met het arrest Zambrano (C- 34/09) op 8 maart 2011 duidelijk",
        "case_law",
    )
    # the sentence names the court ("het HvJ EU"): it is the court of the ruling
    assert (f.fields["case_number"], f.fields["name"], f.fields["court"]) == (
        "C-34/09",
        "Zambrano",
        "HvJ EU",
    )
    f = one("Volgens het arrest Ruiz Zambrano (C- 34/09) mag een ouder blijven.", "case_law")
    assert (f.fields["name"], f.fields["court"], f.raw) == (
        "Ruiz Zambrano", None, "Ruiz Zambrano (C- 34/09)")  # fmt: skip
    f = one("Zie HvJ EG, 05-07-2018, nr. C-269/18 PPU.")
    assert f.fields["case_number"] == "C-269/18 PPU"
    f = one("zoals in ecli:nl:rvs:2019:1710 overwogen", "case_law")
    assert f.canonical == "ECLI:NL:RVS:2019:1710"


def test_garbled_dates_make_malformed_records():
    f = one("HvJ EG, 05-122018, nr. C-269/18 PPU.", "case_law")
    assert f.malformed and f.fields["date"] is None
    assert f.fields["case_number"] == "C-269/18 PPU"
    assert any("05-122018" in p and p.startswith("date:") for p in f.problems)
    found = parse_citations("HvJ-EU, 07-112019, C-257/17; ECLI:EU:C:2018:876, (C en A); HvJ-EU, 07-11-2019, "
                            "C-484/17, ECLI:EU:C:2018:878, K.")  # fmt: skip
    assert [f.malformed for f in found] == [True, False]
    assert found[0].fields["name"] == "C en A" and found[0].canonical == "ECLI:EU:C:2018:876"


def test_broken_eclis_are_kept_and_explained():
    f = one("AbRvS, 05-06-2019, ECLI-:EU:C:2017", "case_law")
    assert f.malformed and f.fields["ecli"] is None and f.canonical is None
    assert "ecli: stray '-' after 'ECLI'" in f.problems
    assert "ecli: missing number" in f.problems
    f = one("Zie de uitspraak, ECLI", "case_law")
    assert f.problems == ["ecli: cut off after 'ECLI'"]
    f = one("ECLI:NL:RVS:19:1710", "case_law")
    assert f.malformed and any("year" in p for p in f.problems)


@pytest.mark.parametrize(
    ("text", "number", "institution", "celex"),
    [
        ("Verordening (EU) 2019/1155 van het Europees Parlement", "2019/1155", "EU", "32019R1155"),
        ("Verordening (EG) nr. 810/2009", "810/2009", "EG", "32009R0810"),
        ("Verordening (EU) nr. 604/2013", "604/2013", "EU", "32013R0604"),
        ("Richtlijn 2013/32/EU", "2013/32", "EU", "32013L0032"),
        ("richtlijn 2008/115/EG", "2008/115", "EG", "32008L0115"),
    ],
)
def test_eu_legislation(text, number, institution, celex):
    f = one(text, "eu_legislation")
    assert (f.fields["number"], f.fields["institution"], f.fields["celex"]) == (
        number,
        institution,
        celex,
    )
    assert f.canonical == celex
    assert f.url == f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"


def test_celex_from_eurlex_url_alone():
    found = parse_citations(
        "Zie https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX%3A32013R0604."
    )
    assert sorted(f.kind for f in found) == ["eu_legislation", "url"]
    eu = next(f for f in found if f.kind == "eu_legislation")
    assert (eu.canonical, eu.fields["number"], eu.fields["form"]) == (
        "32013R0604",
        "604/2013",
        "verordening",
    )


def test_url_with_publisher_title_and_access_date():
    f = one("Immigratie- en Naturalisatiedienst (IND), ‘Jaarcijfers 2019: aantal aanvragen groeit sterk’, "
            "https://ind.nl/nieuws/Paginas/Jaarcijfers-2019-aantal-aanvragen-groeit-sterk. aspx, geraadpleegd op "
            "30-4-2020.", "url")  # fmt: skip
    assert f.fields.model_dump() == {
        "url": "https://ind.nl/nieuws/Paginas/Jaarcijfers-2019-aantal-aanvragen-groeit-sterk.aspx",
        "accessed": "2020-04-30",
        "publisher": "Immigratie- en Naturalisatiedienst (IND)",
        "title": "Jaarcijfers 2019: aantal aanvragen groeit sterk",
    }
    assert f.canonical == f.url == f.fields["url"]


def test_url_stray_spaces_are_removed_but_prose_is_not_swallowed():
    f = one(
        "UNICEF, ‘Rapportage 1’, https://www.unicef.nl/files/1_ online.pdf, geraadpleegd op 12-12-2019."
    )
    assert f.fields["url"] == "https://www.unicef.nl/files/1_online.pdf"
    f = one(
        "IND, ‘Kinderen’, https://ind. nl/nieuws/paginas/kinderen.aspx, geraadpleegd op 28-02- 2020."
    )
    assert (f.fields["url"], f.fields["accessed"]) == (
        "https://ind.nl/nieuws/paginas/kinderen.aspx",
        "2020-02-28",
    )
    f = one(
        "Meer informatie is te vinden op onze website: http://www.emnnetherlands.nl/over-het-emn. Zie ook"
    )
    assert f.fields["url"] == "http://www.emnnetherlands.nl/over-het-emn"
    assert f.fields["publisher"] is None
    f = one("De jaaroverzichten kunnen worden geraadpleegd op www.emnnetherlands.nl.")
    assert (f.fields["url"], f.canonical, f.url) == (
        "www.emnnetherlands.nl",
        "www.emnnetherlands.nl",
        "http://www.emnnetherlands.nl",
    )
    f = one("zie https://www.tent.org/members/ en verder")
    assert f.fields["url"] == "https://www.tent.org/members/"


def test_unbalanced_quote_and_publication_without_url():
    f = one("Centraal Orgaan opvang asielzoekers (COA), ‘COA start pilot leerwerktraject vergunninghouders, "
            "https://www.coa.nl/nl/actueel/nieuws/coa-start-pilot, geraadpleegd op 02-08-2019.")  # fmt: skip
    assert f.fields["title"] == "COA start pilot leerwerktraject vergunninghouders"
    f = one(
        "VVD, CDA, D66 en ChristenUnie (2017), ‘Vertrouwen in de toekomst: Regeerakkoord 2017-2021’.",
        "other",
    )
    assert f.fields["title"] == "Vertrouwen in de toekomst: Regeerakkoord 2017-2021"


def test_provided_info():
    f = one(
        "Deze informatie is aangeleverd door het ministerie van Justitie en Veiligheid (JenV) op 09-01-2020."
    )
    assert f.kind == "provided_info"
    assert f.fields.model_dump() == {
        "provider": "het ministerie van Justitie en Veiligheid (JenV)",
        "date": "2020-01-09",
    }


@pytest.mark.parametrize("text", ["Ibid.", "Ibid", "ibidem.", "Idem.", "Aldaar.", " Ibid., p. 4"])
def test_ibid_forms(text):
    assert is_ibid(text)
    assert parse_citations(text) == []


def test_not_ibid():
    assert not is_ibid(
        "Ibidem wordt verder ingegaan op de vraag hoe de regeling in de praktijk uitpakt."
    )
    assert not is_ibid("Kamerstukken II, 2018-2019, 19637, nr. 2530.")


@pytest.mark.parametrize(
    "text",
    [
        "De gekozen volksvertegenwoordiging van een provincie wordt Provinciale Staten genoemd.",
        "Het normbedrag wordt jaarlijks herzien, en gepubliceerd in de Staatscourant.",
        "Zie nr. 5 van de lijst en de brief van 16-12-2019 aan de Eerste Kamer.",
        "Dit volgt uit artikel 3 EVRM en artikel 29 van de Vreemdelingenwet 2000.",
        "In het schooljaar 2018-2019 volgden 1.200 leerlingen het programma; dat is 2019/20 gestegen.",
        "De Kamerstukken over dit onderwerp zijn talrijk.",
        "Het HR-beleid van de IND werd in 2019 herzien.",
    ],
)
def test_prose_yields_nothing(text):
    assert parse_citations(text) == []


ADVERSARIAL = [
    "Kamerstukken II, 2018-2019, " * 2000,
    "1, 2, 3, 4, 5, 6, 7, 8, 9, 0, " * 5000,
    "ECLI:" * 10000,
    "ECLI:NL:" * 6000 + "RVS",
    "https://x.nl/a- " * 3000,
    "‘" + "a, " * 15000,
    "AbRvS, 05-06-2019, " * 2500,
    "Verordening (EU) " * 3000,
    "Deze informatie is aangeleverd door " + "de dienst " * 5000,
    "HvJ van 6 juli 2006, " + "Axel Kittel " * 4000,
    "(" * 40000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input_finishes_with_a_sane_result(text):
    """Long repetitive input (≥ 30k characters) must parse in linear time: the result is checked."""
    assert len(text) >= 30000
    found = parse_citations(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
    kinds = {f.kind for f in found}
    if text.startswith("Kamerstukken"):
        assert found == []  # no dossier, no citation
    if text.startswith("ECLI"):
        assert kinds <= {"case_law"} and all(f.malformed for f in found)
    if text.startswith("AbRvS"):
        assert len(found) == 2500 and all(f.fields["date"] == "2019-06-05" for f in found)
    if text.startswith("https"):
        assert kinds == {"url"}


def test_other_years_court_styles():
    f = one("Rb. Den Haag, zittingsplaats Haarlem, 12-02-2020, AWB 19/1234", "case_law")
    assert (f.fields["court"], f.fields["case_number"], f.fields["date"]) == (
        "Rb. Den Haag", "AWB 19/1234", "2020-02-12")  # fmt: skip
    f = one("Rb. Den Haag zp Amsterdam 3 juni 2020, NL20.1234, ECLI:NL:RBDHA:2020:5000", "case_law")
    assert (f.fields["case_number"], f.canonical) == ("NL20.1234", "ECLI:NL:RBDHA:2020:5000")
    f = one("HvJ EU 14 mei 2020, C-924/19 PPU en C-925/19 PPU (FMS e.a.)", "case_law")
    assert f.fields["case_number"] == "C-924/19 PPU, C-925/19 PPU"
    assert f.fields["joined_case_numbers"] == ["C-925/19 PPU"] and f.fields["name"] == "FMS e.a."
    f = one("EHRM 13 februari 2020, nrs. 8675/15 en 8697/15 (N.D. en N.T. t. Spanje)", "case_law")
    assert (f.fields["case_number"], f.fields["joined_case_numbers"]) == (
        "8675/15, 8697/15", ["8697/15"])  # fmt: skip


def test_web_source_span_starts_at_its_publisher():
    text = "Zie ook Kamerstukken II 2019/20, 35300, nr. 2; Rijksoverheid, ‘Titel’, https://www. rijksoverheid.nl/a/b, laatst geraadpleegd op 3 maart 2020."
    found = parse_citations(text)
    assert [f.kind for f in found] == ["kamerstuk", "url"]
    web = found[1]
    assert web.raw.startswith("Rijksoverheid, ‘Titel’, https://www. rijksoverheid.nl/a/b")
    assert web.fields.model_dump() == {"url": "https://www.rijksoverheid.nl/a/b", "accessed": "2020-03-03",
                          "publisher": "Rijksoverheid", "title": "Titel"}  # fmt: skip


def test_provided_info_variants():
    f = one("Informatie aangeleverd door de IND op 1 april 2020.", "provided_info")
    assert f.fields.model_dump() == {"provider": "de IND", "date": "2020-04-01"}
    f = one("Deze gegevens zijn verstrekt door het COA op 31-13-2019.", "provided_info")
    assert f.malformed and f.fields["date"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # excerpts of ECLI:NL:GHAMS:2020:3025 (rechtspraak open data, /work/shared/realdocs)
        ("vgl. HR 29 mei 2015, 13/04993, ECLI:NL:HR:2015:1360). 4.51.",
         {"court": "HR", "date": "2015-05-29", "case_number": "13/04993", "ecli": "ECLI:NL:HR:2015:1360"}),
        ("HvJ EU ‘Kittel en Recolta’ van 6 juli 2006 ECLI:EU:C:2006:446 (C-439/04 en C-440/04) 55. Indien",
         {"name": "Kittel en Recolta", "case_number": "C-439/04, C-440/04",
          "joined_case_numbers": ["C-440/04"],
          "ecli": "ECLI:EU:C:2006:446"}),
        ("arrest van het HvJ van 6 juli 2006, Axel Kittel en Recolta Recycling BVBA, ECLI:EU:C:2006:446. Hij",
         {"name": "Axel Kittel en Recolta Recycling BVBA", "date": "2006-07-06", "ecli": "ECLI:EU:C:2006:446"}),
        ("gelet op het arrest van de Hoge Raad van 15 april 2011 (ECLI:NL:HR:2011:BM9147).",
         {"court": "HR", "date": "2011-04-15", "ecli": "ECLI:NL:HR:2011:BM9147"}),
        ("zie HR 5 december 2008, nr. 43.219, ECLI:NL:HR: 2008:BG5987, r.o. 3.3",
         {"case_number": "43.219", "ecli": "ECLI:NL:HR:2008:BG5987"}),
        # ECLI:NL:PHR:2014:2
        ("Hoge Raad 18 april 2001, nr. 36 048, na conclusie Van Kalmthout, BNB 2001/345",
         {"court": "HR", "case_number": "36 048", "ecli": None}),
    ],
)  # fmt: skip
def test_rulings_from_open_data(text, expected):
    f = one(text, "case_law")
    for name, value in expected.items():
        assert f.fields.get(name) == value, name
    assert f.canonical == expected.get("ecli")


def test_the_citation_stage_finds_what_each_text_may_cite_in_one_pass(monkeypatch):
    from emnextract.document import Document, Note, Para
    from emnextract.extractors.citations import extract_citations
    from emnextract.model import Source
    from emnextract.patterns.grammar import Prefilter

    doc = Document(
        source=Source(path="x", sha256="0", kind="text", year=2020),
        paragraphs=[
            Para(text="In de brief (Kamerstukken II 2019/20, 19637, nr. 2580) staat het."),
            Para(text="Een alinea zonder bron."),
        ],
        footnotes=[
            Note(number=1, text="Stcrt. 2020, 1234."),
            Note(number=2, text="Ibid."),
            Note(number=3, text="Zie https://www.ind.nl/nieuws."),
        ],
    )
    alone = extract_citations(doc)
    calls = {"one": 0, "many": 0}
    one, many = Prefilter.candidates, Prefilter.candidates_of

    def count_one(self, *args, **kwargs):
        calls["one"] += 1
        return one(self, *args, **kwargs)

    def count_many(self, *args, **kwargs):
        calls["many"] += 1
        return many(self, *args, **kwargs)

    monkeypatch.setattr(Prefilter, "candidates", count_one)
    monkeypatch.setattr(Prefilter, "candidates_of", count_many)
    again = extract_citations(doc)
    assert [c.model_dump() for c in again] == [c.model_dump() for c in alone]
    assert {c.kind for c in again} >= {"kamerstuk", "url"} and len(again) >= 4
    assert calls == {"one": 0, "many": 1}
