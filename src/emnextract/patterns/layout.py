"""The layout grammar of a report, for both readers: headings, notes, furniture, captions.

One module holds every line shape the PDF reader and the text-dump reader look for.
Where both readers meet the same notion they share its data (the caption words, the
bullet glyphs, the section-number shape); where the two sources print a notion
differently (a dump separates a heading's number from its title with a tab, a PDF
with type and space) each form is its own named pattern, side by side. Other years'
layouts are accommodated by editing this data rather than reader code.

Names: ``layout.*``. Each pattern carries worked examples, checked by
``tests/test_patterns.py``.
"""

from __future__ import annotations

import regex

from .grammar import pattern, words

# ---- shared data --------------------------------------------------------------------

# A section number: "2", "2.3", "4.3.5" (up to five levels).
SECTION_NUMBER = r"[0-9]{1,2}(?:\.[0-9]{1,2}){0,4}"
# The same with at least one dot ("2.3"): a dump line starting "2019" is no heading.
SUBSECTION_NUMBER = r"[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}"

# Words that open a caption or credit under (or beside) a figure, table or photo.
CAPTION_WORDS = (
    "Foto",
    "Afbeelding",
    "Figuur",
    "Tabel",
    "Grafiek",
    "Bron",
    "Bronnen",
    "Illustratie",
    "Kaart",
    "Photo",
    "Figure",
    "Table",
    "Source",
)

# Bullet glyphs: typographic ones and the private-use code points Symbol and
# Wingdings fonts map their bullets to (U+F0B7 "", U+F0A7, U+F0D8, ...).
BULLET_GLYPHS = "•▪◦●■□‣⁃∙–—·\uf0a7\uf0b7\uf0d8\uf0fc\uf076\uf06e\uf0a8\uf02d"
# Plain bullet glyphs: the ones a text dump keeps before a tab (the fonts' private
# glyphs are lost there), and the ones a PDF hangs before a list item's text.
PLAIN_BULLET_GLYPHS = "•◦▪●■–-"

# Compatibility glyphs a PDF may carry, folded once by the PDF reader: ligatures
# (U+FB00-FB06) into their letters, no-break, thin and other fixed-width spaces into a
# space, zero-width characters dropped (a soft hyphen is settled by its width, see
# pdf/glyphs.py). Not a full NFKC: "½", "m²" and "…" stay as printed.
COMPATIBILITY_GLYPHS = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u00a0": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
}

# Spacing accents that TeX (and some other typesetters) draw as a glyph of their own
# over or under a letter ("M´erigoux"), with the combining mark each stands for.
SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "`": "\u0300",  # grave
    "\u00a8": "\u0308",  # dieresis
    "^": "\u0302",
    "\u02c6": "\u0302",  # circumflex
    "~": "\u0303",
    "\u02dc": "\u0303",  # tilde
    "\u00b8": "\u0327",  # cedilla
    "\u02da": "\u030a",  # ring
    "\u02c7": "\u030c",  # caron
    "\u00af": "\u0304",  # macron
    "\u02d8": "\u0306",  # breve
    "\u02d9": "\u0307",  # dot above
    "\u02dd": "\u030b",  # double acute
    "\u02db": "\u0328",  # ogonek
}

# Codes of undecoded glyphs ("(cid:N)", a font without a Unicode mapping) that are a
# bullet or a dash in the common simple encodings: WinAnsi prints its unused codes
# (127, 129, 141, 143, 144, 157) as a bullet and has the bullet at 149, the dashes at
# 150 and 151; Symbol has its bullet at 183.
UNDECODED_SYMBOLS = {
    127: "•",
    129: "•",
    141: "•",
    143: "•",
    144: "•",
    157: "•",
    149: "•",
    183: "•",
    150: "–",
    151: "—",
}

# ---- section headings and chapter lines ---------------------------------------------

# A dump heading: number, tab, title ("2.3.1<TAB> Title", " 5.2<TAB> Title",
# "4.3.5. <TAB> Title").
SECTION_HEADING = pattern(
    "layout.section_heading.tabbed",
    rf"^\s?(?P<num>{SUBSECTION_NUMBER})\.?[ ]*\t\s*(?P<title>\S.*?)\s*$",
    examples=["2.3.1\tInrichting van de procedure", " 5.2\t Terugkeer ", "4.3.5. \tDublin"],
    counter_examples=["2019\tjaar", "In 2.3\tstaat"],
)

# The same with a space instead of the tab ("2.1 Inrichting ..."): only taken when the
# number is the next one in the section sequence, since body lines can start with numbers.
SECTION_HEADING_SPACED = pattern(
    "layout.section_heading.spaced",
    rf"^\s?(?P<num>{SUBSECTION_NUMBER})\.?[ ]+(?P<title>\p{{Lu}}.*?)\s*$",
    examples=["2.1 Inrichting van de asielprocedure", "3.4. Gezinsmigratie"],
    counter_examples=["2.1 miljoen aanvragen", "12 Staatsblad 2019, 12"],
)

# A PDF heading line: number, space(s), title; bold or bigger type is checked apart.
PDF_SECTION_HEADING = pattern(
    "layout.section_heading.pdf",
    rf"^({SECTION_NUMBER})\.?\s+([\p{{L}}\"'‘“(].*)$",
    examples=["4 Legale migratie", "2.3.1 Inrichting van de procedure", "5.1. ‘Pardon’"],
    counter_examples=["2019 was een jaar", "4.3 - 5"],
)

# An explicit chapter line: "Hoofdstuk 3", "Hoofdstuk 3: Reguliere migratie", "Chapter 3 ...".
CHAPTER_LINE = pattern(
    "layout.chapter_line",
    r"^\s*(?:Hoofdstuk|Chapter|HOOFDSTUK|CHAPTER)\s+(?P<num>[0-9]{1,2})\b[.:]?\s*(?P<title>.*?)\s*$",
    examples=["Hoofdstuk 3", "Hoofdstuk 3: Reguliere migratie", "CHAPTER 12 Return"],
    counter_examples=["In hoofdstuk 3 staat", "Hoofdstuk drie"],
)

# A chapter's display number standing on its own line in big type ("4", "4.").
CHAPTER_NUMBER = pattern(
    "layout.chapter_number",
    r"^\s*[0-9]{1,2}\.?\s*$",
    examples=["4", " 12. "],
    counter_examples=["4.1", "2019"],
)

# A number (or bullet) hanging before its line's text at its own height.
HANGING = pattern(
    "layout.hanging",
    rf"^(?:{SECTION_NUMBER}\.?|[{PLAIN_BULLET_GLYPHS}])$",
    examples=["4.3", "2.", "•", "–"],
    counter_examples=["2019a", "4.3 Titel"],
)

# Front-matter titles: text under them belongs to no chapter.
FRONT_MATTER_TITLES = frozenset(
    {
        "samenvatting",
        "voorwoord",
        "inhoud",
        "inhoudsopgave",
        "summary",
        "executive summary",
        "colofon",
        "lijst van afkortingen",
        "afkortingen",
    }
)

# Unnumbered parts of a report: titles that open a part of their own when they stand on
# their own line in heading type and text follows. FRONT titles do so before the first
# numbered heading (in a chapter they are ordinary subheadings); BACK titles and annex
# labels anywhere.
PART_FRONT_WORDS = (
    "Samenvatting",
    "Inleiding",
    "Voorwoord",
    "Woord vooraf",
    "Conclusie",
    "Conclusies",
    "Aanbevelingen",
    "Conclusies en aanbevelingen",
    "Dankwoord",
    "Leeswijzer",
    "Managementsamenvatting",
    "Summary",
    "Executive summary",
    "Management summary",
    "Preface",
    "Foreword",
    "Introduction",
    "Conclusion",
    "Conclusions",
    "Recommendations",
    "Acknowledgements",
)
PART_BACK_WORDS = (
    "Literatuurlijst",
    "Literatuur",
    "Bronnen",
    "Bronnenlijst",
    "Bronvermelding",
    "Referenties",
    "Bibliografie",
    "Afkortingen",
    "Afkortingenlijst",
    "Lijst van afkortingen",
    "Lijst met afkortingen",
    "Begrippenlijst",
    "Verklarende woordenlijst",
    "Colofon",
    "Nawoord",
    "Verantwoording",
    "References",
    "Bibliography",
    "Abbreviations",
    "List of abbreviations",
    "Glossary",
    "Colophon",
)
PART_ANNEX_WORDS = ("Bijlage", "Bijlagen", "Annex", "Annexes", "Appendix", "Appendices", "Addendum")

PART_FRONT = pattern(
    "layout.part_front",
    rf"(?i:{words(PART_FRONT_WORDS)})",
    examples=["Samenvatting", "Executive summary", "Conclusies en aanbevelingen", "VOORWOORD"],
    counter_examples=["Jaarcijfers 2019"],
    doc="A front-matter part title (matched on the whole line with fullmatch).",
)

PART_BACK = pattern(
    "layout.part_back",
    rf"(?i:{words(PART_BACK_WORDS)})",
    examples=["Literatuurlijst", "Lijst van afkortingen", "References"],
    counter_examples=["Samenvatting"],
    doc="A back-matter part title (matched on the whole line with fullmatch).",
)

PART_ANNEX = pattern(
    "layout.part_annex",
    rf"^(?P<label>(?:{words(PART_ANNEX_WORDS)})"
    r"(?:[ \t]+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,5})(?![\p{L}\d]))?)"
    r"(?:[ \t]*[.:–—-][ \t]*|[ \t]+(?=\p{Lu})|[ \t]*$)",
    examples=[
        ("Bijlage A: Overzicht van de cijfers", "Bijlage A: "),
        ("Bijlage 2 Lijst van afkortingen", "Bijlage 2 "),
        ("Annex II", "Annex II"),
        ("Appendix 1.", "Appendix 1."),
        ("Bijlage: Mogelijke aanvullende maatregelen", "Bijlage: "),
        ("Bijlagen", "Bijlagen"),
    ],
    counter_examples=["Bijlage bij de brief van de minister", "bijlage 2", "Bijlagenboek"],
    doc="An annex label opening a title: the word, an optional number, letter or roman "
    "numeral (group ``label``), then a colon, dash, stop, a capitalised title or the end.",
)

# A word of a slug (an unnumbered part's id): letters and digits.
SLUG_WORD = pattern(
    "layout.slug_word",
    r"[\p{L}\p{N}]+",
    examples=["bijlage", "a", "2019", ("lijst van", "lijst")],
    counter_examples=[" – ", ": "],
)

# A title/subheading/box line of a dump is short: longer lines are running text.
MAX_TITLE_CHARS = 110
# Margin boxes and caption lines are set in a narrow column.
MAX_BOX_LINE_CHARS = 40
# A chapter title's first line (big type, so short; longer lines are running text).
MAX_CHAPTER_LINE_CHARS = 70

# ---- footnotes -------------------------------------------------------------------------

# A dump note line: number, then a tab (" 1<TAB> text", "12 <TAB> text") or a space
# ("145 text").
FOOTNOTE_START = pattern(
    "layout.footnote_start.dump",
    r"^\s?(?P<num>[0-9]{1,3})(?:[ ]*\t[ ]*|[ ])(?P<text>\S.*?)?\s*$",
    examples=[" 1\tKamerstukken II 2018/19, 19637, nr. 2459.", "145 Staatsblad 2019, 12", "12 \t"],
    counter_examples=["1234 tekst", "Zie 12 tekst"],
)

# A PDF note line: its number, then the note's text (or nothing: the text follows).
PDF_FOOTNOTE_START = pattern(
    "layout.footnote_start.pdf",
    r"^([0-9]{1,4})(?:[.)]?\s+(?=[\p{L}\p{N}\"'‘“(\[«§*]|https?:|www\.)|(?=\p{L})|$)",
    examples=[("12 Kamerstukken II", "12 "), ("3) https://www.ind.nl", "3) "), "7"],
    counter_examples=["Zie 12 tekst", "- 12 -"],
)

# Digits of a raised footnote marker: "12", "3,4", "5-7".
MARKER_DIGITS = pattern(
    "layout.marker_digits",
    r"^[0-9]{1,4}(?:\s*[,\-–]\s*[0-9]{1,4})*$",
    examples=["12", "3,4", "5 – 7"],
    counter_examples=["a1", "12."],
)

# Glued body markers near a dump note: "afgeschaft.12", "(Wav)44", "COA23".
GLUED_MARKER = pattern(
    "layout.glued_marker",
    r"(?:\p{L}|[).’”%])[.,;:]?(?P<num>\d+)(?!\d)",
    examples=[("is afgeschaft.12 Dat", "t.12"), ("de (Wav)44.", ")44"), "A23"],
    counter_examples=["in 2019 is", "op 1-2-2019"],
)

# A dump note carried on: the text so far ends a sentence.
NOTE_DONE = pattern(
    "layout.note_done",
    r"[.!?][\p{Pf}'\"’”)]*$",
    examples=[("nr. 2459.", "."), ("zie ‘Asiel.’", ".’")],
    counter_examples=["Kamerstukken II 2021/22, 30175, nr. 414"],
)

# A PDF note's last line finishes it (otherwise a page's unnumbered lines carry it on).
NOTE_FINISHED = pattern(
    "layout.note_finished",
    r"[.!?)\]”’\"']\s*$",
    examples=[("geraadpleegd op 18-10-2019. ", ". "), ("(2019)", ")")],
    counter_examples=["https://www.rijksoverheid.nl/documenten/"],
)

# ---- furniture: page numbers, footers, running lines, tables of contents ------------

# A lone page number in a dump.
PAGE_NUMBER = pattern(
    "layout.page_number.dump",
    r"^\s*(?P<num>[0-9]{1,3})\s*$",
    examples=["12", "  7  "],
    counter_examples=["2019", "12 a"],
)

# Dump page footers: "Pagina 1 van 9" (letter-spaced "P agina" too), "page 4/45",
# "4/45", "- 12 -".
PAGE_FOOTER = pattern(
    "layout.page_footer.dump",
    r"^\s*(?:(?:P\s?agina|Page|page|Blz\.?|blz\.?)\s*[0-9]{1,4}(?:\s*(?:van|of|/)\s*[0-9]{1,4})?"
    r"|[0-9]{1,4}\s*/\s*[0-9]{1,4}|[-–]\s*[0-9]{1,4}\s*[-–]|page|Pagina)\s*$",
    examples=["Pagina 1 van 9", "P agina 3 van 9", "page 4/45", "4/45", "- 12 -", "Pagina"],
    counter_examples=["Pagina's vol tekst", "2019/2020 jaar"],
)

# A page number in a PDF's top or foot band: "12", "Pagina 3 van 9", "p. 4", "3/45".
PDF_PAGE_NUMBER = pattern(
    "layout.page_number.pdf",
    r"(?i)^(?:(?:pagina|page|blz\.?|p\.)\s*)?[0-9]{1,4}(?:\s*(?:/|van|of)\s*[0-9]{1,4})?$",
    examples=["12", "Pagina 3 van 9", "p. 4", "3/45", "page 7 of 8"],
    counter_examples=["- 12 -", "12 juni"],
)

# Running header/footer lines and link annotations: a bare URL on a line of its own.
FURNITURE = pattern(
    "layout.furniture",
    r"^\s*(?:https?://\S+|www\.\S+)\s*$",
    examples=["https://www.emnnetherlands.nl", " www.ind.nl "],
    counter_examples=["zie www.ind.nl voor meer"],
)

# Dot leaders of a table of contents line.
DOT_LEADERS = pattern(
    "layout.dot_leaders",
    r"(?:\.\s?){4,}\s*[0-9]*\s*$|…{2,}",
    examples=[("2.1 Asiel ........ 12", "........ 12"), ("Inleiding . . . . 3", ". . . . 3")],
    counter_examples=["Zie hoofdstuk 3...", "Asiel. Migratie."],
)

# ---- bullets and list items ----------------------------------------------------------

# Dump list bullets: a glyph, "1." or "a)" before a tab.
BULLET = pattern(
    "layout.bullet.dump",
    rf"^\s*(?:[{PLAIN_BULLET_GLYPHS}]|\d{{1,2}}[.)]|[a-z][.)])\s*\t\s*",
    examples=[("•\tDe IND", "•\t"), (" 2.\tTweede punt", " 2.\t"), ("a)\tOptie", "a)\t")],
    counter_examples=["• zonder tab", "2.1\tTitel"],
)

# A PDF list item's start: a glyph (or "-", "*", "o") then space, or "1." / "(a)".
PDF_BULLET = pattern(
    "layout.bullet.pdf",
    rf"^(?:[{BULLET_GLYPHS}\p{{Co}}\-*o]\s+|\(?[a-z0-9]{{1,2}}[.)]\s+)",
    examples=[("• De IND", "• "), ("\uf0b7 Het COA", "\uf0b7 "), ("(a) Optie", "(a) ")],
    counter_examples=["Het COA", "2019. Dat"],
)

# A lone bullet glyph (set at its own tab stop, so read as a line of its own).
GLYPH_ONLY = pattern(
    "layout.bullet.glyph_only",
    rf"^[{BULLET_GLYPHS}\p{{Co}}]$",
    examples=["•", "\uf0b7", "–"],
    counter_examples=["-", "o", "• x"],
)

# ---- captions -------------------------------------------------------------------------

# A dump caption: the word, maybe a number, then ":" or ".": "Figuur 2: ...", "Bron: CBS".
CAPTION_START = pattern(
    "layout.caption.dump",
    rf"^\s*(?:{words(CAPTION_WORDS)})\b\s*\d*\s*[:.]",
    flags=regex.IGNORECASE,
    examples=[("Figuur 2: Asielaanvragen", "Figuur 2:"), ("Bron: CBS", "Bron:"), "foto."],
    counter_examples=["Bronnen zeggen dat", "De foto: mooi"],
)

# A PDF caption or credit line: starts with the word ("Foto ANP", "Tabel 3 ...").
PDF_CAPTION = pattern(
    "layout.caption.pdf",
    rf"(?i)^(?:{words(CAPTION_WORDS)})\b",
    examples=[("Foto ANP", "Foto"), ("Tabel 3 Aanvragen", "Tabel"), ("bron: IND", "bron")],
    counter_examples=["Fotografen", "De tabel"],
)

# ---- line ends and sentence ends ---------------------------------------------------

# A PDF line (or paragraph so far) that ends a sentence.
SENTENCE_END = pattern(
    "layout.sentence_end.pdf",
    r"[.!?:;]['\"’”)]?$",
    examples=[("is afgeschaft.", "."), ("als volgt:", ":"), ("(zie hieronder.)", ".)")],
    counter_examples=["en de", "(2019)"],
)

# A dump line ending a sentence, maybe with a glued marker ("afgeschaft.13").
TERMINAL = pattern(
    "layout.sentence_end.dump",
    r"[.!?:;][\p{Pf}\p{Pe}'\"’”)]*[0-9]*$",
    examples=[("is afgeschaft.13", ".13"), ("‘Asiel.’", ".’"), ("als volgt:", ":")],
    counter_examples=["en de", "nr. 12 en"],
)

# A line ending a full sentence (not a lead-in colon or a semicolon of a list), maybe
# with a glued marker: what stands before a run-in title set on its own line.
SENTENCE_DONE = pattern(
    "layout.sentence_done",
    r"[.!?][\p{Pf}\p{Pe}'\"’”)]*[0-9]*$",
    examples=[("is gestart.", "."), ("is afgeschaft.13", ".13"), ("(zie hieronder.)", ".)")],
    counter_examples=["als volgt:", "de regeling;", "en de"],
)

# Punctuation inside a line that a title does not have: a stop, comma, colon or
# semicolon before a space, or a web address.
CLAUSE_MARK = pattern(
    "layout.clause_mark",
    r"[.,:;!?](?=\s)|://|www\.",
    examples=[("UHealth, 8(8)", ","), ("e19857. https", "."), ("zie https://x.nl", "://")],
    counter_examples=["Start proef met digitale intake", "Aanpak 2.0 van de IND"],
)

# A text with at least three letters (not a rule, a number or a lone glyph).
THREE_LETTERS = pattern(
    "layout.three_letters",
    r"\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}",
    examples=["Asi", ("4 Asiel", "Asi"), ("E-U-A", "E-U-A")],
    counter_examples=["12", "- 4 -", "EU"],
)

# Digit runs (page numbers in running lines, marker digit groups).
DIGITS = pattern(
    "layout.digits",
    r"[0-9]+",
    examples=["12", ("Pagina 3 van 9", "3")],
    counter_examples=["geen"],
)

# A margin bar some dumps keep before a line ("| tekst").
MARGIN_BAR = pattern(
    "layout.margin_bar",
    r"^\s*\|",
    examples=[("| tekst", "|"), ("  |tekst", "  |")],
    counter_examples=["tekst | tekst"],
)

# ---- footnote markers in dump text ---------------------------------------------------

# A whole digit run (not part of a longer one).
DIGIT_RUN = pattern(
    "layout.marker.digit_run",
    r"(?<![0-9])[0-9]+(?![0-9])",
    examples=["12", ("afgeschaft.13 Dat", "13")],
    counter_examples=["geen cijfers"],
)

# A year a marker can be glued to ("in 2018161." = 2018 + marker 161).
MARKER_YEAR = pattern(
    "layout.marker.year",
    r"(?:19|20)\d\d",
    examples=["2018", "1999"],
    counter_examples=["1899", "2100"],
)

# ---- full-size (unraised) note numbers --------------------------------------------------

# A note marker set at body size and glued to the word before it: digits right after a
# letter or a closing bracket/quote (or one of those and a punctuation mark), or after a
# year ("in 201817" = "in 2018", marker 17). Only the expected next note number is taken
# (see pdf/fullsize.py), so "COVID-19", "5.2.2" or "46.050" never qualify.
PDF_GLUED_MARKER = pattern(
    "layout.glued_marker.pdf",
    r"(?:(?<=[\p{L})\]’”])|(?<=[\p{L})\]’”][.,;:])|(?<=(?<![0-9])(?:19|20)[0-9]{2}))"
    r"([0-9]{1,3})(?![0-9\p{L}])",
    examples=[
        ("groepen migranten.1 Het", "1"),
        ("de EU/EER4.", "4"),
        ("(Wav)6.", "6"),
        ("tegen 26.080 in 201817. Deze", "17"),
        ("Faciliteitenwet20 van", "20"),
    ],
    counter_examples=["COVID-19", "zie 5.2.2).", "46.050.", "H2O", "in 2019 zijn"],
)
