"""Word lists that decide whether a line-final hyphen is a break or a real hyphen.

Dutch keeps the hyphen in elliptic compounds ("Immigratie- en Naturalisatiedienst",
"Noord- en West-Afrika"): the word after the break is then a conjunction. It also keeps
it after capitals/acronyms ("EU-lidstaten", "VK-onderdanen") and digits ("5-jaarstermijn").
"""

# Words that, following "xxx-", show the hyphen belongs to an elliptic compound.
ELLIPSIS_CONJUNCTIONS = frozenset(
    {"en", "of", "tot", "t/m", "dan", "noch", "als", "and", "or", "to", "&", "en/of"}
)

# Line-final fragments that are whole prefixes written with a hyphen in Dutch
# ("ex-partner", "niet-westerse"), kept even before a lowercase continuation.
# ("pro-" + "gramma" is a split word: prefixes Dutch writes solid are not listed.)
HYPHEN_PREFIXES = frozenset({"ex", "oud", "niet", "non"})

# ---- line-break patterns (``hyph.*``) --------------------------------------------------
# The grammar of the words at a line break: what ends a line, what starts the next,
# and when the break is inside a URL (where hyphens and slashes are the URL's own).

from .grammar import pattern  # noqa: E402

# The last word of a line ending in a hyphen (group 1 without the hyphen).
LAST_WORD = pattern(
    "hyph.last_word",
    r"(\S*)-\s*$",
    examples=[("de verblijfs-", "verblijfs-"), ("EU- ", "EU- ")],
    counter_examples=["geen afbreking"],
)

# The first word of a line.
FIRST_WORD = pattern(
    "hyph.first_word",
    r"^\s*(\S+)",
    examples=[("regeling van", "regeling"), (" lidstaten", " lidstaten")],
    counter_examples=["   "],
)

# A hyphenated word written whole on one line ("start-ups", "EU-lidstaten").
COMPOUND = pattern(
    "hyph.compound",
    r"(?<![\p{L}0-9-])\p{L}[\p{L}0-9]*(?:-[\p{L}0-9]+)+",
    examples=["start-ups", ("de EU-lidstaten", "EU-lidstaten"), "Noord-Holland"],
    counter_examples=["1-1-2019", "start- en"],
)

# A fragment inside a URL or path (its hyphen is the URL's own).
URLISH = pattern(
    "hyph.urlish",
    r"(?:https?://|www\.|/)\S*$",
    examples=["https://www.ind.nl/national-", ("zie /documenten/rapport-", "/documenten/rapport-")],
    counter_examples=["verblijfs-"],
)

# Leading / trailing punctuation of a word at the break.
LEADING_PUNCT = pattern(
    "hyph.leading_punct",
    r"^\p{P}+",
    examples=["(‘", ("(EU-", "(")],
    counter_examples=["EU-"],
)
TRAILING_PUNCT = pattern(
    "hyph.trailing_punct",
    r"\p{P}+$",
    examples=[("lidstaten),", "),"), "."],
    counter_examples=["lidstaten"],
)

# A dump line that ends in a bare lowercase word (not inside a URL or number).
BARE_WORD_END = pattern(
    "hyph.bare_word_end",
    r"(?<![/.:@=&%_0-9])\b\p{L}*\p{Ll}$",
    examples=[("het integratie", "integratie"), "beleid"],
    counter_examples=["www.ind.nl", "het COA", "einde."],
)

# The next line starts with a lowercase letter.
LOWER_START = pattern(
    "hyph.lower_start",
    r"^\s*\p{Ll}",
    examples=["b", ("  beleid", "  b")],
    counter_examples=["Beleid", "12 beleid"],
)

# The next line starts a URL.
URL_START = pattern(
    "hyph.url_start",
    r"^\s*(?:https?://|www\.)",
    examples=["https://", (" www.ind.nl", " www.")],
    counter_examples=["zie www.ind.nl"],
)

# A dump line ending in a letter and spaces (a soft wrap) or in a letter (a hard one).
LETTER_THEN_SPACES = pattern(
    "hyph.letter_then_spaces",
    r"\p{L} +$",
    examples=[("het beleid ", "d "), "a  "],
    counter_examples=["beleid", "einde. "],
)
LETTER_END = pattern(
    "hyph.letter_end",
    r"\p{L}$",
    examples=[("beleid", "d")],
    counter_examples=["beleid ", "einde."],
)

# A PDF line (or paragraph so far) ending in a word and a hyphen: a break to undo.
WORD_HYPHEN = pattern(
    "hyph.word_hyphen",
    r"\S-$",
    examples=[("de verblijfs-", "s-")],
    counter_examples=["een - ", "een -"],
)

# PDF notes: the text so far ends inside a URL (a web address, a domain path, a path).
NOTE_URLISH = pattern(
    "hyph.note.urlish",
    r"(?:https?://|www\.)\S*$|\S*\.(?:nl|eu|com|org|int|gov|net|europa\.eu)/\S*$|\S*/\S*/\S*$",
    examples=[
        ("zie https://www.ind.nl/", "https://www.ind.nl/"),
        ("op ind.nl/nieuws", "ind.nl/nieuws"),
        ("documenten/2019/10", "documenten/2019/10"),
    ],
    counter_examples=["en/of de", "gezien."],
)

# PDF notes: a line that opens with a capitalised word (fresh text, not a URL's rest).
CAPITALISED_WORD = pattern(
    "hyph.note.capitalised_word",
    r"^\p{Lu}\p{Ll}+(?:[\s,.;:]|$)",
    examples=["Kamerstukken", ("Zie ook", "Zie ")],
    counter_examples=["publicaties/2019", "EU-lidstaten"],
)

# PDF notes: a URL fragment ending in a connector glues to the next line as is.
URL_CONNECTOR = pattern(
    "hyph.note.url_connector",
    r"[/\-._=?&#%~]$",
    examples=[("https://www.ind.nl/", "/"), ("?id=", "=")],
    counter_examples=["https://www.ind.nl"],
)

# PDF notes: punctuation that ends a URL's sentence (the URL is complete).
URL_END_PUNCT = pattern(
    "hyph.note.url_end_punct",
    r"[,;)\]]$",
    examples=[("www.ind.nl,", ","), ("(www.ind.nl)", ")")],
    counter_examples=["www.ind.nl"],
)

# Dump notes: a token that is (part of) a URL.
URL_TOKEN = pattern(
    "hyph.dump.url_token",
    r"(?:https?://|www\.)\S*$|^\S*(?:\.[a-z]{2,4}/|/)\S*$",
    examples=["https://www.ind.nl", "ind.nl/nieuws", "documenten/2019"],
    counter_examples=["Kamerstukken", "2019."],
)

# Dump notes: letters of a word, the letters a URL piece ends or starts with.
WORD = pattern("hyph.dump.word", r"\p{L}+", examples=["asiel", ("EU-lidstaten", "EU")])
SEGMENT_END = pattern(
    "hyph.dump.segment_end",
    r"[\p{L}]+$",
    examples=[("kabinet-krijgt-for", "for")],
    counter_examples=["for-"],
)
SEGMENT_START = pattern(
    "hyph.dump.segment_start",
    r"^[\p{L}]+",
    examples=[("se-kritiek", "se")],
    counter_examples=["-kritiek"],
)

# Dump notes: a file extension or domain ending carried to the next line ("aspx, ...").
EXTENSION_HEAD = pattern(
    "hyph.dump.extension_head",
    r"^[a-z]{2,5}\b",
    examples=["aspx", ("pdf, geraadpleegd", "pdf")],
    counter_examples=["Geraadpleegd", "geraadpleegd"],
)

# Dump notes: a URL the line break cut at a dot ("www.ind.nl/afgeschaft.").
URL_TAIL = pattern(
    "hyph.dump.url_tail",
    r"(?:https?://|www\.)\S*\.$",
    examples=["www.ind.nl/afgeschaft.", ("zie https://a.nl/b.", "https://a.nl/b.")],
    counter_examples=["www.ind.nl", "einde."],
)

# Dump notes: the line after such a cut starts with the URL's extension.
EXT_HEAD = pattern(
    "hyph.dump.ext_head",
    r"^[a-z]{2,5}(?:[,;)\s]|$)",
    examples=["aspx", ("pdf, geraadpleegd", "pdf,")],
    counter_examples=["Kamerstukken", "geraadpleegd op"],
)
