"""The one conversion from written digits to a number.

The grammars in ``patterns/`` write digits as ASCII ``[0-9]``, so a figure in another
script (or one ``int()`` does not know, such as U+116D0) is never read as a value. This
module is the matching guard where a value is computed: :func:`to_int` accepts only a
run of ASCII digits of a sensible length, so a glued run of thousands of digits (which
``int()`` refuses beyond 4,300) is no number rather than an error.
"""

from __future__ import annotations

MAX_DIGITS = 30
"""The longest run of digits read as a value; longer runs are codes or noise."""


def is_digits(text: str) -> bool:
    """Whether ``text`` is a non-empty run of ASCII digits ("²" and "𑛐" are not)."""
    return text.isascii() and text.isdigit()


def to_int(text: str) -> int | None:
    """The value of a run of ASCII digits, or None (other characters, or too long)."""
    if len(text) > MAX_DIGITS or not is_digits(text):
        return None
    return int(text)
