"""Word lists that decide whether a figure is a statistic and what it is about.

Kept as data so another year's report (or a new phrasing) is a list edit, not a code
change. All matching is case-insensitive. The second half of the module declares every
regex of ``extractors/statistics/`` as a named pattern with worked examples, compiled
from these lists by ``grammar.words``. Periods are not read here: they come from the
date grammar of ``patterns/dates.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from . import dates as _dates
from . import numbers as _numbers
from .grammar import literals as literal_search
from .grammar import open_ended, pattern, words

# Month names, full and abbreviated with their full stop ("jan."), from the one date table.
MONTHS = {
    **_dates.MONTHS,
    **{f"{abbr}.": month for abbr, month in _dates.MONTH_ABBREVIATIONS.items()},
}

# A figure followed by one of these is a duration, an age or a time limit in a rule
# ("12 weken", "binnen drie maanden", "18 jaar en ouder", "vijf jaar"), never a statistic.
TIME_UNITS = (
    "jaar",
    "jaren",
    "jaartje",
    "maand",
    "maanden",
    "week",
    "weken",
    "dag",
    "dagen",
    "werkdag",
    "werkdagen",
    "kalenderdagen",
    "uur",
    "uren",
    "minuut",
    "minuten",
    "seconde",
    "seconden",
    "eeuw",
    "eeuwen",
    "decennia",
    "decennium",
    "kwartaal",
    "kwartalen",
    "semester",
    "semesters",
    "nacht",
    "nachten",
    "weekend",
    "weekenden",
    "jaarlijks",
    "levensjaar",
)

# Words right before a figure that make it a reference, rank or label, not a quantity:
# "artikel 3", "nr. 143", "hoofdstuk 4", "paragraaf 5", "top drie", "fase 2".
REFERENCE_BEFORE = (
    "artikel",
    "artikelen",
    "keuze",
    "art.",
    "artt.",
    "lid",
    "nr.",
    "nrs.",
    "nummer",
    "nummers",
    "no.",
    "hoofdstuk",
    "hoofdstukken",
    "paragraaf",
    "paragrafen",
    "par.",
    "sectie",
    "bijlage",
    "bijlagen",
    "afbeelding",
    "figuur",
    "tabel",
    "grafiek",
    "kader",
    "pagina",
    "pagina's",
    "p.",
    "pp.",
    "blz.",
    "fase",
    "week",
    "weeknummer",
    "stap",
    "versie",
    "zaak",
    "punt",
    "onderdeel",
    "sub",
    "top",
    "categorie",
    "niveau",
    "rapportage",
    "richtlijn",
    "verordening",
    "besluit",
    "zaaknummer",
    "dossier",
    "kamerstuk",
    "kamerstukken",
    "staatsblad",
    "staatscourant",
    "stb.",
    "stcrt.",
    "ecli",
    "rutte",
    "leeftijd van",
    "de leeftijd",
)

# A range connector lets the second figure's unit govern the first: "tussen de 18 en 31
# jaar" and "van 18 tot en met 30 jaar" are both ages, "van 12 naar 19 weken" two durations.
RANGE_CONNECTORS = ("tot en met", "t/m", "tot", "en", "of", "à", "a", "-", "–", "naar")

# Change words: the figure right after them (within a couple of words) is a change.
INCREASE_WORDS = (
    "stijging",
    "toename",
    "groei",
    "verhoging",
    "vermeerdering",
    "vergroting",
)
DECREASE_WORDS = (
    "daling",
    "afname",
    "vermindering",
    "verlaging",
    "teruggang",
    "krimp",
    "verkleining",
)
# "met 25 procent gestegen", "is 10% gedaald".
INCREASE_VERBS = (
    "gestegen",
    "toegenomen",
    "gegroeid",
    "verhoogd",
    "stegen",
    "steeg",
    "nam toe",
    "namen toe",
    "stijgt",
    "groeide",
)
DECREASE_VERBS = (
    "gedaald",
    "afgenomen",
    "verminderd",
    "verlaagd",
    "daalden",
    "daalde",
    "nam af",
    "namen af",
    "daalt",
    "gekrompen",
)

# Words that introduce the figure a statistic is compared with. The figure before the
# marker is the newer one and carries ``compared_to``.
COMPARISON_MARKERS = (
    "terwijl",
    "ten opzichte van",
    "t.o.v.",
    "vergeleken met",
    "in vergelijking met",
    "tegen",
    "tegenover",
    "dan in",
    "als in",
)

# Words that end the noun phrase after a figure: function words and common verbs.
NP_STOP_WORDS = frozenset(
    """
    in op van voor door met uit aan bij naar over tot tegen om te en of maar dan als
    die dat dit deze wie wat waar waarvan waarin waarbij welke is zijn was waren werd
    werden wordt worden heeft hebben had hadden kan kunnen kon konden zal zullen zou
    zouden moet moeten mag mogen wil willen er het de een niet nog ook al wel reeds
    gedaan ingediend gekomen aangekomen verleend afgegeven aangevraagd ontvangen
    aangesteld ingezet geworven gestegen gedaald toegenomen afgenomen gehaald
    hervestigd geregistreerd verdwenen vertrokken uitgezet opgevangen geplaatst
    gevestigd gevormd bedroeg bedraagt bedroegen nam namen steeg daalde stegen daalden
    vormden vormde vormen kwamen kwam komen meer minder extra per ten tussen
    sinds vanaf tijdens na voorafgaand waarvan hiervan daarvan waaronder zoals
    ongeveer ruim circa bijna zo'n zo’n waarvoor verdeeld gekregen afgewezen ingewilligd
    verstrekt gesteld opgenomen staan stond staat gaan ging gingen gegaan uitgetrokken
    geïnvesteerd beschikbaar gemaakt gesteld aangetrokken overgedragen teruggekeerd
    geweigerd beëindigd aangemeld waarna weer echter dus daarom toen nu opnieuw
    gereserveerd toegekend begroot
    """.split()
)

# Words that quantify the comparison, not the thing: "maar liefst", skipped when
# looking left from a figure for a change word.
FILLER_BEFORE = (
    "maar liefst",
    "ongeveer",
    "ruim",
    "circa",
    "ca.",
    "bijna",
    "zo'n",
    "zo’n",
    "meer dan",
    "minder dan",
    "ruwweg",
    "slechts",
    "nog",
    "zelfs",
)

# Words before a year that make it part of a name ("Vreemdelingenwet 2000",
# "regeerakkoord 2017", "Jaaroverzicht 2019"), not the period of a figure.
YEAR_NAME_SUFFIXES = (
    "wet",
    "besluit",
    "akkoord",
    "overzicht",
    "verslag",
    "rapport",
    "rapportage",
    "agenda",
    "begroting",
    "circulaire",
    "regeling",
    "programma",
    "report",
    "trends",
    "cijfers",
    "ketens",
    "keten",
    "voorschrift",
    "verdrag",
    "plan",
    "nota",
    "brief",
    "formatie",
)

# Documents whose date ("de Kamerbrief van 3 maart 2020", "het debat van mei 2022") is a
# citation, not the period of a figure; names ending in YEAR_NAME_SUFFIXES count too.
CITED_DOCUMENTS = (
    "debat",
    "commissiedebat",
    "overleg",
    "algemeen overleg",
    "notaoverleg",
    "motie",
    "kamervragen",
    "antwoord",
    "antwoorden",
    "uitspraak",
    "arrest",
    "vonnis",
    "advies",
    "studie",
    "onderzoek",
    "evaluatie",
    "mededeling",
    "toezegging",
)

# Parliamentary events whose date is cited ("Kamervragen in maart 2022", "het
# Commissiedebat … van 16 juni 2022"): "in" and "op" join them to their date too.
CITED_EVENTS = (
    "kamervragen",
    "debat",
    "overleg",
    "notaoverleg",
    "wetgevingsoverleg",
    "motie",
    "kamerbrief",
)

# Labels of a document's own date in a letterhead ("Datum 22 december 2022").
DATE_LABELS = ("datum", "dagtekening", "date")

# A figure right after "de <norm> … op/van" is a bound set by a rule ("de mondiale
# zwavelnorm voor luchtvaart op 0,3%"): it has no period.
NORM_WORDS = ("norm", "normen", "grenswaarde", "grenswaarden", "limiet", "plafond", "drempel")

# A particle right before "tot" closes a change verb ("nam wel toe tot 22.530").
CHANGE_PARTICLES = ("toe", "af", "op", "terug", "uit")

# Verbs after which "tot N" is the value reached, not a bound ("gestegen tot 3.710").
CHANGE_TO_VERBS = (
    "opgelopen",
    "liep op",
    "liepen op",
    "teruggelopen",
    "liep terug",
    "gegroeid",
    "gezakt",
    "zakte",
    "verdubbeld",
    "gehalveerd",
)

# Words of a decision or intention that govern an "om … te" clause: the figures in the
# clause are what is intended ("besloten om … te reduceren van 500.000 naar 440.000"),
# so a period outside it (the decision date) is not theirs.
INTENT_BEFORE_OM = (
    "besloten",
    "besluit",
    "opgeroepen",
    "verzocht",
    "gevraagd",
    "voornemens",
    "voornemen",
    "doel",
    "doelstelling",
    "kabinetsdoelstelling",
    "ambitie",
    "streven",
    "afgesproken",
    "gekozen",
    "toegezegd",
    "plan",
    "van plan",
)

# Cue words of a plan or target. A sentence with one ("Het streven was om … in de tweede
# helft van 2022 …", "toe naar een circulaire economie in 2050 met als doel …") states
# when something is to happen; its date does not frame the figures of later sentences.
INTENT_WORDS = (
    "streven",
    "streeft",
    "voornemens",
    "doel",
    "doelen",
    "doelstelling",
    "kabinetsdoelstelling",
    "ambitie",
    "ambities",
    "beoogd",
    "beoogt",
)


# Endings of a noun right after a percentage that names what the percentage measures
# ("55 procent uitstootreductie", "60%-reductie").
PERCENT_NOUN_ENDINGS = ("reductie", "daling", "stijging", "groei", "toename", "afname", "aandeel")

# Words that show a sentence talks about money, so that "40 miljoen beschikbaar" is euros.
MONEY_CUES = (
    "gereserveerd",
    "reserveren",
    "toegekend",
    "beschikbaar",
    "uitgetrokken",
    "uittrekken",
    "trekt",
    "geïnvesteerd",
    "investering",
    "budget",
    "begroting",
    "financiering",
    "gefinancierd",
    "subsidie",
    "bijdrage",
    "kosten",
    "kost",
    "bekostiging",
    "middelen",
    "euro",
    "€",
)

# Word shapes that end the noun phrase after a figure when they follow a noun: past
# participles and the verbs that close a Dutch subordinate clause
# ("ruim tien relocaties plaatsgevonden", "29 landen en vier EU-agentschappen deelnemen").
VERB_FORM_PATTERNS = (
    r"ge\p{L}{3,}[dt]",
    r"ge\p{L}{3,}en",
    r"\p{L}+gevonden",
    r"\p{L}+geleid",
    r"(?:in|op|aan|af|uit|toe|mee|over|onder|vast|voor|na|terug|bij)ge\p{L}{2,}[dtn]",
    r"\p{L}+eerd",
    r"\p{L}+eert",
    r"\p{L}+igd",
    r"\p{L}*(?:nemen|stromen|komen|gaan|zien|worden|vinden|krijgen|blijven|leiden)",
    r"laat|laten|start|starten|staat|staan|zijn|kunnen|beoordeeld|hervestigd",
)

# Words skipped right after a figure before the noun phrase starts:
# "5.500 meer eerste asielaanvragen", "drie zogenaamde ‘ketenmariniers’".
NP_SKIP_FIRST = frozenset(
    {"meer", "minder", "extra", "zogenaamde", "zogeheten", "verschillende", "diverse"}
)

# Finite verbs that end the subject of a sentence whose figure is the predicate:
# "De aanvragen van arbeidsmigranten zijn … gestegen tot 3.710", "Het budget bedroeg …".
SUBJECT_VERBS = (
    "is",
    "zijn",
    "was",
    "waren",
    "bedraagt",
    "bedroeg",
    "bedroegen",
    "steeg",
    "stegen",
    "daalde",
    "daalden",
    "nam",
    "namen",
    "vormen",
    "vormden",
    "vormde",
    "vormt",
    "besloeg",
    "besloegen",
    "maakten",
    "maakte",
    "lag",
    "lagen",
    "groeide",
    "groeiden",
)
# Of these, the verbs that give a share: the subject is the part, "van X" the whole
# ("Nareizigers vormden 13,8 procent van het totaal aantal asielaanvragen").
SHARE_VERBS = ("vormen", "vormden", "vormde", "vormt", "besloeg", "besloegen", "maakten", "maakte")
# Adverbs that open a sentence before an inverted verb ("Zo is in 2018 al 200 extra fte
# geworven"): the words before the verb are then no subject.
SENTENCE_ADVERBS = frozenset(
    """zo ook daarnaast verder bovendien daarom hierdoor daardoor toen echter tevens
    vervolgens inmiddels momenteel eerder later ten slotte tot slot""".split()
)
# Determiners that open a subject noun phrase (and are dropped from it). "Dit"/"dat"
# are left out: "Dit is een stijging van …" refers back instead.
SUBJECT_DETERMINERS = frozenset({"de", "het", "deze", "die", "alle"})
# Copulas need a change participle to make the figure about the subject
# ("De aanvragen zijn met 25 procent gestegen"); "Het streven is 60%" names nothing.
COPULAS = frozenset({"is", "zijn", "was", "waren"})
CHANGE_PARTICIPLES = (
    "gestegen",
    "gedaald",
    "toegenomen",
    "afgenomen",
    "gegroeid",
    "verdubbeld",
    "gehalveerd",
    "opgelopen",
    "teruggelopen",
    "verminderd",
    "verhoogd",
    "verlaagd",
)
# A sentence opening with one of these refers back to the figure before it:
# "Daarvan zijn er ongeveer 702.180 afgegeven …" counts the same thing.
# Words that may join a noun phrase after a figure to its complement, with the
# articles that may follow them: "aanvragen voor een reguliere verblijfsvergunning".
NP_LINK_WORDS = ("voor", "van")
NP_LINK_ARTICLES = ("een", "de")

# A subject opening with one of these is "het aantal X": the count-of rule names X.
COUNT_NOUNS = ("aantal", "totaal", "totale")

ANAPHOR_STARTS = ("daarvan", "hiervan", "van deze", "van hen", "waarvan", "daaronder")


# ---------------------------------------------------------------------------------------
# The compiled grammar of the statistics extractor: every regex it uses, with examples.
# ---------------------------------------------------------------------------------------

_I = regex.IGNORECASE
# A grammar of what stands right before a figure is REVERSE, ends in white space and "$"
# and is matched at the end of the text before the figure (why: patterns/numbers.py).
_R = regex.REVERSE


def literals(entries: Iterable[str]) -> tuple[str, ...]:
    """Pieces of a word list, lower case, one of which every match of ``words(entries)``
    holds: the longest literal token of each entry (wildcards cut off), leaving out a
    piece that holds a shorter one. A text holding none of them is not searched."""
    pieces: set[str] = set()
    for entry in entries:
        tokens = [t.strip("*").lower() for t in entry.split() if t.strip("*")]
        pieces.add(max(tokens, key=len))
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


def may_hold(folded: str, pieces: tuple[str, ...]) -> bool:
    """Whether a text, as :func:`~emnextract.patterns.grammar.fold` gives it (``folded``),
    may hold a match of the word list whose :func:`literals` are ``pieces``, matched
    case-insensitively (``fold`` turns every letter such a match equates with an ASCII
    letter into that letter, as the anchors of every pattern are looked for)."""
    for piece in pieces:  # a plain loop: quicker than any() over a generator
        if piece in folded:
            return True
    return False


def may_hold_within(folded: str, pieces: tuple[str, ...], start: int, end: int) -> bool:
    """:func:`may_hold` of the part ``[start, end)`` of a text, given the fold of all of it
    (``fold`` folds one character at a time: the fold of a part is that part of the fold,
    so the part need not be cut out and folded again)."""
    for piece in pieces:
        if folded.find(piece, start, end) != -1:
            return True
    return False


def pieces_in(folded: str, pieces: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``pieces`` that stand in ``folded``: no part of the text holds another
    (ask :func:`may_hold_within` of its parts about these alone)."""
    return tuple(piece for piece in pieces if piece in folded)


_DAY = r"(?:[1-9]|[12][0-9]|3[01])"

# Words before a capitalised word or a name suffix that keep the year after them a
# period ("Sinds 2019", "het jaar 2020"), rather than part of a name.
NAME_BREAKING_WORDS = frozenset(
    "in van voor tot sinds vanaf na begin eind medio halverwege per over rond tegen "
    "sedert jaar periode t/m en of dan waarin op uit het tussen tijdens gedurende "
    "vóór omstreeks ook".split()
)

# -- periods ----------------------------------------------------------------------------

DATE_LABEL = pattern(
    "stat.date-label",
    rf"(?<!\p{{L}})(?:{words(DATE_LABELS)})\s*:?\s+(?:{_DAY}\s+)?$",
    examples=[("Kenmerk 12 Datum 14 ", "Datum 14 "), ("Dagtekening: ", "Dagtekening: ")],
    counter_examples=["De datum van de brief"],
    flags=_I | _R,
    doc="A letterhead label right before a date: the document's own date, no period.",
)
CITED_BEFORE = pattern(
    "stat.cited-document-before",
    rf"(?<!\p{{L}})(?:de|het|zijn|haar|hun|deze|die|dat|dit)\s+(?:\p{{L}}+\s+)?"
    rf"\p{{L}}*(?:{words(YEAR_NAME_SUFFIXES)}|{words(CITED_DOCUMENTS)})(?:\s+\p{{Lu}}[\p{{L}}\-]*)?"
    rf"\s+(?:van|d\.d\.|gedateerd)\s+(?:{_DAY}\s+)?(?:\p{{L}}+\.?\s+)?$",
    examples=[
        ("zoals beschreven in de Voortgangsbrief van 9 ", "de Voortgangsbrief van 9 "),
        ("volgens het advies van ", "het advies van "),
    ],
    counter_examples=["de aanvragen van "],
    flags=_I | _R,
    doc="The words before the date of a cited document ('de Kamerbrief van 3 maart').",
)
# Words CITED_BEFORE and CITED_EVENT_BEFORE need in their window: a window holding none
# of them is not searched.
CITED_LINK_LITERALS = literals(("van", "d.d.", "gedateerd"))
CITED_EVENT_LITERALS = literals(CITED_EVENTS)
CITED_EVENT_BEFORE = pattern(
    "stat.cited-event-before",
    rf"(?<!\p{{L}})\p{{L}}*(?:{words(CITED_EVENTS)})\s+(?:[\p{{L}}\-]+\s+){{0,3}}?"
    rf"(?:in|van|op|d\.d\.)\s+(?:{_DAY}\s+)?(?:\p{{L}}+\.?\s+)?$",
    examples=[
        ("naar aanleiding van Kamervragen in ", "Kamervragen in "),
        ("tijdens het Commissiedebat Migratie van 4 ", "Commissiedebat Migratie van 4 "),
    ],
    counter_examples=["het aantal asielzoekers in "],
    flags=_I | _R,
    doc="The words before the date of a cited parliamentary event.",
)
JOINT_MONTH = pattern(
    "stat.joint-month",
    rf"\s*(?:en|of|,)\s*(?:{words(MONTHS)})\s+(?P<year>(?:19|20)[0-9][0-9])(?![0-9])",
    examples=[" en oktober 2020", ", mei 2018"],
    counter_examples=[" en 2020"],
    flags=_I,
    doc="A month coordinated with a dated one: 'in maart en oktober 2020' is a year.",
)
NOT_A_YEAR_AFTER = pattern(
    "stat.not-a-year-after",
    r"[0-9/]|[-:][0-9]|\p{L}",
    examples=["/", "-3", "e", (":1234", ":1")],
    counter_examples=[" ", ".", ")"],
    doc="What may not follow a year for it to be a period: '2012/267', '2019-3', '2019e'.",
)
YEAR_AND_GAP = pattern(
    "stat.year-and-gap",
    r"^\s*en\s*$",
    examples=[" en "],
    counter_examples=[" en in "],
    flags=_I,
    doc="'en' between two years makes them one range ('tussen 2015 en 2019').",
)
RANGE_GAP = pattern(
    "stat.range-gap",
    r"^\s*(?:tot\s+en\s+met|t/m|tot|-|–)\s*$",
    examples=[" tot en met ", " – "],
    counter_examples=[" en ", " tot eind "],
    flags=_I,
    doc="What joins two periods into a range ('mei 2019 tot en met juni 2020').",
)
# Words of time right before a month or a number: "in februari", "sinds mei",
# "tegen 2100", "rond 1850". One list for both uses (a month without a year is a period
# only after one; a number 1800-2199 after one is a year, not a figure).
TEMPORAL_PREPOSITIONS = (
    "in",
    "tot",
    "naar",
    "na",
    "voor",
    "per",
    "sinds",
    "vanaf",
    "rond",
    "medio",
    "eind",
    "begin",
    "halverwege",
    "jaar",
)
TIME_PREPOSITION = pattern(
    "stat.time-preposition",
    rf"(?<!\p{{L}})(?:{words(TEMPORAL_PREPOSITIONS)})\s+$",
    examples=[("Sinds ", "Sinds "), ("de cijfers tot ", "tot "), ("met een blik naar ", "naar ")],
    counter_examples=["totdat ", "dijken "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="A word of time right before a month or a number (TEMPORAL_PREPOSITIONS).",
)
COMPARE = pattern(
    "stat.compare",
    rf"(?<!\p{{L}})(?:{words(COMPARISON_MARKERS)})(?!\p{{L}})",
    examples=[
        ("meer dan het jaar ervoor, terwijl het", "terwijl"),
        ("ten opzichte van", "ten opzichte van"),
    ],
    counter_examples=["tegenwind", "tegenstelling"],
    flags=_I,
    doc="A word introducing the figure another is compared with.",
)
COMPARE_LITERALS = literals(COMPARISON_MARKERS)
COMPARED_BEFORE = pattern(
    "stat.compared-before",
    rf"(?:{COMPARE.source})\s+(?:\S+\s+){{0,5}}$",
    examples=[("een stijging ten opzichte van ", "ten opzichte van "), ("tegen de ", "tegen de ")],
    counter_examples=["tegenover elkaar staande partijen in het jaar er vlak voor "],
    flags=_I,
    doc="The words before a period that make it the compared one ('ten opzichte van 2018').",
)
SPAN_BOUND_BEFORE = pattern(
    "stat.span-bound-before",
    r"(?<!\p{L})(?:tot(?:\s+en\s+met)?|t/m|sinds|vanaf)\s+$",
    examples=[("en tot ", "tot "), ("sinds ", "sinds ")],
    counter_examples=["op ", "uiterlijk "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="Words before a day that make it the bound of a span, not a point event.",
)
# Verbs of a state measured at a moment: "Op 14 februari 2022 zaten er 1.800 mensen in
# de opvang" dates the count by its day (a point event's date does not).
STOCK_VERBS = (
    "zat",
    "zaten",
    "verbleef",
    "verbleven",
    "woonde",
    "woonden",
    "stond",
    "stonden",
    "bedroeg",
    "bedroegen",
    "telde",
    "telden",
    "zitten",
    "verblijven",
    "wonen",
    "staan",
)
STOCK_VERB = pattern(
    "stat.stock-verb",
    rf"(?<!\p{{L}})(?:{words(STOCK_VERBS)})(?!\p{{L}})",
    examples=[("zaten er 1.800 mensen", "zaten"), "verbleven"],
    counter_examples=["is gestart", "zatendag"],
    flags=_I,
    doc="A verb of a state at a moment: a day in its sentence dates the count.",
)
# Words of a count or its change: a sentence without figures that uses them ("In 2022 nam
# het aantal asielaanvragen sterk toe") sets the time of the figures after it; a dated
# sentence about anything else (an event, a decision) does not.
COUNT_TALK_WORDS = (
    *INCREASE_WORDS,
    *DECREASE_WORDS,
    *INCREASE_VERBS,
    *DECREASE_VERBS,
    "aantal",
    "aantallen",
    "instroom",
    "uitstroom",
    "aandeel",
    "cijfers",
)
COUNT_TALK_LITERALS = literals(COUNT_TALK_WORDS)
# Asked of most sentences without a figure, and of many pieces: one search finds whether
# any of them stands in a fold (may_hold's answer) quicker than asking each by ``in``.
COUNT_TALK_LITERAL_SEARCH = literal_search(COUNT_TALK_LITERALS).search
COUNT_TALK = pattern(
    "stat.count-talk",
    rf"(?<!\p{{L}})(?:{words(COUNT_TALK_WORDS)})(?!\p{{L}})",
    examples=[
        ("In 2022 nam het aantal aanvragen toe", "aantal"),
        ("de instroom daalde", "instroom"),
    ],
    counter_examples=["In 2018 is het rapport uitgebracht."],
    flags=_I,
    doc="A sentence about a count or its change: its period frames the figures after it.",
)
# A maximum a rule allows ("Er kunnen maximaal vijf werknemers … worden aangetrokken"):
# a rule term, not a count, when the sentence has a modal verb.
MAXIMUM_WORDS = ("maximaal", "ten hoogste", "hooguit", "niet meer dan", "maximum van")
MODAL_VERBS = (
    "kan",
    "kunnen",
    "mag",
    "mogen",
    "moet",
    "moeten",
    "dient",
    "dienen",
    "zal",
    "zullen",
)
MAXIMUM_BEFORE = pattern(
    "stat.maximum-before",
    rf"(?<!\p{{L}})(?:{words(MAXIMUM_WORDS)})\s+$",
    examples=[("kunnen er maximaal ", "maximaal "), ("met ten hoogste ", "ten hoogste ")],
    counter_examples=["minimaal "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="A maximum before a figure: with a modal verb, a limit set by a rule.",
)
MODAL = pattern(
    "stat.modal",
    rf"(?<!\p{{L}})(?:{words(MODAL_VERBS)})(?!\p{{L}})",
    examples=[("Er kunnen maximaal", "kunnen")],
    counter_examples=["kanaal", "magazijn"],
    flags=_I,
    doc="A modal verb: a maximum in its sentence is a rule.",
)
# Openings of a sentence that go through the parts a number announced ("De wijziging
# bestaat uit twee delen. Allereerst …"): the number counts parts of the text.
ENUMERATION_OPENERS = (
    "allereerst",
    "ten eerste",
    "enerzijds",
    "in de eerste plaats",
    "op de eerste plaats",
    "eerst",
    "het eerste",
    "de eerste",
)
ENUMERATION_OPENING = pattern(
    "stat.enumeration-opening",
    rf"\s*(?:{words(ENUMERATION_OPENERS)})(?!\p{{L}})",
    examples=[("Allereerst zal", "Allereerst"), ("Ten eerste is", "Ten eerste")],
    counter_examples=["Eerstens", "In 2019"],
    flags=_I,
    doc="A sentence that starts going through the parts a number announced.",
)
AFTER_YEAR_BEFORE = pattern(
    "stat.after-year-before",
    r"(?<!\p{L})na\s+$",
    examples=[("Na ", "Na "), ("en na ", "na ")],
    counter_examples=["in ", "daarna "],
    flags=_I,
    doc="'na' before a year: the time after it, which is no period ('Na 2021 …').",
)
LIST_ANNOUNCED_AFTER = pattern(
    "stat.list-announced-after",
    r"(?:\s+[\p{L}’'\-]+){1,3}\s*:",
    examples=[(" relevante rapporten: de", " relevante rapporten:"), " aangrijpingspunten:"],
    counter_examples=[" aanvragen in 2019: de", " aanvragen, waarvan"],
    flags=_I,
    doc="A noun and a colon after a small number: it announces the list that follows.",
)
DEFINITE_BEFORE = pattern(
    "stat.definite-before",
    r"(?<!\p{L})(?:de|het|deze|die)\s+$",
    examples=[("op de ", "de "), ("Deze ", "Deze ")],
    counter_examples=["met ", "ode "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="A definite article before a number: it may name a set met before.",
)
INTENT_LITERALS = literals(INTENT_WORDS)
INTENT = pattern(
    "stat.intent",
    rf"(?<!\p{{L}})(?:{words(INTENT_WORDS)})(?!\p{{L}})",
    examples=[
        ("Het kabinet streeft naar 500 plaatsen in 2025", "streeft"),
        ("met als doel dat in 2030 alle gemeenten meedoen", "doel"),
    ],
    counter_examples=["Het aantal doelgroepen groeide"],
    flags=_I,
    doc="A plan or target: its date frames no later figures.",
)
PURPOSE_CLAUSE = pattern(
    "stat.purpose-clause",
    rf"(?<!\p{{L}})(?:{words(INTENT_BEFORE_OM)})\s+om(?!\p{{L}})",
    examples=[
        ("De gemeente heeft besloten om het aantal plekken te verhogen", "besloten om"),
        ("Het is de ambitie om in 2030 klaar te zijn", "ambitie om"),
    ],
    counter_examples=["zij gingen om tien uur"],
    flags=_I,
    doc="An intended 'om … te' clause: its figures take a period only from inside it.",
)
WORD_BEFORE = pattern(
    "stat.word-before",
    r"([\p{L}][\p{L}\-’'.]*)\s*$",
    examples=[("de Vreemdelingenwet ", "Vreemdelingenwet "), ("het EU-Pact", "EU-Pact")],
    counter_examples=["2019 "],
    # Searched from the end: the match is found at once rather than by a try at every
    # position of the window. The same match: the word must run up to the end, so its
    # first letter is the first in the run of word characters there.
    flags=_R,
    doc="The word right before a position.",
)

# -- which figures are statistics ---------------------------------------------------------

TIME_AFTER = pattern(
    "stat.time-after",
    rf"""^(?:\s*(?:{words(RANGE_CONNECTORS)})\s+(?:\S+))?   # "18 en 31 jaar"
        \s*(?:-\s*|\s)(?:{words(TIME_UNITS)})(?!\p{{L}})""",
    examples=[(" weken later", " weken"), (" en 25 jaar oud", " en 25 jaar"), " uur"],
    counter_examples=[" jaarverslagen"],
    flags=_I | regex.VERBOSE,
    doc="A time unit after a figure: a duration, age or time limit, no statistic.",
)
DIGIT = pattern("stat.digit", r"[0-9]", examples=["7", ("nr 3", "3")], counter_examples=["zeven"])
VERB_FORM = pattern(
    "stat.verb-form",
    rf"^(?:{'|'.join(VERB_FORM_PATTERNS)})$",
    examples=["gerealiseerd", "plaatsgevonden", "teruggekeerd", "doorstromen"],
    counter_examples=["aanvragen", "asielzoekers"],
    flags=_I,
    doc="A word shape that ends the noun phrase after a figure.",
)
# Nouns of a document's own structure: "vier subparagrafen", "drie bijlagen" count parts
# of the text, not things in the world.
STRUCTURE_NOUNS = (
    "hoofdstuk",
    "hoofdstukken",
    "paragraaf",
    "paragrafen",
    "subparagraaf",
    "subparagrafen",
    "sectie",
    "secties",
    "bijlage",
    "bijlagen",
    "alinea",
    "alinea's",
    "pagina",
    "pagina's",
    "bladzijde",
    "bladzijden",
    "tabel",
    "tabellen",
    "figuur",
    "figuren",
    "kader",
    "kaders",
    "artikel",
    "artikelen",
    "artikelleden",
    "voetnoot",
    "voetnoten",
    "noot",
    "noten",
)
# Unit words that open a compound naming a rule or a term ("1,5 metermaatregel",
# "100 dagenplan", "drie maandentermijn"): the figure is part of the name.
COMPOUND_UNIT_STARTS = ("meter", "kilometer", "uurs", "uur", "dagen", "weken", "maanden", "procent")
# Comparatives after "N keer/maal" that make it a ratio ("twee keer zoveel"); without
# one, "drie maal" counts repetitions allowed by a rule.
RATIO_AFTER = ("zo", "zoveel", "meer", "minder", "hoger", "lager", "groter", "kleiner")
MULTIPLIER_WORDS = _numbers.MULTIPLIER_WORDS

GLYPH_BEFORE = pattern(
    "stat.glyph-before",
    r"\(cid:\s*$",
    examples=[("(cid:", "(cid:")],
    counter_examples=["cid "],
    flags=_I,
    doc="An undecoded PDF glyph '(cid:127)': its number is no figure.",
)
COMPOUND_AFTER = pattern(
    "stat.compound-after",
    rf"^-(?!\p{{Ll}}*(?:{words(PERCENT_NOUN_ENDINGS)})(?!\p{{L}}))\p{{L}}",
    examples=[("-wekentermijn", "-w"), ("-regeling", "-r"), ("-cursus", "-c")],
    counter_examples=["-reductie", " regeling", "-2019"],
    flags=_I,
    doc="A word glued to a figure by a hyphen ('4-wekentermijn', '30%-regeling'): a name.",
)
UNIT_COMPOUND_AFTER = pattern(
    "stat.unit-compound-after",
    rf"^\s+(?:{words(COMPOUND_UNIT_STARTS)})(?!punt)\p{{L}}{{3,}}",
    examples=[(" metermaatregel", " metermaatregel"), " dagenplan"],
    counter_examples=[" meter", " procentpunt", " uur"],
    flags=_I,
    doc="A unit word opening a compound after a figure ('1,5 metermaatregel'): a rule name.",
)
# The two asked as one grammar (one attempt at the figure's end instead of two).
NAME_COMPOUND_AFTER = pattern(
    "stat.name-compound-after",
    f"(?:{COMPOUND_AFTER.source})|(?:{UNIT_COMPOUND_AFTER.source})",
    examples=[("-wekentermijn", "-w"), (" metermaatregel", " metermaatregel")],
    counter_examples=["-reductie", " meter", " procentpunt"],
    flags=_I,
    doc="A figure glued into a name: a compound after a hyphen or a unit compound.",
)
STRUCTURE_AFTER = pattern(
    "stat.structure-after",
    rf"^\s+(?:{words(STRUCTURE_NOUNS)})(?!\p{{L}})",
    examples=[(" subparagrafen: ", " subparagrafen"), " bijlagen"],
    counter_examples=[" aanvragen", " deelnemers", " lidstaten deel"],
    flags=_I,
    doc="A noun of the document's structure after a figure ('vier subparagrafen').",
)
MULTIPLIER_END = pattern(
    "stat.multiplier-end",
    rf"(?<!\p{{L}})(?:{words(MULTIPLIER_WORDS)})$",
    examples=[("drie maal", "maal"), ("2 keer", "keer")],
    counter_examples=["drie"],
    flags=_I,
    doc="A figure read with 'keer'/'maal': a count of times, a ratio only with RATIO_AFTER.",
)
RATIO_AFTER_WORDS = pattern(
    "stat.ratio-after",
    rf"^\s+(?:{words(RATIO_AFTER)})(?!\p{{L}})",
    examples=[" zoveel", (" zo hoog", " zo")],
    counter_examples=[" worden verplaatst"],
    flags=_I,
    doc="A comparative after 'N keer': the figure is a ratio.",
)
ENUM_CLOSE_AFTER = pattern(
    "stat.enum-close-after",
    r"^\)",
    examples=[")"],
    counter_examples=[" )"],
    doc="A closing parenthesis glued to a number: an enumerator when no '(' is open.",
)
LONE_DIGIT_IN_PARENS = pattern(
    "stat.lone-digit-in-parens",
    r"\(\s*[0-9]\s*\)",
    examples=["(1)", "( 2 )"],
    counter_examples=["(12)", "(1,5)"],
    doc="A single digit alone in parentheses: a reference to a numbered part, no figure.",
)
SPACED_CODE = pattern(
    "stat.spaced-code",
    r"(?<![0-9.,])(?:0[0-9]+|[0-9]{2,3})(?:[ \u00a0][0-9]{3,4})+(?![0-9]|[.,][0-9])",
    examples=[("(35 483)", "35 483"), ("bel 088 123 4567", "088 123 4567")],
    counter_examples=["in 2019 483 aanvragen", "3 483"],
    doc="Digit groups joined by spaces: a dossier or phone number, no figure.",
)
LEADING_ZERO = pattern(
    "stat.leading-zero",
    r"^0[0-9]",
    examples=[("088", "08"), ("06", "06")],
    counter_examples=["0,5", "0"],
    doc="An integer written with a leading zero: a code.",
)

LIST_NUMBER_AFTER = pattern(
    "stat.list-number-after",
    r"^[.):](?:\s|$)",
    examples=[(") Opvang", ") "), "."],
    counter_examples=[".5 procent"],
    doc="What follows a list number ('1. …', '2) …').",
)
ENUMERATOR = pattern(
    "stat.enumerator",
    r"\([0-9]{1,2}\)\s+\p{L}",
    examples=["(2) d", ("zowel (1) de opvang als", "(1) d")],
    counter_examples=["(2019) de"],
    doc="An enumerator in running text ('(1) de …, (2) de …').",
)
POSTCODE_AFTER = pattern(
    "stat.postcode-after",
    r"^(?:\s+[0-9]{4})?\s?\p{Lu}{2}(?!\p{L})",
    examples=[(" AB Den Haag", " AB"), (" 2595 BE", " 2595 BE")],
    counter_examples=[" ABC", " asielzoekers"],
    doc="The letters of a Dutch postcode after its digits.",
)
LONE_NUMBER_END = pattern(
    "stat.lone-number-end",
    r"^[.:]?\s*$",
    examples=[".", ": "],
    counter_examples=[" aanvragen"],
    doc="Nothing after a number: a heading or list label.",
)
JARIG_AFTER = pattern(
    "stat.jarig-after",
    r"^-?\s?jarig",
    examples=["-jarig", (" jarige", " jarig")],
    counter_examples=[" jaar"],
    flags=_I,
    doc="An age adjective ('18-jarige').",
)
DATE_AFTER = pattern(
    "stat.date-after",
    rf"^\s+(?:{words(MONTHS)})(?!\p{{L}})",
    examples=[" maart", (" okt. 2020", " okt.")],
    counter_examples=[" meisjes", " maartse"],
    flags=_I,
    doc="A month after a number: the number is a day.",
)
# The three asked as one grammar: most figures that are no year are followed by none of
# them, and one attempt at the figure's end costs less than three.
TIME_OR_DATE_AFTER = pattern(
    "stat.time-or-date-after",
    f"(?:{TIME_AFTER.source})|(?:{JARIG_AFTER.source})|(?:{DATE_AFTER.source})",
    examples=[(" weken later", " weken"), ("-jarige", "-jarig"), (" okt. 2020", " okt.")],
    counter_examples=[" jaarverslagen", " meisjes", " maartse"],
    flags=_I | regex.VERBOSE,  # TIME_AFTER's; the other two hold no white space or "#"
    doc="A duration, an age or a month after a figure: the figure is no statistic.",
)
REFERENCE_BEFORE_WORDS = pattern(
    "stat.reference-before",
    rf"(?<!\p{{L}})(?:{words(REFERENCE_BEFORE)})\s*$",
    examples=[("zoals bepaald in artikel ", "artikel "), ("zie blz.", "blz.")],
    counter_examples=["startpunt "],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="A word that makes the next number a reference, rank or label.",
)
AGE_BEFORE = pattern(
    "stat.age-before",
    r"(?<!\p{L})(?:ouder\s+dan|jonger\s+dan|boven\s+de|onder\s+de|leeftijd\s+van)\s+$",
    examples=[("kinderen jonger dan ", "jonger dan "), ("boven de ", "boven de ")],
    counter_examples=["onder de indruk"],
    flags=_I | _R,  # only whether it matches is asked: searched from the end
    doc="Words that make the next number an age.",
)
# The two asked as one grammar, matched at the end of the text before a figure (each
# ends in "$", which the one closes): a reference word is tried first; "age" says an
# age set the match.
REFERENCE_OR_AGE_BEFORE = pattern(
    "stat.reference-or-age-before",
    f"(?:{open_ended(REFERENCE_BEFORE_WORDS)}|(?P<age>{open_ended(AGE_BEFORE)}))$",
    examples=[("zoals bepaald in artikel ", "artikel "), ("kinderen jonger dan ", "jonger dan ")],
    counter_examples=["startpunt ", "onder de indruk"],
    flags=_I | _R,  # only whether it matches (and through which) is asked
    doc="A reference word or an age before a figure.",
)
KIND_WITH_BEFORE = pattern(
    "stat.kind-with-before",
    r"(?<!\p{L})(?:de|die|deze|alle)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:en|s)\s+met\s+$",
    examples=[
        ("voor alle gezinnen met ", "alle gezinnen met "),
        ("de grote woningen met ", "de grote woningen met "),
    ],
    counter_examples=["het gezin met "],
    flags=_R,
    doc="A plural noun with 'met' before a small number: the number names a kind.",
)
HEDGE_BEFORE = pattern(
    "stat.hedge-before",
    rf"(?<!\p{{L}})(?:{words(_numbers.APPROX_BEFORE)})\s+$",
    examples=[("er kwamen ongeveer ", "ongeveer "), ("bijna ", "bijna ")],
    counter_examples=["er kwamen "],
    flags=_I,
    doc="An approximation word before a figure (the number grammar's own list).",
)
RESTATED = pattern(
    "stat.restated",
    rf"^\s*\(\s*(?:{words(_numbers.APPROX_BEFORE)})?\s*$",
    examples=[" (ongeveer ", " ("],
    counter_examples=[" en ("],
    flags=_I,
    doc="A figure restated in parentheses after a bound ('300 meter (ongeveer 1.000 voet)').",
)
BOUND_BEFORE = pattern(
    "stat.bound-before",
    r"(?<!\p{L})(?:(?P<tot>tot)|boven|onder|beneden)\s+"
    r"(?:(?:de|een)\s+)?(?P<measure>(?:hoogte|diepte|lengte|afstand|maximum|grens)\s+van\s+)?$",
    examples=[("tot een maximum van ", "tot een maximum van "), ("vliegen boven ", "boven ")],
    counter_examples=["totaal "],
    flags=_I | _R,
    doc="A bound in a rule ('tot 97%', 'boven 3.000 voet').",
)
NORM_BEFORE = pattern(
    "stat.norm-before",
    rf"\p{{L}}*(?:{words(NORM_WORDS)})\s+(?:[\p{{L}}’']+\s+){{0,4}}(?:op|van)\s+$",
    examples=[
        ("de geluidsnorm voor woonwijken op ", "geluidsnorm voor woonwijken op "),
        ("het plafond van ", "plafond van "),
    ],
    counter_examples=["de aanvragen van "],
    flags=_I | _R,
    doc="A norm before a figure: the figure is a bound set by a rule.",
)
# The two asked as one grammar at the end of the text before a figure: the bound is
# tried first (its groups as BOUND_BEFORE's); "norm" says a norm set the match.
BOUND_OR_NORM_BEFORE = pattern(
    "stat.bound-or-norm-before",
    f"(?:{open_ended(BOUND_BEFORE)}|(?P<norm>{open_ended(NORM_BEFORE)}))$",
    examples=[("vliegen boven ", "boven "), ("het plafond van ", "plafond van ")],
    counter_examples=["totaal ", "de aanvragen van "],
    flags=_I | _R,
    doc="A bound or a norm before a figure (see BOUND_BEFORE and NORM_BEFORE).",
)
CHANGE_VERB = pattern(
    "stat.change-verb",
    rf"(?<!\p{{L}})(?:{words((*INCREASE_VERBS, *DECREASE_VERBS, *CHANGE_TO_VERBS))})(?!\p{{L}})",
    examples=[("het aantal is gestegen", "gestegen"), ("de instroom daalde", "daalde")],
    counter_examples=["stijgend"],
    flags=_I,
    doc="A verb of change: 'tot' after it gives the value reached, not a bound.",
)
CLAUSE_BREAK = pattern(
    "stat.clause-break",
    r"[;:]|,\s+(?:terwijl|tegen|maar|en|waarna|waarbij)\b",
    examples=[("in 2020, maar in 2021", ", maar"), ";"],
    counter_examples=["in 2020, 2021"],
    flags=_I,
    doc="The end of a clause: no period reaches a figure across it.",
)
GAP_BREAK = pattern(
    "stat.gap-break",
    r"[,;:()]",
    examples=[("in (2019)", "("), ","],
    counter_examples=["in het jaar"],
    doc="Punctuation between a figure and a period after it: the period is not its own.",
)
GAP_LINK = pattern(
    "stat.gap-link",
    r"(?<!\p{L})(?:naar|tot|dan|en)(?!\p{L})",
    examples=[(" mensen naar ", "naar"), ("meer dan", "dan")],
    counter_examples=[" aanvragen in "],
    flags=_I,
    doc="A word between a figure and a period after it that ties the period to another figure.",
)

# -- what a figure counts --------------------------------------------------------------------

SUBJECT_VERB = pattern(
    "stat.subject-verb",
    rf"(?P<np>(?:[\p{{L}}0-9][\p{{L}}0-9\-’']*\s+){{1,7}}?)(?:{words(SUBJECT_VERBS)})(?!\p{{L}})",
    examples=[
        ("De opvangkosten bedroegen dat jaar 40 miljoen", "De opvangkosten bedroegen"),
        ("Het aantal nareizigers steeg met 12 procent", "Het aantal nareizigers steeg"),
    ],
    counter_examples=["."],
    flags=_I,
    doc="The subject of a sentence whose figure is the predicate, up to its verb.",
)
SHARE_VERB = pattern(
    "stat.share-verb",
    rf"(?:[\p{{L}}0-9][\p{{L}}0-9\-’']*\s+){{1,7}}?(?:{words(SHARE_VERBS)})(?!\p{{L}})",
    examples=[
        ("Studenten vormden 12 procent", "Studenten vormden"),
        ("Gezinnen vormen de helft", "Gezinnen vormen"),
    ],
    counter_examples=["vormden", "De studenten vertrokken"],
    flags=_I,
    doc="A subject followed by a verb of share ('X vormden 13,8 procent').",
)
CHANGE_PARTICIPLE = pattern(
    "stat.change-participle",
    rf"(?<!\p{{L}})(?:{words(CHANGE_PARTICIPLES)})(?!\p{{L}})",
    examples=[("zijn dit jaar flink gestegen", "gestegen"), ("is sterk verdubbeld", "verdubbeld")],
    counter_examples=["de gestegenheid"],
    flags=_I,
    doc="A participle of change that makes a copula count ('zijn … gestegen').",
)
MONEY_FOR = pattern(
    "stat.money-for",
    r"\s+(?:(?:extra|beschikbaar)\s+)?(?:voor|aan)\s+(?:de|het)?\s*",
    examples=[" voor de ", " beschikbaar aan "],
    counter_examples=[" in de "],
    flags=_I,
    doc="The purpose after an amount of money ('40 miljoen euro voor de opvang').",
)
TOKEN = pattern(
    "stat.token",
    r"\s*[‘'\"“]?([\p{L}][\p{L}\-’']*(?<![’']))[’'\"”]?",
    examples=[" ‘ketenmariniers’", " asielzoekers"],
    counter_examples=["123"],
    doc="One word of a noun phrase, with its quotes.",
)
PAREN_CATEGORY = pattern(
    "stat.paren-category",
    r"(\p{L}[\p{L}\-’']*)\s*\(\s*$",
    examples=[("het aantal Syriërs (", "Syriërs ("), ("gezinsmigratie(", "gezinsmigratie(")],
    counter_examples=["in 2019 ("],
    doc="The category before a share in parentheses ('Syriërs (21 procent)').",
)
CLOSE_PAREN = pattern(
    "stat.close-paren", r"^\s*\)", examples=[")", " )"], counter_examples=[" procent)"]
)
PERCENT_NOUN = pattern(
    "stat.percent-noun",
    rf"(?:\s+|-)(\p{{Ll}}*(?:{words(PERCENT_NOUN_ENDINGS)}))(?!\p{{L}})",
    examples=[" kostenreductie", "-daling"],
    counter_examples=[" reducties"],
    flags=_I,
    doc="A single noun after a percentage naming what is reduced or shared.",
)
PERCENT_OF = pattern(
    "stat.percent-of",
    r"\s+van\s+(?:de|het|alle|hun|zijn|haar)?\s*(?:in\s+totaal\s+)?(?:[0-9.]+\s+)?",
    examples=[" van alle ", " van de in totaal 1.200 "],
    counter_examples=[" voor de "],
    flags=_I,
    doc="'van de …' after a share or count, before the noun it is a part of.",
)
COUNT_OF = pattern(
    "stat.count-of",
    r"(?<!\p{L})(?:het|dit|dat)\s+(?:totale\s+|totaal\s+|gehele\s+)?aantal\s+((?:[\p{L}][\p{L}\-’']*\s*){1,4})",
    examples=[
        ("Het totale aantal nareizigers steeg", "Het totale aantal nareizigers steeg"),
        "dat aantal gezinnen",
    ],
    counter_examples=["het aantal 300"],
    flags=_I,
    doc="'het aantal X': X is what the figure counts.",
    anchors=("aantal",),
)
BARE_COUNT = pattern(
    "stat.bare-count",
    rf"(?<!\p{{L}})het\s+aantal\s+(?:{words(NP_STOP_WORDS)})(?!\p{{L}})",
    examples=[("daalde het aantal echter", "het aantal echter"), "het aantal in"],
    counter_examples=["het aantal studenten"],
    flags=_I,
    doc="'het aantal' with no noun: it counts what the previous figure counted.",
)
ANAPHOR_START = pattern(
    "stat.anaphor-start",
    rf"^(?:{words(ANAPHOR_STARTS)})(?!\p{{L}})",
    examples=[("Daarvan kwamen er 40", "Daarvan"), ("Van deze groep", "Van deze")],
    counter_examples=["Van de aanvragen", "Daarvanuit"],
    flags=_I,
    doc="A sentence opening that points back to the previous figure.",
)
MONEY_CUE = pattern(
    "stat.money-cue",
    rf"(?<!\p{{L}})(?:{words(MONEY_CUES)})",
    examples=[
        ("Er is 3 miljoen uitgetrokken", "uitgetrokken"),
        ("het budget van 40 miljoen", "budget"),
    ],
    flags=_I,
    doc="Money talk: a bare scaled figure in it is an amount of euros.",
)

# -- change and comparison ------------------------------------------------------------------

_FILLERS = rf"(?:(?:{words(FILLER_BEFORE)})\s+)*"
INCREASE_BEFORE = pattern(
    "stat.increase-before",
    rf"(?<!\p{{L}})(?:{words(INCREASE_WORDS)})\s+(?:van|met)\s+{_FILLERS}$",
    examples=[("een toename van ", "toename van "), ("een groei met ruim ", "groei met ruim ")],
    counter_examples=["een toename in "],
    flags=_I | _R,  # only whether it matches is asked: matched at the end
    doc="A word of increase right before a figure: the figure is the change.",
)
DECREASE_BEFORE = pattern(
    "stat.decrease-before",
    rf"(?<!\p{{L}})(?:{words(DECREASE_WORDS)})\s+(?:van|met)\s+{_FILLERS}$",
    examples=[("een afname van ", "afname van "), ("een daling met bijna ", "daling met bijna ")],
    counter_examples=["een daling in "],
    flags=_I | _R,  # only whether it matches is asked: matched at the end
    doc="A word of decrease right before a figure: the figure is the change.",
)
MET_BEFORE = pattern(
    "stat.met-before",
    rf"(?<!\p{{L}})met\s+{_FILLERS}$",
    examples=[("is met ", "met "), ("steeg met maar liefst ", "met maar liefst ")],
    counter_examples=["samen "],
    flags=_I | _R,  # only whether it matches is asked: matched at the end
    doc="'met' before a figure, looking for a change verb after it.",
)
# The three asked as one grammar at the end of the text before a figure, in this order;
# the group that matched says which ("up", "down", "met").
CHANGE_BEFORE = pattern(
    "stat.change-before",
    f"(?:(?P<up>{open_ended(INCREASE_BEFORE)})|(?P<down>{open_ended(DECREASE_BEFORE)})"
    f"|(?P<met>{open_ended(MET_BEFORE)}))$",
    examples=[
        ("een toename van ", "toename van "),
        ("een daling met bijna ", "daling met bijna "),
        ("steeg met maar liefst ", "met maar liefst "),
    ],
    counter_examples=["een toename in ", "samen "],
    flags=_I | _R,
    doc="A word of change, or 'met', right before a figure.",
)
INCREASE_VERB_AFTER = pattern(
    "stat.increase-verb-after",
    rf"^\s+(?:\S+\s+)?(?:{words((*INCREASE_VERBS, 'toe'))})(?!\p{{L}})",
    examples=[(" procent gestegen", " procent gestegen"), (" toegenomen", " toegenomen")],
    counter_examples=[" gedaald"],
    flags=_I,
    doc="A verb of increase right after a figure.",
)
DECREASE_VERB_AFTER = pattern(
    "stat.decrease-verb-after",
    rf"^\s+(?:\S+\s+)?(?:{words((*DECREASE_VERBS, 'af'))})(?!\p{{L}})",
    examples=[(" procent gedaald", " procent gedaald"), (" afgenomen", " afgenomen")],
    counter_examples=[" gestegen"],
    flags=_I,
    doc="A verb of decrease right after a figure.",
)
MORE_AFTER = pattern(
    "stat.more-after",
    r"^\s+(?:(?P<up>meer|hoger|groter)|(?P<down>minder|lager|kleiner))(?!\p{L})",
    examples=[" meer", (" minder aanvragen", " minder"), (" hoger dan", " hoger")],
    counter_examples=[" meerderjarig", " hogere"],
    flags=_I,
    doc="'meer'/'minder'/'hoger'/'lager' after a figure: the figure is the change.",
)
# Verbs (and the particles of split verbs: "nam … toe met") of a change that "met N"
# after them measures: "steeg in 2021 met 21 procent", "nam in 2021 af met 1.250".
INCREASE_MET_VERBS = (
    *INCREASE_VERBS,
    "stijgen",
    "groeit",
    "groeiden",
    "toe",
    "omhoog",
    "toegenomen",
    "gegroeid",
    "verhoogd",
)
DECREASE_MET_VERBS = (*DECREASE_VERBS, "dalen", "af", "omlaag", "kromp", "krompen", "verlaagd")
INCREASE_MET_BEFORE = pattern(
    "stat.increase-met-before",
    rf"(?<!\p{{L}})(?:{words(INCREASE_MET_VERBS)})(?!\p{{L}})[^,;:.()]{{0,50}}?"
    rf"(?<!\p{{L}})met\s+{_FILLERS}$",
    examples=[
        ("steeg in 2021 met ", "steeg in 2021 met "),
        ("nam toe met ruim ", "nam toe met ruim "),
    ],
    counter_examples=["daalde met ", "steeg, samen met "],
    flags=_I,
    doc="A verb of increase before 'met N': the figure is the increase.",
)
DECREASE_MET_BEFORE = pattern(
    "stat.decrease-met-before",
    rf"(?<!\p{{L}})(?:{words(DECREASE_MET_VERBS)})(?!\p{{L}})[^,;:.()]{{0,50}}?"
    rf"(?<!\p{{L}})met\s+{_FILLERS}$",
    examples=[("nam in 2021 af met ", "af met "), ("daalde in 2022 met ", "daalde in 2022 met ")],
    counter_examples=["steeg met "],
    flags=_I,
    doc="A verb of decrease before 'met N': the figure is the decrease.",
)
FROM_BEFORE = pattern(
    "stat.from-before",
    rf"(?<!\p{{L}})van\s+{_FILLERS}$",
    examples=[("gedaald van ", "van "), ("van ruim ", "van ruim ")],
    counter_examples=["vanaf "],
    flags=_I,
    doc="'van' before the older figure of 'van X naar Y'.",
)
TO_BETWEEN = pattern(
    "stat.to-between",
    r"^[^,;:()]{0,60}?(?<!\p{L})(?:naar|tot)\s+(?:(?:\S+\s+){0,2})?$",
    examples=[" in 2019 naar ", " aanvragen tot ruim "],
    counter_examples=[" aanvragen, naar "],
    flags=_I,
    doc="What stands between X and Y in 'van X naar Y'.",
)
PREV_YEAR_COMPARE = pattern(
    "stat.previous-year-compare",
    r"^\s*(?:in|over)\s+(?P<year>(?:19|20)[0-9][0-9])\s+(?:waren|was|bedroeg|bedroegen|lag)\s+(?:dit|dat|het\s+aantal)",
    examples=[("In 2018 waren dit er 500.", "In 2018 waren dit"), "Over 2017 bedroeg het aantal"],
    counter_examples=["In 2018 kwamen er 500"],
    flags=_I,
    doc="A sentence giving the previous figure's value a year earlier.",
)
