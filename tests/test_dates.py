"""The Dutch date grammar: each expression the reports use, and numbers that are not dates."""

import pytest

from emnextract.extractors.dates import date_cores, find_dates, parse_date


def one(text, context_year=None):
    found = find_dates(text, context_year=context_year)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, span, date, precision",
    [
        ("is per 1 mei 2019 afgeschaft", "per 1 mei 2019", "2019-05-01", "day"),
        (
            "met ingang van 1 januari 2019 geldt",
            "met ingang van 1 januari 2019",
            "2019-01-01",
            "day",
        ),
        ("vanaf 1 december 2019 kunnen", "vanaf 1 december 2019", "2019-12-01", "day"),
        ("sinds juli 2019 is", "sinds juli 2019", "2019-07", "month"),
        ("Op 28 juni 2019 is de regeling gewijzigd", "Op 28 juni 2019", "2019-06-28", "day"),
        ("loopt tot en met 31 mei 2019.", "tot en met 31 mei 2019", "2019-05-31", "day"),
        ("moet uiterlijk 1 april 2020 klaar zijn", "uiterlijk 1 april 2020", "2020-04-01", "day"),
        ("wordt medio 2020 verwacht", "medio 2020", "2020", "year"),
        ("is eind 2019 besloten", "eind 2019", "2019", "year"),
        ("Begin 2019 hebben de partijen", "Begin 2019", "2019", "year"),
        ("start in de zomer van 2020", "in de zomer van 2020", "2020-06", "season"),
        ("in de tweede helft van 2019 gestart", "in de tweede helft van 2019", "2019-07", "half"),
        (
            "vanaf het studiejaar 2020-2021 geldt",
            "vanaf het studiejaar 2020-2021",
            "2020-09",
            "academic_year",
        ),
        ("geraadpleegd op 30-4-2020.", "op 30-4-2020", "2020-04-30", "day"),
        ("treedt op 01-07-2021 in werking", "op 01-07-2021", "2021-07-01", "day"),
        ("per 1 jan. 2020 geldt", "per 1 jan. 2020", "2020-01-01", "day"),
        ("in Q3 2020 gepland", "in Q3 2020", "2020-07", "quarter"),
        ("in het najaar van 2019", "in het najaar van 2019", "2019-09", "season"),
        ("in de maand januari van 2019 lager", "januari van 2019", "2019-01", "month"),
    ],
)
def test_expressions(text, span, date, precision):
    d = one(text)
    assert (d.text, d.date, d.precision, d.inferred) == (span, date, precision, False)


def test_date_split_over_a_line_break_is_one_span():
    d = one("werd de regeling per\n 1 oktober 2019 aangepast")
    assert d.date == "2019-10-01" and d.text.startswith("per") and d.prep == "per"


def test_day_month_takes_the_nearest_preceding_year_and_is_marked_inferred():
    found = find_dates("In 2019 is besloten dat per 1 november een nieuwe regeling geldt.", 2018)
    assert [(d.date, d.inferred) for d in found] == [("2019", False), ("2019-11-01", True)]


def test_context_year_is_the_fallback():
    d = one("Het eerste kwartaal verliep rustig.", context_year=2020)
    assert (d.date, d.precision, d.inferred) == ("2020-01", "quarter", True)


def test_a_year_inside_a_name_does_not_set_the_context():
    found = find_dates("Op grond van het Vreemdelingenbesluit 2000 geldt per 1 juni een eis.", 2019)
    assert found[0].anchored is False
    assert found[1].date == "2019-06-01" and found[1].inferred


def test_coordinated_month_takes_the_year_of_its_partner():
    found = find_dates("begon de IND in maart en oktober 2019 met het verzenden")
    assert [d.date for d in found] == ["2019-03", "2019-10"]


def test_without_any_year_the_span_is_found_but_not_normalised():
    d = one("per 1 november gaat het in")
    assert d.date is None and d.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "op grond van artikel 3.1 van de wet",
        "er waren 2.700 aanvragen",
        "binnen 12 weken",
        "jongeren van 18 tot en met 30 jaar",
        "een bedrag van 29.435 euro",
        "zie paragraaf 5.2.2",
        "een zomerregeling",
        "de zomer- en winterroosters",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, context_year=2019) == []


def test_invalid_calendar_date_is_rejected():
    assert find_dates("op 31-02-2019") == []


def test_day_range_starts_on_its_first_day_and_keeps_its_end():
    d = one("van 1 tot en met 5 juli 2019 gesloten")
    assert (d.text, d.date, d.end_date) == (
        "van 1 tot en met 5 juli 2019",
        "2019-07-01",
        "2019-07-05",
    )


def test_year_range_keeps_its_end():
    d = one("in de periode 2015-2019")
    assert (d.date, d.end_date, d.precision) == ("2015", "2019", "year")


def test_first_and_second_half_of_a_year():
    text = (
        "De concentratieberekeningen worden in de eerste helft van 2023 door het NLR "
        "uitgevoerd en in de tweede helft van 2023 aan de Kamer gestuurd."
    )
    assert [(d.text, d.date, d.precision) for d in find_dates(text)] == [
        ("in de eerste helft van 2023", "2023-01", "half"),
        ("in de tweede helft van 2023", "2023-07", "half"),
    ]


def test_a_bare_year_listed_after_an_anchored_one_shares_its_anchor():
    text = "Ambities voor 2030 en 2050 helpen de stap te zetten naar een circulaire economie."
    assert [(d.date, d.anchored) for d in find_dates(text)] == [("2030", True), ("2050", True)]
    named = find_dates("Het Vreemdelingenbesluit 2000 en de Vreemdelingenwet 2000 gelden.")
    assert [d.anchored for d in named] == [False, False]


# --- forms of the one date grammar (measures, statistic periods, citation dates) ---


@pytest.mark.parametrize(
    "text, date_text, modifier",
    [
        ("Begin 2024 opent het loket.", "Begin 2024", "start"),
        ("Het plan komt medio 2023 gereed.", "medio 2023", "mid"),
        ("Halverwege 2021 stopte de pilot.", "Halverwege 2021", "mid"),
        ("De wet is eind mei 2020 ingediend.", "eind mei 2020", "end"),
        ("Aan het einde van 2018 sloot het loket.", "Aan het einde van 2018", "end"),
        (
            "In het vierde kwartaal van 2020 volgde een besluit.",
            "In het vierde kwartaal van 2020",
            None,
        ),
    ],
)
def test_modifier_keeps_the_unit_and_names_the_part(text, date_text, modifier):
    d = one(text)
    assert (d.text, d.modifier_kind) == (date_text, modifier)
    if "mei" in date_text:
        assert (d.date, d.precision) == ("2020-05", "month")


def test_weekday_and_abbreviated_preposition_belong_to_the_date():
    d = one("Op woensdag 4 maart 2020 besloot de raad")
    assert (d.text, d.date, d.prep) == ("Op woensdag 4 maart 2020", "2020-03-04", "op")
    d = one("De regel geldt m.i.v. 1 februari 2023 voor alle aanvragen")
    assert (d.text, d.prep) == ("m.i.v. 1 februari 2023", "m.i.v.")


def test_first_end_of_a_range_takes_the_year_of_the_second():
    first, second = find_dates("De inschrijving liep van 2 mei tot en met 14 juni 2021.")
    assert (first.text, first.date, first.inferred) == ("van 2 mei", "2021-05-02", True)
    assert (second.date, second.inferred) == ("2021-06-14", False)
    # a start later in the year than the end lies in the year before
    first, _ = find_dates("Het seizoen loopt van 1 oktober tot 1 april 2022.")
    assert (first.date, first.inferred) == ("2021-10-01", True)


def test_a_coming_or_last_date_without_year_has_no_year():
    for text in ("De tarieven stijgen per 1 januari a.s.", "Sinds 3 maart jl. geldt de regel."):
        (d,) = find_dates(text, context_year=2020)
        assert d.date is None
    # with its year written, the year is known
    (d,) = find_dates("per 1 januari 2021 a.s.", context_year=2020)
    assert d.date == "2021-01-01"


def test_tussen_two_years_is_one_span():
    d = one("Tussen 2012 en 2016 is het aantal gedaald.")
    assert (d.text, d.date, d.end_date) == ("Tussen 2012 en 2016", "2012", "2016")


def test_parse_date_and_date_cores_read_the_same_forms():
    assert parse_date("4 maart 2020") == ("2020-03-04", "day")
    assert [m.group() for m in date_cores("vanaf begin 2024 en op dinsdag 3 november 2020")] == [
        "2024",
        "3 november 2020",
    ]


def test_anchor_stems_opening_alike_are_searched_once_for_them_all(monkeypatch):
    import emnextract.extractors.dates as D
    from emnextract.patterns.dates import ANCHOR_STEM_GROUPS, ANCHOR_STEMS, SEARCHED_STEMS

    grouped = [s for _, stems in ANCHOR_STEM_GROUPS for s in stems]
    assert sorted(grouped) == sorted(SEARCHED_STEMS)  # each stem in exactly one group
    # the anchors' stems but the ordinal words', and the year parts' instead
    assert {"eerste", "derde"} <= set(ANCHOR_STEMS) - set(SEARCHED_STEMS)
    assert {"kwartaal", "helft", "half", "zes"} <= set(SEARCHED_STEMS)
    for first, stems in ANCHOR_STEM_GROUPS:
        assert all(s[0] == first for s in stems)
    assert len({first for first, _ in ANCHOR_STEM_GROUPS}) == len(ANCHOR_STEM_GROUPS)
    # "maart", "mei", "mrt": one search for the months opening with "m", not one each
    assert len(ANCHOR_STEM_GROUPS) < len(ANCHOR_STEMS)
    assert any({"maart", "mei", "mrt"} <= set(stems) for _, stems in ANCHOR_STEM_GROUPS)
    # a text is searched once per group (and once more from each place found)
    calls: list[int] = []

    def counting(search):
        def wrapped(text, pos, end):
            calls.append(pos)
            return search(text, pos, end)

        return wrapped

    monkeypatch.setattr(D, "_STEM_SEARCHES", tuple(counting(s) for s in D._STEM_SEARCHES))
    text = "In maart en mei 2020 (mrt. 2021), het najaar, de zomer en een vergadering."
    starts = D._anchor_starts(text, 0, len(text))
    assert len(calls) == len(ANCHOR_STEM_GROUPS) + 5  # maart, mei, mrt, najaar, zomer
    assert [text[i : i + 4] for i in starts] == [
        "maar",
        "mei ",
        "2020",
        "mrt.",
        "2021",
        "naja",
        "zome",
    ]


def test_dates_anchored_by_a_stem_are_found_where_each_stem_stands():
    text = (
        "In het Najaar 2019 en het voorjaar van 2020, het schooljaar 2020-2021 en het "
        "academisch jaar 2021/22; geen datum in het jaarjaar of zomernajaar, wel in "
        "de derde week van mei en het vierde kwartaal 2021."
    )
    cores = [m.group() for m in date_cores(text)]
    assert "Najaar 2019" in cores and "voorjaar van 2020" in cores
    assert "schooljaar 2020-2021" in cores and "academisch jaar 2021/22" in cores
    assert "vierde kwartaal 2021" in cores
    assert not any("zomernajaar" in c or c.startswith("jaar") for c in cores)
    # a window that cuts a stem off at its start finds nothing of it
    at = text.index("voorjaar")
    assert all(m.start() != at for m in date_cores(text, at + 1))


def test_a_date_prefix_reads_the_words_before_the_date_back_to_the_first_it_cannot_hold(
    monkeypatch,
):
    import emnextract.extractors.dates as D

    read: list[str] = []
    last_word = D._LAST_WORD

    class Counting:
        def finditer(self, text, pos, endpos):
            for m in last_word.finditer(text, pos, endpos):
                read.append(m.group())
                yield m

    monkeypatch.setattr(D, "_LAST_WORD", Counting())
    text = "Na een lange reeks van overleggen besloot de minister met ingang van 1 mei 2020."
    (d,) = find_dates(text)
    assert (d.text, d.prep) == ("met ingang van 1 mei 2020", "met ingang van")
    # "van", "ingang", "met", then "minister", which no prefix holds: no word before it
    assert read == ["van", "ingang", "met", "minister"]
    read.clear()
    assert [x.text for x in find_dates("Het verslag van de minister in 2019")] == ["in 2019"]
    assert read == ["in", "minister"]


def test_a_date_may_start_at_a_number_opening_a_word_of_a_day_or_a_year():
    import emnextract.extractors.dates as D

    # a day or ordinal (one or two digits) or a year of 19xx/20xx, each opening a word;
    # not a number of three or five digits (no date starts there: "201", "20456"),
    # another century, a number inside a word or after an underscore
    text = (
        "Op 7 en 31 dec., 3e ronde, 1998 en 20456; 123, 201, 2150, x2020, _5, 1,2 of é12 en 2019."
    )
    starts = D._anchor_starts(text, 0, len(text))
    runs = []
    for i in starts:
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        if j > i:
            runs.append(text[i:j])
    assert runs == ["7", "31", "3", "1998", "1", "2", "2019"]
    # a text of numbers alone: searched once, found where the run of digits starts
    assert D._anchor_starts("12-04-2019", 0, 10) == [0, 3, 6]


def test_a_run_of_four_digits_is_read_with_the_year_branch_alone(monkeypatch):
    import regex as rx

    import emnextract.extractors.dates as D
    from emnextract.patterns.dates import CORE, CORE_YEAR

    texts = [
        "In 2019-2020 en 2019/20, van 2016 tot en met 2021 of 2017 t/m 2018, in 2019.5,",
        "op 1-2-2019, 12 mei 2020, 3e kwartaal 2021, Q2 2022 en 201 of 20456 mei, 123 juni",
        "in 2019,5 procent en in 2020. Tussen 2015 en 2020 (sinds 1998) €2020 versie 3.2019",
        "3 2019 en 12 2020, 19 mei, 20 juni, 2019mei, 12-14 okt. 2022, 999 of 1000000",
    ]
    # CORE matches at no run of three or five digits and at a run of four as CORE_YEAR
    for text in texts:
        for run in rx.finditer(r"(?<![0-9])[0-9]+", text):
            core = CORE.regex.match(text, run.start())
            if len(run.group()) in (1, 2):
                continue
            if len(run.group()) != 4:
                assert core is None, (text, run.group())
                continue
            year = CORE_YEAR.regex.match(text, run.start())
            assert (core and (core.span(), core.groups())) == (
                year and (year.span(), year.groups())
            )
    # and the full grammar is not tried at a run of four digits
    tried: list[str] = []

    class Counting:
        def match(self, text, pos, end):
            tried.append(text[pos : pos + 4])
            return CORE.regex.match(text, pos, end)

    monkeypatch.setattr(D, "_CORE_RE", Counting())
    text = "Sinds 12 mei 2019 en in 2020, het eerste kwartaal van 2021 en 1998."
    cores = [m.group() for m in D.date_cores(text)]
    assert cores == ["12 mei 2019", "2020", "eerste kwartaal van 2021", "1998"]
    assert tried == ["12 m", "eers"]


def test_an_ordinal_word_is_tried_as_a_date_only_before_a_year_part(monkeypatch):
    import emnextract.extractors.dates as D

    text = (
        "De eerste en tweede ronde, het Derde  kwartaal 2020, de eerste\nhelft, de laatste "
        "zes maanden van 2019, de vierde halfjaar, ter-derde kwartaal, xeerste helft en een "
        "eerste zesje."
    )
    starts = D._anchor_starts(text, 0, len(text))
    assert [text[i : i + 6] for i in starts] == [
        "Derde ", "2020, ", "eerste", "laatst", "2019, ", "vierde", "derde ", "eerste",
    ]  # fmt: skip
    cores = [m.group() for m in D.date_cores(text)]
    assert cores == [
        "Derde  kwartaal 2020", "eerste\nhelft", "laatste zes maanden van 2019", "vierde halfjaar",
        "derde kwartaal",
    ]  # fmt: skip
    # a text is not searched for the ordinal words: the words of the commonest letters
    searched: list[str] = []

    class Counting:
        def __init__(self, search):
            self.search = search

        def __call__(self, low, pos, end):
            m = self.search(low, pos, end)
            if m is not None:
                searched.append(m.group())
            return m

    monkeypatch.setattr(D, "_STEM_SEARCHES", tuple(Counting(s) for s in D._STEM_SEARCHES))
    D._anchor_starts(text, 0, len(text))
    assert not {"eerste", "tweede", "derde", "vierde", "laatste"} & set(searched)


def test_the_same_prefix_words_are_read_by_the_grammar_once_per_document(monkeypatch):
    import emnextract.extractors.dates as D
    from emnextract.document import Readings

    read: list[str] = []
    grammar = D._PREFIX_RE

    class Counting:
        def fullmatch(self, *args):
            read.append(args[0][args[1] : args[2]] if len(args) == 3 else args[0])
            return grammar.fullmatch(*args)

    monkeypatch.setattr(D, "_PREFIX_RE", Counting())
    readings = Readings()
    texts = [
        "Het plan ging in 2019 van start, per 1 maart 2020 volgde de wet.",
        "In 2021 kwam er meer, sinds de zomer van 2022 en per 1 juli 2023 ook.",
        "Zo ook in 2024 en sinds de zomer van 2025.",
    ]
    found = [[(d.prep, d.text) for d in readings.find_dates(t, 2019)] for t in texts]
    assert found == [
        [("in", "in 2019"), ("per", "per 1 maart 2020")],
        [("in", "In 2021"), ("sinds", "sinds de zomer van 2022"), ("per", "per 1 juli 2023")],
        [("in", "in 2024"), ("sinds", "sinds de zomer van 2025")],
    ]
    # "in ", "per ", "sinds de ", each read once; "In " (another case) once more
    assert sorted(read) == ["In ", "in ", "per ", "sinds de "]
    # a text read alone reads its own
    read.clear()
    assert [d.text for d in D.find_dates(texts[2], 2019)] == ["in 2024", "sinds de zomer van 2025"]
    assert sorted(read) == ["in ", "sinds de "]


def test_a_letter_or_a_long_stem_alone_in_its_group_is_found_as_its_pattern_finds_it():
    import emnextract.extractors.dates as D
    from emnextract.patterns.dates import ANCHOR_STEM_GROUPS
    from emnextract.patterns.grammar import literals

    text = "q3, qq, het Collegejaar 2020-21, kwartaal; kwartaalcijfers, een Q en voorjaar q"
    low = text.lower()
    finds = 0
    for search, (_, stems) in zip(D._STEM_SEARCHES, ANCHOR_STEM_GROUPS, strict=True):
        if isinstance(search, D._FindStem):
            finds += 1
            assert len(stems) == 1 and (len(stems[0]) == 1 or len(stems[0]) >= 7)
        want, got = literals(stems).search, []
        expected = []
        for found, out in ((search, got), (want, expected)):
            m = found(low, 0, len(low))
            while m is not None:
                out.append((m.start(), m.group()))
                m = found(low, m.start() + 1, len(low))
        assert got == expected
    assert finds >= 2  # "q" and "kwartaal" at least
    assert [m.group() for m in D.date_cores("In Q3 2020 en het eerste kwartaal")] == [
        "Q3 2020",
        "eerste kwartaal",
    ]
