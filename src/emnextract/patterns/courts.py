"""The case-law part of the citation grammar: courts, case numbers, ECLIs, case names.

Used by ``extractors/citation_parser.py`` (see ``patterns/citations.py``). A court
name only starts a citation when a date, case number or ECLI follows it, so "de
Hoge Raad heeft" in prose is no citation.
"""

from __future__ import annotations

import regex

from .grammar import pattern

# Courts: written form (regex) -> normalised name. Order matters: longer first.
COURTS: list[tuple[str, str]] = [
    (r"ABRvS|AbRvS|ARRvS|Afdeling\sbestuursrechtspraak(?:\svan\sde\sRaad\svan\sState)?", "AbRvS"),
    (r"RvS", "RvS"),
    (r"HvJ[\s-]?EU|Hof\svan\sJustitie(?:\svan\sde\sEuropese\sUnie)?", "HvJ EU"),
    (r"HvJ[\s-]?EG", "HvJ EG"),
    (r"HvJ", "HvJ"),
    (r"EHRM|Europees\sHof\svoor\sde\sRechten\svan\sde\sMens", "EHRM"),
    (r"CRvB|Centrale\sRaad\svan\sBeroep", "CRvB"),
    (r"CBb|College\svan\sBeroep\svoor\shet\sbedrijfsleven", "CBb"),
    (r"HR|Hoge\sRaad", "HR"),
    (
        r"(?:Rb\.?|Rechtbank)\s(?:Den\sHaag|Den\sBosch|[A-Z][\p{L}-]{2,20}(?:-[A-Z][\p{L}]{2,20})?)"
        r"(?:,?\s\(?(?:zp|zittingsplaats)\.?\s(?:Den\sHaag|Den\sBosch|[A-Z][\p{L}-]{2,20})\)?)?",
        "Rb.",
    ),
    (
        r"(?:Hof|Gerechtshof)\s(?:Den\sHaag|Den\sBosch|Amsterdam|Arnhem-Leeuwarden|'s-Hertogenbosch)",
        "Hof",
    ),
]
# What must follow a court name: a date, a case number or an ECLI (after an optional
# chamber mark "(vzr.)", a quoted case name, "van"/"op").
_COURT_FOLLOW = (
    r"(?=[\s,]{0,3}(?:\(vzr\.?\)[\s,]{0,3})?(?:‘[^‘’]{1,60}’\s?)?(?:(?:van|op)\s)?"
    r"(?:[0-9]{1,2}[-\s./]|nr\.|zaak|[CT][-\u2010\u2011\u2013]|ECLI))"
)
COURT = pattern(
    "cite.court",
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<court{i}>{src})" for i, (src, _) in enumerate(COURTS))
    + r")(?![\w-])"
    + _COURT_FOLLOW,
    examples=[
        ("AbRvS, 05-06-2019, nr. 201808923/1/V3", "AbRvS"),
        ("HvJ-EU, 10-05-2017, nr. C-133/15", "HvJ-EU"),
        ("het Hof van Justitie van 2 mei 2018", "Hof van Justitie"),
        ("EHRM 23 maart 2016, nr. 43611/11", "EHRM"),
        (
            "Rb. Den Haag, zittingsplaats Haarlem, 12-02-2020",
            "Rb. Den Haag, zittingsplaats Haarlem",
        ),
        ("Hoge Raad 18 april 2001, nr. 36 048", "Hoge Raad"),
        ("HvJ EU ‘Kittel en Recolta’ van 6 juli 2006", "HvJ EU"),
        ("Gerechtshof Den Haag, ECLI:NL:GHDHA:2019:1", "Gerechtshof Den Haag"),
        # one of every court, so that each is checked against the anchors
        ("ABRvS 5 juni 2019", "ABRvS"),
        ("ARRvS 1 mei 1990", "ARRvS"),
        ("RvS 12-03-2019", "RvS"),
        (
            "Afdeling bestuursrechtspraak van de Raad van State, 05-06-2019",
            "Afdeling bestuursrechtspraak van de Raad van State",
        ),
        ("HvJ EG 6 juli 2006", "HvJ EG"),
        ("HvJ 6 juli 2006", "HvJ"),
        (
            "Europees Hof voor de Rechten van de Mens 23 maart 2016",
            "Europees Hof voor de Rechten van de Mens",
        ),
        ("CRvB 12-03-2019, 17/1234", "CRvB"),
        ("Centrale Raad van Beroep 1 mei 2020", "Centrale Raad van Beroep"),
        ("CBb 5 juni 2019", "CBb"),
        (
            "College van Beroep voor het bedrijfsleven, ECLI:NL:CBB:2019:1",
            "College van Beroep voor het bedrijfsleven",
        ),
        ("HR 29 mei 2015, 13/04993", "HR"),
        ("Rb. Amsterdam 3 mei 2019", "Rb. Amsterdam"),
        ("Rechtbank Den Haag 1 mei 2019", "Rechtbank Den Haag"),
        ("Hof Amsterdam 1 mei 2019", "Hof Amsterdam"),
    ],  # fmt: skip
    counter_examples=[
        "De Hoge Raad heeft geoordeeld",
        "Het HR-beleid van de IND werd in 2019 herzien.",
        "de Raad van State adviseerde",
    ],
    # "RvS" in ABRvS, "RvB" in CRvB, "HR" in EHRM, "Hof" in Europees Hof, "Raad" in
    # Centrale and Hoge Raad (lower case "hof" in Gerechtshof)
    anchors=(
        "RvS",
        "RvB",
        "CBb",
        "HvJ",
        "HR",
        "Rb",
        "Afdeling",
        "Rechtbank",
        "Hof",
        "Raad",
        "College",
        "Gerechtshof",
    ),  # fmt: skip
)
COURT_PLACE_PREFIX = pattern(
    "cite.court_place_prefix",
    r"^(?:Rb\.?|Rechtbank|Hof|Gerechtshof)\s",
    examples=[("Rb. Den Haag", "Rb. "), ("Gerechtshof Amsterdam", "Gerechtshof ")],
    counter_examples=["Den Haag"],
)
COURT_SEAT = pattern(
    "cite.court_seat",
    r",?\s\(?(?:zp|zittingsplaats)\.?\s.*$",
    examples=[
        ", zittingsplaats Haarlem",
        " zp. Utrecht",
        (" Den Haag zp Amsterdam", " zp Amsterdam"),
        " (zp. Middelburg)",
    ],
    counter_examples=["Den Haag, Amsterdam"],
    doc="where a district court sits ('Rb. Den Haag, zittingsplaats Haarlem'): not part of the court",
)

# ---------------------------------------------------------------- inside a case-law citation
CASE_SKIP = pattern("cite.case_skip", r"[\s,;:]{0,4}", examples=[", ", " ; ", ""])
CASE_ASIDE = pattern(
    "cite.case_aside",
    r"\((?:vzr|mk|ek|pres)\.?\)|(?:van|op)\s(?=[0-9])"
    r"|na\sconclusie(?:\s(?:van\s)?A-G)?\s\p{Lu}[\p{L}'-]{1,30}(?:\s\p{Lu}[\p{L}'-]{1,30})?",
    examples=[
        "(vzr.)",
        "(mk)",
        ("van 2 mei 2018", "van "),
        "na conclusie Van Kalmthout",
        "na conclusie A-G Wattel",
    ],
    counter_examples=["van de Raad", "na conclusie van de rechter"],
    doc="pieces skipped inside a case-law citation: chamber marks, 'van'/'op' before the"
    " date, the Advocate General's opinion",
)
CASE_PREFIX = pattern(
    "cite.case_prefix",
    r"(?:nrs?\.?|zaaknrs?\.?|(?:gevoegde\s)?zaken|zaak|(?:joined\s)?cases|case)\s?",
    examples=["nr. ", "nrs. ", "zaaknr.", "Zaak ", "case ", "gevoegde zaken ", "Joined Cases "],
    counter_examples=["nummer"],
    flags=regex.IGNORECASE,
)
EU_CASE = pattern(
    "cite.eu_case",
    r"(?<![\w])(?P<case>[CT])[-\u2010\u2011\u2013]\s?(?P<cnum>[0-9]{1,4})/(?P<cyear>[0-9]{2})(?![0-9])(?P<ppu>\sPPU)?",
    examples=["C-133/15", "C- 34/09", "T-12/19", "C-269/18 PPU", "C\u2011157/07"],
    counter_examples=["ABC-133/15", "C-133/2015", "C133/15"],
    doc="a case number of the EU Court of Justice or General Court",
    anchors=tuple(c + d for c in "CT" for d in "-\u2010\u2011\u2013"),
)
RVS_CASE = pattern(
    "cite.rvs_case",
    r"(?<![0-9])(?P<rvs>[0-9]{9}/[0-9]{1,2}(?:/[A-Z][0-9]{1,2})?)(?![\w/])",
    examples=["201808923/1/V3", "201905544/1", ("nr. 201808670/1/V3, ECLI", "201808670/1/V3")],
    counter_examples=["20180892/1/V3", "201808923/1/V3x"],
    doc="a case number of the Raad van State",
)
CASE_SUFFIX = pattern(
    "cite.case_suffix",
    r"\s(?:[A-Z]{2,6}|PPU)(?:-[A-Z]{1,6})?(?=[\s,;.)]|$)(?!\s?\()",
    examples=[(" AOW, ECLI", " AOW"), " WWB", " PPU", (" ANW-T.", " ANW-T")],
    counter_examples=[" ECLI:NL", " Aow", " X (Gnandi)"],
    doc="the subject code after a Dutch case number ('18/4567 AOW')",
)
NL_CASE = pattern(
    "cite.nl_case",
    r"(?:(?:AWB|NL)\s?)?(?:[0-9]{2}/[0-9]{3,6}|[0-9]{3,5}/[0-9]{2})(?![0-9/])",
    examples=["19/1234", "09/05115", "43611/11", "AWB 19/1234"],
    counter_examples=["2019", "1/2"],
    doc="a case number after 'nr.' (Dutch courts, ECHR application numbers)",
)
NL_CASE_BARE = pattern(
    "cite.nl_case_bare",
    r"(?:AWB\s?[0-9]{2}/[0-9]{3,6}|NL[0-9]{2}\.[0-9]{3,6})(?![0-9/])",
    examples=["AWB 19/1234", "NL20.1234", "AWB19/12345"],
    counter_examples=["19/1234", "NL2020.1234"],
    doc="court case numbers that need no 'nr.' before them",
)
HR_OLD_CASE = pattern(
    "cite.hr_old_case",
    r"[0-9]{2}[\s.][0-9]{3}(?![0-9/])|[0-9]{5}(?![0-9/])",
    examples=["36 048", "43.219", "37984"],
    counter_examples=["36/048", "3604"],
    doc="an older Hoge Raad case number, only read after 'nr.'",
)
CASE_JOIN = pattern(
    "cite.case_join",
    r"\s?,\s?|\s(?:en|and|&)\s",
    examples=[", ", " en ", " & "],
    counter_examples=["en"],
    doc="between joined case numbers ('C-924/19 PPU en C-925/19 PPU')",
)
NAME_QUOTED = pattern(
    "cite.case_name_quoted",
    r"‘(?P<name>[^‘’]{1,60})’",
    examples=["‘Kittel en Recolta’", ("HvJ EU ‘Kittel’ van", "‘Kittel’")],
    counter_examples=["‘nooit gesloten"],
)
NAME_BEFORE_ECLI = pattern(
    "cite.case_name_before_ecli",
    r"(?P<name>(?:gevoegde\szaken\s)?\p{Lu}[^,;()‘’0-9]{1,80}),\s?(?=ECLI)",
    examples=[
        (
            "Axel Kittel en Recolta Recycling BVBA, ECLI:EU:C:2006:446",
            "Axel Kittel en Recolta Recycling BVBA, ",
        ),
        ("gevoegde zaken Kittel, ECLI:EU:C:2006:446", "gevoegde zaken Kittel, "),
    ],
    counter_examples=["nr. 12, ECLI:NL:HR:2011:1"],
)
NAME_INLINE = pattern(
    "cite.case_name_inline",
    r"(?P<name>\p{Lu}[^,;()‘’0-9]{0,60}?\s(?:t\.|tegen|v\.|vs\.)\s(?:(?:the|het|de)\s)?\p{Lu}[^,;()‘’0-9]{1,60}?"
    r"|\p{Lu}[\p{L}'-]{1,30}(?:\s\p{Lu}[\p{L}'-]{1,30}){0,3}\se\.a\.)"
    r"(?=\s?[,;]|\s?\.?$|\s\()",
    examples=[
        ("Tarakhel t. Zwitserland, nr. 29217/12", "Tarakhel t. Zwitserland"),
        ("N.D. en N.T. t. Spanje, nrs. 8675/15", "N.D. en N.T. t. Spanje"),
        "Soering v. the United Kingdom",
        ("zaak C-175/08, Abdulla e.a.", "Abdulla e.a."),
        ("Soering t. het Verenigd Koninkrijk, nr. 14038/88", "Soering t. het Verenigd Koninkrijk"),
    ],
    counter_examples=["nr. 29217/12", "Zwitserland, nr. 3"],
    doc="a case name written in line between the parts of a citation ('X t. Y')",
)
NAME_PAREN = pattern(
    "cite.case_name_paren",
    r"\((?P<name>[^()0-9]{1,60})\)",
    examples=["(Gnandi)", "(F.G. t. Zweden)"],
    counter_examples=["(C-34/09)"],
)
NAME_BEFORE = pattern(
    "cite.case_name_before",
    r"(?:arrest|zaak|uitspraak|judgment|case)\s(?P<name>\p{Lu}[\p{L}'.-]{1,40}"
    r"(?:\s(?:(?:en|v\.?|t\.)\s)?\p{Lu}[\p{L}'.-]{1,40}){0,3})\s?\(\s?$",
    examples=[
        ("het arrest Zambrano (", "arrest Zambrano ("),
        ("de zaak Chavez-Vilchez en Mesa (", "zaak Chavez-Vilchez en Mesa ("),
        ("het arrest Ruiz Zambrano (", "arrest Ruiz Zambrano ("),
    ],
    counter_examples=["het arrest van het Hof ("],
    doc="a case name written before a bare case number, read backwards from it",
)

EU_COURT_NAMED = pattern(
    "cite.eu_court_named",
    r"(?<![\w-])(?:Hof\svan\sJustitie(?:\svan\sde\sEuropese\sUnie)?|HvJ(?:[\s-]?EU)?)(?![\w-])",
    examples=[("heeft het Hof van Justitie bepaald", "Hof van Justitie"), "HvJ EU", "HvJ"],
    counter_examples=["het Hof", "Europees Hof voor de Rechten van de Mens"],
    doc="the EU Court named in the sentence of a bare EU case number",
)
SENTENCE_BREAK = pattern(
    "cite.sentence_break",
    r"[.!?]\s+(?=\p{Lu})",
    examples=[(". Het", ". "), ("bepaald.  In", ".  ")],
    counter_examples=["nr. 5", "e.a. de"],
    doc="where a sentence of body text ends",
)

# ---------------------------------------------------------------- ECLI
ECLI = pattern(
    "cite.ecli",
    r"(?<![\w:])ECLI(?!:ECLI)(?:(?:\s?:\s?|-:?|:-)[A-Z0-9.]{1,25}){0,5}(?::|-)?",
    examples=[
        "ECLI:NL:RVS:2019:1710",
        "ecli:nl:rvs:2019:1710",
        "ECLI:NL:HR: 2008:BG5987",
        "ECLI-:EU:C:2017",
        "ECLI",
    ],
    counter_examples=["NECLI", "ecl:NL"],
    flags=regex.IGNORECASE,
    doc="an ECLI as written, broken ones included, so their problems can be told",
    anchors=("ecli",),
)
ECLI_VALID = pattern(
    "cite.ecli_valid",
    r"ECLI:\s?(?P<country>[A-Z]{2}):\s?(?P<court>[A-Z0-9]{1,7}):\s?(?P<year>[0-9]{4}):\s?"
    r"(?P<ordinal>[A-Z0-9](?:[A-Z0-9.]{0,24}[A-Z0-9])?)",
    examples=["ECLI:NL:RVS:2019:1710", "ECLI:EU:C:2017:354", "ECLI:NL:HR:2011:BN3537"],
    counter_examples=["ECLI:NL:RVS:19:1710", "ECLI-:EU:C:2017"],
)
# An ECLI printed without "ECLI:" where its country and court code leave no doubt.
ECLI_BARE = pattern(
    "cite.ecli_bare",
    r"(?<![\w:./-])(?:NL:(?:RVS|HR|PHR|CRVB|CBB|RB[A-Z]{2,4}|GH[A-Z]{2,4})|EU:[CTF]|CE:ECHR)"
    r":(?:19|20)[0-9]{2}:[A-Z0-9](?:[A-Z0-9.]{0,24}[A-Z0-9])?(?![\w:])",
    examples=[
        "NL:RVS:2020:1234",
        "EU:C:2020:367",
        "nl:rbdha:2021:5678",
        "CE:ECHR:2016:1213JUD004173810",
    ],
    counter_examples=["ECLI:NL:RVS:2020:1234", "NL:XYZ:2020:1", "EU:C:2020", "UK:C:2020:1"],
    flags=regex.IGNORECASE,
    doc="an ECLI without its 'ECLI:' prefix, for unambiguous court codes only",
    # the colon before the year: a colon alone stands in much prose ("zie:")
    anchors=(":19", ":20"),
)
ECLI_PART_SEPARATOR = pattern("cite.ecli_separator", r"[:\-]", examples=[":", "-"])
ECLI_COUNTRY = pattern(
    "cite.ecli_country", r"[A-Z]{2}", examples=["NL", "EU"], counter_examples=["N", "nl"]
)
ECLI_YEAR = pattern("cite.ecli_year", r"[0-9]{4}", examples=["2019"], counter_examples=["19"])
