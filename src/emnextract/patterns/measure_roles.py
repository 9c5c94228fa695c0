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

from .grammar import Example, Pattern, pattern, word_branches, words

if TYPE_CHECKING:
    from ..model import MeasureRole

# Prepositions of the date itself (as normalised by ``find_dates``) -> role. The
# preposition decides first, before any verb ("beoogd per 1 januari 2025" is
# in_force, "moet vóór 1 juli zijn aangenomen" a deadline). Plain "voor" is not
# "vóór", and plain "tot" is no deadline (the end of a range with "tot" ended).
PREPOSITION_ROLES: dict[str, MeasureRole] = {
    "per": "in_force",
    "met ingang van": "in_force",
    "m.i.v.": "in_force",
    "m.i.v": "in_force",
    "vanaf": "in_force",
    "sinds": "in_force",
    "tot en met": "deadline",
    "t/m": "deadline",
    "uiterlijk": "deadline",
    "uiterlijk op": "deadline",
    "uiterlijk in": "deadline",
    "tot uiterlijk": "deadline",
    "vóór": "deadline",
    "tegen": "deadline",  # "tegen het einde van 2022"
}

# Prepositions whose role is firm: a verb in the sentence does not override them
# (every preposition of the table above, as the annotation guide has it).
FIRM_PREPOSITIONS: frozenset[str] = frozenset(PREPOSITION_ROLES)

# The ends of a range ("van 1 maart tot en met 30 juni 2020") each give a record: the
# first end started; the second its preposition's role, ended for a plain "tot".
RANGE_START_ROLE: MeasureRole = "started"
RANGE_END_ROLES: dict[str, MeasureRole] = {
    "tot": "ended",
    "tot en met": "deadline",
    "t/m": "deadline",
}
RANGE_START_PREPOSITIONS: frozenset[str] = frozenset({"van"})
# A date after plain "tot" (not a range) ends something, unless a verb says
# otherwise ("verlengd tot 1 juli" amended).
TOT_ROLE: MeasureRole = "ended"
# ... unless the clause says what could or had to be done until then ("konden tot 25
# februari een aanvraag indienen"): then the date is a deadline.
TOT_MODAL_ROLE: MeasureRole = "deadline"
MODALS: tuple[str, ...] = ("kon", "konden", "kan", "kunnen", "moet", "moeten", "dient", "dienen")

# Prepositions of a year that is a budget or target year, not a moment ("het quotum
# voor 2021", "de begroting voor 2022"): a bare year after them is no measure date.
BUDGET_YEAR_PREPOSITIONS: frozenset[str] = frozenset({"voor"})
# ... when the year is what a budget or target noun is for ("het hervestigingsquotum
# voor 2021", "de begroting voor 2022", "Ambities voor 2030"), when years are listed
# ("voor 2021 en 2022") or when money is in the clause. Otherwise plain "voor" is
# "before" in running text ("Voor 2030 wordt de ondergrond in kaart gebracht") and
# the verb decides.
BUDGET_NOUNS: tuple[str, ...] = (
    "begroting*",
    "*begroting*",
    "quotum",
    "*quotum",
    "budget*",
    "*budget*",
    "doel",
    "doelen",
    "*doel",
    "*doelen",
    "doelstelling*",
    "*doelstelling*",
    "ambitie*",
    "middelen",
    "bedrag*",
    "raming*",
    "taakstelling*",
    "prognose*",
    "plafond",
    "subsidie*",
    "reservering*",
    "financiering",
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
    "zal worden",
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
    "het streven is",
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
        "trad* * in werking",
        "treedt * in werking",
        "treden * in werking",
        "ging* * in",
        "gaat * in",
        "voerde* * in",
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
        "verscherpt*",
        "verlengd*",
        "uitgebreid*",
        "vernieuwd*",
        "vernieuwde",
        "paste* * aan",
        "verruimde*",
        "scherpte* * aan",
        "breidde* * uit",
        "herzag*",
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
        "lanceerde*",
        "ging* * van start",
        "gaat * van start",
        "richtte* * op",
        "zette* * in",
        "opende*",
        "startte* * op",
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
        "stopgezet",
        "loopt * af",
        "liep* * af",
        "schafte* * af",
        "trok* * in",
        "stopte*",
        "beëindigde*",
        "sloot",  # "sloot drie locaties"; "sloot een akkoord" is decided (the longer match)
        "hief* * op",
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
        "bracht* * uit",
        "gaf* * uit",
        "uitgegeven",
        "zegde* * toe",
        "toegezegd",
        "maakte* * bekend",
        "kondigde* * aan",
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
        "diende* * in",
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
        "nam* * aan",
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
        "oordeelde*",
        "geoordeeld",
        "beëdigd",
        "geconcludeerd",
        "concludeerde*",
        "verworpen",
        "verwierp*",
        "stelde* * vast",
        "akkoord gesloten",
        "akkoord afgesloten",
        "convenant gesloten",
        "convenant afgesloten",
        "overeenkomst afgesloten",
        "overeenkomst * afgesloten",
        "overeenkomst gesloten",
        "verdrag gesloten",
        "sloot* * akkoord",
        "sloot* * convenant",
        "sloot* * overeenkomst",
        "overeenstemming bereikt",
        "bereikte* * overeenstemming",
        "bereikte* * akkoord",
        "keurde* * goed",
        "beslist",
        "besliste*",
        "bepaald",
        "bepaalde*",
        "uitspraak gedaan",
        "deed * uitspraak",
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
    "geëvalueerd",
    "evalueerde*",
    "vond* * plaats",
    "plaatsgevonden",
    "besproken",
    "riep* * op",
)

# A clause in the perfect or past passive ("begin 2023 is dat besluit geëvalueerd")
# tells that something happened on the date even when its verb is on no list above:
# an auxiliary and a participle ("ge...d"/"ge...t") in the date's clause give role
# ``other``. Words of that shape that are no participle are listed.
PERFECT_AUXILIARIES: tuple[str, ...] = (
    "is",
    "zijn",
    "werd",
    "werden",
    "heeft",
    "hebben",
)
# Particles of separable verbs, before "ge" in their participle ("doorgevoerd").
SEPARABLE_PARTICLES: tuple[str, ...] = (
    "aan",
    "af",
    "bij",
    "door",
    "in",
    "mee",
    "na",
    "om",
    "op",
    "over",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
)
NOT_PARTICIPLES: tuple[str, ...] = (
    "gemiddeld",
    "geschikt",
    "gezondheid",
    "gebied",
    "geld",
    "gericht",
    "gewend",
    "gezamenlijk",
    "geleidelijk",
    "gelijk",
    "gepast",
    "gesprek",
    "gedrag",
    "gevecht",
    "gewicht",
    "gezicht",
    "geduld",
    "genoemd",
    "gebaseerd",
    "geldt",
    "gold",
    "geweest",  # a state, not an event ("is aandacht geweest voor")
    "gehad",
)

# Words before a document or ruling that something else responds to: a date that
# only identifies it ("naar aanleiding van de uitspraak van de Afdeling van 2 juni
# 2021 is de werkwijze aangepast") is no measure date.
RESPONSE_FRAMES: tuple[str, ...] = (
    "naar aanleiding van",
    "n.a.v.",
    "in reactie op",
    "als reactie op",
    "op grond van",
    "ingevolge",
    "als gevolg van",
    "ter uitvoering van",
    "in navolging van",
    "vanwege",
    "gelet op",
    "gezien",
    "conform",
    "overeenkomstig",
    "in lijn met",
    "naar",
    "na",
    "volgend op",
    "in het verlengde van",
    "zoals",  # "zoals aangegeven in de brief van 24 juni 2022": a reference back
)
# Nouns of a ruling or document: with a response frame before them, a date that
# follows ("van 2 juni 2021") only identifies them.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "uitspraak",
    "uitspraken",
    "arrest",
    "arresten",
    "vonnis",
    "beschikking",
    "besluit",
    "*brief",
    "*brieven",
    "*rapport",
    "advies",
    "motie",
    "notitie",
    "nota",
    "conclusie",
    "mededeling",
    "circulaire",
    "beleidsregel",
    "verordening",
    "richtlijn",
)
# How many words may stand between a relative "die" and the date it qualifies.
RELATIVE_REACH = 2
# How many words a response frame may stand before the date it reaches.
RESPONSE_FRAME_REACH = 20

# Words of a target: a figure in such a sentence dated after the document's own
# time is the target of a plan, not a statistic of that period.
TARGET_WORDS: tuple[str, ...] = ("doel", "*doel", "doelstelling*", "*doelstelling*", "ambitie*")

# Present auxiliaries that with a participle and a later date make a plan ("In
# 2023 wordt door het RIVM een notitie opgesteld").
FUTURE_AUXILIARIES: tuple[str, ...] = ("wordt", "worden")

# Words of obligation: with a later date and no verb of what happened, the date
# is a deadline ("In 2050 moet het verbranden van recyclebaar materiaal ... zijn").
MUST: tuple[str, ...] = ("moet", "moeten", "dient", "dienen")

# How far either side of a date its sentence is read, in characters: a real sentence
# is shorter; an overlong run without full stops (a table flattened to text) is read
# in a window around each date, so that time stays linear in the text.
SENTENCE_WINDOW = 400

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

# A figure that is a statistic by its form: a number with thousands dots
# ("9.750"), an amount of money or a percentage. A coarse date in a sentence with
# one is the period of that figure ("In 2022 zijn 9.750 ... gestart").
# A dimension ("3.000 voet", "1.500 meter") is a term of a rule, not a statistic.
DIMENSION_UNITS: tuple[str, ...] = (
    "voet",
    "meter",
    "km",
    "kilometer",
    "kilo",
    "kg",
    "ton",
    "liter",
    "uur",
    "dagen",
    "weken",
    "maanden",
    "jaar",
)
# The units of a figure written after its number ("12 procent", "3,5 mln"), a word
# ending there, or the percent sign.
FIGURE_UNITS: tuple[str, ...] = ("%", "procent", "pct", "miljoen", "miljard", "mln", "mld")
# Every figure starts with "€" or a digit: the lookahead before the alternatives lets
# the regex engine skip to those characters (several times faster than trying each).
QUANTITY_SOURCE = (
    r"(?=[€0-9])(?:"
    r"€\s*[0-9]|(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9]|[.,][0-9])"
    rf"(?!\s*(?:{words(DIMENSION_UNITS)})(?!\w))"
    r"|[0-9](?:[0-9]*(?:,[0-9]+)?)\s*(?:"
    + "|".join(u if not u.isalpha() else u + r"\b" for u in FIGURE_UNITS)
    + r"))"
)

# A count in digits: a number and the noun it counts ("door 147 vergunninghouders"),
# not a number in a reference ("artikel 3 lid 2") nor a term ("12 weken").
COUNT_SOURCE = (
    r"(?<!(?:artikel|lid|nr\.|nummer|hoofdstuk|paragraaf|onderdeel|fase|niveau)\s+)"
    r"(?<![\w.,/-])[0-9]+(?:,[0-9]+)?\s+"
    rf"(?!(?:{words(DIMENSION_UNITS)})(?!\w))"
    r"(?:[\p{Ll}][\p{L}’'-]*\s+)?[\p{Ll}][\p{L}’'-]*(?:s|en|’s|'s)(?!\w)"
)
# Words of a negated event ("is ... niet in consultatie gebracht", "hebben geen grote
# ontwikkelingen plaatsgevonden"): nothing happened on a coarse date then.
NEGATIONS: tuple[str, ...] = ("niet", "geen", "nooit")

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


WordAnchors = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

# What every match of a trigger list holds (see :func:`word_anchors`), by pattern: a
# sentence with no word that fits cannot hold a match anywhere, so the extractor skips
# that pattern's searches there (a test checks the examples against it).
WORD_ANCHORS: dict[Pattern, WordAnchors] = {}


def word_anchors(entries: Iterable[str]) -> WordAnchors:
    """(words, prefixes, infixes) of a trigger list, in lower case: a match of its
    pattern holds a word (a run of word characters) that is one of the words, begins
    with one of the prefixes or holds one of the infixes.

    Each entry gives one, from one of its words (the lone ``*`` of "maakte * bekend"
    aside): its head, the letters it opens with up to a character that is not one
    ("n.a.v." gives "n"). A word of an entry starts a run of word characters: it opens
    the match (after ``\\b``) or follows white space. A word of letters alone that
    white space follows in the entry is that whole run (``mee`` of "mee dat"); one
    opened by ``*`` holds its head (``*brief``); any other begins with it (the last
    word of an entry may be cut short by the end of the text searched). The longest
    head is taken, a whole word counting one letter more.
    """
    exact: set[str] = set()
    prefixes: set[str] = set()
    infixes: set[str] = set()
    for entry in entries:
        tokens = entry.split()
        best: tuple[int, str, set[str]] | None = None
        for k, token in enumerate(tokens):
            if token == "*":
                continue
            head = ""
            for c in token.strip("*"):
                if not c.isalnum():
                    break
                head += c.lower()
            if not head:
                continue
            if token.startswith("*"):
                kind, score = infixes, len(head)
            elif head == token.lower() and k < len(tokens) - 1:
                kind, score = exact, len(head) + 1
            else:
                kind, score = prefixes, len(head)
            if best is None or score > best[0]:
                best = score, head, kind
        if best is None:
            raise ValueError(f"trigger entry {entry!r} has no word to anchor it")
        best[2].add(best[1])
    return tuple(sorted(exact)), tuple(sorted(prefixes)), tuple(sorted(infixes))


# The branches of each trigger list: each entry a pattern of its own, in the order of
# the list's alternation, with the word anchor of the entry (:func:`word_anchors` of the
# entry alone). The list's matches are those of the branches taken as the alternation
# takes them (at each place the first branch in order that matches there, see
# measures._alternation), and a branch whose anchor no word of a sentence fits matches
# nowhere in it: the branches of the words a sentence holds find its matches, searching
# a few short patterns where the whole alternation is tried at every word.
TRIGGER_BRANCHES: dict[Pattern, tuple[tuple[Pattern, WordAnchors], ...]] = {}


def _branch_example(entry: str) -> str:
    """The shortest text an entry matches: its words, a lone ``*`` one word ("de")."""
    return " ".join("de" if tok == "*" else tok.strip("*") for tok in entry.split())


def _triggers(
    name: str,
    entries: Iterable[str],
    examples: Iterable[Example],
    counter_examples: Iterable[str] = (),
) -> Pattern:
    entries = tuple(entries)
    p = pattern(
        f"measure.{name}",
        # "\b" (every entry starts with a letter) scans faster than "(?<!\w)"
        rf"\b(?:{words(entries)})(?!\w)",
        examples=examples,
        counter_examples=counter_examples,
        flags=regex.IGNORECASE,
        doc=f"The measure trigger list {name}.",
    )
    WORD_ANCHORS[p] = word_anchors(entries)
    TRIGGER_BRANCHES[p] = tuple(
        (
            pattern(
                f"measure.{name}/{entry}",
                rf"\b(?:{part})(?!\w)",
                examples=[_branch_example(entry)],
                flags=regex.IGNORECASE,
                doc=f"The entry {entry!r} of the measure trigger list {name}.",
            ),
            word_anchors([entry]),
        )
        for entry, part in word_branches(entries)
    )
    return p


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
PERFECT_AUXILIARY = _triggers(
    "perfect-auxiliary",
    PERFECT_AUXILIARIES,
    [("Begin 2023 is het besluit geëvalueerd.", "is")],
    ["de iso-norm"],
)
PARTICIPLE = pattern(
    "measure.participle",
    rf"(?<!\w)(?!(?:{words(NOT_PARTICIPLES)})(?!\w))"
    rf"(?:{words(SEPARABLE_PARTICLES)})?ge\w{{3,}}[dt](?!\w)",
    examples=[
        ("is dat besluit geëvalueerd", "geëvalueerd"),
        ("werd gestopt", "gestopt"),
        ("zijn wijzigingen doorgevoerd", "doorgevoerd"),
    ],
    counter_examples=["gemiddeld", "de gezondheid", "gemeenten"],
    flags=regex.IGNORECASE,
    doc="A past participle ('ge...d', 'ge...t'), the words of that shape that are none excepted.",
)
RESPONSE_FRAME = _triggers(
    "response-frame",
    RESPONSE_FRAMES,
    [
        ("Naar aanleiding van de uitspraak van", "Naar aanleiding van"),
        ("op grond van het arrest van", "op grond van"),
    ],
    ["de aanleiding"],
)
COUNT = pattern(
    "measure.count",
    COUNT_SOURCE,
    examples=[
        ("werd gevolgd door 147 vergunninghouders op", "147 vergunninghouders"),
        ("waren 38 jonge professionals", "38 jonge professionals"),
    ],
    counter_examples=["artikel 3 lid 2 bepaalt", "binnen 12 weken", "de 1,5 metermaatregel"],
    flags=regex.IGNORECASE,
    doc="A number in digits and the plural noun it counts: a figure of a statistic.",
)
NEGATION = _triggers(
    "negation",
    NEGATIONS,
    [("is het voorstel niet in consultatie gebracht", "niet")],
    ["de nietigheid"],
)
DOCUMENT_NOUN = _triggers(
    "document-noun",
    DOCUMENT_NOUNS,
    [
        ("naar aanleiding van de uitspraak van de Afdeling", "uitspraak"),
        ("de Kamerbrief", "Kamerbrief"),
    ],
    ["de uitspraakdatum"],
)
BUDGET_NOUN = _triggers(
    "budget-noun",
    BUDGET_NOUNS,
    [("het hervestigingsquotum voor 2021", "hervestigingsquotum"), ("Ambities voor", "Ambities")],
    ["de doelgroep"],
)
MONEY = pattern(
    "measure.money",
    r"€\s*[0-9]|\b(?:euro|miljoen|miljard|mln|mld)\b",
    examples=[("€ 12 miljoen", "€ 1"), ("40 miljoen", "miljoen")],
    counter_examples=["de europese regels"],
    flags=regex.IGNORECASE,
    doc="Money in a clause: a year of it is a budget year.",
)
LISTED_YEAR = pattern(
    "measure.listed-year",
    r"\s*(?:,|en|of)\s*(?:19|20)[0-9][0-9](?![0-9])",
    examples=[" en 2022", ", 2023"],
    counter_examples=[" en 12"],
    flags=regex.IGNORECASE,
    doc="Right after a year: another year listed with it ('voor 2021 en 2022').",
)
MODAL = _triggers(
    "modal",
    MODALS,
    [("Aanvragers konden tot 1 mei indienen.", "konden")],
    ["de kanalen"],
)
QUANTITY = pattern(
    "measure.quantity",
    QUANTITY_SOURCE,
    examples=[
        ("zijn 9.750 nieuwe", "9.750"),
        ("€ 23,5 miljoen", "€ 2"),
        ("12,5 procent", "12,5 procent"),
        ("3,5 mln", "3,5 mln"),
    ],
    counter_examples=["artikel 3", "COVID-19", "versie 1.2.3", "boven de 3.000 voet"],
    flags=regex.IGNORECASE,
    doc="A figure that is a statistic by its form: thousands dots, money, a percentage.",
)
# Where a QUANTITY match may start: it opens on a euro sign or a digit, and never
# inside a run of digits but at its first one (a digit before it could open the same
# match: QUANTITY_SOURCE's first number is "[0-9]{1,3}" after no digit, or "[0-9]"
# followed by any digits). Trying the grammar there alone is much quicker than
# scanning a clause with it. (The lookahead changes no match: it lets the engine run to
# the characters a match opens with instead of trying the alternation at each place.)
QUANTITY_START = pattern(
    "measure.quantity-start",
    r"(?=[€0-9])(?:€|[0-9]+)",
    examples=[("zijn 9.750 nieuwe", "9"), ("€ 23,5 miljoen", "€"), ("12,5 procent", "12")],
    counter_examples=["geen cijfer", "twaalf procent"],
    doc="A euro sign or a run of digits: where a QUANTITY match may start.",
)
# Clause breaks: punctuation, a dash standing alone, or one of these words (SUBCLAUSE:
# also an infinitive or a relative clause). A sentence with no such word and no such
# dash breaks at its punctuation alone (PUNCTUATION_BREAK).
CLAUSE_BREAK_WORDS: tuple[str, ...] = (
    "dat",
    "omdat",
    "waardoor",
    "waarbij",
    "zodat",
    "terwijl",
    "nadat",
)
SUBCLAUSE_BREAK_WORDS: tuple[str, ...] = ("om", *CLAUSE_BREAK_WORDS, "die", "waarin")
BREAK_DASHES: tuple[str, ...] = ("–", "-")
_DASH = "[" + "".join(BREAK_DASHES) + "]"
CLAUSE_BREAK = pattern(
    "measure.clause-break",
    # case is ignored for the words alone: the engine scans faster for the rest
    rf"[,;:]|\s(?:{_DASH}|(?i:{'|'.join(CLAUSE_BREAK_WORDS)}))\s",
    examples=[
        ("in mei, waarna", ","),
        ("meldde dat de wet", " dat "),
        ("meldde DAT de wet", " DAT "),
        ("in mei – en later", " – "),
    ],
    counter_examples=["de datum van de wet"],
    doc="A clause edge: a verb across it belongs to another event than the date.",
)
LIST_JOINT = pattern(
    "measure.list-joint",
    r"\s*(?:,|en|of)\s*",
    examples=[" en ", ", "],
    counter_examples=[" tot "],
    flags=regex.IGNORECASE,
    doc="What joins dates listed together ('in april en juli 2019'), which share a verb.",
)
RELATIVE_OPENER = pattern(
    "measure.relative-opener",
    r"\s(?:die|welke)\s$",
    examples=[("Britse burgers die ", " die ")],
    counter_examples=["de regeling dat "],
    flags=regex.IGNORECASE,
    doc="A relative clause opening right before a date's clause ('burgers die vóór 1 mei ...').",
)
# its words stand between white space: a sentence without them has no relative clause
WORD_ANCHORS[RELATIVE_OPENER] = (("die", "welke"), (), ())
SUBCLAUSE_BREAK = pattern(
    "measure.subclause-break",
    rf"[,;:]|\s(?:{_DASH}|(?i:{'|'.join(SUBCLAUSE_BREAK_WORDS)}))\s",
    examples=[
        ("heeft opgeroepen om ook", " om "),
        ("in mei, waarna", ","),
        ("zo Omdat het", " Omdat "),
    ],
    counter_examples=["de omvang"],
    doc="A clause edge for figures: also an infinitive ('om ... te') or relative clause.",
)
# The punctuation that breaks a clause: single characters, found by plain search.
BREAK_PUNCTUATION: tuple[str, ...] = (",", ";", ":")
PUNCTUATION_BREAK = pattern(
    "measure.punctuation-break",
    "[" + "".join(BREAK_PUNCTUATION) + "]",
    examples=[("in mei, waarna", ","), ("als volgt: de", ":")],
    counter_examples=["in mei – en later", "meldde dat de wet"],
    doc="The clause breaks of a sentence where no break word or dash stands alone.",
)
WORD_RUN = pattern(
    "measure.word-run",
    r"\w+",
    examples=["EU", ("de amv’s", "de")],
    counter_examples=["–", "..."],
    doc="A run of word characters: where a trigger list's match starts (``WORD_ANCHORS``).",
)
DIGIT = pattern(
    "measure.digit", r"[0-9]", examples=["3", ("per 1 mei", "1")], counter_examples=["mei"]
)
# WORD's characters: a word opens with one of the first and goes on over the second.
_WORD_OPENING = r"\p{L}\p{N}"
_WORD_GOING_ON = r"\p{L}\p{N}’'/-"
WORD = pattern(
    "measure.word",
    rf"[{_WORD_OPENING}][{_WORD_GOING_ON}]*",
    examples=["amv’s", "EU-richtlijn", ("de 2e fase", "de")],
    counter_examples=["–", "..."],
    doc="A word of a sentence (letters, digits, inner apostrophes, slashes, hyphens).",
)
TWO_WORDS = pattern(
    "measure.two-words",
    rf"[{_WORD_OPENING}][{_WORD_GOING_ON}]*[^{_WORD_GOING_ON}][^{_WORD_OPENING}]*[{_WORD_OPENING}]",
    examples=[("De wet", "De w"), ("x-y, z", "x-y, z"), ("Datum: 3", "Datum: 3"), ("a b", "a b")],
    counter_examples=["Datum:", "EU-richtlijn", "amv’s.", "–", " a "],
    doc="Where a text holds two WORDs or more (one, what ends it, what lies before the "
    "next word, and the next one's first character): one search instead of reading "
    "its words one by one.",
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
