"""Sentence boundaries, and the report title read from the opening text."""

from __future__ import annotations

from .grammar import pattern

# The marks a sentence may end with: single characters, found by plain search (a
# boundary is tried only where one stands).
BOUNDARY_MARKS: tuple[str, ...] = (".", "!", "?")
# A candidate boundary: . ! ? (optionally followed by a closing quote/bracket), then
# white space, then something that can open a sentence.
BOUNDARY = pattern(
    "sent.boundary",
    "[" + "".join(BOUNDARY_MARKS) + "]" + r"[’'\")\]]?\s+(?=[\p{Lu}‘'\"(0-9€])",
    examples=[("Dat gebeurde in mei. Daarna volgde", ". "), ("Wat nu?) (Zie", "?) ")],
    counter_examples=["in mei. daarna", "bijv.,"],
    doc="A candidate sentence end; abbreviations and initials are ruled out in code.",
)
WORD_BEFORE = pattern(
    "sent.word-before",
    # searched from the end ((?r)): the same match, found without trying each start
    r"(?r)([\p{L}.]+)\.$",
    examples=[("zie o.a.", "o.a."), ("J.", "J.")],
    counter_examples=["artikel 3."],
    doc="The word that ends at a candidate full stop (an abbreviation or an initial?).",
)

# "Jaaroverzicht Migratie en Asiel in Nederland 2019" in the opening paragraphs.
REPORT_TITLE = pattern(
    "sent.report-title",
    r"(?i)\b(Jaaroverzicht(?:\s+Migratie\s+en\s+Asiel(?:\s+in\s+Nederland)?)?)\s+((?:19|20)[0-9][0-9])\b",
    examples=[
        "Jaaroverzicht Migratie en Asiel 2021",
        (
            "Het EMN Jaaroverzicht Migratie en Asiel in Nederland 2020 beschrijft",
            "Jaaroverzicht Migratie en Asiel in Nederland 2020",
        ),
        ("zoals in het jaaroverzicht 2018 vermeld", "jaaroverzicht 2018"),
    ],
    counter_examples=["Jaaroverzichten 2019", "Jaaroverzicht 12019"],
    doc="The report's title and year.",
)
