"""Word lists that decide whether a figure is a statistic and what it is about.

Kept as data so another year's report (or a new phrasing) is a list edit, not a code
change. All matching is case-insensitive.
"""

from __future__ import annotations

from . import dates as _dates

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
# jaar" and "van 18 tot en met 30 jaar" are both ages.
RANGE_CONNECTORS = ("tot en met", "t/m", "tot", "en", "of", "à", "a", "-", "–")

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

# Phrases naming the first half of a year: "in de eerste zes maanden van 2019".
FIRST_HALF = ("eerste zes maanden", "eerste helft", "eerste halfjaar", "eerste half jaar")
SECOND_HALF = ("laatste zes maanden", "tweede helft", "tweede halfjaar", "tweede half jaar")

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

# The time of writing: a figure stated "op dit moment" belongs to the report's year.
NOW_WORDS = ("op dit moment", "op het moment", "momenteel", "thans", "op dit ogenblik")

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
ANAPHOR_STARTS = ("daarvan", "hiervan", "van deze", "van hen", "waarvan", "daaronder")
