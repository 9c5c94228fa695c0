"""The citation grammar in tables: dates, sessions, dossiers, courts, ECLIs, case numbers, URLs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from emnextract.extractors import citation_parser as cp
from emnextract.extractors import dates
from emnextract.extractors.citation_parser import parse_citations, parse_date, parse_ecli


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-12-2019", ("2019-12-03", "day")),
        ("03.12.2019", ("2019-12-03", "day")),
        ("3/12/2019", ("2019-12-03", "day")),
        ("28-02- 2020", ("2020-02-28", "day")),
        ("5 juni 2019", ("2019-06-05", "day")),
        ("12 sept. 2019", ("2019-09-12", "day")),
        ("juni 2019", ("2019-06", "month")),
        ("31-02-2019", None),  # no calendar date
        ("5 juni", None),  # no year written
        ("05-122018", None),
        ("5 juni 2019 en 6 juni 2019", None),  # two dates
        ("op 5 juni 2019", None),  # more than the date
    ],
)
def test_dates_parse_date_reads_one_whole_date(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "iso", "problem"),
    [
        ("05-06-2019", "2019-06-05", None),
        ("5.6.2019", "2019-06-05", None),
        ("1 mei 2019", "2019-05-01", None),
        ("5 juni. 2019", "2019-06-05", None),
        ("31 juni 2019", None, "date: '31 juni 2019' is not a calendar date"),
        ("31-13-2019", None, "date: '31-13-2019' is not a calendar date"),
        ("05-06-19", None, "date: year in '05-06-19' is not four digits"),
        ("05-06-2119", None, "date: year in '05-06-2119' is not between 1900 and 2099"),
        (
            "05-122018",
            None,
            "date: '05-122018' is not a valid dd-mm-yyyy date (separator missing or misplaced)",
        ),
    ],
)
def test_citation_dates_and_their_problems(text, iso, problem):
    assert parse_date(text) == (iso, [problem] if problem else [])


def test_a_citation_day_is_told_without_the_date_grammar_as_the_grammar_reads_it(monkeypatch):
    from emnextract.patterns import citations as P

    # every numeric form the grammar is spared is read as the grammar reads it
    told = 0
    for day in ("0", "1", "01", "9", "29", "30", "31", "32", "99", "001"):
        for month in ("0", "1", "02", "2", "12", "13", "012"):
            for year in ("19", "1899", "1900", "2000", "2019", "2020", "2099", "2100", "02019"):
                for sep in ("-", ".", "/", "- ", " / "):
                    text = f"{day}{sep}{month}{sep}{year}"
                    known, iso = cp._numeric_day(text)
                    read = dates.parse_date(text)
                    assert known, text
                    assert iso == (read[0] if read and read[1] == "day" else None), text
                    told += iso is not None
    assert told > 100
    assert cp._numeric_day("5 juni 2019") == (False, None)  # not three numbers: the grammar
    assert cp._numeric_day("05-122018") == (False, None)
    assert cp._numeric_day("\u0661-2-2019") == (False, None)  # a digit of another script
    # every day of a month written in words, in any case, as the grammar reads it
    for month in P.MONTHS:
        for written in (month, month.upper(), month.title()):
            for day in ("0", "00", "1", "05", "28", "29", "30", "31", "32"):
                for year in ("1900", "2019", "2020", "2099"):
                    long = P.LONG_DATE.fullmatch(f"{day} {written} {year}")
                    assert long is not None
                    known, iso = cp._long_day(long)
                    read = dates.parse_date(f"{day} {written} {year}")
                    assert known
                    assert iso == (read[0] if read and read[1] == "day" else None)
    long = P.LONG_DATE.fullmatch("5 o\u212at 2019")  # a Kelvin sign: left to the grammar
    assert long is not None and cp._long_day(long) == (False, None)
    assert parse_date("5 o\u212at 2019") == ("2019-10-05", [])
    # the grammar is not asked for a date told without it
    asked: list[str] = []
    real = dates.parse_date
    monkeypatch.setattr(dates, "parse_date", lambda text: asked.append(text) or real(text))
    assert parse_date("05-06-2019") == ("2019-06-05", [])
    assert parse_date("12 Sept. 2019") == ("2019-09-12", [])
    assert parse_date("31-02-2019") == (None, ["date: '31-02-2019' is not a calendar date"])
    assert asked == []


def one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, [(f.kind, f.raw) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "canonical", "fields"),
    [
        ("Parl. St. II 2018/19, 35000-VI, nr. 5", "kamerstuk", "kst-35000-VI-5",
         {"chamber": "II", "session": "2018-2019", "subdossier": "VI"}),
        ("Kst. I 2019/20, 35271, nr. C", "kamerstuk", "kst-35271-C", {"chamber": "I", "number": "C"}),
        ("Kamerdossier 36200-20, nr. 3", "kamerstuk", "kst-36200-20-3",
         {"chamber": None, "session": None, "subdossier": "20"}),
        ("Handelingen II 2018/19, 19637, nr. 45", "handelingen", None,
         {"dossier": "19637", "number": "45", "item": None}),
        ("Ah. TK 2019/20, nr. 123", "aanhangsel", "ah-tk-20192020-123", {"chamber": "II"}),
        ("Aanhangsel Handelingen EK 2019/20, nr. 4", "aanhangsel", "ah-ek-20192020-4", {"chamber": "I"}),
        ("stcrt. 2019, 24564", "staatscourant", "stcrt-2019-24564", {"year": "2019", "number": "24564"}),
        ("STAATSBLAD 2019, nr. 143", "staatsblad", "stb-2019-143", {"number": "143"}),
        ("Trb 2020, 12", "tractatenblad", "trb-2020-12", {"year": "2020"}),
    ],
)  # fmt: skip
def test_parliamentary_papers_and_gazettes(text, kind, canonical, fields):
    f = one(text)
    assert (f.kind, f.canonical) == (kind, canonical)
    assert {k: f.fields[k] for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "court", "case_number"),
    [
        ("Afdeling bestuursrechtspraak van de Raad van State 5 juni 2019, 201808923/1/V3",
         "AbRvS", "201808923/1/V3"),
        ("RvS 5 juni 2019, ECLI:NL:RVS:2019:1", "RvS", None),
        ("Hof van Justitie 2 mei 2018, C-574/15", "HvJ EU", "C-574/15"),
        ("Europees Hof voor de Rechten van de Mens 23 maart 2016, nr. 43611/11", "EHRM", "43611/11"),
        ("Centrale Raad van Beroep 1 mei 2019, ECLI:NL:CRVB:2019:1500", "CRvB", None),
        ("College van Beroep voor het bedrijfsleven 1 mei 2019, ECLI:NL:CBB:2019:1", "CBb", None),
        ("Rechtbank Amsterdam 3 juni 2019, ECLI:NL:RBAMS:2019:1", "Rb. Amsterdam", None),
        ("Rb. Den Haag zp. Haarlem 3 juni 2019, NL19.1234", "Rb. Den Haag", "NL19.1234"),
        ("Gerechtshof Arnhem-Leeuwarden 3 juni 2019, ECLI:NL:GHARL:2019:1",
         "Hof Arnhem-Leeuwarden", None),
        ("Rb. Den Haag (vzr.) 3 juni 2019, AWB 19/1234", "Rb. Den Haag", "AWB 19/1234"),
    ],
)  # fmt: skip
def test_courts_are_normalised(text, court, case_number):
    f = one(text)
    assert f.kind == "case_law" and not f.malformed
    assert (f.fields.court, f.fields.case_number) == (court, case_number)
    assert f.fields.date is not None


@pytest.mark.parametrize(
    ("text", "ecli", "problems"),
    [
        ("ecli:nl:rvs:2019:1710.", "ECLI:NL:RVS:2019:1710", []),
        ("ECLI:NL:HR: 2008:BG5987", "ECLI:NL:HR:2008:BG5987", []),
        ("ECLI:N:RVS:2019:1", None, ["ecli: country code 'N' is not two letters"]),
        ("ECLI:NL:RVS:2019:1:2", None, ["ecli: too many parts"]),
        ("ECLI:NL:RVS", None, ["ecli: missing year and later parts"]),
        ("ECLI:NL:RVS:2019", None, ["ecli: missing number"]),
    ],
)
def test_ecli_normalised_or_explained(text, ecli, problems):
    assert parse_ecli(text) == (ecli, problems)


@pytest.mark.parametrize(
    ("text", "form", "number", "celex"),
    [
        ("Verordening (EU) 2016/399", "verordening", "2016/399", "32016R0399"),
        ("Verordening (EG) nr. 343/2003", "verordening", "343/2003", "32003R0343"),
        (
            "Uitvoeringsverordening (EU) nr. 118/2014",
            "uitvoeringsverordening",
            "118/2014",
            "32014R0118",
        ),
        ("Gedelegeerde Verordening (EU) 2019/1234", "verordening", "2019/1234", "32019R1234"),
        ("Richtlijn 2004/38/EG", "richtlijn", "2004/38", "32004L0038"),
        ("Directive 2011/95/EU", "richtlijn", "2011/95", "32011L0095"),
        ("Kaderbesluit 2002/584/JBZ", "besluit", "2002/584", "32002D0584"),
        ("Besluit 2008/381/EG", "besluit", "2008/381", "32008D0381"),
        ("Regulation (EU) No 604/2013", "verordening", "604/2013", "32013R0604"),
    ],
)
def test_eu_acts_and_their_celex(text, form, number, celex):
    f = one(text)
    assert (f.kind, f.canonical) == ("eu_legislation", celex)
    assert (f.fields.form, f.fields.number, f.fields.celex) == (form, number, celex)


@pytest.mark.parametrize(
    ("text", "url", "accessed", "problems"),
    [
        ("IND, ‘Nieuws’, https://ind.nl/nieuws, bezocht op 5 juni 2019.",
         "https://ind.nl/nieuws", "2019-06-05", []),
        ("IND, https://ind.nl/nieuws (accessed 3.12.2019)", "https://ind.nl/nieuws", "2019-12-03", []),
        ("IND, ‘Nieuws’, https://ind.nl/nieuws, geraadpleegd op 05-062019.",
         "https://ind.nl/nieuws", None,
         ["date: '05-062019' is not a valid dd-mm-yyyy date (separator missing or misplaced)"]),
        ("IND, https://ind.nl/nieuws, geraadpleegd op.", "https://ind.nl/nieuws", None,
         ["accessed: no date after 'geraadpleegd op'"]),
        ("zie www.ind.nl/a-b/ en verder", "www.ind.nl/a-b/", None, []),
    ],
)  # fmt: skip
def test_web_sources_and_access_dates(text, url, accessed, problems):
    f = one(text)
    assert (f.kind, f.fields.url, f.fields.accessed, f.problems) == ("url", url, accessed, problems)
    if problems and problems[0].startswith("date:"):
        assert f.fields.accessed_text == "05-062019"


@pytest.mark.parametrize(
    ("text", "provider", "date"),
    [
        ("Deze cijfers zijn geleverd door de Raad voor de rechtspraak op 3 maart 2020.",
         "de Raad voor de rechtspraak", "2020-03-03"),
        ("Gegevens verstrekt door het CBS op 03.12.2019.", "het CBS", "2019-12-03"),
    ],
)  # fmt: skip
def test_provided_info_dates(text, provider, date):
    f = one(text)
    assert (f.kind, f.fields.provider, f.fields.date) == ("provided_info", provider, date)


@pytest.mark.parametrize(
    ("written", "session"),
    [("2018/19", "2018-2019"), ("2000/2001", "2000-2001"), ("1999/00", "1999-2000"),
     ("2019 - 2020", "2019-2020"), ("2019/18", "2019-2018")],
)  # fmt: skip
def test_sessions_are_normalised(written, session):
    assert one(f"Kamerstukken II {written}, 26732, nr. 7").fields.session == session


@contextmanager
def anchored_runs() -> Iterator[list[str]]:
    """The kinds whose anchor pattern the tokenizer runs, one entry per text it reads."""
    runs: list[str] = []
    saved = []
    for kind, rx in cp._ANCHORS:
        compiled = rx.regex.finditer

        def counting(text: str, *args: Any, _kind: str = kind, _f: Any = compiled) -> Any:
            runs.append(_kind)
            return _f(text, *args)

        saved.append((rx, rx.__dict__.get("finditer")))
        object.__setattr__(rx, "finditer", counting)
    try:
        yield runs
    finally:
        for rx, before in saved:
            object.__setattr__(rx, "finditer", before)


def test_the_opening_lookahead_of_the_bare_eu_act_changes_no_match():
    # the lookahead only names where a match may open: the branches alone find the same
    # matches, with the same groups, in texts of acts, numbers, brackets and prose
    import random

    import regex

    from emnextract.patterns.citations import EU_BARE, EU_BARE_OPENS

    head = "(?=[" + EU_BARE_OPENS + "])(?:"
    assert EU_BARE.source.startswith(head) and EU_BARE.source.endswith(")")
    branches = regex.compile(EU_BARE.source[len(head) : -1], EU_BARE.flags | regex.VERSION0)
    rng = random.Random(11)
    pieces = ["(EU) ", "(EG)", "(EEG) nr. ", "2016/679", "13/32/EU", "/JBZ", "/", "1", "20",
              ")", "(", " ", "-", "a", "Verordening ", "No ", ".", "٣"]  # fmt: skip
    texts = ["Richtlijn (EU) 2016/679 en (2013/32/EU), zie (EG) nr. 862/2007; 2019/20."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 16))) for _ in range(4000)]
    found = 0
    for t in texts:
        want = [(m.span(), m.groupdict()) for m in branches.finditer(t)]
        assert [(m.span(), m.groupdict()) for m in EU_BARE.regex.finditer(t)] == want, t
        found += len(want)
    assert found > 500


def test_prose_without_anchors_is_not_read_by_the_anchor_patterns():
    prose = (
        "in de zomer werd de regeling voor de opvang van asielzoekers herzien, "
        "waarna gemeenten meer plaatsen boden; in het najaar volgde een evaluatie. "
    ) * 20
    with anchored_runs() as runs:
        assert parse_citations(prose) == []
    assert runs == []  # before anchors every text was read by all fourteen patterns


def test_colons_and_slashes_of_prose_and_links_do_not_wake_the_act_and_bare_ecli_grammars():
    # an EU act's number holds a slash before a digit and a bare ECLI a colon before its
    # year: a colon or a slash alone (prose, link paths) runs neither grammar
    text = "Zie: de pagina van het ministerie (www.example.nl/nieuws/opvang): actueel."
    with anchored_runs() as runs:
        found = parse_citations(text)
    assert [f.kind for f in found] == ["url"]
    assert "eu_legislation" not in runs and "ecli_bare" not in runs, runs
    with anchored_runs() as runs:
        found = parse_citations("Zie NL:RVS:2020:1234 en Richtlijn 2013/32/EU.")
    assert [f.canonical for f in found] == ["ECLI:NL:RVS:2020:1234", "32013L0032"]
    assert {"eu_legislation", "ecli_bare"} <= set(runs), runs


def test_a_footnote_is_read_only_by_the_patterns_whose_anchors_it_holds():
    with anchored_runs() as runs:
        found = parse_citations("Zie Kamerstukken II 2019/20, 19637, nr. 2612.")
    assert [f.canonical for f in found] == ["kst-19637-2612"]
    assert "kamerstuk" in runs and "court" not in runs and len(runs) <= 3, runs


def test_white_space_and_see_words_are_taken_out_as_their_grammars_do():
    from emnextract.patterns import citations as P

    texts = ["Tweede Kamer", "Tweede  Kamer", "Tweede\u00a0Kamer", "a\tb", " x ", "", "x\u2028y"]
    texts += ["zie: Rijksoverheid", "Voor meer, zie ook: IND ", "zie IND", "website: x"]
    for text in texts:
        assert cp._spaced(text) == P.SPACE.sub(" ", text), text
        assert cp._unspaced(text) == P.SPACE.sub("", text), text
        assert cp._unseen(text) == P.SEE.sub("", text), text


def test_a_paragraph_is_not_asked_for_a_titled_publication(monkeypatch):
    from emnextract.document import Document, Note, Para
    from emnextract.extractors.citations import extract_citations
    from emnextract.model import Source
    from emnextract.patterns import citations as P

    asked: list[str] = []
    real = P.PUBLICATION

    class Counting:
        def match(self, text):
            asked.append(text)
            return real.match(text)

    text = "Rijksoverheid, ‘Jaarverslag 2019’."
    doc = Document(
        source=Source(path="x", sha256="0", kind="text", year=2019),
        paragraphs=[Para(text=text, kind="body")],
        footnotes=[Note(number=1, text=text)],
    )
    monkeypatch.setattr(P, "PUBLICATION", Counting())
    found = extract_citations(doc)
    # the note cites the publication; in body text such a record is never taken, so the
    # paragraph is not read for one
    assert [(c.kind, c.footnote) for c in found] == [("other", 1)]
    assert asked == [text]
