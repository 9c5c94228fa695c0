"""The citation grammar as data: anchors, parliamentary papers, gazettes, EU acts, web sources.

Every regular expression the citation parser (``extractors/citation_parser.py``) uses
is declared here or in ``patterns/courts.py`` as a named :func:`~.grammar.pattern`
with worked examples; the parser only combines them. Every pattern is linear:
alternations of literals, bounded repeats, no nested quantifiers over the same
characters, so no input can make it backtrack catastrophically.

Dates are written here only as *spans* (where a possibly garbled date sits in a
citation); their value is read by the project's one date grammar
(``extractors/dates.py``).
"""

from __future__ import annotations

import regex

from ..model import CitationKind
from . import dates as _dates
from .grammar import pattern, words

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

_CHAMBER = r"(?:II|I|TK|EK)(?![\w])"
CHAMBER = pattern(
    "cite.chamber",
    r"(?P<chamber>(?:Tweede|Eerste)\sKamer|" + _CHAMBER + r")(?![\w])",
    examples=["II", "EK", ("TK 2018-2019", "TK"), ("Tweede Kamer, 2018/19", "Tweede Kamer")],
    counter_examples=["Iran", "EKO", "IIa", "Tweede Kamerlid"],
    doc="a chamber written apart from the anchor ('Kamerstukken, II, …'), in every spelling",
)

# ---------------------------------------------------------------- pieces
_SEP = r"[\s,]{0,6}"
SEP = pattern(
    "cite.separator",
    _SEP + r"(?:(?:vergaderjaar|zitting)\s)?",
    examples=[", ", " ,  ", "", ", vergaderjaar "],
    doc="between the parts of one citation ('vergaderjaar' before a session included)",
)
SESSION = pattern(
    "cite.session",
    r"(?P<y1>(?:19|20)[0-9][0-9])\s?[-/\u2013]\s?(?P<y2>(?:19|20)?[0-9][0-9])(?![0-9])",
    examples=["2018-2019", "2018/19", "2000/2001", "2019 - 2020", "2020\u20132021"],
    counter_examples=["1850-1851", "2018-20199"],
)
GARBLED_SESSION = pattern(
    "cite.garbled_session",
    r"(?:19|20)[0-9][0-9]\s?[-/\u2013]\s?[0-9]{0,3}(?![0-9/])",
    examples=["2020/2", "2020/", "2019-202"],
    counter_examples=["2020/2021", "2019/1234"],
    doc="a session cut short ('2020/2'): read as a problem, never as a dossier (check SESSION first)",
)
_YEAR = r"(?:19|20)[0-9][0-9](?![0-9])"
# dossier: "19637", "22 112", "35 000"; subdossier "-VI", "-J", "-20" or " VI"
_DOSSIER = (
    r"(?P<dossier>[0-9]{2}\u0020[0-9]{3}|[0-9]{4,6})(?![0-9/A-Za-z\u2013]|-[0-9]{4})"
    r"(?:-(?P<sub>[IVXLC]{1,6}|[A-Z]{1,3}|[0-9]{1,3})(?![\w/])"
    r"|\u0020(?P<sub2>[IVXLC]{1,6}|[A-Z])(?![\w.]))?"
)
DOSSIER = pattern(
    "cite.dossier",
    _DOSSIER,
    examples=[
        "19637",
        "22 112",
        "34775-VI",
        "33400-J",
        "35 000 VI",
        ("36200-20, nr. 3", "36200-20"),
    ],
    counter_examples=["123", "nr. 12", "2020\u201321"],
)
EXTRA_DOSSIER = pattern(
    "cite.extra_dossier",
    r"\s?(?:;|&|\sen)\s?" + _DOSSIER + r"(?=[\s,]{1,3}(?:nrs?\.?|no\.?)\s?\w)",
    examples=[("; 28638, nr. 108", "; 28638"), (" en 29 344, nr. 1", " en 29 344")],
    counter_examples=["; 28638 over de begroting"],
    doc="a second dossier of a joint paper ('27062; 28638, nr. 108'), only before a number",
)
_NUMBER_WORD = r"(?:nrs?\.?|no\.?|nummer|letter)\s?"
_DOC_NUMBER = r"(?P<number>[0-9]{1,5}|[A-Z]{1,2}(?:[0-9]{1,2})?)(?![\w/-])"
DOC_NUMBER = pattern(
    "cite.doc_number",
    _NUMBER_WORD + _DOC_NUMBER,
    examples=["nr. 2572", "nrs. 431", "no. 2445", "nr. B", "letter C", "Nr.12"],
    counter_examples=["nr. 201808923/1/V3", "nr. 123456"],
    flags=regex.IGNORECASE,
)
BARE_DOC_NUMBER = pattern(
    "cite.bare_doc_number",
    _DOC_NUMBER + r"(?=[\s,.;)]|$)",
    examples=["3", "C", ("2050.", "2050"), ("674, p. 2", "674")],
    counter_examples=["nr.", "de"],
    doc="a document number without 'nr.' ('35271, 3'), only after a dossier or session",
)
PAGE = pattern(
    "cite.page",
    r"(?:p|pp|blz|pag)\.\s?(?P<page>[0-9]{1,5}(?:\s?-\s?[0-9]{1,5})?)",
    examples=["p. 1", "pp. 22- 24", "blz. 7", ("Ibid., p. 5", "p. 5")],
    counter_examples=["p 5", "pagina 5"],
)
ITEM = pattern(
    "cite.item",
    r"item\s(?P<item>[0-9]{1,4})",
    examples=["item 12", ("nr. 45, item 3", "item 3")],
    counter_examples=["items", "item twaalf"],
)
MORE_NUMBERS = pattern(
    "cite.more_numbers",
    r"(?:\s?,\s?|\s(?:en|and)\s)(?P<more>[0-9]{1,5})(?![\w/-])",
    examples=[" en 437", ", 12", (" en 437 en 440", " en 437")],
    counter_examples=[" en 2022Z24775", ", 19/1234"],
    doc="further document numbers after the first: 'nrs. 431 en 437'",
)
AANHANGSEL_WORD = pattern(
    "cite.aanhangsel_word",
    r"Aanhangsel(?:\s(?:van\s)?(?:de\s)?Handelingen)?(?![\w-])",
    examples=["Aanhangsel", "Aanhangsel van de Handelingen", "Aanhangsel Handelingen"],
    counter_examples=["Aanhangsels", "Aanhangsel-nummer"],
)
DOC_TYPE = pattern(
    "cite.doc_type",
    r"\([A-Za-z.]{2,10}\)",
    examples=["(MvT)", "(NnavV)", ("nr. 6 (NnavV), p. 22", "(NnavV)")],
    counter_examples=["(2019)", "(x)"],
    doc="the kind of a parliamentary paper after its number",
)

# ---------------------------------------------------------------- anchors
# Each anchor starts one citation; the parser reads on from the anchor's end.
KAMERSTUK = pattern(
    "cite.kamerstuk",
    r"(?:Kamerstuk(?:ken)?|Kamerdossier|Kst\.?|Parl\.\s?St\.?)(?![\w-])"
    r"(?:\s(?P<chamber>" + _CHAMBER + r"))?"
    r"|(?<![\w-])(?P<chamber_only>TK|EK)(?=[\s,]{1,3}(?:(?:19|20)[0-9][0-9]\s?[-/]|[0-9]{2}\s?[0-9]{3}))"
    r"|(?<![\w-])(?P<chamber_word>(?:Tweede|Eerste)\sKamer)"
    r"(?=,?\s(?:(?:vergaderjaar|zitting)\s(?:19|20)[0-9][0-9]|(?:19|20)[0-9][0-9]\s?[-/\u2013]\s?[0-9]{2}))",
    examples=[
        "Kamerstukken II",
        "Kamerstuk",
        "Kst.",
        "Parl. St.",
        ("Kamerstukken EK 2019/20, 35271, nr. B", "Kamerstukken EK"),
        ("TK 2018-2019, 19637, nr. 2", "TK"),
        ("Eerste Kamer, vergaderjaar 2021-2022, 35 879, C", "Eerste Kamer"),
        ("Tweede Kamer, 2021-2022, 30 573, nr. 190", "Tweede Kamer"),
        "Kamerdossier",
    ],
    counter_examples=[
        "Kamerstukkenlijst",
        "TK-leden",
        "TK heeft besloten",
        "de Tweede Kamer, vergaderjaar",
    ],
    anchors=("Kamer", "Kst", "Parl.", "TK", "EK"),
)
HANDELINGEN = pattern(
    "cite.handelingen",
    r"(?<!van de )Handelingen(?![\w-])(?:\s(?P<chamber>" + _CHAMBER + r"))?",
    examples=["Handelingen II", "Handelingen", ("Handelingen I 2019/20, nr. 3", "Handelingen I")],
    counter_examples=["Aanhangsel van de Handelingen", "Handelingenregister"],
    anchors=("Handelingen",),
)
AANHANGSEL = pattern(
    "cite.aanhangsel",
    r"Aanhangsel(?:\s(?:van\s)?(?:de\s)?Handelingen)?(?![\w-])(?:\s(?P<chamber>" + _CHAMBER + r"))?"
    r"|Ah\.?\s(?P<chamber2>TK|EK)(?![\w])"
    r"|Aanh\.\s?(?:Hand\.|Handelingen)(?:\s(?P<chamber3>" + _CHAMBER + r"))?",
    examples=[
        "Aanhangsel Handelingen II",
        "Aanhangsel van de Handelingen",
        "Ah. TK",
        "Ah EK",
        "Aanh. Hand. II",
    ],
    counter_examples=["Aanhangsels", "Ah, TK"],
    anchors=("Aanh", "Ah"),
)
GAZETTES: dict[str, tuple[CitationKind, str]] = {
    # written form -> (kind, canonical prefix)
    "staatscourant": ("staatscourant", "stcrt"),
    "stcrt": ("staatscourant", "stcrt"),
    "staatsblad": ("staatsblad", "stb"),
    "stb": ("staatsblad", "stb"),
    "tractatenblad": ("tractatenblad", "trb"),
    "trb": ("tractatenblad", "trb"),
}
GAZETTE = pattern(
    "cite.gazette",
    r"(?<![\w-])(?P<gazette>Staatscourant|Staatsblad|Tractatenblad|Stcrt|Stb|Trb)\.?(?![\w-])",
    examples=[
        "Staatscourant",
        "Stcrt.",
        "Stb.",
        "trb.",
        ("in de Staatsblad 2019", "Staatsblad"),
        "Tractatenblad",
        "\u017ftb.",  # a long s is an s to a case-insensitive regex (and to fold)
    ],
    counter_examples=["Staatscouranten", "Stb-nummer", "STBX"],
    flags=regex.IGNORECASE,
    anchors=tuple(GAZETTES),
)
GAZETTE_BODY = pattern(
    "cite.gazette_body",
    f"{_SEP}(?P<year>{_YEAR}){_SEP}(?:{_NUMBER_WORD})?" + r"(?P<number>[0-9]{1,6})(?![0-9/])",
    examples=[", 2019, nr. 24564", " 2019, 143", ", 2002, 618"],
    counter_examples=[" van 2019", ", 2019/2020"],
    flags=regex.IGNORECASE,
    doc="year and number after a gazette's name",
)

# ---------------------------------------------------------------- dates (spans only)
# Where a date sits in a citation, garbled ones ("05-122018") included; the value is
# read by extractors.dates.parse_date.
NUMERIC_DATE = pattern(
    "cite.date.numeric",
    r"(?<![0-9/])(?P<numdate>[0-9]{1,2}(?:-\s?[0-9]{1,6}(?:-\s?[0-9]{2,4})?|\.[0-9]{1,2}\.[0-9]{2,4}|/[0-9]{1,2}/[0-9]{4}))(?![0-9/])",
    examples=["05-06-2019", "28-02- 2020", "3.12.2019", "3/12/2019", "05-122018", "07-112019"],
    counter_examples=["201808923/1/V3", "2019-2020", "C-133/15"],
)
MONTHS = {**_dates.MONTHS, **_dates.MONTH_ABBREVIATIONS}
LONG_DATE = pattern(
    "cite.date.long",
    r"(?P<d>[0-9]{1,2})\s(?P<m>"
    + words(MONTHS, wildcard=False)
    + r")\.?\s(?P<y>(?:19|20)[0-9][0-9])(?![0-9])",
    examples=["5 juni 2019", "3 maart 2020", "12 Sept. 2019", "31 juni 2019"],
    counter_examples=["5 juni", "juni 2019", "5 juni 19"],
    flags=regex.IGNORECASE,
)
DATE_SEPARATOR = pattern("cite.date.separator", r"[-./]", examples=["-", ".", "/"])

# ---------------------------------------------------------------- EU legislation
# Written form -> form in the output.
EU_FORMS = {
    "verordening": "verordening",
    "verordeningen": "verordening",
    "uitvoeringsverordening": "uitvoeringsverordening",
    "uitvoeringsverordeningen": "uitvoeringsverordening",
    "gedelegeerde verordening": "verordening",
    "richtlijn": "richtlijn",
    "richtlijnen": "richtlijn",
    "besluit": "besluit",
    "besluiten": "besluit",
    "kaderbesluit": "besluit",
    "uitvoeringsbesluit": "uitvoeringsbesluit",
    "uitvoeringsbesluiten": "uitvoeringsbesluit",
    "regulation": "verordening",
    "regulations": "verordening",
    "directive": "richtlijn",
    "directives": "richtlijn",
    "decision": "besluit",
    "decisions": "besluit",
    "implementing regulation": "uitvoeringsverordening",
    "implementing regulations": "uitvoeringsverordening",
    "implementing decision": "uitvoeringsbesluit",
    "implementing decisions": "uitvoeringsbesluit",
    "delegated regulation": "verordening",
}
# CELEX document-type letter of each form (implementing acts share their parent's letter).
CELEX_TYPE = {
    "verordening": "R",
    "richtlijn": "L",
    "besluit": "D",
    "uitvoeringsverordening": "R",
    "uitvoeringsbesluit": "D",
}
_EU_INST = r"EU|EG|EEG|EGKS|Euratom|EU,\sEuratom|EC|EEC"
_EU_NUMBER = (
    r"(?P<n1>[0-9]{1,4})/(?P<n2>[0-9]{1,4})(?:/(?P<inst2>EU|EG|EEG|EC|EEC|JBZ|GBVB))?(?![0-9/])"
)
EU_LEGISLATION = pattern(
    "cite.eu_legislation",
    r"(?<![\w-])(?P<form>(?:[Gg]edelegeerde\s)?[Vv]erordening(?:en)?|[Uu]itvoeringsverordening(?:en)?"
    r"|[Rr]ichtlijn(?:en)?|[Kk]aderbesluit|[Uu]itvoeringsbesluit(?:en)?|[Bb]esluit(?:en)?"
    r"|Implementing\sRegulations?|Implementing\sDecisions?|Delegated\sRegulation"
    r"|Regulations?|Directives?|Decisions?)"
    r"\s(?:\((?P<inst>" + _EU_INST + r")\)\s)?(?:(?:nr|No)\.?\s)?" + _EU_NUMBER,
    examples=[
        "Verordening (EU) 2019/1155",
        "Verordening (EG) nr. 810/2009",
        "Richtlijn 2013/32/EU",
        "Kaderbesluit 2002/584/JBZ",
        "Regulation (EU) No 604/2013",
        ("de richtlijn 2008/115/EG van", "richtlijn 2008/115/EG"),
        ("Richtlijnen 2004/38/EG en 2003/86/EG", "Richtlijnen 2004/38/EG"),
        "Implementing Regulation (EU) No 809/2014",
    ],
    counter_examples=["Vreemdelingenbesluit 2000", "Besluit 2019", "Richtlijn 2013/32/EU/2"],
    # the number's slash and the digit after it: a slash alone stands in every URL
    anchors=tuple(f"/{d}" for d in "0123456789"),
)
EU_MORE = pattern(
    "cite.eu_more",
    r"(?:\s?,\s?|\s(?:en|and|of)\s)(?P<act>(?:\((?P<inst>" + _EU_INST + r")\)\s)?"
    r"(?:(?:nr|No)\.?\s)?" + _EU_NUMBER + ")",
    examples=[" en (EU) 2021/1230", " en 2013/33/EU", ", (EG) nr. 1560/2003", " en nr. 515/2014"],
    counter_examples=[" en 2013", " en artikel 3"],
    doc="a further act after the first of a plural form ('Richtlijnen 2013/32/EU en 2013/33/EU')",
)
# The two ways EU_BARE opens ("(" and a digit), as a lookahead before its branches: the
# regex module then skips to those characters, where it would try both branches at
# every position of the text (several times slower on a paragraph).
EU_BARE_OPENS = "(0-9"
EU_BARE = pattern(
    "cite.eu_bare",
    "(?=[" + EU_BARE_OPENS + "])(?:"
    r"\((?<![\w)/.-].)(?P<inst>EU|EG|EEG)\)\s(?:(?:nr|No)\.?\s)?"
    + _EU_NUMBER
    + r"|(?P<n1>[0-9](?<![\w)/.-].)[0-9]{1,3})/(?P<n2>[0-9]{1,4})/(?P<inst2>EU|EG|EEG|JBZ)(?![0-9/\w])"
    ")",
    examples=[
        "(EU) 2016/679",
        "(EG) nr. 862/2007",
        ("AVG, (EU) 2016/679)", "(EU) 2016/679"),
        ("de Procedurerichtlijn (2013/32/EU)", "2013/32/EU"),
    ],
    counter_examples=["(EU) 2016", "Verordening(EU) 2016/679", "nr.2013/32", "2019/20"],
    doc="an act by institution and number alone; a citation only when the institution is"
    " printed and a form word precedes it in the same clause (see EU_FORM_BEFORE)",
    anchors=("(EU)", "(EG)", "(EEG)", "/E", "/JBZ"),
)
EU_FORM_BEFORE = pattern(
    "cite.eu_form_before",
    r"(?P<form>(?:[Gg]edelegeerde\s)?[Vv]erordening|[Uu]itvoeringsverordening|[Rr]ichtlijn"
    r"|[Uu]itvoeringsbesluit|(?<!\p{Ll})[Bb]esluit|Regulation|Directive|Decision)(?![\w])[^.;)]{0,80}$",
    examples=[
        ("de Algemene Verordening Gegevensbescherming ", "Verordening Gegevensbescherming "),
        ("de Opvangrichtlijn, ", "richtlijn, "),
        (
            "de Algemene verordening gegevensbescherming (AVG, ",
            "verordening gegevensbescherming (AVG, ",
        ),
    ],
    counter_examples=[
        "de wet. Daarna ",
        "het Vreemdelingenbesluit 2000 ",
        "de richtlijn (zie) en ",
    ],
    doc="the form word a bare '(EU) 2016/679' belongs to, read backwards in the same clause",
)
CELEX = pattern(
    "cite.celex",
    r"CELEX(?::|%3A|\snr\.|\snummer|\s(?=[0-9]))\s?(?P<celex>[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\([0-9]{2}\))?)",
    examples=[
        "CELEX:32013R0604",
        ("?uri=CELEX%3A32013L0032.", "CELEX%3A32013L0032"),
        "celex:32008l0115",
        "CELEX 32013R0604",
    ],
    counter_examples=["CELEX:2013R0604", "CELEX-32013R0604"],
    flags=regex.IGNORECASE,
    anchors=("celex",),
)
CELEX_TYPE_LETTERS = pattern(
    "cite.celex_type",
    r"[0-9]{5}(?P<type>[A-Z]{1,2})",
    examples=[("32013R0604", "32013R"), ("32011XG1216(01)", "32011XG")],
    counter_examples=["3201R0604"],
    doc="the document-type letters of a CELEX number",
)
NON_DIGITS = pattern("cite.non_digits", r"[^0-9]", examples=["(", "a"], counter_examples=["7"])

# ---------------------------------------------------------------- web sources
_URL_CHARS = r"[^\s<>\"‘’“”]"
URL_START = pattern(
    "cite.url_start",
    r"(?<![\w@/.])(?:https?://|www\.)",
    examples=["https://", "www.", ("zie http://ind.nl", "http://")],
    counter_examples=["info@www.nl", "mailto:x", "ind.nl/www.x"],
    flags=regex.IGNORECASE,
    anchors=("://", "www."),
)
URL_RUN = pattern(
    "cite.url_run",
    _URL_CHARS + r"{1,2048}",
    examples=["https://ind.nl/a?b=c", ("www.ind.nl, geraadpleegd", "www.ind.nl,")],
    counter_examples=[" ", "‘’"],
    doc="the characters of a URL up to the next space or quote",
)
# After a stray space inside a URL, a continuation that starts with one of these
# (file extension or top-level domain) belongs to the URL: "sterk. aspx", "ind. nl/…".
URL_TAIL_WORDS = (
    "aspx html htm pdf php jsp docx doc xlsx odt nl com org eu int net be de uk info gov".split()
)
URL_TAIL = pattern(
    "cite.url_tail",
    r"(?:" + words(URL_TAIL_WORDS, wildcard=False) + r")(?:[/?#&=]" + _URL_CHARS + r"{0,2048})?$",
    examples=["aspx", "nl/nieuws/paginas/kinderen.aspx", "PDF"],
    counter_examples=["Zie ook", "nlx"],
    flags=regex.IGNORECASE,
)
URL_BARE_HOST = pattern(
    "cite.url_bare_host",
    r"(?:https?://)?(?:www\.)?",
    examples=["https://www.", "www.", "HTTP://"],
    flags=regex.IGNORECASE,
    doc="a URL cut off before its host ('https://www. rijksoverheid.nl')",
)
URL_PATH_CHAR = pattern(
    "cite.url_path_char",
    r"[/._%=-]",
    examples=["/", ("online.pdf", ".")],
    counter_examples=["online"],
)
# Words that end a URL even after a trailing "-" or "/": prose resumes.
URL_STOP_WORDS = frozenset(
    "geraadpleegd geraad-pleegd bezocht en of op via zie voor in van de het een accessed consulted".split()
)
ACCESSED = pattern(
    "cite.accessed",
    r"[\s,(]{0,4}(?:laatst\s)?(?:geraad-?pleegd|bezocht|laatst\sbekeken|geconsulteerd|accessed|consulted|retrieved)"
    r"(?:\s(?:op|on))?:?\s{0,3}",
    examples=[", geraadpleegd op ", ", laatst geraadpleegd op ", " (accessed on ", ", bezocht: "],
    counter_examples=["gelezen op"],
    flags=regex.IGNORECASE,
)

# Provided information: "Deze informatie is aangeleverd door X op 09-01-2020".
PROVIDED_INFO = pattern(
    "cite.provided_info",
    r"(?:[Dd]eze\s)?(?:[Ii]nformatie|[Gg]egevens|[Cc]ijfers)\s(?:is\s|zijn\s)?(?:aangeleverd|verstrekt|geleverd)"
    r"\sdoor\s(?P<provider>[^.;]{2,160}?)\sop\s",
    examples=[
        "Deze informatie is aangeleverd door het ministerie van Justitie en Veiligheid (JenV) op ",
        (
            "Deze gegevens zijn verstrekt door het COA op 31-12-2019.",
            "Deze gegevens zijn verstrekt door het COA op ",
        ),
        "Informatie aangeleverd door de IND op ",
    ],
    counter_examples=[
        "Deze informatie is aangeleverd door de IND.",
        "informatie is opgevraagd bij de IND op ",
    ],
    anchors=("geleverd", "verstrekt"),
)

# ---------------------------------------------------------------- other numbered documents
# EU documents: "COM(2020) 609 final", "SWD (2021) 123 def.", "SEC(2009) 1234".
EU_DOCUMENT = pattern(
    "cite.eu_document",
    r"(?<![\w])(?P<type>COM|SWD|SEC|JOIN)\s?\(\s?(?P<year>(?:19|20)[0-9][0-9])\s?\)\s?"
    r"(?P<number>[0-9]{1,4})(?![0-9/])(?:\s(?:final|def\.|definitief)(?![\w]))?",
    examples=[
        "COM(2020) 609 final",
        "COM (2020) 609 def.",
        "SWD(2021) 123 final",
        "SEC(2009) 1234",
        ("Mededeling, JOIN(2016) 29 final.", "JOIN(2016) 29 final"),
    ],
    counter_examples=["COM(2020)", "ECOM(2020) 609", "COM(20) 609"],
    doc="a document of the European Commission by type, year and number",
    anchors=("COM", "SWD", "SEC", "JOIN"),
)
EU_DOCUMENT_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri={type}:{year}:{number}:FIN"
# Tweede Kamer zaak ("2022Z24775") and document ("2022D12345") numbers of the parliamentary
# information system; inside a URL they are part of the URL, not a citation of their own.
TK_NUMBER = pattern(
    "cite.tk_number",
    r"(?P<year>(?:19|20)(?<![\w=&/.-]..)[0-9][0-9])(?P<type>[ZD])(?P<number>[0-9]{5})(?![\w])",
    examples=["2022Z24775", "2022D12345", ("(Kamerstuk 2022Z24775)", "2022Z24775")],
    counter_examples=["id=2022Z10845", "2022Z2477", "2022X24775", "2022Z247755"],
    anchors=tuple(t + d for t in "ZD" for d in "0123456789"),
)
TK_TYPES = {"Z": "tk_zaak", "D": "tk_document"}
TK_ZAAK_URL = "https://www.tweedekamer.nl/kamerstukken/detail?id={id}"

# Cross-references to another note: no citation; the note points to that note's sources.
NOTE_REFERENCE = pattern(
    "cite.note_reference",
    r"^\s{0,3}(?:(?:zie|vgl\.?)\s(?:ook\s)?)?(?:(?:de\s)?(?:voet)?noot|fn\.?)\s(?P<note>[0-9]{1,4})(?![0-9])",
    examples=[
        ("Zie noot 101.", "Zie noot 101"),
        "zie voetnoot 12",
        "Zie ook noot 3",
        "Vgl. noot 7",
    ],
    counter_examples=["Zie noten 3 en 4 van hoofdstuk 2x", "Zie paragraaf 4.2"],
    flags=regex.IGNORECASE,
    doc="a note that refers to another note ('Zie noot 101')",
)

# Ibid.: a footnote that only repeats the previous source.
IBID = pattern(
    "cite.ibid",
    r"^\s{0,3}(?:Ibid(?:em)?|Idem|Id\.|Aldaar|Zie\svorige\snoot)\.?(?![\w])",
    examples=["Ibid.", "ibidem", " Idem.", "Zie vorige noot.", ("Ibid., p. 4", "Ibid.")],
    counter_examples=["Ibidemwoord", "Zie Ibid."],
    flags=regex.IGNORECASE,
)

# A footnote segment "Publisher, ‘Title’" without URL: a publication (kind "other").
PUBLICATION = pattern(
    "cite.publication",
    r"^(?P<publisher>[^‘’.;:]{2,160}?),\s?‘(?P<title>[^’]{3,400})’\s?\.?\s?$",
    examples=[
        "VVD, CDA, D66 en ChristenUnie (2017), ‘Vertrouwen in de toekomst: Regeerakkoord 2017-2021’.",
        "WODC, ‘Evaluatie van de Vreemdelingenwet’",
    ],
    counter_examples=["Zie: WODC, ‘Evaluatie’.", "WODC, ‘Evaluatie’, p. 3."],
    anchors=("‘",),
)
PAGE_TITLE = pattern(
    "cite.page_title",
    r"^(?P<title>[^|]{3,300}?)\s?\|\s?(?:[^|]{1,60}?\s?\|\s?){0,2}"
    r"(?P<site>[\p{L}0-9-]{2,60}(?:\.[\p{L}0-9-]{2,60}){0,3}\.(?:nl|eu|com|org|int|gov|be|de|net|info))"
    r"\s?\.?$",
    examples=[
        "Kamerbrief over de voortgang | Kamerstuk | Rijksoverheid.nl",
        "Jaarcijfers asiel | IND.nl",
        "Nieuwe regels voor arbeidsmigratie | Nieuwsbericht | Rijksoverheid.nl.",
    ],
    counter_examples=["A | B | C", "Zie de tabel | kolom 2", "Rijksoverheid.nl"],
    flags=regex.IGNORECASE,
    doc="a web page cited by the title its browser tab shows ('Titel | Soort | Site.nl'): other",
    anchors=("|",),
)
TITLE = pattern(
    "cite.title",
    r"‘(?P<title>[^‘’]{1,400})’|“(?P<title>[^“”]{1,400})”"
    r"|(?<![\w])'(?P<title>[^'‘’]{1,400})'(?![\w])|\"(?P<title>[^\"]{1,400})\"",
    examples=[
        "‘Jaarcijfers 2019’",
        ("IND, ‘Kinderen’, https://ind.nl", "‘Kinderen’"),
        "“Legal migration”",
        ("DT&V, 'Vertrek in cijfers', https://x.nl", "'Vertrek in cijfers'"),
    ],
    counter_examples=["‘onafgesloten titel", "COA's opvang"],
    doc="a quoted title, in curly, straight single or double quotes",
)
OPEN_QUOTES = "‘“'\""
SENTENCE_END = pattern(
    "cite.sentence_end",
    r"[.;]\s(?=\p{Lu})",
    examples=[("Zie ook. Rijksoverheid", ". "), ("a; IND", "; ")],
    counter_examples=["nr. 5", "o.a. de IND"],
)
SEE = pattern(
    "cite.see",
    r"^[^‘’]{0,200}?\b(?:zie(?:\sook)?|via|op|website|te\svinden\sop|lezen\sop)\s?:\s?",
    examples=[
        "Voor meer informatie, zie: ",
        (
            "Meer informatie is te vinden op onze website: http://x.nl",
            "Meer informatie is te vinden op onze website: ",
        ),
    ],
    counter_examples=["Zie Rijksoverheid, ‘Titel’: x"],
    flags=regex.IGNORECASE,
    doc="words that lead up to a cited web source, up to their colon",
)
LEAD_WORD = pattern(
    "cite.lead_word",
    r"^\s*(?:en|and|[Zz]ie(?:\sook)?|[Vv]gl\.|via|op)\s",
    examples=[("zie ook Rijksoverheid", "zie ook "), ("en IND", "en "), ("Zie IND", "Zie ")],
    counter_examples=["Engeland", "IND en COA", "Opvang"],
    doc="a word before a publisher that is not part of its name",
)
DATE_LIKE = pattern(
    "cite.date_like",
    r"[0-9\s./-]+",
    examples=["12-03-2020", "2019"],
    counter_examples=["Jaarcijfers"],
    doc="a 'title' that is only a date",
)
SPACE = pattern("cite.space", r"\s+", examples=[" ", " \n\t"], counter_examples=["x"])

# ---------------------------------------------------------------- links
OB_URL = "https://zoek.officielebekendmakingen.nl/{canonical}.html"
RECHTSPRAAK_URL = "https://uitspraken.rechtspraak.nl/details?id={ecli}"
EURLEX_ECLI_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:{ecli}"
EURLEX_CELEX_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"
