"""The citation grammar as data: anchors, abbreviations, courts, templates.

The parser (``extractors/citation_parser.py``) only combines these pieces. Every
pattern here is linear: alternations of literals, bounded repeats, no nested
quantifiers over the same characters, so no input can make it backtrack
catastrophically. Patterns are compiled with ``regex.VERSION1`` off (default
``regex`` semantics) and ``IGNORECASE`` only where stated.
"""

from __future__ import annotations

from . import dates as _dates

# ---------------------------------------------------------------- chambers
# Written chamber -> "I" (Eerste Kamer) / "II" (Tweede Kamer).
CHAMBERS = {
    "II": "II",
    "I": "I",
    "TK": "II",
    "EK": "I",
    "Tweede Kamer": "II",
    "Eerste Kamer": "I",
}
CHAMBER_CODE = {"II": "tk", "I": "ek"}  # for canonical ids (h-tk-…, ah-ek-…)

CHAMBER = r"(?:II|I|TK|EK)(?![\w])"

# ---------------------------------------------------------------- pieces
SEP = r"[\s,]{0,6}"  # between the parts of one citation
SESSION = r"(?P<y1>(?:19|20)\d\d)\s?[-/]\s?(?P<y2>(?:19|20)?\d\d)(?!\d)"
YEAR = r"(?:19|20)\d\d(?!\d)"
# dossier: "19637", "22 112", "35 000"; subdossier "-VI", "-J", "-20" or " VI"
DOSSIER = (
    r"(?P<dossier>\d{2}\u0020\d{3}|\d{4,6})(?![\d/A-Za-z])"
    r"(?:-(?P<sub>[IVXLC]{1,6}|[A-Z]{1,3}|\d{1,3})(?![\w/])"
    r"|\u0020(?P<sub2>[IVXLC]{1,6}|[A-Z])(?![\w.]))?"
)
NUMBER_WORD = r"(?:nrs?\.?|no\.?|nummer|letter)\s?"
DOC_NUMBER = r"(?P<number>\d{1,5}|[A-Z]{1,2}(?:\d{1,2})?)(?![\w/-])"
PAGE = r"(?:p|pp|blz|pag)\.\s?(?P<page>\d{1,5}(?:\s?-\s?\d{1,5})?)"
ITEM = r"item\s(?P<item>\d{1,4})"
MORE_NUMBERS = r"(?:\s?,\s?|\s(?:en|and)\s)(?P<more>\d{1,5})(?![\w/-])"  # "nrs. 431 en 437"
AANHANGSEL_WORD = r"Aanhangsel(?:\s(?:van\s)?(?:de\s)?Handelingen)?(?![\w-])"

# ---------------------------------------------------------------- anchors
# Each anchor starts one citation; the parser reads on from the anchor's end.
KAMERSTUK_ANCHOR = (
    r"(?:Kamerstuk(?:ken)?|Kamerdossier|Kst\.?|Parl\.\s?St\.?)(?![\w-])"
    r"(?:\s(?P<chamber>" + CHAMBER + r"))?"
    r"|(?<![\w-])(?P<chamber_only>TK|EK)(?=[\s,]{1,3}(?:(?:19|20)\d\d\s?[-/]|\d{2}\s?\d{3}))"
)
HANDELINGEN_ANCHOR = r"(?<!van de )Handelingen(?![\w-])(?:\s(?P<chamber>" + CHAMBER + r"))?"
AANHANGSEL_ANCHOR = (
    r"Aanhangsel(?:\s(?:van\s)?(?:de\s)?Handelingen)?(?![\w-])(?:\s(?P<chamber>" + CHAMBER + r"))?"
    r"|Ah\.?\s(?P<chamber2>TK|EK)(?![\w])"
)
GAZETTES = {
    # written form -> (kind, canonical prefix)
    "staatscourant": ("staatscourant", "stcrt"),
    "stcrt": ("staatscourant", "stcrt"),
    "staatsblad": ("staatsblad", "stb"),
    "stb": ("staatsblad", "stb"),
    "tractatenblad": ("tractatenblad", "trb"),
    "trb": ("tractatenblad", "trb"),
}
GAZETTE_ANCHOR = r"(?P<gazette>Staatscourant|Staatsblad|Tractatenblad|Stcrt|Stb|Trb)\.?(?![\w-])"
GAZETTE_BODY = (
    SEP
    + r"(?P<year>"
    + YEAR
    + r")"
    + SEP
    + r"(?:"
    + NUMBER_WORD
    + r")?(?P<number>\d{1,6})(?![\d/])"
)

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
        r"(?:,?\s(?:zp|zittingsplaats)\.?\s(?:Den\sHaag|Den\sBosch|[A-Z][\p{L}-]{2,20}))?",
        "Rb.",
    ),
    (
        r"(?:Hof|Gerechtshof)\s(?:Den\sHaag|Den\sBosch|Amsterdam|Arnhem-Leeuwarden|'s-Hertogenbosch)",
        "Hof",
    ),
]
# A court name only starts a case-law citation when a date, case number or ECLI follows.
COURT_FOLLOW = r"(?=[\s,]{0,3}(?:\(vzr\.?\)[\s,]{0,3})?(?:‘[^‘’]{1,60}’\s?)?(?:(?:van|op)\s)?(?:\d{1,2}[-\s./]|nr\.|zaak|[CT][-\u2010\u2011\u2013]|ECLI))"

# ECLI: the valid form, and a loose form that catches broken ones for diagnosis.
ECLI_VALID = (
    r"ECLI:\s?(?P<country>[A-Z]{2}):\s?(?P<court>[A-Z0-9]{1,7}):\s?(?P<year>\d{4}):\s?"
    r"(?P<ordinal>[A-Z0-9](?:[A-Z0-9.]{0,24}[A-Z0-9])?)"
)
ECLI_LOOSE = r"(?<![\w])ECLI(?:[:\-\s.]{1,3}[\w.]{1,25}){0,5}"

# Case numbers: EU ("C-133/15", "C- 34/09", "T-12/19", "C-269/18 PPU"), Raad van State
# ("201808923/1/V3"), others ("AWB 19/1234", "19/12345").
EU_CASE = r"(?<![\w])(?P<case>[CT])[-\u2010\u2011\u2013]\s?(?P<cnum>\d{1,4})/(?P<cyear>\d{2})(?!\d)(?P<ppu>\sPPU)?"
RVS_CASE = r"(?<!\d)(?P<rvs>\d{9}/\d{1,2}(?:/[A-Z]\d{1,2})?)(?![\w/])"
# after "nr.": "19/1234", and ECHR application numbers "43611/11"
NL_CASE = r"(?:(?:AWB|NL)\s?)?(?:\d{2}/\d{3,6}|\d{3,5}/\d{2})(?![\d/])"
# court case numbers that need no "nr.": "AWB 19/1234", "NL20.1234" (Rb. vreemdelingenzaken)
NL_CASE_BARE = r"(?:AWB\s?\d{2}/\d{3,6}|NL\d{2}\.\d{3,6})(?![\d/])"

# Dates: numeric, possibly garbled ("05-122018"); or Dutch long form ("5 juni 2019").
MONTHS = {**_dates.MONTHS, **_dates.MONTH_ABBREVIATIONS}
NUM_DATE = r"(?<![\d/])(?P<numdate>\d{1,2}[-./]\s?\d{1,6}(?:[-./]\s?\d{2,4})?)(?![\d/])"
LONG_DATE = (
    r"(?P<d>\d{1,2})\s(?P<m>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s(?P<y>(?:19|20)\d\d)(?!\d)"
)

# EU legislation: form, institution, number.
EU_FORMS = {
    "verordening": "verordening",
    "uitvoeringsverordening": "verordening",
    "gedelegeerde verordening": "verordening",
    "richtlijn": "richtlijn",
    "besluit": "besluit",
    "kaderbesluit": "besluit",
    "uitvoeringsbesluit": "besluit",
    "regulation": "verordening",
    "directive": "richtlijn",
    "decision": "besluit",
}
CELEX_TYPE = {"verordening": "R", "richtlijn": "L", "besluit": "D"}
EU_LEGISLATION = (
    r"(?<![\w-])(?P<form>(?:[Gg]edelegeerde\s)?[Vv]erordening|[Uu]itvoeringsverordening|[Rr]ichtlijn"
    r"|[Kk]aderbesluit|[Uu]itvoeringsbesluit|[Bb]esluit|Regulation|Directive|Decision)"
    r"\s(?:\((?P<inst>EU|EG|EEG|EGKS|Euratom|EU,\sEuratom|EC|EEC)\)\s)?(?:(?:nr|No)\.?\s)?"
    r"(?P<n1>\d{1,4})/(?P<n2>\d{1,4})(?:/(?P<inst2>EU|EG|EEG|EC|EEC|JBZ|GBVB))?(?![\d/])"
)
CELEX = r"CELEX(?::|%3A)\s?(?P<celex>[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\(\d{2}\))?)"

# Web sources.
URL_START = r"(?:https?://|www\.)"
URL_CHARS = r"[^\s<>\"‘’“”]"
ACCESSED = (
    r"[\s,(]{0,4}(?:laatst\s)?(?:geraad-?pleegd|bezocht|laatst\sbekeken|geconsulteerd|accessed|consulted|retrieved)"
    r"(?:\s(?:op|on))?:?\s{0,3}"
)
# After a stray space inside a URL, a continuation that starts with one of these
# (file extension or top-level domain) belongs to the URL: "sterk. aspx", "ind. nl/…".
URL_TAIL_WORDS = (
    "aspx|html|htm|pdf|php|jsp|docx|doc|xlsx|odt|nl|com|org|eu|int|net|be|de|uk|info|gov"
)
# Words that end a URL even after a trailing "-" or "/": prose resumes.
URL_STOP_WORDS = frozenset(
    "geraadpleegd geraad-pleegd bezocht en of op via zie voor in van de het een accessed consulted".split()
)

# Provided information: "Deze informatie is aangeleverd door X op 09-01-2020".
PROVIDED_INFO = (
    r"(?:[Dd]eze\s)?(?:[Ii]nformatie|[Gg]egevens|[Cc]ijfers)\s(?:is\s|zijn\s)?(?:aangeleverd|verstrekt|geleverd)"
    r"\sdoor\s(?P<provider>[^.;]{2,160}?)\sop\s"
)

# Ibid.: a footnote that only repeats the previous source.
IBID = r"^\s{0,3}(?:Ibid(?:em)?|Idem|Id\.|Aldaar|Zie\svorige\snoot)\.?(?![\w])"

# A footnote segment "Publisher, ‘Title’" without URL: a publication (kind "other").
PUBLICATION = r"^(?P<publisher>[^‘’.;:]{2,160}?),\s?‘(?P<title>[^’]{3,400})’\s?\.?\s?$"

# ---------------------------------------------------------------- links
OB_URL = "https://zoek.officielebekendmakingen.nl/{canonical}.html"
RECHTSPRAAK_URL = "https://uitspraken.rechtspraak.nl/details?id={ecli}"
EURLEX_ECLI_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:{ecli}"
EURLEX_CELEX_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"
