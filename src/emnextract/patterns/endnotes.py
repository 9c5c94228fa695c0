"""Titles that open a block of endnotes, and titles where a note always ends.

Endnotes stand together at the end of a chapter or of the report under a title of
their own ("Noten", "Eindnoten", "Notes"); an annex title ("Bijlage 1 Cijfers",
"Annex", "Bijlage A: …") opens running text again, so the last note before it ends
there.
"""

from __future__ import annotations

from .grammar import pattern, words

# Words that title an endnote block (lower case; matched case-insensitively).
ENDNOTE_TITLE_WORDS = (
    "noten",
    "eindnoten",
    "voetnoten",
    "notes",
    "endnotes",
    "footnotes",
    "bronnen en noten",
)

# Words that open an annex (a note never runs on into one).
ANNEX_WORDS = ("bijlage", "bijlagen", "annex", "annexes", "appendix", "appendices", "addendum")

ENDNOTE_TITLE = pattern(
    "endnotes.title",
    rf"(?i)^\s*(?:{words(ENDNOTE_TITLE_WORDS)})"
    r"(?:\s+(?:bij|to|of)\s+(?:hoofdstuk|chapter)\s+[0-9]{1,2})?\s*:?\s*$",
    examples=["Noten", "Eindnoten", "NOTES", "Noten bij hoofdstuk 3", "Notes to chapter 2:"],
    counter_examples=["Noten en bijlagen van het rapport staan achterin.", "Notenbalk"],
)

# An annex title on its own line: the word, an optional number or letter, an
# optional title; short and without a sentence's full stop. "Bijlage 2 bevat de
# lijst." is a sentence, not a title.
ANNEX_TITLE = pattern(
    "endnotes.annex_title",
    rf"^\s*(?:{words(ANNEX_WORDS)}|{words(tuple(w.upper() for w in ANNEX_WORDS))}"
    rf"|{words(tuple(w.capitalize() for w in ANNEX_WORDS))})"
    r"(?:\s+(?:[0-9]{1,2}|[IVXLC]{1,5}|[A-Z]))?\.?"
    r"(?:\s*(?:[:.–—-]\s*)?(?P<title>\p{Lu}[^.!?]{0,100}?))?\s*$",
    examples=[
        "Bijlage",
        "Bijlage 1 Overzicht van de cijfers",
        "Bijlage A: Lijst van afkortingen",
        "Annex II – Statistics",
        "BIJLAGEN",
        "Appendix B",
    ],
    counter_examples=[
        "Bijlage 2 bevat de volledige lijst.",
        "bijlage bij de brief van 3 maart",
        "Bijlage 1 van de regeling bevat de lijst van landen",
        "Bijlagen bij Kamerstukken II 2019/20, 19637, nr. 2590.",
    ],
)

# Abbreviations that never end a sentence: a note line ending in one goes on ("…
# Verordening (EG) nr." + "595/2009"). "Ibid.", "etc." and "e.a." can end a note.
MID_SENTENCE_ABBREVIATIONS = frozenset(
    """
    nr nrs no art artt blz p pp jo vgl cf resp i.v.m m.b.t t.a.v t.o.v o.a bijv bv d.w.z
    c.q o.b.v i.p.v n.a.v t.b.v mr dr drs ir prof mw dhr mevr zgn zg
    """.split()
)
