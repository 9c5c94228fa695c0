"""Dutch date vocabulary as data: months, seasons, year parts, prepositions.

The grammar in ``extractors/dates.py`` builds its regex from these tables, so a new
spelling (another abbreviation, another preposition) is added here, not in code.
"""

from __future__ import annotations

# Full month names: safe to recognise on their own ("in juli").
MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations: only recognised after a day number ("1 jan. 2020"), because on
# their own several are ordinary words or names ("Jan", "mar").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# A season maps to its first month (meteorological seasons).
SEASONS: dict[str, int] = {
    "voorjaar": 3,
    "lente": 3,
    "zomer": 6,
    "najaar": 9,
    "herfst": 9,
    "winter": 12,
}

# Ordinals naming a half or quarter of a year.
ORDINALS: dict[str, int] = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "laatste": 4,  # "het laatste kwartaal"; for halves it is mapped to 2
}

# Year-part nouns -> precision.
YEAR_PARTS: dict[str, str] = {
    "kwartaal": "quarter",
    "helft": "half",
    "halfjaar": "half",
    "half jaar": "half",
    "jaarhelft": "half",
}

# Nouns that make "NOUN 2020-2021" an academic (school) year.
ACADEMIC_YEAR_WORDS: tuple[str, ...] = (
    "studiejaar",
    "schooljaar",
    "collegejaar",
    "academisch jaar",
    "academiejaar",
)
ACADEMIC_YEAR_START_MONTH = 9

# Words that narrow a period without changing its precision ("eind 2019").
MODIFIERS: tuple[str, ...] = (
    "begin",
    "eind",
    "einde",
    "medio",
    "midden",
    "halverwege",
    "half",
    "vanaf",  # "vanaf begin"
)

# Prepositions that may open a date expression; kept in the span, since they
# carry the meaning ("per 1 mei" vs "tot en met 1 mei"). Longest first.
PREPOSITIONS: tuple[str, ...] = (
    "met ingang van",
    "met terugwerkende kracht tot",
    "tot en met",
    "t/m",
    "tot uiterlijk",
    "uiterlijk op",
    "uiterlijk in",
    "uiterlijk",
    "vanaf",
    "sinds",
    "per",
    "op",
    "in",
    "tot",
    "vóór",
    "voor",
    "na",
    "rond",
    "omstreeks",
    "gedurende",
    "tijdens",
    "over",
    "tussen",
    "van",
    "tegen",
    "later in",
    "eerder in",
)

# Prepositions that mark a bare year as a point in time rather than a name
# ("sinds 2018" is a date; "Vreemdelingenbesluit 2000" is a name).
YEAR_ANCHORS: frozenset[str] = frozenset(PREPOSITIONS) - {"met terugwerkende kracht tot"}

# Articles allowed between preposition and the date ("in de zomer", "het eerste kwartaal").
ARTICLES: tuple[str, ...] = ("de", "het")
