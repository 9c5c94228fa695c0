"""Statistics on sentences of the reference report, and the gold thresholds end to end."""

from pathlib import Path

import pytest

from emnextract.document import Document, MarkerRef, Para
from emnextract.eval.gold import load_gold_dir
from emnextract.eval.statistics import match_statistics
from emnextract.extractors.statistics import extract_statistics
from emnextract.model import Citation, Source
from emnextract.pipeline import Pipeline, load_document
from emnextract.stages import StatisticStage

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "emn2019-part1.txt"


def stats(*texts, section="4.2", kind="body", year=2019):
    doc = Document(
        source=Source(path="x", sha256="0", kind="text", year=year),
        paragraphs=[Para(text=t, section=section, kind=kind) for t in texts],
    )
    return extract_statistics(doc, [])


def values(*texts):
    return [s.value for s in stats(*texts)]


def by_value(records, value):
    found = [s for s in records if s.value == value]
    assert len(found) == 1, records
    return found[0]


def test_count_with_period_and_comparison_while():
    recs = stats(
        "In 2019 werden er in totaal 29.435 asielaanvragen gedaan terwijl dat er in 2018 "
        "30.380 waren."
    )
    main = by_value(recs, 29435)
    assert (main.unit, main.what, main.period) == ("count", "asielaanvragen", "2019")
    assert main.compared_to.value == 30380 and main.compared_to.period == "2018"
    assert by_value(recs, 30380).period == "2018"  # the compared figure is its own record


def test_van_naar_gives_two_levels_with_the_period_of_their_sentence():
    recs = stats("Het aantal nareizigers is in 2021 flink gedaald, van 8.400 naar 6.100.")
    new, old = by_value(recs, 6100), by_value(recs, 8400)
    assert new.period == "2021" and old.period == "2021"
    assert (new.change, old.change) == (None, None)  # both are levels, neither is the change
    assert new.compared_to.value == 8400
    # A period written after each figure is that figure's own.
    recs = stats("Het aantal overdrachten daalde van 1.210 in 2020 naar 870 in 2021.")
    assert [(s.value, s.period) for s in recs] == [(1210, "2020"), (870, "2021")]


def test_tegen_comparison():
    recs = stats(
        "Verder ontving de IND in 2019 44.400 aanvragen voor naturalisatie, tegen 26.080 in 2018."
    )
    assert by_value(recs, 44400).compared_to.value == 26080
    assert by_value(recs, 26080).period == "2018"


def test_change_and_context_period():
    recs = stats(
        "Het totale aantal eerste aanvragen in 2019 bedroeg 22.533. Dit is een toename van "
        "ongeveer 10.7 procent ten opzichte van 2018 waarin 20.353 eerste asielaanvragen "
        "werden gedaan."
    )
    change = by_value(recs, 10.7)
    assert (change.unit, change.change, change.approx, change.period) == (
        "percent",
        "increase",
        True,
        "2019",
    )
    assert change.compared_to.value == 20353
    assert by_value(recs, 20353).period == "2018"


def test_decrease_with_maar_liefst():
    recs = stats(
        "Het aantal opvolgende aanvragen bedroeg in 2019 2.723. Dit is een daling van maar "
        "liefst 23,6 procent ten opzichte van het aantal opeenvolgende aanvragen in 2018 (3.564)."
    )
    change = by_value(recs, 23.6)
    assert change.change == "decrease" and change.period == "2019"
    assert change.compared_to.value == 3564 and change.compared_to.period == "2018"


def test_shares_in_parentheses_name_the_category():
    recs = stats(
        "De top drie nationaliteiten van eerste asielaanvragers werd in 2019 gevormd door "
        "Syriërs (16%), gevolgd door Nigerianen (9%) en Iraniërs (7%)."
    )
    assert [(s.value, s.unit, s.what, s.period) for s in recs] == [
        (16, "percent", "Syriërs", "2019"),
        (9, "percent", "Nigerianen", "2019"),
        (7, "percent", "Iraniërs", "2019"),
    ]  # "top drie" is a rank, not a count


@pytest.mark.parametrize(
    "text, period",
    [
        ("Het totaal aantal aanvragen in de eerste zes maanden van 2019 was 46.050.", "2019-H1"),
        (
            "Meer specifiek werden in januari 2019 ongeveer 1.842 eerste asielaanvragen gedaan.",
            "2019-01",
        ),
        ("Zo zijn in de periode 2015 tot 2019 circa 1.750 kinderen verdwenen.", "2015/2019"),
        (
            "In de periode tussen november 2018 tot en met december 2019 hebben al meer dan 2.000 "
            "bewoners de training gevolgd.",
            "2018-11/2019-12",
        ),
        ("Het aantal is in de maand januari van 2019 (107 aanvragen) lager.", "2019-01"),
    ],
)
def test_periods(text, period):
    (rec,) = stats(text)
    assert rec.period == period


def test_month_without_year_takes_the_context_year():
    recs = stats(
        "Meer specifiek werden in januari 2019 ongeveer 1.842 eerste asielaanvragen "
        "gedaan. In februari daalde het aantal echter tot 1.658."
    )
    assert by_value(recs, 1658).period == "2019-02"


def test_a_later_sentence_does_not_date_a_figure():
    recs = stats(
        "Veertig gemeenten doen mee aan het project. Het convenant daarover is in 2021 "
        "getekend, en in 2022 kwamen er nog 300 deelnemers bij."
    )
    assert [(s.value, s.period) for s in recs] == [(40, None), (300, "2022")]


def test_previous_year_sentence_is_the_comparison():
    recs = stats(
        "Op grond van de verklaring heeft Nederland in 2019 1.152 Syrische "
        "vluchtelingen hervestigd. In 2018 waren dit er 704."
    )
    assert by_value(recs, 1152).compared_to.value == 704
    assert by_value(recs, 704).period == "2018"


def test_money_and_fte():
    recs = stats(
        "Om dit mogelijk te maken trekt het kabinet in 2020 134 miljoen euro uit. Zo is in "
        "2018 al 200 extra fte geworven wat met nog eens 150 fte is uitgebreid in 2019. De "
        "minister stelt voor 2019 en 2020 hiervoor in totaal 40 miljoen beschikbaar."
    )
    assert by_value(recs, 134_000_000).unit == "eur"
    assert (by_value(recs, 200).unit, by_value(recs, 200).period) == ("fte", "2018")
    assert (by_value(recs, 150).unit, by_value(recs, 150).period) == ("fte", "2019")
    budget = by_value(recs, 40_000_000)
    assert (budget.unit, budget.period) == ("eur", "2019/2020")


def test_word_numbers_and_approximation():
    recs = stats(
        "In het jaar 2019 hebben er ruim tien relocaties plaatsgevonden. Verder kwam aan het "
        "licht dat zo’n zestig Vietnamese kinderen zijn verdwenen. Zo zijn er in 2019 drie "
        "speciale ketenmariniers aangesteld."
    )
    assert [(s.value, s.approx) for s in recs] == [(10, True), (60, True), (3, False)]
    assert by_value(recs, 3).what == "speciale ketenmariniers"


@pytest.mark.parametrize(
    "text",
    [
        "Canadese jongeren die tussen de 18 en 31 jaar zijn kunnen in aanmerking komen.",
        "Jongeren van 18 tot en met 30 jaar kunnen tijdelijk naar Nederland komen.",
        "Dit geldt voor asielzoekers van 18 jaar en ouder.",
        "Zij mochten niet meer dan 12 weken voor dezelfde werkgever werken.",
        "Gezinsleden die binnen drie maanden een aanvraag hebben ingediend.",
        "De regeling geldt na 0 dagen verblijf.",
        "Ze kunnen naturaliseren wanneer ze vijf jaar of langer hier wonen.",
        "Dat gebeurt op 1 juli 2019 en per 1 mei.",
        "Meer informatie staat in paragraaf 5.2.2 en in hoofdstuk 4.",
        "Zie artikel 3, lid 2 van de wet en Staatsblad, 2019, nr. 143.",
        "Zie Kamerstukken II 19637 en de Vreemdelingenwet 2000.",
        "Het kabinet heeft wel aan één extra partij genoeg.",
        "De tweede wijziging houdt in dat een deel van de honderden kinderen vertrok.",
        "De top drie bestond uit dezelfde landen.",
        "Dit is tot en met 31 december 2020 van toepassing.",
        "Zij verbleven voor een periode van twee jaar in de opvang.",
    ],
)
def test_not_statistics(text):
    assert stats(text) == []


def test_list_numbering_is_not_a_statistic():
    assert stats("1. De vreemdeling dient een aanvraag in.", kind="list_item") == []


def test_subheadings_are_skipped():
    assert stats("40 miljoen extra voor gemeenten bij inburgering", kind="subheading") == []


def test_footnotes_and_citations_of_the_sentence():
    para = Para(
        text="In totaal zijn er in 2019 4.179 mensen op basis van nareis gekomen. Anders.",
        section="4.2",
        markers=[MarkerRef(number=71, offset=66)],
    )
    doc = Document(source=Source(path="x", sha256="0", kind="text"), paragraphs=[para])
    cite = Citation(id="c9", kind="other", raw="IND", footnote=71)
    (rec,) = extract_statistics(doc, [cite])
    assert rec.id == "s1" and rec.footnotes == [71] and rec.citations == ["c9"]
    assert rec.sentence.startswith("In totaal") and rec.section == "4.2"


def test_gold_thresholds_on_the_reference_dump():
    # The reader and this extractor, as the pipeline runs them (other extractors aside).
    doc = load_document(REFERENCE)
    statistics = Pipeline([StatisticStage()]).run(doc).statistics
    gold = load_gold_dir(ROOT / "tests" / "gold")["fixtures/emn2019-part1.txt"]["statistics"]
    result = match_statistics(statistics, gold)
    assert result.precision >= 0.92, result.false_hits
    assert result.recall >= 0.92, result.misses
    assert result.accuracy("unit") >= 0.97, result.mismatches
    assert result.accuracy("period") >= 0.85, result.mismatches
    ids = [s.id for s in statistics]
    assert ids == [f"s{i}" for i in range(1, len(ids) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG",
        "Prinses Irenestraat 6 2595 BD DEN HAAG",
        "Dit draagt bij aan (1) de mondiale klimaatopgave en (2) de nationale doelen.",
        "2) Substitutie: verhoging van het percentage hernieuwbare grondstoffen.",
        "Voldoende water 1.",
        "Dit gebeurt tot 2050 met een doorkijk naar 2100.",
    ],
)
def test_addresses_enumerators_and_far_years_are_not_statistics(text):
    assert stats(text) == []


def test_range_shares_unit_and_scale():
    recs = stats("De schade in 2018 is geschat tussen de 900 en 1.650 miljoen euro.")
    assert [(s.value, s.unit) for s in recs] == [(900_000_000, "eur"), (1_650_000_000, "eur")]
    recs = stats("We reserveren 5 à 10% van de diepe polders. De reductie is 0,1 tot 2,8 Mton.")
    assert [(s.value, s.unit) for s in recs] == [
        (5, "percent"),
        (10, "percent"),
        (0.1, "other"),
        (2.8, "other"),
    ]


def test_van_naar_outside_a_yearly_comparison_leaves_the_old_period_open():
    recs = stats("De bevolking groeit van 17,5 miljoen naar bijna 19 miljoen inwoners in 2035.")
    assert by_value(recs, 19_000_000).period == "2035"
    assert by_value(recs, 17_500_000).period is None


def test_what_skips_comparatives_and_takes_the_whole_of_a_part():
    recs = stats(
        "In 2019 werden ruim 5.500 meer eerste asielaanvragen ingediend dan verwacht. Bij 87 "
        "van de in totaal 227 taalscholen is sprake van fraude. In het jaar 2019 hebben er "
        "ruim tien relocaties plaatsgevonden."
    )
    assert by_value(recs, 5500).what == "eerste asielaanvragen"
    assert by_value(recs, 87).what == "taalscholen"
    assert by_value(recs, 10).what == "relocaties"


def test_statistics_in_a_real_letter_pdf():
    doc = load_document(ROOT / "fixtures" / "realdocs" / "Kamerbrief_emissie_luchtvaart.pdf")
    recs = extract_statistics(doc, [])
    assert all(s.page for s in recs)
    assert not [s for s in recs if s.value in (2500, 20018, 20901)]  # postcodes, postbus
    reduced = [s for s in recs if s.value == 440_000 and s.compared_to is not None]
    assert reduced and reduced[0].compared_to.value == 500_000
    assert reduced[0].what == "vliegtuigbewegingen"
    # "de mondiale zwavelnorm voor luchtvaart op 0,3%" is a norm set by a rule: no statistic.
    assert not [s for s in recs if s.value == 0.3]


def test_dash_range_with_a_unit_gives_both_bounds_but_an_age_range_stays_out():
    recs = stats(
        "Zoals eerder aan uw Kamer gemeld ziet het kabinet een potentiële bijdrage aan de "
        "binnenlandse reductie-opgave van structureel 2-4 Mton CO2-reductie door circulair beleid."
    )
    assert [(s.value, s.unit) for s in recs] == [(2, "other"), (4, "other")]
    assert stats("Het gaat om jongeren tussen de 18 en 31 jaar.") == []
    assert stats("De regeling geldt voor jongeren van 18 tot en met 30 jaar.") == []


def test_bounds_set_by_a_definition_are_rule_terms():
    # A bound in a definition, its restatement in parentheses and its recurrence.
    recs = stats(
        "De meetzone loopt tot een diepte van 2.500 meter (ongeveer 8.200 voet). In 2020 zijn "
        "in de lagen onder de 2.500 meter 14 boringen gedaan.",
        section="5",
    )
    assert [(s.value, s.period) for s in recs] == [(14, "2020")]
    assert stats("Het gaat om kinderen boven de 12.") == []  # an age stays out


def test_bounds_and_norms_take_no_period_from_a_date_nearby():
    recs = stats(
        "Sinds 1 oktober 2022 worden er FFP2-mondneusmaskers beschikbaar gesteld door de "
        "werkgevers. Bij correct gebruik, filteren deze mondneusmaskers tot 97% van het ultrafijn "
        "stof.",
        "Zoals aangegeven in de Kamerbrief van 3 maart 2020 ligt de mondiale zwavelnorm voor "
        "luchtvaart op 0,3%.",
        section="2",
    )
    # "tot 97%" is measured (no period); the norm "op 0,3%" is a rule term.
    assert [(s.value, s.period) for s in recs] == [(97, None)]
    # "tot" after a change verb is the value reached, which keeps the period.
    recs = stats("Het aantal eerste asielaanvragen nam in 2019 wel toe tot 22.530.")
    assert by_value(recs, 22530).period == "2019"


def test_an_intended_change_takes_no_period_from_the_decision_date():
    recs = stats(
        "Op 24 juni 2022 heeft het kabinet besloten om het jaarlijks aantal toegestane vluchten "
        "op Schiphol te reduceren van 500.000 naar 440.000 vliegtuigbewegingen."
    )
    assert [(s.value, s.period) for s in recs] == [(500_000, None), (440_000, None)]
    recs = stats(
        "Beleid hiertoe zal ook bijdragen aan de kabinetsdoelstelling om in 2030 nationaal "
        "minimaal 55 procent uitstootreductie te realiseren."
    )
    assert by_value(recs, 55).period == "2030"  # a period inside the clause stays


def test_titles_letterhead_dates_and_plans_frame_no_period():
    recs = stats(
        "Datum 22 december 2022",
        "Het NPCE 2023-2030 is aangeboden. Daarnaast reageer ik op twee relevante rapporten.",
        "Daarom werkt het kabinet toe naar een circulaire economie in 2050 met als richtinggevend "
        "doel het gebruik van grondstoffen in 2030 te halveren.",
        "Met de inzet op de vier aangrijpingspunten zorgen we voor een evenwichtige inzet.",
        "Emissies van de 440.000 vliegtuigbewegingen op Schiphol.",
        section=None,
    )
    assert [(s.value, s.period) for s in recs] == [(2, None), (4, None), (440_000, None)]


def test_a_cited_parliamentary_date_does_not_frame_a_later_finding():
    recs = stats(
        "In antwoord op Kamervragen in maart 2022 en tijdens het Commissiedebat Verduurzaming "
        "luchtvaart van 16 juni 2022 is toegezegd dat de Kamer wordt geïnformeerd.",
        "Het streven was om de informatie in de tweede helft van 2022 aan de Kamer te sturen.",
        "De meeste ZZS worden geëmitteerd tijdens het taxiën op de luchthavens (rond de 90%).",
        section="3",
    )
    assert [(s.value, s.period) for s in recs] == [(90, None)]
    # The day on which something happened is no period of the figures about it.
    recs = stats("Op 12 mei 2021 heeft de minister drie nieuwe projecten aangekondigd.")
    assert by_value(recs, 3).period is None


def test_a_small_number_naming_a_kind_is_no_statistic():
    assert (
        stats(
            "Het is van belang om de aromatische koolwaterstoffen, en daarbinnen de zogeheten "
            "naftalenen met twee aromatische verbindingen, in kerosine te verminderen."
        )
        == []
    )
    recs = stats("Het EMM heeft een onderzoek uitgevoerd bestaande uit twee onderdelen.")
    assert [s.value for s in recs] == [2]


def test_what_is_the_subject_when_the_figure_is_its_predicate():
    recs = stats("De aanvragen van arbeidsmigranten zijn met zo’n 25 procent gestegen tot 3.710.")
    assert [s.what for s in recs] == ["aanvragen van arbeidsmigranten"] * 2
    recs = stats(
        "Nareizigers vormden in 2019 slechts 13,8 procent van het totaal aantal asielaanvragen. "
        "In 2018 vormden nareizigers nog 21,3 procent van het totaal aantal asielaanvragen."
    )
    assert [s.what for s in recs] == ["Nareizigers", "nareizigers"]
    # A copula without a change, or a subject without an article, names nothing.
    assert by_value(stats("Het streven is zelfs 60 procent."), 60).what is None


def test_what_of_a_longer_noun_phrase_money_purpose_and_back_references():
    recs = stats(
        "Het totaal aantal aanvragen voor een reguliere verblijfsvergunning in de eerste zes "
        "maanden van 2019 was 46.050."
    )
    assert by_value(recs, 46050).what == "aanvragen voor een reguliere verblijfsvergunning"
    recs = stats("Hiervoor is in 2019 40 miljoen euro voor de opvang beschikbaar gesteld.")
    assert by_value(recs, 40_000_000).what == "opvang"
    recs = stats(
        "In januari werden 2.400 eerste asielaanvragen ingediend. In februari daalde het aantal "
        "echter tot 1.658."
    )
    assert by_value(recs, 1658).what == "eerste asielaanvragen"
    recs = stats(
        "In 2019 zijn 723.825 visa aangevraagd. Daarvan zijn er ongeveer 702.180 afgegeven."
    )
    assert by_value(recs, 702180).what == "visa"
    recs = stats("De pilot wordt uitgevoerd op ongeveer vijftien verschillende locaties.")
    assert by_value(recs, 15).what == "locaties"


def test_a_subheading_ends_the_period_context():
    doc = Document(
        source=Source(path="x", sha256="0", kind="text", year=2023),
        paragraphs=[
            Para(text="We zetten in op een UPV voor meubels voor 2030.", section=None, kind="body"),
            Para(
                text="Uitwerking ambitieus klimaatdoel voor de circulaire economie",
                section=None,
                kind="subheading",
            ),
            Para(
                text="Een recente studie naar de CO2-impact van een tiental circulaire "
                "maatregelen laat een nationale CO2-reductie van 0,1 tot 2,8 Mton zien.",
                section=None,
                kind="body",
            ),
        ],
    )
    recs = extract_statistics(doc, [])
    assert [(s.value, s.period) for s in recs] == [(10, None), (0.1, None), (2.8, None)]


def test_a_year_between_ranged_percentages_is_no_percentage():
    recs = stats("Tussendoelen zijn 50 procent in 2030 en 75 procent in 2050.")
    assert [(s.value, s.unit, s.period) for s in recs] == [
        (50, "percent", "2030"),
        (75, "percent", "2050"),
    ]


def test_reserved_money_without_euro_and_a_numbered_choice():
    recs = stats("Wateroverlast beekdalen (300 miljoen gereserveerd op de aanvullende post).")
    assert [(s.value, s.unit) for s in recs] == [(300_000_000, "eur")]
    assert stats("In aanvulling op structurerende keuze 18 voorkomen we hiermee oxidatie.") == []


def test_the_report_year_is_no_default_period():
    # "op dit moment" names no period, and the report's year (2019 here) is no default.
    recs = stats(
        "Op dit moment wachten ruim 3.000 mensen op een besluit. Dat is een kwart minder dan "
        "de ongeveer 4.000 mensen die vorig jaar wachtten.",
        section="7.1",
    )
    assert [(s.value, s.period) for s in recs] == [(3000, None), (0.25, None), (4000, None)]


def test_what_of_a_percentage_from_the_noun_after_it_or_a_category_before_it():
    recs = stats(
        "Beleid hiertoe zal ook bijdragen aan de kabinetsdoelstelling om in 2030 nationaal "
        "minimaal 55 procent uitstootreductie te realiseren. Het streven is zelfs 60%-reductie."
    )
    assert [s.what for s in recs] == ["uitstootreductie", "reductie"]
    recs = stats("De grootste groep waren asielzoekers uit Syrië, vooral gezinnen (16%).")
    assert by_value(recs, 16).what == "gezinnen"


@pytest.mark.parametrize(
    "text",
    [
        "(cid:127) gemeenten: 40 aanvragen",  # an undecoded bullet glyph
        "Zie het wetsvoorstel (36 112) over de spreiding.",  # a spaced dossier number
        "Bel 070 456 7890 voor een afspraak.",  # a phone number
        "Er geldt een 6-wekentermijn voor het bezwaar.",  # a term name
        "De 45%-regeling voor onderzoekers is herzien.",  # a rule name
        "Door de 2 metermaatregel was er minder ruimte.",  # a unit compound naming a rule
        "Het project PARTNER 2 loopt door in de regio.",  # a number inside a name
        "Het verslag kent drie paragrafen: opvang, werk en terugkeer.",  # document structure
        "De keuze is: 1) opvang, 2) werk of 3) terugkeer.",  # enumerators
        "Het gehoor mag twee maal worden uitgesteld.",  # repetitions allowed by a rule
        "Per gezin mogen maximaal vier kinderen worden aangemeld.",  # a maximum in a rule
        "De aanpak kent twee sporen. Allereerst wordt de opvang verbeterd.",  # announced list
        "Het plan noemt drie partners: het COA, de IND en de gemeenten.",  # announced list
        "Honderden mensen en duizenden kinderen wachtten.",  # vague quantities
    ],
)
def test_names_codes_glyphs_lists_and_rule_terms_are_no_statistics(text):
    assert [s.value_text for s in stats(text)] == ([] if "(cid" not in text else ["40"])


def test_a_ratio_with_keer_stays_a_figure():
    recs = stats("Het aantal meldingen was twee keer zo hoog als vorig jaar.")
    assert [(s.value, s.unit) for s in recs] == [(2, "other")]


@pytest.mark.parametrize(
    "text, value, direction",
    [
        ("Het aantal visa steeg in 2022 met 14 procent.", 14, "increase"),
        ("Het aantal meldingen nam in 2020 af met 320 tot 1.400.", 320, "decrease"),
        ("De instroom lag 3,5 procentpunt lager dan een jaar eerder.", 3.5, "decrease"),
        ("De kosten lagen 12 procent hoger dan begroot.", 12, "increase"),
        ("Kennismigratie (+7,5%) groeide het sterkst.", 7.5, "increase"),
    ],
)
def test_a_figure_that_is_a_change(text, value, direction):
    assert by_value(stats(text), value).change == direction


def test_the_level_reached_after_a_change_is_no_change():
    recs = stats("Het aantal meldingen nam in 2020 af met 320 tot 1.400.")
    assert (by_value(recs, 1400).change, by_value(recs, 1400).period) == (None, "2020")
    recs = stats("Het team wordt in stappen uitgebreid tot 60 fte in 2026.")
    assert [(s.value, s.unit, s.period) for s in recs] == [(60, "fte", "2026")]


def test_an_event_date_is_no_period_of_its_figures_nor_of_later_ones():
    recs = stats(
        "In 2021 telde het register 5.300 inschrijvingen. Op 1 juni 2022 is het loket in "
        "zes steden geopend. Daar werken 40 medewerkers."
    )
    assert [(s.value, s.period) for s in recs] == [(5300, "2021"), (6, None), (40, None)]


def test_a_count_at_a_moment_takes_the_month_of_its_day():
    recs = stats("Op 31 maart 2021 verbleven 2.900 kinderen in de opvang.")
    assert [(s.value, s.period) for s in recs] == [(2900, "2021-03")]


def test_a_sentence_about_a_count_frames_the_next_and_an_event_does_not():
    recs = stats("In 2020 nam het aantal naturalisaties sterk toe. Het ging om 9.100 personen.")
    assert [(s.value, s.period) for s in recs] == [(9100, "2020")]
    recs = stats("Het nieuwe register is in 2020 ingevoerd. Er staan 9.100 personen in.")
    assert [(s.value, s.period) for s in recs] == [(9100, None)]


def test_a_period_reaches_no_other_paragraph():
    recs = stats("In 2020 kwamen er 700 studenten.", "Zij volgden 35 opleidingen.")
    assert [(s.value, s.period) for s in recs] == [(700, "2020"), (35, None)]


def test_a_share_of_the_figure_before_keeps_its_period():
    recs = stats("In 2022 kwamen 4.200 verzoeken binnen. Daarvan werd twee derde ingewilligd.")
    assert [(s.value, s.unit, s.period) for s in recs] == [
        (4200, "count", "2022"),
        (0.667, "other", "2022"),
    ]


def test_output_stays_linear_in_a_long_sentence_of_figures():
    figures = ", ".join(f"{n} leerlingen" for n in range(200, 1700))
    recs = stats(f"In 2021 telden de scholen {figures}.")
    assert len(recs) == 1500
    total = sum(len(s.sentence) for s in recs)
    assert total <= 1500 * 700  # each record quotes a bounded window, not the sentence
    assert all(s.value_text in s.sentence for s in recs)


def test_week_numbers_identifiers_and_als_in_comparisons():
    assert [s.value for s in stats("In week 12 meldden zich 800 mensen.")] == [800]
    assert [s.value for s in stats("Uitspraak ECLI:NL:RBDHA:2021:5678 betrof 7 zaken.")] == [7]
    recs = stats("De instroom was in 2020 drie keer zo groot als in 2019.")
    assert [(s.value, s.period) for s in recs] == [(3, "2020")]
    recs = stats("Tweederde van de gemeenten deed mee.")
    assert [(s.value, s.unit) for s in recs] == [(0.667, "other")]


def test_scale_words_particles_named_years_and_counts_in_parentheses():
    assert [(s.value, s.value_text) for s in stats("Er kwamen 1,5 duizend plekken bij.")] == [
        (1500, "1,5 duizend")
    ]
    assert by_value(stats("Het aantal meldingen nam met ruim 400 toe."), 400).change == "increase"
    assert by_value(stats("Het aantal zaken nam met 90 af."), 90).change == "decrease"
    recs = stats("Onder de Regeling inburgering 2022 volgden 800 mensen een cursus.")
    assert [(s.value, s.period) for s in recs] == [(800, None)]
    recs = stats("De meeste aanvragers kwamen uit Eritrea (2.300) en Jemen (640).")
    assert [(s.value, s.what) for s in recs] == [(2300, "Eritrea"), (640, "Jemen")]
    assert stats("Daarna komt de opvang aan bod (2).") == []


def test_both_ends_of_a_duration_pair_are_durations():
    assert stats("De wachttijd liep op van 10 naar 16 weken.") == []


def test_a_list_announced_once_is_no_figure_when_named_again():
    recs = stats(
        "Het plan rust op drie pijlers: preventie, opvang en terugkeer.",
        "Met de drie pijlers wil het kabinet de keten versterken. Er doen 25 gemeenten mee.",
    )
    assert [s.value for s in recs] == [25]


# -- work saved on sentences that cannot hold what a grammar looks for ---------------------


def _count_calls(patterns, methods=("search", "match", "finditer"), key=None):
    """Install counting wrappers on registered patterns; returns (calls, undo).

    ``calls`` counts by pattern name, or by ``key(pattern, method name)`` when given."""
    calls = {p.name: 0 for p in patterns} if key is None else {}
    saved = []

    def counting(counted, method):
        def call(*args, **kwargs):
            calls[counted] = calls.get(counted, 0) + 1
            return method(*args, **kwargs)

        return call

    for p in patterns:
        compiled = p.regex  # binds the compiled methods on the pattern
        for name in methods:
            saved.append((p, name, p.__dict__.get(name)))
            counted = p.name if key is None else key(p, name)
            object.__setattr__(p, name, counting(counted, getattr(compiled, name)))

    def undo():
        for p, name, before in saved:
            if before is None:
                object.__delattr__(p, name)
            else:
                object.__setattr__(p, name, before)

    return calls, undo


def test_dated_sentences_without_cue_words_are_not_searched_for_them():
    from emnextract.patterns import statistics as P

    text = (
        "In 2021 opende de school een nieuwe vleugel. In maart 2021 kwam de directeur. "
        "Zij had in 2020 al 14 lokalen geschilderd."
    )
    calls, undo = _count_calls([P.INTENT, P.COUNT_TALK, P.COMPARE, P.COMPARED_BEFORE])
    try:
        found = stats(text)
    finally:
        undo()
    assert [(s.value, s.period) for s in found] == [(14, "2020")]
    assert calls == dict.fromkeys(calls, 0)
    # with a cue word the grammar is asked, and decides
    calls, undo = _count_calls([P.INTENT])
    try:
        stats("In 2021 was het streven dat er 14 lokalen geschilderd zouden zijn.")
    finally:
        undo()
    assert calls["stat.intent"] == 1


def test_a_figure_is_compared_through_its_cue_word_alone():
    found = stats(
        "In 2021 waren er 14 lokalen, tegen 12 in 2020.",
        "In 2021 waren er 15 lokalen, zoals in 2020.",
    )
    assert [(s.value, s.period, s.compared_to and s.compared_to.value) for s in found] == [
        (14, "2021", 12),
        (12, "2020", None),
        (15, "2021", None),
    ]


def _sentences_read_by(monkeypatch, name):
    """The sentences the statistics extractor hands to its function ``name``, in order."""
    import emnextract.extractors.statistics as S

    read = []
    real = getattr(S, name)

    def counting(sentence, *args):
        read.append(sentence)
        return real(sentence, *args)

    monkeypatch.setattr(S, name, counting)
    return read


def test_the_dates_of_a_sentence_without_figures_are_read_only_when_they_can_count(monkeypatch):
    read = _sentences_read_by(monkeypatch, "find_periods")
    # no period is running and nothing is counted: these dates cannot change the context
    assert stats("In 2021 opende de school een vleugel. In maart 2021 kwam de directeur.") == []
    assert read == []
    # a period is running: the dated sentence after it ends it
    found = stats("In 2020 waren er 14 lokalen. In 2021 opende de vleugel. Er waren 3 leraren.")
    assert [(s.value, s.period) for s in found] == [(14, "2020"), (3, None)]
    assert read == [
        "In 2020 waren er 14 lokalen.",
        "In 2021 opende de vleugel.",
        "Er waren 3 leraren.",
    ]
    # count talk: the sentence sets the period of the figures after it
    read.clear()
    found = stats("In 2021 nam het aantal leraren toe. Er waren 3 leraren.")
    assert [(s.value, s.period) for s in found] == [(3, "2021")]
    assert read == ["In 2021 nam het aantal leraren toe.", "Er waren 3 leraren."]


def test_a_sentence_whose_number_stems_stand_inside_other_words_is_not_read(monkeypatch):
    read = _sentences_read_by(monkeypatch, "find_quantities")
    found = stats("Zij deed dat zelf, met veel aandacht. Er waren twaalf leraren.")
    assert [(s.value, s.value_text) for s in found] == [(12, "twaalf")]
    assert read == ["Er waren twaalf leraren."]


def _grammar_calls(text: str) -> tuple[dict[tuple[str, str], int], list[float | int]]:
    """The calls of each registered grammar (name, method) while the statistics of a
    one-paragraph document are read, and the values found."""
    from emnextract.patterns.grammar import REGISTRY

    calls, undo = _count_calls(REGISTRY.values(), key=lambda p, name: (p.name, name))
    try:
        doc = Document(
            source=Source(path="x", sha256="0", kind="text", year=2021),
            paragraphs=[Para(text=text, section="1", kind="body")],
        )
        found = [s.value for s in extract_statistics(doc, [])]
    finally:
        undo()
    return calls, found


def test_what_stands_before_a_figure_is_matched_at_its_end_and_asked_only_with_its_word():
    text = (
        "In 2020 kwamen er ruim 1.200 leerlingen bij, een stijging van 15 procent; "
        "de kosten stegen met 3 miljoen euro tot 40 miljoen euro. Het project telt "
        "12 scholen met gemiddeld 30 leraren."
    )
    calls, found = _grammar_calls(text)
    assert found == [1200, 15, 3_000_000, 40_000_000, 12, 30]
    # the grammars of what stands right before a figure are read backwards from it: one
    # attempt at its start, never a search of the text before it
    searched = sorted(n for (n, m) in calls if m == "search" and n.endswith("-before"))
    reverse = {"stat.change-before", "stat.reference-or-age-before"}
    reverse |= {"num.hedge-before", "stat.bound-or-norm-before"}
    assert not reverse & set(searched), searched
    # a word of change and "met" are asked together: one attempt per figure at most
    assert calls[("stat.change-before", "match")] <= len(found)
    parts = {"stat.increase-before", "stat.decrease-before", "stat.met-before"}
    assert not parts & {n for (n, m) in calls}
    # no "aantal" before a figure: the grammar of "het aantal X" is not asked
    assert ("stat.count-of", "finditer") not in calls
    calls, found = _grammar_calls("Het aantal leerlingen steeg tot 1.400 in 2021.")
    assert found == [1400]
    assert calls[("stat.count-of", "finditer")] == 1


def test_a_day_of_a_date_or_a_duration_is_turned_down_before_what_a_figure_belongs_to():
    calls, found = _grammar_calls("Vanaf 1 januari 2021 geldt een termijn van 12 weken.")
    assert found == []
    # the day and the duration are no statistics: that is read from the words after them,
    # before the tests of names, codes, lists and rules are asked
    # one attempt each at the day and the duration: the three grammars asked as one
    assert calls[("stat.time-or-date-after", "match")] == 2
    assert not {("stat.time-after", "match"), ("stat.date-after", "match")} & set(calls)
    assert ("stat.name-compound-after", "match") not in calls
    assert ("stat.structure-after", "match") not in calls
    calls, found = _grammar_calls("Vanaf 1 januari 2021 kwamen er 12 gezinnen.")
    assert found == [12]
    assert calls[("stat.name-compound-after", "match")] == 1
    assert ("stat.compound-after", "match") not in calls  # asked as part of the one


def test_a_paragraph_without_a_figure_is_not_read_for_dates_or_sentences(monkeypatch):
    import emnextract.extractors.dates as D

    read: list[str] = []
    real = D.date_cores

    def reading(text, *args):
        read.append(text)
        return real(text, *args)

    monkeypatch.setattr(D, "date_cores", reading)
    spans = _sentences_read_by(monkeypatch, "find_periods")
    found = stats(
        "In 2020 kwamen er 14 leraren bij.",
        "In maart nam het aantal leerlingen sterk toe, zoals in april.",
        "In mei waren er 30 klassen.",
    )
    # the month of the second paragraph takes the running year and frames nothing past
    # its own paragraph: unread, it changes nothing
    assert [(s.value, s.period) for s in found] == [(14, "2020"), (30, "2020-05")]
    assert not any("maart" in text for text in read) and read
    assert not any("maart" in sentence for sentence in spans)


def test_a_sentence_is_asked_once_whether_it_speaks_of_a_count(monkeypatch):
    read = _sentences_read_by(monkeypatch, "_count_talk")
    found = stats("In 2021 nam het aantal leraren toe. Er waren 3 leraren.")
    assert [(s.value, s.period) for s in found] == [(3, "2021")]
    assert read == ["In 2021 nam het aantal leraren toe."]


def test_a_sentence_whose_figures_are_bare_years_is_not_read_for_figures(monkeypatch):
    read = _sentences_read_by(monkeypatch, "find_quantities")
    found = stats(
        "In 2019 en 2020 sprak de raad. In 2021 kwamen er 12 gezinnen, tegen 2019 "
        "procent meer dan in 2018."
    )
    assert [s.value for s in found] == [12, 2019]
    assert read == ["In 2021 kwamen er 12 gezinnen, tegen 2019 procent meer dan in 2018."]


def test_a_sentence_of_days_durations_and_years_is_not_read_for_figures(monkeypatch):
    read = _sentences_read_by(monkeypatch, "find_quantities")
    found = stats(
        "Op 1 januari 2021 begon de regeling, met een termijn van 12 weken. "
        "Sinds 3 maart kwamen er 40 gezinnen. De school telt 2 dagen: maandag en dinsdag."
    )
    assert [s.value for s in found] == [40]
    # the first sentence holds a day, a year and a duration alone; the last a duration
    # that announces a list, which is read in full (it names the list for later)
    assert read == [
        "Sinds 3 maart kwamen er 40 gezinnen.",
        "De school telt 2 dagen: maandag en dinsdag.",
    ]


def test_a_fraction_stem_of_another_sentence_does_not_make_a_sentence_read(monkeypatch):
    read = _sentences_read_by(monkeypatch, "find_quantities")
    found = stats("De helft van de leraren kwam. In 2021 opende de school een vleugel.")
    assert [(s.value, s.value_text) for s in found] == [(0.5, "De helft")]
    assert read == ["De helft van de leraren kwam."]


def test_bare_figures_told_as_no_statistic_are_none_when_read_in_full():
    from emnextract.extractors.numbers import bare_figures_only, find_quantities, number_anchors
    from emnextract.extractors.sentences import sentence_spans
    from emnextract.extractors.statistics.figures import (
        announces_list,
        code_spans,
        is_bare_non_statistic,
        is_statistic,
    )

    own = [
        "Op 1 januari 2021 begon het, met een termijn van 12 weken voor 18-jarigen.",
        "Vanaf 2 februari: de nieuwe regels, sinds 1995 en tot 19637 keer.",
        "Er waren 2 dagen: maandag en dinsdag.",  # announces a list: read in full
        "Het kost € 12 per week en 3 maanden later 4,5 procent.",
        "In 2021 kwamen er 12 gezinnen bij, 3 meer dan in 2020.",
    ]
    texts = [*own, *REFERENCE.read_text(encoding="utf-8").split("\n\n")]
    told = 0
    for text in texts:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            starts, fractions = number_anchors(sentence)
            if starts or fractions or not bare_figures_only(sentence, is_bare_non_statistic):
                continue
            told += 1
            quantities = find_quantities(sentence)
            codes = code_spans(sentence, quantities)
            for q in quantities:
                assert not is_statistic(sentence, q, codes), (sentence, q)
                assert not announces_list(sentence, q), (sentence, q)
    assert told > 50
    assert not bare_figures_only(own[2], is_bare_non_statistic)
    assert not bare_figures_only(own[3], is_bare_non_statistic)
    assert not bare_figures_only(own[4], is_bare_non_statistic)
    assert bare_figures_only(own[0], is_bare_non_statistic)


def test_a_sentence_is_folded_once_for_all_its_word_lists(monkeypatch):
    import emnextract.extractors.statistics as S
    import emnextract.extractors.statistics.comparisons as Cm
    import emnextract.extractors.statistics.periods as Pe
    from emnextract.patterns.grammar import fold

    folded: list[str] = []

    def counting(text):
        folded.append(text)
        return fold(text)

    for module in (S, Cm, Pe):
        monkeypatch.setattr(module, "fold", counting)
    found = stats("In 2021 was het streven 14 lokalen, tegen 12 in 2020.")
    assert [(s.value, s.period) for s in found] == [(14, "2021"), (12, "2020")]
    # periods, comparison words and a plan are looked for in one fold of the sentence
    assert folded == ["In 2021 was het streven 14 lokalen, tegen 12 in 2020."]


def test_the_category_before_a_share_is_searched_only_after_a_parenthesis():
    calls, found = _grammar_calls(
        "Van de leerlingen kwam 40 procent uit Syrië (21 procent) en 12 procent uit Irak."
    )
    assert found == [40, 21, 12]
    assert calls[("stat.paren-category", "search")] == 1  # at "(21 procent)" alone
    found = stats("Van de leerlingen kwam 40 procent uit Syriërs (21 procent).")
    assert by_value(found, 21).what == "Syriërs"  # the category of a share in parentheses


def test_the_sentences_of_a_paragraph_are_asked_for_a_digit_once_past_the_last_found():
    # one figure, then many sentences without a digit, number word or date: the first
    # digit after each sentence's start is found by walking on, not by a search of each
    topics = "water bodem lucht geluid afval energie wonen werk zorg onderwijs".split()
    quiet = " ".join(f"Daarna kwam er overleg over {topic}." for topic in topics)
    calls, found = _grammar_calls("Er waren toen 14 lokalen. " + quiet)
    assert found == [14]
    assert calls[("stat.digit", "search")] <= 5
    # a digit further on is still found, in its own sentence
    calls, found = _grammar_calls("Er waren 14 lokalen. " + quiet + " Later waren er 17 lokalen.")
    assert found == [14, 17]
    assert calls[("stat.digit", "search")] <= 6


def test_the_dates_of_a_paragraph_stating_no_figure_nor_speaking_of_a_count_are_not_read(
    monkeypatch,
):
    from emnextract.document import Readings

    read = []
    real = Readings.read_dates_of

    def reading(self, texts):
        texts = list(texts)
        read.extend(texts)
        return real(self, texts)

    monkeypatch.setattr(Readings, "read_dates_of", reading)
    bare = (
        "In 2019 en 2020 kwam de raad bijeen op 1 januari en 3 maart. Het verslag volgde in 2021."
    )
    talk = "In 2019 steeg het aantal vergaderingen. Zij duurden 12 weken."
    figure = "In 2020 waren er 14 lokalen."
    words = "Daar stonden twee lokalen."
    reference = "Zo staat het in artikel 3 van de regeling van 12 maart 2019."
    found = stats(bare, talk, figure, words, reference)
    assert [(s.value, s.period) for s in found] == [(14, "2020"), (2, None)]
    # the first and the last state no figure (a reference number is none) and cannot
    # speak of a count: their dates frame nothing
    assert read == [talk, figure, words]
