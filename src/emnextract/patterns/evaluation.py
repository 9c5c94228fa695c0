"""Grammar of the evaluation: dev-case footnote lines and the baselines' plain patterns.

The baselines are deliberately naive (a plain number regex; the precision of a date
dateparser found, told from its text), so that the extractors' figures can be read
against what a simple tool gets on the same gold.
"""

from __future__ import annotations

import regex

from .grammar import pattern

DEVSET_NOTE_LINE = pattern(
    "eval.devset_note_line",
    r"(\d{1,4}) (\S.*)",
    examples=["14 Kamerstukken II 2019/20, 19637, nr. 2612.", "3 Ibid."],
    counter_examples=["Kamerstukken II 2019/20"],
    doc="A footnote line of a dev case: number, one space, the note text.",
)

BASELINE_NUMBER = pattern(
    "eval.baseline_number",
    r"\d+(?:[.,]\d+)*",
    examples=["29.435", "23,6", "2019", ("in 2019 waren er 1.234 aanvragen", "2019")],
    doc="The plain number regex of the statistics baseline.",
)

BASELINE_DAY = pattern(
    "eval.baseline_day",
    r"(?<![\d/-])(?:[0-2]?\d|3[01])(?![\d/])",
    examples=["1", "31", ("op 3 mei", "3")],
    counter_examples=["2019/20", "12/3"],
    doc="A day number in the text dateparser matched (its precision is then day).",
)

BASELINE_MONTH = pattern(
    "eval.baseline_month",
    r"jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec",
    examples=["mei", ("in Maart 2020", "Maa")],
    counter_examples=["in 2020"],
    flags=regex.IGNORECASE,
    doc="A month name in the text dateparser matched (its precision is then month).",
)

BASELINE_YEAR = pattern(
    "eval.baseline_year",
    r"\d{4}",
    examples=["2019", ("3 mei 2019", "2019")],
    counter_examples=["3 mei"],
    doc="A year in the text dateparser matched (removed before looking for a day).",
)

# ---- the real-documents survey (gold-free checks) --------------------------------------

SURVEY_LONG_WORD = pattern(
    "eval.survey_long_word",
    r"(?<!\p{L})\p{L}{35,}(?!\p{L})",
    examples=[
        "Thisisalinewhosewordslostalltheirspaces",
        (
            "de rapportagesoverdeeerstehelftvanhetjaar 2020",
            "rapportagesoverdeeerstehelftvanhetjaar",
        ),
    ],
    counter_examples=["arbeidsmarktdiscriminatie", "realtimeverkeersinformatiediensten"],
    doc="A run of letters longer than any real word: words glued because their spaces "
    "were lost. Dutch compounds run to 34 letters in real reports "
    "(realtimeverkeersinformatiediensten), so the bar is 35.",
)

SURVEY_CASE_JOIN = pattern(
    "eval.survey_case_join",
    r"(?<!\p{L})\p{Ll}*\p{Lu}?\p{Ll}{2,}\p{Lu}\p{Ll}{2,}\p{L}*",
    examples=["PowersThe", ("the PowersThe end", "PowersThe"), "rapportWerk"],
    counter_examples=["GenAI", "COVID-19", "NL", "iPhone", "McDonald"],
    doc="A lowercase letter run glued to a capitalised word inside one token "
    "(a lost space before a sentence or a title). Names written so ('CoronaMelder') "
    "are told apart by how often they recur.",
)

SURVEY_DIGIT_JOIN = pattern(
    "eval.survey_digit_join",
    r"(?<![\p{L}\d])\d{1,4}\p{Lu}\p{Ll}+",
    examples=["1Introduction", ("zie 2019In dit", "2019In")],
    counter_examples=["3D", "G4", "COVID-19", "2 Introduction", "MP3Player"],
    doc="A number glued to a capitalised word: a heading number or note number that "
    "lost its space ('1Introduction').",
)

SURVEY_CID = pattern(
    "eval.survey_cid",
    r"\(cid:\d+\)",
    examples=["(cid:127)", ("a (cid:3) b", "(cid:3)")],
    counter_examples=["cid 12", "(cid)"],
    doc="A glyph pdfminer could not decode to a character.",
)

SURVEY_PART_LINE = pattern(
    "eval.survey_part_line",
    r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?\s+\p{Lu}\p{Ll}|"
    r"(?:Bijlage|Bijlagen|Annex|Appendix|Hoofdstuk|Chapter)\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,5})\b)",
    examples=[
        ("2.3 Procedures voor bescherming", "2.3 Pr"),
        ("Bijlage A Overzicht", "Bijlage A"),
        "Annex II",
    ],
    counter_examples=["Kamerstukken II 2019/20", "2019 was een jaar", "bijlage 2 bij"],
    doc="A printed note line that opens like a heading: a section number and a title, "
    "or an annex or chapter label.",
)

SURVEY_URL = pattern(
    "eval.survey_url",
    r"(?:https?://|www\.)\S+",
    examples=[
        (
            "zie https://example.org/Raad%20van%20State/1 voor",
            "https://example.org/Raad%20van%20State/1",
        ),
        ("www.voorbeeld.nl/RapportEvaluatie", "www.voorbeeld.nl/RapportEvaluatie"),
    ],
    counter_examples=["Raad van State", "http als protocol"],
    doc="A URL written out in the text: the survey's glue check leaves the words "
    "inside it alone (paths join words without spaces on purpose).",
)
