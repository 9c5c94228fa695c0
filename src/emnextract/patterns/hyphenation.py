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
