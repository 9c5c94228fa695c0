"""Trigger words that tell what happened on a date, as data.

``extractors/measures.py`` decides a measure's role from these tables (see its
docstring for the order of precedence). Words are lower case; a trailing ``*``
makes an entry a prefix ("gewijzigd*" also matches "gewijzigde"). Multi-word
entries match across any whitespace. Each list is compiled at the end of this module
into a named pattern (``grammar.words``) with worked examples.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from .grammar import Example, Pattern, pattern, words

if TYPE_CHECKING:
    from ..model import MeasureRole

# Prepositions of the date itself (as normalised by ``find_dates``) -> role.
PREPOSITION_ROLES: dict[str, MeasureRole] = {
    "per": "in_force",
    "met ingang van": "in_force",
    "vanaf": "in_force",
    "sinds": "in_force",
    "tot en met": "deadline",
    "t/m": "deadline",
    "uiterlijk": "deadline",
    "uiterlijk op": "deadline",
    "uiterlijk in": "deadline",
    "tot uiterlijk": "deadline",
    "tot": "deadline",
    "vóór": "deadline",
}

# Prepositions whose role is firm: a verb in the sentence does not override them.
FIRM_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "tot en met",
        "t/m",
        "uiterlijk",
        "uiterlijk op",
        "uiterlijk in",
        "tot uiterlijk",
        "tot",
        "vóór",
    }
)

# Prepositions of an open stretch of time after a date ("Na 2021 is de bedoeling
# ..."): a later date behind them is no planned moment by itself.
OPEN_PREPOSITIONS: frozenset[str] = frozenset({"na"})

# Words that put the event in the future as an intention: override in_force.
# PLANNED governs only the date's own clause ("is medio 2020 voorzien"; elsewhere
# "voorzien van" means "provide with"); PLANNED_GOVERNING also reaches dates in
# later clauses ("Het streven is dat ... in 2021").
PLANNED: tuple[str, ...] = (
    "zal",
    "zullen",
    "voorzien",
    "voornemen*",
    "moet ingaan",
)
PLANNED_GOVERNING: tuple[str, ...] = (
    "gepland*",
    "beoogd*",
    "naar verwachting",
    "de verwachting is",
    "streven*",
    "streeft",
)

# Verb and noun triggers -> role. The one nearest to the date wins.
VERB_ROLES: dict[MeasureRole, tuple[str, ...]] = {
    "in_force": (
        "in werking getreden",
        "in werking treedt",
        "in werking trad",
        "in werking treden",
        "in werking te laten treden",
        "inwerkingtreding",
        "trad in werking",
        "treedt in werking",
        "traden in werking",
        "van kracht",
        "geldt",
        "gelden",
        "ingegaan",
        "ging in",
        "gaat in",
        "invoering",
        "ingevoerd*",
        "per direct",
        "ingaan",
    ),
    "amended": (
        "gewijzigd*",
        "wijzigde",
        "wijziging*",
        "aangepast*",
        "aanpassing*",
        "herzien*",
        "verruimd*",
        "aangescherpt*",
        "verlengd*",
        "uitgebreid*",
    ),
    "started": (
        "gestart*",
        "van start",
        "start",
        "startte*",
        "begonnen",
        "begon*",
        "opgestart",
        "geopend",
        "in gebruik genomen",
        "opgericht",
        "ingesteld",
        "aangevangen",
        "gelanceerd",
        "beschikbaar gekomen",
        "beschikbaar gesteld",
        "ingezet",
        "start gemaakt",
    ),
    "ended": (
        "beëindigd*",
        "beëindiging",
        "afgeschaft*",
        "afschaffing",
        "gesloten",
        "sluiting",
        "vervallen",
        "vervalt",
        "opgeheven",
        "ingetrokken",
        "gestopt",
        "afgetreden",
        "trad * af",
        "afgelopen",
        "verliet",
        "verlaten",
    ),
    "announced": (
        "aangekondigd*",
        "kondigde*",
        "bekendgemaakt",
        "bekend gemaakt",
        "maakte* bekend",
        "informeerde*",
        "geïnformeerd",
        "*brief",
        "gepubliceerd",
        "publiceerde*",
        "verscheen",
        "verschenen",
        "presenteerde*",
        "gepresenteerd",
        "liet* weten",
        "kamer * ontvangen",
        # a promise made to parliament is an announcement ("Zoals toegezegd aan
        # het lid ..."); a pledge to act is a decision (below)
        "toegezegd aan",
        "aan * toegezegd",
        "publicatie",
        "aangeboden",
        "stuurde*",
        "verzonden",
        "gestuurd",
        "gerapporteerd",
        "rapporteerde*",
        "*brieven",
        "stelde",
        "opgesteld",
        "laten weten",
        "mee dat",
        "deelde* mee",
        "gemeld",
        "uitgebracht",
    ),
    "submitted": (
        "ingediend*",
        "voorstel gedaan",
        "voorstellen gedaan",
        "voorgesteld",
        "diende*",
        "voorgelegd",
        "ter consultatie",
        "in consultatie",
    ),
    "decided": (
        "besloten",
        "besloot",
        "vastgesteld*",
        "akkoord",
        "benoemd*",
        "aangesteld*",
        "aangenomen",
        "nam* aan",
        "ingestemd",
        "stemde* in",
        "goedgekeurd",
        "ondertekend*",
        "getekend",
        "overeengekomen",
        "uitspraak",
        "uitspraken",
        "arrest",
        "vastgelegd",
        "afspraken",
        "toegezegd",
        "oordeelde*",
        "geoordeeld",
        "beëdigd",
    ),
}

# Nouns that name a kind of event: they give a role only when no verb of the
# list above stands in the clause ("in oktober 2021 in een rapport vastgesteld"
# is decided, not announced).
NOUN_ROLES: dict[MeasureRole, tuple[str, ...]] = {
    "announced": ("rapport", "*rapport", "*brief", "*brieven"),
}

# Verbs of an event that has no role of its own ("In 2019 heeft de Kamer
# opgeroepen ...", "in november 2022 een offerte-uitvraag gedaan"): they make a
# coarse date the date of a measure, with role ``other``.
EVENT_VERBS: tuple[str, ...] = (
    "opgeroepen",
    "riep* op",
    "verzocht",
    "uitgevoerd",
    "gedaan",
    "verricht",
    "georganiseerd",
)

# Words of a target: a figure in such a sentence dated after the document's own
# time is the target of a plan, not a statistic of that period.
TARGET_WORDS: tuple[str, ...] = ("doel", "*doel", "doelstelling*", "*doelstelling*", "ambitie*")

# Present auxiliaries that with a participle and a later date make a plan ("In
# 2023 wordt door het RIVM een notitie opgesteld").
FUTURE_AUXILIARIES: tuple[str, ...] = ("wordt", "worden")

# Words of obligation: with a later date and no verb of what happened, the date
# is a deadline ("In 2050 moet het verbranden van recyclebaar materiaal ... zijn").
MUST: tuple[str, ...] = ("moet", "moeten", "dient", "dienen")

# How many body paragraphs of its section a run-in subheading names.
HEADING_SCOPE_PARAGRAPHS = 2

# Context that says the date is not a measure's: when a web page was consulted
# or when media reported, or a date that is merely the period of a count.
NOT_A_MEASURE: tuple[str, ...] = (
    "geraadpleegd",
    "bezocht op",
    "berichtte*",
    "berichten",
    "bericht",
    "uitzending",
    "radioprogramma",
    "televisieprogramma",
    "in het nieuws",
    "de media",
    "media-aandacht",
    "aangeleverd",
    # the report speaking of itself ("hieronder wordt ingegaan op ... in 2019")
    "hieronder",
    "in dit hoofdstuk",
    "in deze paragraaf",
    "ingegaan op",
    "ingezet op",  # "wordt ingezet op": where effort goes, not a dated change
)

# Words that make a sentence count things: with none of the role triggers above,
# a year or month in such a sentence is the period of a statistic.
COUNTING_WORDS: tuple[str, ...] = (
    "aanvragen",
    "aanvraag",
    "asielaanvragen",
    "procent",
    "personen",
    "aantal",
    "ingewilligd",
    "inwilligingen",
    "instroom",
    "euro",
    "miljoen",
    "miljard",
    "kosten",
    "fte",
)

# Words of change in a count: with a counting word they make a statistic.
CHANGE_WORDS: tuple[str, ...] = (
    "gedaald",
    "gestegen",
    "steeg",
    "daalde",
    "toegenomen",
    "afgenomen",
    "nam toe",
    "nam af",
    "gegroeid",
    "oplopen",
    "oplopend",
    "stijging",
    "daling",
    "toename",
    "afname",
)

# A date after one of these in its clause is the span of a period ("in de periode
# 2015 tot 2019"), not the moment of a change.
PERIOD_WORDS: tuple[str, ...] = ("periode", "tijdvak")

# Measure names taken from a sentence: a noun phrase opened by an article, running
# until one of NAME_STOP_WORDS; "van" + article may continue it ("de herziening
# van de asielprocedure"). Phrases naming an actor rather than a measure are skipped.
NAME_ARTICLES: frozenset[str] = frozenset({"de", "het", "een"})
NAME_STOP_WORDS: frozenset[str] = frozenset(
    """
    is zijn werd werden wordt worden was waren heeft hebben had hadden zal zullen kan kunnen
    moet moeten mag mogen gaat gaan ging trad treedt per op in met vanaf sinds tot uiterlijk
    door om te die dat welke waarbij waarmee waarin waardoor omdat nadat toen voor na naar
    bij aan over als en of maar ook al nog niet wel staat stond geldt gold komt kwam blijft
    krijgt kreeg ontvangen ten reeds inmiddels nu
    """.split()
)
# "in het kader van X", "op het gebied van X": the name is X.
NAME_FRAME_NOUNS: frozenset[str] = frozenset(
    """
    kader gebied terrein aanleiding afwachting verband grond basis naam plaats hand teken
    """.split()
)
NAME_ACTOR_WORDS: frozenset[str] = frozenset(
    """
    staatssecretaris minister kabinet regering kamer tweede eerste ministerie minister-president
    gemeenten gemeente lid leden overheid
    """.split()
)
# Nouns that frame a sentence rather than name a measure ("Het streven is ...",
# "De verwachting is dat ...").
NAME_SKIP_NOUNS: frozenset[str] = frozenset(
    """
    streven bedoeling verwachting uitgangspunt voornemen idee doel
    """.split()
)
# Words a name does not end on ("de uitstoot van stikstofoxiden boven").
NAME_TRAILING_WORDS: frozenset[str] = frozenset(
    """
    van de het een boven onder voor na naar bij aan over tot met zonder tegen uit reeds
    """.split()
)
NAME_OPEN_QUOTES = "‘“"
NAME_QUOTE_REACH = 40  # how far a name may run on to close its quote
NAME_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("‘", "’"), ("“", "”"))
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 8

# Subheadings that title a part of the report, not a measure.
NOT_MEASURE_HEADINGS: frozenset[str] = frozenset(
    {
        "samenvatting",
        "inleiding",
        "conclusie",
        "conclusies",
        "jaarcijfers",
        "beleidsontwikkelingen",
        "onderwerpen",
    }
)
# Whole subheadings too generic to name a measure ("Maatregelen" alone; but
# "Maatregelen tegen de instroom van ..." names one).
GENERIC_HEADINGS: frozenset[str] = frozenset(
    {
        "maatregelen",
        "verwachting",
        "verwachtingen",
        "achtergrond",
        "aanleiding",
        "vervolg",
        "vervolgstappen",
        "planning",
        "voortgang",
        "stand van zaken",
        "context",
        "uitvoering",
        "resultaten",
        "tot slot",
        "afsluitend",
    }
)


# ---------------------------------------------------------------------------------------
# The trigger lists above, compiled: each a whole-word alternation (``*`` as in
# grammar.words), with worked examples.
# ---------------------------------------------------------------------------------------


def _triggers(
    name: str,
    entries: Iterable[str],
    examples: Iterable[Example],
    counter_examples: Iterable[str] = (),
) -> Pattern:
    return pattern(
        f"measure.{name}",
        rf"(?<!\w)(?:{words(entries)})(?!\w)",
        examples=examples,
        counter_examples=counter_examples,
        flags=regex.IGNORECASE,
        doc=f"The measure trigger list {name}.",
    )


_VERB_EXAMPLES: dict[MeasureRole, tuple[list[Example], list[str]]] = {
    "in_force": (
        [
            ("De regeling is op 1 juli in werking getreden.", "in werking getreden"),
            ("sinds de inwerkingtreding van de wet", "inwerkingtreding"),
        ],
        ["de werking van de regeling"],
    ),
    "amended": (
        [
            ("Het besluit werd gewijzigd per 1 mei.", "gewijzigd"),
            ("na een aanpassing van de richtlijn", "aanpassing"),
        ],
        ["de wijk"],
    ),
    "started": (
        [
            ("Het project is in maart gestart.", "gestart"),
            ("De pilot ging van start in juni.", "van start"),
        ],
        ["de startbaan"],
    ),
    "ended": (
        [
            ("De regeling is per 1 januari afgeschaft.", "afgeschaft"),
            ("na de beëindiging van de pilot", "beëindiging"),
        ],
        ["het afschrift"],
    ),
    "announced": (
        [
            ("De minister heeft in mei aangekondigd dat", "aangekondigd"),
            ("Het kabinet maakte bekend dat", "maakte bekend"),
        ],
        ["de bekende route"],
    ),
    "submitted": (
        [
            ("Het wetsvoorstel is in april ingediend.", "ingediend"),
            ("Het plan werd aan de Kamer voorgelegd.", "voorgelegd"),
        ],
        ["de indiening"],
    ),
    "decided": (
        [
            ("Het kabinet heeft in mei besloten om", "besloten"),
            ("De normen zijn vastgesteld op 2 maart.", "vastgesteld"),
        ],
        ["de besluitvorming"],
    ),
}
_NOUN_EXAMPLES: dict[MeasureRole, tuple[list[Example], list[str]]] = {
    "announced": (
        [
            ("In de Kamerbrief van 4 mei staat", "Kamerbrief"),
            ("Het rapport verscheen in juni.", "rapport"),
        ],
        ["de briefing"],
    ),
}
ROLE_TRIGGERS: dict[MeasureRole, Pattern] = {
    role: _triggers(f"role-{role}", entries, *_VERB_EXAMPLES[role])
    for role, entries in VERB_ROLES.items()
}
NOUN_ROLE_TRIGGERS: dict[MeasureRole, Pattern] = {
    role: _triggers(f"noun-role-{role}", entries, *_NOUN_EXAMPLES[role])
    for role, entries in NOUN_ROLES.items()
}
EVENT = _triggers(
    "event",
    EVENT_VERBS,
    [
        ("Het onderzoek werd in mei uitgevoerd.", "uitgevoerd"),
        ("De gemeenten riepen op tot", "riepen op"),
    ],
    ["de uitvoering"],
)
TARGET = _triggers(
    "target",
    TARGET_WORDS,
    [
        ("Het doel is om in 2025", "doel"),
        ("de klimaatdoelstellingen voor 2030", "klimaatdoelstellingen"),
    ],
    ["de doelmatigheid"],
)
FUTURE_AUXILIARY = _triggers(
    "future-auxiliary",
    FUTURE_AUXILIARIES,
    [("De wet wordt per 1 januari ingevoerd.", "wordt"), ("de regels worden aangepast", "worden")],
    ["het wordingsproces"],
)
MUST_WORDS = _triggers(
    "must",
    MUST,
    [
        ("De gemeente moet voor 1 juli melden", "moet"),
        ("aanvragen dienen uiterlijk in mei", "dienen"),
    ],
    ["de dienst"],
)
PLANNED_WORDS = _triggers(
    "planned",
    PLANNED,
    [("De wet zal in 2022 ingaan.", "zal"), ("Het voornemen is om", "voornemen")],
    ["de zalm"],
)
PLANNED_GOVERNING_WORDS = _triggers(
    "planned-governing",
    PLANNED_GOVERNING,
    [
        ("De opening is gepland in juni.", "gepland"),
        ("Naar verwachting volgt in mei", "Naar verwachting"),
    ],
    ["de planning"],
)
NOT_A_MEASURE_WORDS = _triggers(
    "not-a-measure",
    NOT_A_MEASURE,
    [
        ("geraadpleegd op 3 maart 2021", "geraadpleegd"),
        ("De krant berichtte op 2 mei", "berichtte"),
    ],
    ["de raad"],
)
COUNTING = _triggers(
    "counting",
    COUNTING_WORDS,
    [
        ("In 2019 kwamen 300 aanvragen binnen.", "aanvragen"),
        ("een stijging van 12 procent", "procent"),
    ],
    ["de aanvraagster"],
)
CHANGE = _triggers(
    "change",
    CHANGE_WORDS,
    [("Het aantal is in 2020 gestegen.", "gestegen"), ("de instroom nam toe", "nam toe")],
    ["de gestegenheid"],
)
PERIOD = _triggers(
    "period",
    PERIOD_WORDS,
    [("in de periode van mei tot juli", "periode"), ("in dat tijdvak", "tijdvak")],
    ["de periodiek"],
)
CLAUSE_BREAK = pattern(
    "measure.clause-break",
    r"[,;:]|\s[–-]\s|\s(?:dat|omdat|waardoor|waarbij|zodat|terwijl|nadat)\s",
    examples=[
        ("in mei, waarna", ","),
        ("meldde dat de wet", " dat "),
        ("in mei – en later", " – "),
    ],
    counter_examples=["de datum van de wet"],
    flags=regex.IGNORECASE,
    doc="A clause edge: a verb across it belongs to another event than the date.",
)
DIGIT = pattern(
    "measure.digit", r"[0-9]", examples=["3", ("per 1 mei", "1")], counter_examples=["mei"]
)
WORD = pattern(
    "measure.word",
    r"[\p{L}\p{N}][\p{L}\p{N}’'/-]*",
    examples=["amv’s", "EU-richtlijn", ("de 2e fase", "de")],
    counter_examples=["–", "..."],
    doc="A word of a sentence (letters, digits, inner apostrophes, slashes, hyphens).",
)
LETTER = pattern(
    "measure.letter", r"\p{L}", examples=["é", ("• 12 a", "a")], counter_examples=["• 12"]
)
CLOSING_QUOTES: dict[str, Pattern] = {
    close_q: pattern(
        f"measure.closing-quote-{i}",
        regex.escape(close_q) + r"(?!\p{L})",
        examples=[(f"de {open_q}nieuwe regeling{close_q} gaat", close_q)],
        counter_examples=[f"de amv{close_q}s"],
        doc="A closing quote that is not an apostrophe inside a word ('amv’s').",
    )
    for i, (open_q, close_q) in enumerate(NAME_QUOTE_PAIRS)
}
