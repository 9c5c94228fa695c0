"""Find quantities in Dutch text: where a figure stands, its value, unit and hedging.

This is the grammar layer only: it reads ``29.435``, ``23,6 procent``, ``10.7 procent``,
``€ 1,5 miljoen``, ``134 miljoen euro``, ``150 fte`` and number words (``zestig``,
``twaalfduizend``, ``ruim tien``) into :class:`Quantity` records. Whether a quantity is
a statistic (and not a year, date, age, duration or reference number) is decided in
:mod:`emnextract.extractors.statistics`, which needs the surrounding words for that.

Fractions in words ("een derde", "twee derde", "de helft", "een kwart", "driekwart")
are ratios rounded to 3 decimals with unit ``other``; "een derde" is also an ordinal
("een derde land"), so it is a fraction only before "van", a verb or a clause end.

Number words: a lone ``een``/``één`` is the (emphasised) article and never a quantity;
ordinals (``tweede``, ``twaalfde``) and vague plurals (``honderden``, ``duizenden``,
``tientallen``) do not match because the word must end where the number word ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex
from text_to_num import text2num

from .. import digits
from ..model import StatUnit
from ..patterns import numbers as P
from ..patterns.grammar import fold, join_texts, literals, text_batches


@dataclass(slots=True)
class Quantity:
    """One figure in a text, with the words that belong to it."""

    start: int  # span of the whole mention: currency sign .. unit word
    end: int
    num_start: int  # span of the figure itself ("29.435", "zestig")
    num_end: int
    value: int | float
    text: str  # the mention as written ("134 miljoen euro", "23,6 procent")
    unit: StatUnit
    approx: bool = False
    word: bool = False  # written in words ("zestig")
    sign: str | None = None  # "+" written before the figure ("+12,4%")
    fraction: bool = False  # a fraction in words ("een derde")


_DIGITS = P.DIGITS.regex
_DIGIT_RUN = P.DIGIT_RUN.regex
_DASH_RANGE = P.DASH_RANGE_AT.regex
_DIGIT_DASH = P.DIGIT_DASH.regex
_BOUND = P.BOUND.regex
# Matched only at word starts found by the stems below: scanning every position of the
# text with this alternation costs more than the whole rest of the extraction.
_WORD_AT = P.WORD_NUMBER.regex
# The groups of a figure in digits (DIGITS, BOUND) by number, as the hot paths read
# them: the regex module reads ``m.group(name)`` several times slower than a number.
_NUMBER_GROUPS = {
    rx: (rx.groupindex["int"], rx.groupindex["dec_sep"], rx.groupindex["dec"])
    for rx in (_DIGITS, _BOUND)
}
_ROUND = _WORD_AT.groupindex["round"]


def _digit_matches(text: str) -> list[regex.Match[str]]:
    """The matches of DIGITS in ``text``, as ``finditer`` finds them.

    A match starts with a digit that no digit precedes, so only the start of each run of
    digits is tried (and none inside a match found already): far fewer attempts than a
    scan of every position, with the same matches.
    """
    found: list[regex.Match[str]] = []
    end = 0
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        if at < end:
            continue
        m = _DIGITS.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def word_number_starts(text: str) -> list[int]:
    """Starts of words that contain a number-word stem ("zestig", "twaalfduizend")."""
    return _stem_words(text)[0]


def _stem_words(text: str) -> tuple[list[int], bool]:
    """:func:`word_number_starts`, and whether a fraction stem may occur in ``text``.

    The second is True whenever a fraction stem occurs in ``text.lower()`` (and at most
    where one occurs in the text lowered letter by letter). A fraction stem that holds a
    number-word stem ("vierde" holds "vier", "helft" "elf") is looked for only at the
    places where the scan for number words finds that stem.
    """
    return _stem_words_of([text])[0]


def _stem_words_of(texts: Sequence[str]) -> list[tuple[list[int], bool]]:
    """:func:`_stem_words` of each of ``texts``, each stem looked for once in a batch of
    them (:func:`~emnextract.patterns.grammar.text_batches`, joined by a NUL):
    one scan of many costs less than one per text.
    """
    return [found for batch in text_batches(texts) for found in _stem_words_of_batch(batch)]


def _stem_words_of_batch(texts: Sequence[str]) -> list[tuple[list[int], bool]]:
    """:func:`_stem_words_of` of one batch of ``texts``.

    The stems are looked for in :func:`_ascii_lowered` of the joined texts, which holds
    them where the texts' own lowering does; where a word starts is read from the texts
    themselves (a character and its lower case are letters alike, and "-" is the lower
    case of "-" alone).
    """
    j = join_texts(texts)
    joined, bases, ends, text_at = j.joined, j.starts, j.ends, j.text_at
    low = _ascii_lowered(joined).decode("ascii")
    hits = _stem_hits(low)
    starts: dict[int, set[int]] = {}  # text -> the starts found in it
    fraction = [False] * len(texts)
    for f in _FRACTION_STEMS_ALONE:
        for i in hits.get(f, ()):
            fraction[text_at(i)] = True
    for stem, holding in _STEMS_HOLDING:
        overlapping = stem in _SELF_OVERLAPPING
        last = -1  # the text of the stem found before
        for i in _apart(hits.get(stem, ()), len(stem)):
            k = text_at(i)
            if holding and not fraction[k]:
                if overlapping and k != last:
                    # the scan skips an occurrence that overlaps the one before it
                    fraction[k] = any(low.find(f, bases[k], ends[k]) != -1 for f, _ in holding)
                if not fraction[k]:
                    fraction[k] = any(i >= j and low.startswith(f, i - j) for f, j in holding)
            last = k
            s = i
            while s > 0 and joined[s - 1].isalpha():
                s -= 1
            if s == 0 or joined[s - 1] != "-":
                starts.setdefault(k, set()).add(s - bases[k])
    return [(sorted(starts[k]) if k in starts else [], f) for k, f in enumerate(fraction)]


def _stem_hits(low: str) -> dict[str, list[int]]:
    """Where each number-word and fraction stem starts in ``low``, overlapping ones
    included, in order: the stems that open with the same letter are found by one
    search (:data:`_STEM_SEARCHES`), as fast as ``str.find`` finds one of them."""
    hits: dict[str, list[int]] = {}
    for search, stems in _STEM_SEARCHES:
        if len(stems) == 1:  # a stem alone: str.find finds it at least as fast
            stem = stems[0]
            i = low.find(stem)
            if i != -1:
                found = hits[stem] = []
                while i != -1:
                    found.append(i)
                    i = low.find(stem, i + 1)
            continue
        pos = 0
        while (m := search(low, pos)) is not None:
            i = m.start()
            for stem in stems:
                if low.startswith(stem, i):
                    hits.setdefault(stem, []).append(i)
            pos = i + 1
    return hits


def _apart(found: Iterable[int], size: int) -> Iterator[int]:
    """Of the places ``found`` (ascending) of a stem of ``size`` characters, those a scan
    from the left finds: each one at or past the end of the one found before it."""
    end = 0
    for i in found:
        if i >= end:
            yield i
            end = i + size


def _ascii_lowered(text: str) -> bytes:
    """``text`` lowered letter by letter, as ASCII: a character whose lower case does not
    begin with an ASCII character is a "?" (one byte per character, at its place).

    It holds an ASCII stem (a number-word or fraction stem) where ``text.lower()`` does,
    or, where one letter lowers to several ("İ"), where the text lowered letter by letter
    does (the first character of each lowering). Lowering a text that is not ASCII goes
    letter by letter through the Unicode tables, which costs several times more than
    this on ASCII bytes; the only characters that are not ASCII but lower to an ASCII
    letter are "İ" and the Kelvin sign, which are lowered as the text is when present.
    """
    if not text.isascii() and ("\u0130" in text or "\u212a" in text):
        text = "".join([c.lower()[0] for c in text])
    return text.encode("ascii", "replace").lower()


# The fraction stems that hold a number-word stem, with where ("helft" holds "elf" at 1),
# and those that hold none; the number-word stems that can overlap themselves ("negen").
_FRACTION_STEMS_HOLDING = {
    w: tuple((f, k) for f in P.FRACTION_STEMS for k in range(len(f)) if f.startswith(w, k))
    for w in P.WORD_NUMBER_STEMS
}
_FRACTION_STEMS_ALONE = tuple(
    f for f in P.FRACTION_STEMS if not any(w in f for w in P.WORD_NUMBER_STEMS)
)
# The number-word stems and the fraction stems holding each.
_STEMS_HOLDING = tuple((w, _FRACTION_STEMS_HOLDING[w]) for w in P.WORD_NUMBER_STEMS)
_SELF_OVERLAPPING = frozenset(
    w for w in P.WORD_NUMBER_STEMS if any(w[:j] == w[-j:] for j in range(1, len(w)))
)
# The stems looked for (number words, and the fraction stems that hold none) by their
# opening letter, each group with the search that finds them all.
_STEM_SEARCHES = tuple(
    (literals(group).search, group)
    for group in (
        tuple(sorted(s for s in (*P.WORD_NUMBER_STEMS, *_FRACTION_STEMS_ALONE) if s[0] == c))
        for c in sorted({s[0] for s in (*P.WORD_NUMBER_STEMS, *_FRACTION_STEMS_ALONE)})
    )
)


def number_anchors(text: str) -> tuple[list[int], bool]:
    """Where a number word stands in ``text``, and whether a fraction stem may occur in it.

    The number words are the :func:`word_number_starts` at which the number-word grammar
    matches ("zelf" and "aandacht" hold a stem, but no number word). A number word is
    letters only, so a sentence cut from ``text`` (at a sentence end, no letter) holds
    number words at the same places as ``text``: a caller that reads the sentences of a
    paragraph can skip one with no figure at all. The fraction answer is True whenever
    ``text.lower()`` holds a fraction stem (see :func:`_stem_words`).
    """
    starts, fractions = _stem_words(text)
    return [s for s in starts if _WORD_AT.match(text, s)], fractions


def number_anchors_of(texts: Sequence[str]) -> list[tuple[list[int], bool]]:
    """:func:`number_anchors` of each of ``texts``, their stems searched in one pass
    (:func:`_stem_words_of`)."""
    return [
        ([s for s in starts if _WORD_AT.match(text, s)], fractions)
        for text, (starts, fractions) in zip(texts, _stem_words_of(texts), strict=True)
    ]


_SCALE = P.SCALE_AFTER.regex
_COUNTED = P.COUNTED_AFTER.regex
_UNIT_AFTER = P.UNIT_AFTER.regex
_SCALE_OPENINGS = P.SCALE_OPENINGS
_UNIT_OPENINGS = P.UNIT_OPENINGS
# how either begins: the text after most figures begins as neither, told by one question
_SCALE_OR_UNIT_OPENINGS = _SCALE_OPENINGS | _UNIT_OPENINGS
_EURO_BEFORE = P.EURO_SIGN_BEFORE.regex
_APPROX_BEFORE = P.HEDGE_BEFORE.regex
_HEDGE_ENDINGS = P.HEDGE_ENDINGS
_APPROX_AFTER = P.HEDGE_AFTER.regex
_PERCENT_OR_SCALE = P.PERCENT_OR_SCALE_AFTER.regex
_FRACTION = P.FRACTION.regex
_PRICE_DASH = P.PRICE_DASH_AFTER.regex
_PLUS = P.PLUS_BEFORE.regex
_RANGE_HEDGE = P.RANGE_HEDGE_BEFORE.regex
# The unit named by each group of UNIT_AFTER.
_UNIT_OF_GROUP: dict[str, StatUnit] = {
    "point": "other",
    "percent": "percent",
    "eur": "eur",
    "fte": "fte",
    "mult": "other",
    "measure": "other",
}


@lru_cache(maxsize=4096)
def word_value(word: str) -> int | None:
    """Value of a Dutch number word ("twaalfduizend" -> 12000), None if it is none."""
    w = word.lower()
    if w in P.LONE_WORDS_NOT_NUMBERS:
        return None
    if w in P.ROUND_FIGURE_WORDS:
        return P.ROUND_FIGURE_WORDS[w]
    # text2num reads "tweeëntwintig" as written; "tweeentwintig" only with the diaeresis.
    for form in (w.replace("één", "een"), w.replace("één", "een").replace("ën", "en")):
        try:
            return int(text2num(form, "nl"))
        except (ValueError, TypeError):
            continue
    return None


def fraction_value(m: regex.Match[str]) -> float:
    """The ratio a FRACTION match states, rounded to 3 decimals ("twee derde" -> 0.667)."""
    if m.group("phrase"):
        return P.FRACTION_PHRASES[" ".join(m.group("phrase").lower().split())]
    num = m.group("num") or m.group("num2") or m.group("one")
    den = m.group("den") or m.group("den2") or m.group("den1")
    return round(P.FRACTION_NUMERATORS[num.lower()] / P.FRACTION_DENOMINATORS[den.lower()], 3)


def _fraction_matches(text: str) -> list[regex.Match[str]]:
    """FRACTION tried only at the word holding a fraction stem and the word before it."""
    low = text.lower()
    starts: set[int] = set()
    for stem in P.FRACTION_STEMS:
        i = low.find(stem)
        while i != -1:
            s = i
            while s > 0 and low[s - 1].isalpha():
                s -= 1
            starts.add(s)  # "driekwart"
            b = s - 1
            while b > 0 and low[b - 1] == " ":
                b -= 1
            while b > 0 and low[b - 1].isalpha():
                b -= 1
            if b >= 0 and b < s:
                starts.add(b)  # "een derde", "de helft"
            i = low.find(stem, i + len(stem))
    found: list[regex.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue
        m = _FRACTION.match(text, start)
        if m:
            found.append(m)
    return found


def _euro_before(text: str, start: int) -> regex.Match[str] | None:
    """EURO_SIGN_BEFORE in the six characters before ``start``, if they hold "€" or "eur"
    (in any case: no letter but "ſ" and "İ" matches an ASCII letter case-insensitively
    and lower-cases otherwise, and neither matches a letter of "eur")."""
    window = text[max(0, start - 6) : start]
    if "€" not in window and "eur" not in window.lower():
        return None
    return _EURO_BEFORE.search(text, max(0, start - 6), start)


def _hedged(text: str, start: int) -> bool:
    r"""Whether a hedge ("ruim", "circa") stands right before ``text[start]``.

    HEDGE_BEFORE ends in white space, so it is asked only after a space, and only where
    the text before that white space ends as a hedge or an article does (every ``\s``
    is a space to ``str.rstrip``, and no hedge or article ends in one).
    """
    if start == 0 or not text[start - 1].isspace():  # every \s is a space to str.isspace
        return False
    lo = max(0, start - 24)
    return (
        fold(text[lo:start].rstrip()).endswith(_HEDGE_ENDINGS)
        and _APPROX_BEFORE.match(text, lo, start) is not None
    )


def _fractions(text: str) -> list[Quantity]:
    return [
        Quantity(
            start=m.start(),
            end=m.end(),
            num_start=m.start(),
            num_end=m.end(),
            value=fraction_value(m),
            text=m.group(0),
            unit="other",
            approx=_hedged(text, m.start()),
            word=True,
            fraction=True,
        )
        for m in _fraction_matches(text)
    ]


def _value_of(
    whole_text: str, sep: str | None, dec: str | None, text: str, end: int
) -> int | float | None:
    """The value of a figure in digits read as ``whole_text``, ``sep``, ``dec`` (the
    groups of DIGITS or BOUND) and ending at ``text[end]``; None if it is none."""
    whole = digits.to_int(whole_text.replace(".", ""))
    if whole is None:
        return None  # a run of digits too long to be a figure
    if sep == ".":
        # "10.7 procent" is a decimal; a bare "4.2" is a section number.
        if dec is None or len(dec) > 2 or not _PERCENT_OR_SCALE.match(text, end):
            return None
    if dec:
        return float(f"{whole}.{dec}")
    return whole


def find_quantities(
    text: str, word_starts: list[int] | None = None, fractions: bool = True
) -> list[Quantity]:
    """Every figure in ``text`` with its value, unit and hedging, in text order.

    ``word_starts`` may hold :func:`word_number_starts` (or :func:`number_word_starts`) of
    ``text`` when the caller has them already (found once per paragraph rather than per
    sentence); ``fractions``
    False says the caller knows ``text`` holds no fraction stem.
    """
    out: list[Quantity] = []
    matches = _digit_matches(text)
    in_order = len(matches)  # the digit matches stand in text order
    if ("-" in text or "–" in text) and _DIGIT_DASH.search(text):
        # "2-4 Mton": the dash glues the bounds, which the plain digit pattern refuses.
        taken = {m.start() for m in matches}
        for r in _DASH_RANGE.finditer(text):
            for group in ("first", "second"):
                if r.start(group) not in taken:
                    bound = _BOUND.match(text, r.start(group))
                    assert bound is not None  # each bound of DASH_RANGE_AT is a BOUND
                    matches.append(bound)
    if word_starts is None:
        word_starts = word_number_starts(text)
    for start in word_starts:
        m = _WORD_AT.match(text, start)
        if m:
            matches.append(m)
    if len(matches) > in_order:
        matches.sort(key=lambda m: m.start())
    in_words = _fractions(text) if fractions else []
    last_end = -1  # where the quantity found last ends
    for m in matches:
        num_start, num_end = m.span()
        if in_words and any(f.start <= num_start < f.end for f in in_words):
            continue  # "twee" of "twee derde"
        if num_start < last_end:
            continue  # "duizend" read already as the scale of "2,5 duizend"
        end = num_end
        word = m.re is _WORD_AT
        value: int | float | None
        if word:
            written = m.group(0)
            if written.lower() in P.VERB_HOMOGRAPHS and not _COUNTED.match(text, end):
                continue  # "Het Hof acht dat ...": the verb, not a number
            value = word_value(written)
            if value is None:
                continue
            approx = m.group(_ROUND) is not None
        else:
            int_group, sep_group, dec_group = _NUMBER_GROUPS[m.re]
            whole_text, sep, dec = m.group(int_group, sep_group, dec_group)
            if sep is None:  # the commonest figure: a whole number ("724", "29.435")
                value = digits.to_int(whole_text.replace(".", ""))
            else:
                value = _value_of(whole_text, sep, dec, text, end)
            if value is None:
                continue
            approx = False
            # Each grammar around the figure is asked only where the text can begin or
            # end as it needs to (a comma, a scale or unit word, a currency, a plus sign).
            if not dec and text.startswith(",", end):
                dash = _PRICE_DASH.match(text, end)  # "€ 2.000,-"
                if dash:
                    end = dash.end()
        start = num_start
        head = P.opening(text, end)  # how the text after the figure begins
        # (head_opens of the union is that of either list: asked first, it answers for
        # both where the text begins as neither)
        opens = P.head_opens(head, _SCALE_OR_UNIT_OPENINGS)
        scale = _SCALE.match(text, end) if opens and P.head_opens(head, _SCALE_OPENINGS) else None
        if scale and not (word and scale.group("scale").lower() == "duizend"):
            value = _scaled(value, P.SCALE_WORDS[scale.group("scale").lower()])
            end = scale.end()
            head = P.opening(text, end)
            opens = P.head_opens(head, _UNIT_OPENINGS)
        unit: StatUnit = "count"
        after = (
            _UNIT_AFTER.match(text, end) if opens and P.head_opens(head, _UNIT_OPENINGS) else None
        )
        if after:
            kind = after.lastgroup
            assert kind is not None  # UNIT_AFTER matches through one of its groups
            unit = _UNIT_OF_GROUP[kind]
            end = after.end()
        else:
            # a currency before the figure makes a count an amount (no other unit)
            before = _euro_before(text, start)
            if before:
                unit = "eur"
                start = before.start()
        sign = None
        if (
            not word
            and start
            and text[start - 1] == "+"
            and _PLUS.search(text, max(0, start - 2), start)
        ):
            sign = "+"
            start -= 1
        if _hedged(text, start):
            approx = True
        if isinstance(value, float) and value.is_integer() and unit != "percent":
            value = int(value)
        out.append(
            Quantity(
                start, end, num_start, num_end, value, text[start:end], unit, approx, word, sign
            )
        )
        last_end = end
    if in_words:
        out = sorted([*out, *in_words], key=lambda q: q.start)
    if len(out) > 1:  # a range, and a hedge of a range, take two figures
        _share_range_units(text, out)
        _hedged_ranges(text, out)
    return out


def bare_years_only(text: str) -> bool:
    """Whether every figure :func:`find_quantities` reads in ``text``, which the caller
    knows holds no number word and no fraction stem, is a bare year: four digits from
    1900 to 2099 with no decimals and nothing of its own around it (no scale or unit
    word after it, no ",-", no currency or plus sign before it).

    See :func:`bare_figures_only`: a run that is no figure at all counts as a bare year.
    """
    return bare_figures_only(text, _is_year)


def _is_year(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a run of digits, is a year from 1900 to 2099."""
    return end - start == 4 and "1900" <= text[start:end] <= "2099"


def bare_figures_only(text: str, told: Callable[[str, int, int], bool]) -> bool:
    """Whether every figure :func:`find_quantities` reads in ``text``, which the caller
    knows holds no number word and no fraction stem, is a bare figure (a whole number
    with no decimals and nothing of its own around it: no scale or unit word after it,
    no ",-", no currency or plus sign before it) at whose run of digits
    ``told(text, start, end)`` holds.

    Told from each run of digits with the grammars :func:`find_quantities` asks around a
    figure (scale and unit words, the price dash, the euro sign before it): a run that
    could be more than a bare figure (other digits, a decimal or a dash range may follow,
    a currency or sign may stand before it) answers False, and the caller reads the text
    in full. A run that is no figure at all is asked of as if it were one. ``told`` is
    asked first: the cheapest answer for the commonest run.
    """
    if ("-" in text or "–" in text) and _DIGIT_DASH.search(text):
        return False  # "2019-2020", "3-5 procent": a range of figures may be read
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        if not told(text, start, end):
            return False
        if text.startswith((",", "."), end) and (
            text[end + 1 : end + 2].isdigit() or _PRICE_DASH.match(text, end)
        ):
            return False  # "2019,5", "2.019.000"; "€ 2019,-"
        head = P.opening(text, end)
        if P.head_opens(head, _SCALE_OR_UNIT_OPENINGS) and (
            (P.head_opens(head, _SCALE_OPENINGS) and _SCALE.match(text, end))
            or (P.head_opens(head, _UNIT_OPENINGS) and _UNIT_AFTER.match(text, end))
        ):
            return False  # "2019 procent", "2019 miljoen"
        if (start and text[start - 1] == "+") or _euro_before(text, start):
            return False  # "+2019", "€ 2019"
    return True


def _hedged_ranges(text: str, found: list[Quantity]) -> None:
    """ "tussen de 2.000 en 3.000": both ends of the range are approximate."""
    if len(found) < 2 or not P.RANGE_HEDGE_BEFORE.may_match(text):
        return  # no range, or no "tussen" before any figure
    for a, b in zip(found, found[1:], strict=False):
        if _RANGE_HEDGE.search(text, max(0, a.start - 12), a.start) and _RANGE_BETWEEN.match(
            text[a.end : b.start]
        ):
            a.approx = b.approx = True


def _scaled(value: int | float, factor: int) -> int | float:
    """``value * factor`` without float noise ("2,3 miljard" is 2300000000 exactly)."""
    product = Decimal(str(value)) * factor
    return int(product) if product == product.to_integral_value() else float(product)


_RANGE_BETWEEN = P.RANGE_BETWEEN.regex


def _share_range_units(text: str, found: list[Quantity]) -> None:
    """ "0,1 tot 2,8 Mton", "10 à 15 procent": the first figure takes the second's unit.

    Each bound stays its own record; a hedge before the range ("ongeveer 2 à 4") makes
    both approximate, a bare range does not (its bounds are exact).
    """
    for a, b in zip(found, found[1:], strict=False):
        if a.unit != "count" or b.unit == "count" or a.end != a.num_end:
            continue
        if not _RANGE_BETWEEN.match(text[a.end : b.start]):
            continue
        a.unit = b.unit
        b.approx = b.approx or a.approx  # "ongeveer 2 à 4 procent": the hedge covers both
        scale = _SCALE.match(text, b.num_end)
        if scale and not b.word:
            a.value = _scaled(a.value, P.SCALE_WORDS[scale.group("scale").lower()])
