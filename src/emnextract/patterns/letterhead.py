"""The header block of a Dutch government letter (Kamerbrief), as data.

Rijksoverheid letters open page 1 with label/value lines ("Datum 22 december 2022",
"Betreft Emissies door de luchtvaart", "Ons kenmerk ..."). They describe the letter,
they are not its body text. Other senders' labels can be added here.
"""

from .grammar import pattern, words

# Labels of the header block; the value follows on the same line (or beside it).
LABELS = (
    "Datum",
    "Betreft",
    "Onderwerp",
    "Ons kenmerk",
    "Uw kenmerk",
    "Uw brief",
    "Uw brief van",
    "Kenmerk",
    "Bijlage",
    "Bijlagen",
    "Bijlage(n)",
)

# The label whose value is the letter's subject (a title for the document).
SUBJECT_LABELS = ("Betreft", "Onderwerp")

# The label whose value is the letter's date. Its line is kept as a body paragraph:
# the document has no other place for the date, and the measure extractor reads a
# lone labelled date line as the letter's own time.
DATE_LABELS = ("Datum",)

# A header line: a label, maybe a colon, then its value (or none: the value stands
# beside it, at a tab stop).
LABEL_LINE = pattern(
    "letterhead.label_line",
    r"^(?P<label>" + words(LABELS, wildcard=False) + r")(?:\s*:)?(?:\s+(?P<value>\S.*))?$",
    examples=["Datum 22 december 2022", "Ons kenmerk: IENW/BSK-2022/1", "Betreft", "Bijlage(n) 2"],
    counter_examples=["Datumgrens", "De Betreft"],
)

# The salutation ends the header block ("Geachte voorzitter,").
SALUTATION = pattern(
    "letterhead.salutation",
    r"^(?:Geachte|Beste|Dear)\b",
    examples=[("Geachte voorzitter,", "Geachte"), ("Dear Sir,", "Dear")],
    counter_examples=["Geachten", "Zeer Geachte"],
)

# The header block sits in the opening paragraphs of page 1.
MAX_HEADER_PARAGRAPHS = 15
