"""Line shapes of a report's text dump, as data: headings, notes, furniture, captions.

Kept apart from the reader so other years' dumps can be accommodated by editing
tables rather than code.
"""

# "2.3.1<TAB> Title" / " 5.2<TAB> Title" / "4.3.5. <TAB> Title"
SECTION_HEADING = r"^\s?(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ ]*\t\s*(?P<title>\S.*?)\s*$"

# The same with a space instead of the tab ("2.1 Inrichting ..."): only taken when the
# number is the next one in the section sequence, since body lines can start with numbers.
SECTION_HEADING_SPACED = r"^\s?(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ ]+(?P<title>\p{Lu}.*?)\s*$"

# An explicit chapter line: "Hoofdstuk 3", "Hoofdstuk 3: Reguliere migratie", "Chapter 3 ...".
CHAPTER_LINE = (
    r"^\s*(?:Hoofdstuk|Chapter|HOOFDSTUK|CHAPTER)\s+(?P<num>\d{1,2})\b[.:]?\s*(?P<title>.*?)\s*$"
)

# A footnote line: number, then a tab (" 1<TAB> text", "12 <TAB> text") or a space ("145 text").
FOOTNOTE_START = r"^\s?(?P<num>\d{1,3})(?:[ ]*\t[ ]*|[ ])(?P<text>\S.*?)?\s*$"

# A lone page number.
PAGE_NUMBER = r"^\s*(?P<num>\d{1,3})\s*$"

# Page footers: "Pagina 1 van 9" (letter-spaced "P agina" too), "page 4/45", "4/45", "- 12 -".
PAGE_FOOTER = (
    r"^\s*(?:(?:P\s?agina|Page|page|Blz\.?|blz\.?)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[-–]\s*\d{1,4}\s*[-–]|page|Pagina)\s*$"
)

# Running header/footer lines and link annotations: a bare URL on a line of its own.
FURNITURE = r"^\s*(?:https?://\S+|www\.\S+)\s*$"

# List bullets at the start of a line.
BULLET = r"^\s*(?:[•◦▪●■–-]|\d{1,2}[.)]|[a-z][.)])\s*\t\s*"

# Caption starters: photo credits, figure/table titles, sources under figures.
CAPTION_START = r"^\s*(?:Foto|Afbeelding|Figuur|Tabel|Grafiek|Bron|Bronnen|Photo|Figure|Table|Source)\b\s*\d*\s*[:.]"

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

# A title/subheading/box line is short: longer lines are running text.
MAX_TITLE_CHARS = 110
# Margin boxes and caption lines are set in a narrow column.
MAX_BOX_LINE_CHARS = 40
# A chapter title's first line (big type, so short; longer lines are running text).
MAX_CHAPTER_LINE_CHARS = 70
