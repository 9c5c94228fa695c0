"""The Dutch number grammar on phrases from the reference report."""

import pytest

from emnextract.extractors.numbers import find_quantities, word_value


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, unit, written",
    [
        ("In 2019 werden er in totaal 29.435 asielaanvragen gedaan", 29435, "count", "29.435"),
        ("lag in 2019 op 723.825 visa in totaal", 723825, "count", "723.825"),
        ("ruim 1.000.000 reizigers", 1000000, "count", "1.000.000"),
        ("een daling van maar liefst 23,6 procent", 23.6, "percent", "23,6 procent"),
        ("gestegen met 10,7% ten opzichte van", 10.7, "percent", "10,7%"),
        ("een toename van ongeveer 10.7 procent", 10.7, "percent", "10.7 procent"),
        ("Syriërs (16%), gevolgd door", 16, "percent", "16%"),
        ("trekt het kabinet 134 miljoen euro uit", 134_000_000, "eur", "134 miljoen euro"),
        ("een budget van € 1,5 miljoen", 1_500_000, "eur", "€ 1,5 miljoen"),
        ("in totaal 2,3 miljard euro", 2_300_000_000, "eur", "2,3 miljard euro"),
        ("nog eens 150 fte uitgebreid", 150, "fte", "150 fte"),
        ("al 200 extra fte geworven", 200, "fte", "200 extra fte"),
        ("zo'n zestig Vietnamese kinderen", 60, "count", "zestig"),
        ("Onder hen waren tachtig Vietnamese kinderen.", 80, "count", "tachtig"),
        ("zijn er in 2019 drie speciale ketenmariniers aangesteld", 3, "count", "drie"),
        ("twaalfduizend aanvragen", 12000, "count", "twaalfduizend"),
        ("eenentwintig gemeenten", 21, "count", "eenentwintig"),
        ("twee keer zoveel", 2, "other", "twee keer"),
    ],
)
def test_formats(text, value, unit, written):
    q = [q for q in find_quantities(text) if q.text == written]
    assert len(q) == 1, find_quantities(text)
    assert q[0].value == value
    assert type(q[0].value) is type(value)
    assert q[0].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "ca. 24% van de aanvragen",
        "ongeveer 1.842 eerste asielaanvragen",
        "ruim tien relocaties",
        "zo’n zestig kinderen",
        "bijna 300 mensen",
        "meer dan 3.500 nieuwe banen",
        "circa 1.750 kinderen",
        "een tiental gevallen",
    ],
)
def test_approximation_words(text):
    assert one(text).approx


def test_exact_figure_is_not_approximate():
    assert not one("bedroeg 22.533 eerste aanvragen").approx


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet heeft wel aan één extra partij genoeg",  # article, not a count
        "is een regeling uit 2013-2014",  # year range
        "meer informatie is te vinden in paragraaf 5.2.2",  # section number
        "zie paragraaf 4.2 en verder",  # a bare x.y is a section number, not 4,2
        "een van de honderden minderjarige asielzoekers",  # vague plural
        "duizenden mensen",
        "tientallen gemeenten",
        "De tweede wijziging houdt in",  # ordinal
        "Dit is het twaalfde EMN Jaaroverzicht",  # ordinal
        "EU-sanctieverordening Iran (2012/267)",  # act number
        "HvJ-EU, C-133/15",  # case number
        "de 1e aanvraag en het G4-overleg",  # glued to letters
        "aan de zespijler-agenda",  # number inside a word
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_word_values():
    assert word_value("twaalfduizend") == 12000
    assert word_value("zestig") == 60
    assert word_value("een") is None
    assert word_value("één") is None
    assert word_value("tiental") == 10


def test_spans_point_at_the_figure():
    text = "kost € 1,5 miljoen per jaar"
    q = one(text)
    assert text[q.start : q.end] == "€ 1,5 miljoen"
    assert text[q.num_start : q.num_end] == "1,5"


@pytest.mark.parametrize(
    "text, found",
    [
        ("structureel 2-4 Mton CO2-reductie", [(2, "other"), (4, "other")]),
        ("bufferstroken van 100-250 meter", [(100, "other"), (250, "other")]),
        ("een korting van 10–15 procent", [(10, "percent"), (15, "percent")]),
        ("tussen 1,5-2,5 miljoen euro", [(1_500_000, "eur"), (2_500_000, "eur")]),
        ("in de jaren 2018-2019", []),
        ("jongeren van 18-30 jaar", []),
    ],
)
def test_dash_ranges_with_a_unit(text, found):
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


def test_a_hedge_before_a_range_covers_both_bounds():
    found = find_quantities("ongeveer 2 à 4 procent, en 0,1 tot 2,8 Mton")
    assert [(q.value, q.approx) for q in found] == [
        (2, True),
        (4, True),
        (0.1, False),
        (2.8, False),
    ]


def test_van_naar_shares_the_unit_of_the_new_value():
    found = find_quantities("Wanneer het peil van 40 naar 20 cm onder maaiveld beweegt")
    assert [(q.value, q.unit) for q in found] == [(40, "other"), (20, "other")]
    found = find_quantities("licht gedaald, van 30.370 naar 29.430")
    assert [(q.value, q.unit) for q in found] == [(30370, "count"), (29430, "count")]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Een derde van de reizigers kwam per trein.", "Een derde", 0.333),
        ("en twee derde daarvan bleef langer", "twee derde", 0.667),
        ("ruim de helft van de aanvragers", "de helft", 0.5),
        ("van wie een kwart alleen reisde", "een kwart", 0.25),
        ("Bijna driekwart van de scholen", "driekwart", 0.75),
        ("drie vijfde van het budget", "drie vijfde", 0.6),
        ("een vijfde was jonger", "een vijfde", 0.2),
    ],
)
def test_fractions_are_ratios_with_unit_other(text, written, value):
    q = one(text)
    assert (q.text, q.value, q.unit) == (written, value, "other")


@pytest.mark.parametrize(
    "text",
    [
        "een derde land buiten de EU",  # ordinal
        "bij een derde aanvraag",
        "in de tweede helft van het jaar",  # a part of a year, no ratio
        "een kwart eeuw later",  # a time
    ],
)
def test_ordinals_and_times_are_no_fractions(text):
    assert [q for q in find_quantities(text) if q.fraction] == []


def test_hedges_reach_fractions_and_both_ends_of_tussen():
    assert one("Ruim een derde van de leden stemde voor").approx
    found = find_quantities("er wachtten tussen de 300 en 450 gezinnen")
    assert [(q.value, q.approx) for q in found] == [(300, True), (450, True)]
    found = find_quantities("Tussen 12 en 18 procent van de scholen")
    assert [(q.value, q.unit, q.approx) for q in found] == [
        (12, "percent", True),
        (18, "percent", True),
    ]


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        ("groeide tot 14 pct. van alle banen", "14 pct.", 14, "percent"),
        ("lag 2,5 procentpunt lager", "2,5 procentpunt", 2.5, "other"),
        ("een premie van € 750,- per persoon", "€ 750,-", 750, "eur"),
        ("een groei van 8.4 procent", "8.4 procent", 8.4, "percent"),
        ("met drieëntwintig vrijwilligers", "drieëntwintig", 23, "count"),
    ],
)
def test_units_signs_and_word_forms(text, written, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit) == (written, value, unit)


def test_a_plus_sign_stays_in_the_text_and_marks_the_figure():
    q = one("de kosten (+6,2%) liepen op")
    assert (q.text, q.value, q.sign) == ("+6,2%", 6.2, "+")


@pytest.mark.parametrize(
    "text, counted",
    [
        ("De rechter acht het beroep gegrond.", False),
        ("Zij acht zich benadeeld door de regeling.", False),
        ("De dienst acht aannemelijk dat de termijn is verstreken.", False),
        ("Het college acht op grond van het advies een boete passend.", False),
        ("De minister zal acht slaan op het oordeel van de Raad.", False),
        ("Daarbij zijn de regels in acht genomen.", False),
        ("Het ministerie acht die bezwaren ongegrond.", False),
        ("In acht gemeenten start een proef.", True),
        ("Het gaat om acht nieuwe opvanglocaties.", True),
        ("Acht van de tien aanvragers kreeg een verblijfsvergunning.", True),
        ("Het aantal steeg met acht procent.", True),
        ("Er kwamen acht EU-lidstaten bijeen.", True),
    ],
)
def test_acht_is_a_number_only_when_it_counts_something(text, counted):
    """ "acht" is also the verb achten: a number only before what it counts."""
    found = [q.value for q in find_quantities(text)]
    assert (8 in found) is counted


class _Counting:
    """A compiled grammar that counts the calls of each of its methods."""

    def __init__(self, compiled, calls, key):
        self.compiled, self.calls, self.key = compiled, calls, key

    def __getattr__(self, method):
        found = getattr(self.compiled, method)

        def call(*args, **kwargs):
            self.calls[f"{self.key}.{method}"] = self.calls.get(f"{self.key}.{method}", 0) + 1
            return found(*args, **kwargs)

        return call


def test_the_grammars_around_a_figure_are_asked_only_where_they_can_match(monkeypatch):
    import emnextract.extractors.numbers as N

    calls: dict[str, int] = {}
    for name in ("_DIGITS", "_SCALE", "_UNIT_AFTER", "_EURO_BEFORE", "_PLUS", "_PRICE_DASH"):
        monkeypatch.setattr(N, name, _Counting(getattr(N, name), calls, name))
    found = find_quantities("Er kwamen 300 asielzoekers en 12 gezinnen aan in 2019.")
    assert [q.value for q in found] == [300, 12, 2019]
    # num.digits is tried once at each run of digits, not at every position; no word
    # after a figure begins as a unit or scale word, no currency or plus sign before one
    assert calls == {"_DIGITS.match": 3}
    calls.clear()
    found = find_quantities("kosten van € 2.000,- en +12,4% en 3 miljoen euro")
    assert [(q.value, q.unit, q.sign) for q in found] == [
        (2000, "eur", None),
        (12.4, "percent", "+"),
        (3_000_000, "eur", None),
    ]
    assert calls["_PRICE_DASH.match"] == 1 and calls["_PLUS.search"] == 1
    calls.clear()
    # a figure with a unit word of its own is no amount of euros: the currency before it
    # is not asked about
    found = find_quantities("een korting van € 5 procent op de prijs")
    assert [(q.value, q.unit) for q in found] == [(5, "percent")]
    assert "_EURO_BEFORE.search" not in calls


def test_the_hedge_before_a_figure_is_matched_at_its_end_not_searched(monkeypatch):
    import emnextract.extractors.numbers as N

    calls: dict[str, int] = {}
    monkeypatch.setattr(N, "_APPROX_BEFORE", _Counting(N._APPROX_BEFORE, calls, "hedge"))
    found = find_quantities("Er kwamen ruim 300 mensen en 12 gezinnen, circa\n40 kinderen.")
    assert [(q.value, q.approx) for q in found] == [(300, True), (12, False), (40, True)]
    # "en 12": no hedge or article ends the text before the figure, so it is not asked
    assert calls == {"hedge.match": 2}


def test_the_text_before_every_hedged_figure_ends_as_a_hedge_or_an_article():
    from pathlib import Path

    from emnextract.patterns.grammar import fold
    from emnextract.patterns.numbers import APPROX_BEFORE, HEDGE_BEFORE, HEDGE_ENDINGS

    texts = [f"{w} " for w in APPROX_BEFORE] + ["Ruim De\t "]
    texts += [f"er waren {w.upper()}  het " for w in APPROX_BEFORE]
    texts += [f"({w}\n" for w in APPROX_BEFORE]
    reference = Path(__file__).resolve().parents[1] / "fixtures" / "emn2019-part1.txt"
    for line in reference.read_text(encoding="utf-8").splitlines():
        texts += [line[:i] for i in range(1, len(line)) if line[i - 1].isspace()]
    hedged = 0
    for text in texts:
        lo = max(0, len(text) - 24)
        if HEDGE_BEFORE.regex.match(text, lo) is not None:
            hedged += 1
            assert fold(text[lo:].rstrip()).endswith(HEDGE_ENDINGS), text
    assert hedged > 2 * len(APPROX_BEFORE)


def test_the_hedge_of_a_range_is_asked_only_where_tussen_stands(monkeypatch):
    import emnextract.extractors.numbers as N

    calls: dict[str, int] = {}
    monkeypatch.setattr(N, "_RANGE_HEDGE", _Counting(N._RANGE_HEDGE, calls, "range"))
    found = find_quantities("Er kwamen 300 mensen en 12 gezinnen, 5 à 6 procent meer.")
    assert [q.approx for q in found] == [False, False, False, False]
    assert calls == {}
    found = find_quantities("Er kwamen TUSSEN de 300 en 400 mensen, 5 à 6 procent meer.")
    assert [q.approx for q in found] == [True, True, False, False]
    assert calls == {"range.search": 3}


def test_number_anchors_are_the_number_words_and_fraction_stems_of_a_paragraph():
    from pathlib import Path

    from emnextract.extractors.numbers import number_anchors, word_number_starts
    from emnextract.patterns.numbers import FRACTION_STEMS

    texts = [
        "Zij deed het zelf: twee derde van de twaalf scholen, de helft van de rest.",
        "Een vierde deel; ruim Twintig leraren; het tiental; VIERDE; acht-ste.",
        "Geen getal hier, alleen aandacht en verwachting.",
        "Een kwart van de vİerde groep",
    ]
    root = Path(__file__).resolve().parent.parent
    texts += (root / "fixtures" / "emn2019-part1.txt").read_text(encoding="utf-8").split("\n\n")
    for text in texts:
        starts, fractions = number_anchors(text)
        found = [q.start for q in find_quantities(text) if q.word and not q.fraction]
        assert set(found) <= set(starts) <= set(word_number_starts(text)), text
        stems = any(stem in text.lower() for stem in FRACTION_STEMS)
        assert fractions == stems or (fractions and "İ" in text), text
    assert number_anchors("Zij deed het zelf, met aandacht.") == ([], False)
    # a fraction stem is looked for where its number stem stands, overlapping or not
    assert number_anchors("negenegende")[1] and number_anchors("HELFT")[1]
    assert not number_anchors("negen vier elf tien")[1]
    assert number_anchors("de vİerde")[1]  # "vierde" letter by letter; searched, not found
    assert number_anchors("De helft van twaalf.") == ([13], True)


def test_number_anchors_of_many_texts_are_those_of_each_text_alone():
    from emnextract.extractors.numbers import number_anchors, number_anchors_of

    texts = [
        "Twee derde van de twaalf scholen.",
        "negenegende",  # a self-overlapping stem, the fraction over its overlap
        "HELFT",  # "elf" at 1: the fraction needs the letter before the stem
        "elf",  # ... which the text before it (across the join) never gives
        "-twee en zes-tig",  # a stem after a hyphen at the text's start
        "",
        "de vİerde groep en een Σ achttal",  # a letter that lowers to two letters
        "kwart",
        "negen vier elf tien",
        "twaalfduizend",
    ]
    assert number_anchors_of(texts) == [number_anchors(t) for t in texts]
    assert number_anchors_of(texts[::-1]) == [number_anchors(t) for t in texts[::-1]]
    assert number_anchors_of([]) == []


def test_statistics_reads_the_number_stems_of_a_document_in_one_pass(monkeypatch):
    import emnextract.extractors.numbers as N
    import emnextract.extractors.statistics as S
    from emnextract.document import Document, Para
    from emnextract.model import Source

    calls: list[int] = []
    real = N._stem_words_of

    def counting(texts):
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(N, "_stem_words_of", counting)
    paras = [
        Para(text="In 2020 kwamen er twaalf scholen bij."),
        Para(text="Een derde daarvan ligt in het noorden."),
        Para(text="Het aantal steeg tot 1.250 leerlingen."),
    ]
    doc = Document(
        source=Source(path="t", sha256="0" * 64, kind="text", year=2020), paragraphs=paras
    )
    found = S.extract_statistics(doc)
    assert calls == [3]
    assert [s.value for s in found][-1] == 1250


def test_number_stems_are_searched_a_batch_of_texts_at_a_time(monkeypatch):
    import emnextract.extractors.numbers as N
    import emnextract.patterns.grammar as G

    texts = [f"de {w} scholen, een derde in het {w}de jaar" for w in ("vier", "elf", "zes") * 12]
    texts += ["de vİerde groep", "negenegende"]  # a letter lowering to two; an overlap
    alone = [N.number_anchors(t) for t in texts]
    joined: list[int] = []  # the characters of each batch read joined
    batch = N._stem_words_of_batch

    def spy(part):
        joined.append(sum(map(len, part)) + len(part) - 1)
        return batch(part)

    monkeypatch.setattr(N, "_stem_words_of_batch", spy)
    monkeypatch.setattr(G, "BATCH_CHARS", 200)
    assert N.number_anchors_of(texts) == alone
    assert len(joined) > 1 and max(joined) <= 200  # never all the texts at once


def test_stems_are_found_in_an_ascii_image_of_the_lowered_text():
    from emnextract.extractors.numbers import _ascii_lowered
    from emnextract.patterns.numbers import FRACTION_STEMS, WORD_NUMBER_STEMS

    texts = [
        "Ruim TWINTIG leraren en één derde; zo’n Tweehonderd.",
        "de vİerde groep",  # "İ" lowers to two letters, the first an "i"
        "\u212aWART en \u212aWEE",  # the Kelvin sign lowers to a "k"
        "ΣΑΣ twee ſes zeſtig",  # a final sigma; a long s lowers to itself
        "ZES\udc80ZEVEN",  # a lone surrogate
    ]
    for text in texts:
        low = _ascii_lowered(text)
        assert len(low) == len(text) and low.isascii()
        # the text lowered letter by letter, one character for one
        by_letter = "".join(c.lower()[0] for c in text)
        for stem in (*WORD_NUMBER_STEMS, *FRACTION_STEMS):
            want = [i for i in range(len(text)) if by_letter.startswith(stem, i)]
            got = [i for i in range(len(text)) if low.startswith(stem.encode(), i)]
            assert got == want, (text, stem)
    assert _ascii_lowered("de vİerde") == b"de vierde"
    assert _ascii_lowered("Één Keer") == b"??n keer"


def test_a_text_of_bare_years_is_told_without_reading_its_figures():
    from pathlib import Path

    from emnextract.extractors.numbers import bare_years_only, number_anchors

    def bare(q):
        return (
            not q.word
            and q.text.isdigit()
            and len(q.text) == 4
            and 1900 <= q.value <= 2099
            and (q.start, q.end, q.unit) == (q.num_start, q.num_end, "count")
        )

    assert bare_years_only("In 2019 en 2020 kwam de commissie bijeen; sinds 1995 al.")
    assert bare_years_only("Geen cijfer hier.")
    for text in [
        "In 2019 waren het er 300.",  # another figure
        "Een stijging van 2019 procent.",  # a unit of its own
        "Het kost € 2019 per jaar.",  # a currency
        "Het kost 2019,- per jaar.",
        "Het saldo was +2019 in totaal.",
        "Het was 2019,5 gemiddeld.",  # decimals
        "Het budget is 2019 miljoen.",  # a scale
        "De jaren 2019-2021 waren druk.",  # a dash between figures
        "In 1899 begon het.",  # no year of the rule
    ]:
        assert not bare_years_only(text), text
    root = Path(__file__).resolve().parent.parent
    texts = (root / "fixtures" / "emn2019-part1.txt").read_text(encoding="utf-8").split("\n\n")
    told = 0
    for text in texts:
        starts, fractions = number_anchors(text)
        if not starts and not fractions and bare_years_only(text):
            told += 1
            assert all(bare(q) for q in find_quantities(text)), text
    assert told > 10


def test_stems_that_open_alike_are_found_by_one_search_each_place_they_start():
    import emnextract.extractors.numbers as N
    from emnextract.patterns.numbers import FRACTION_STEMS, WORD_NUMBER_STEMS

    low = "negenegende twintigtwee zeszeven tweeëntwintig achttiende driekwart derde elfde"
    hits = N._stem_hits(low)
    for stem in (*WORD_NUMBER_STEMS, *FRACTION_STEMS):
        every = [i for i in range(len(low)) if low.startswith(stem, i)]
        if any(stem in group for _, group in N._STEM_SEARCHES):
            assert hits.get(stem, []) == every, stem
        else:
            assert stem not in hits  # a fraction stem holding a number stem is not searched
    # the ones a scan from the left finds: "negen" at 0, not again at 4 (it overlaps)
    assert list(N._apart(hits["negen"], 5)) == [0]
    assert list(N._apart([0, 4, 5, 9, 10], 5)) == [0, 5, 10]
    # one search per opening letter, not one per stem
    assert len(N._STEM_SEARCHES) == len({s[0] for s in WORD_NUMBER_STEMS + N._FRACTION_STEMS_ALONE})
