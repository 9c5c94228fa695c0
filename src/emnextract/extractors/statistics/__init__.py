"""Numeric statistics: each figure in the body text with its unit, subject, period and comparison.

The concerns live in their own modules: :mod:`.figures` decides whether a number is a
statistic, :mod:`.periods` which period it refers to, :mod:`.subjects` what it counts
and :mod:`.comparisons` whether it is a change and what it is compared with. This
module walks the document, keeps the period context and builds the records.

Subheadings are skipped: they repeat the body. Captions are read (a chart title can
state a figure, and a reader may join a caption with the prose after it).

Period context: a figure with no period in its own sentence takes the one an earlier
sentence of the same paragraph set, never one from a later sentence or another
paragraph. A sentence with figures sets it by its period; a sentence without figures
only when it speaks of a count ("In 2022 nam het aantal aanvragen toe"); a dated
sentence about an event ("De pilot is in september 2019 gestart", "Op 1 maart 2022 is
de regeling verruimd") ends it. A sentence stating a plan or target ("Het streven was
om … in 2022", "met als doel …") frames no later figures, and a figure in an intended
"om … te" clause ("besloten om … te reduceren van 500.000 naar 440.000") takes a period
only from inside that clause.

Ranges: "2-4 Mton", "2 à 4 procent", "tussen 10 en 20 procent" give one record per
bound, both with the unit of the second; "tussen (de) X en Y" makes both approximate.
Age ranges ("18 tot en met 30 jaar") stay out. A bound a rule or definition sets
("boven 3.000 voet", "tot een hoogte van …", a norm "op 0,3%") is a rule term, no
statistic; a measured "tot 97%" is a figure with no period.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ...document import Document, Para, Readings
from ...model import Citation, Statistic
from ...patterns import statistics as P
from ...patterns.grammar import fold
from ...patterns.numbers import FRACTION_STEMS
from ...provenance import provenance
from ..links import citations_by_footnote, span_links, span_note_ids
from ..numbers import Quantity, bare_figures_only, find_quantities, number_anchors_of
from .comparisons import change, compare_with_previous, comparison_markers, link_comparisons
from .figures import (
    Found,
    announces_list,
    bound_kind,
    code_spans,
    is_bare_non_statistic,
    is_restated_bound,
    is_statistic,
)
from .periods import ClauseBreaks, Period, find_periods, pick_period
from .subjects import LOOKAHEAD, LOOKBACK, bare_amount, refers_back, what

__all__ = ["STAT_KINDS", "extract_statistics", "find_periods", "sentence_statistics"]

STAT_KINDS = frozenset({"body", "list_item", "box", "caption"})


class _Context:
    """The period an earlier sentence of the paragraph set, and the year last stated.

    The period reaches only the rest of its paragraph; the year (which dates a bare
    month, "in februari") lasts through the section (a box is its own frame).
    """

    def __init__(self) -> None:
        self.frame: tuple[str | None, bool] | None = None
        self.period: str | None = None
        self.year: str | None = None
        # (value, noun) of lists the document announced ("langs de vier
        # aangrijpingspunten: …"): "de vier aangrijpingspunten" later names that list.
        self.announced: set[tuple[int | float, str]] = set()

    def enter(self, section: str | None, box: bool) -> None:
        self.period = None
        if (section, box) != self.frame:
            self.frame, self.year = (section, box), None

    def note(self, period: str) -> None:
        self.period = period
        self.year = period[:4]

    def clear(self) -> None:
        """A sentence about an event ("Op 1 maart 2022 is de regeling verruimd") ends
        the time frame of the sentences before it."""
        self.period = None


def _resolve(p: Period, ctx_year: str | None) -> str | None:
    if p.value is not None:
        return p.value
    return f"{ctx_year}-{p.month:02d}" if ctx_year else None


def sentence_statistics(
    sentence: str,
    ctx: _Context,
    report_year: int | None = None,
    word_starts: list[int] | None = None,
    cores: list[regex.Match[str]] | None = None,
    offset: int = 0,
    fractions: bool = True,
    quantities: list[Quantity] | None = None,
) -> list[Found]:
    """The statistics of one sentence; updates the context period.

    ``cores`` are the date-grammar matches of the paragraph the sentence starts in at
    ``offset`` (found once per paragraph); without them the sentence is read alone.
    ``fractions`` False says its paragraph holds no fraction stem. ``quantities`` are
    the sentence's figures that are statistics (:func:`_quantities_of`), when read
    already.
    """
    if quantities is None:
        quantities = _quantities_of(sentence, ctx, word_starts, fractions)
    talk = None  # whether the sentence speaks of a count, once asked
    if not quantities and cores is not None and not cores:
        # A sentence without figures changes the context only by its dates (see
        # _frame_without_figures): here it has none.
        return []
    # the sentence as the word lists' literals are looked for, made once for all of them
    folded = fold(sentence)
    if not quantities and ctx.period is None and not (talk := _count_talk(sentence, folded)):
        # without count talk its dates can at most end the running period: none runs
        return []
    found_periods = find_periods(sentence, cores, offset, folded)
    if any(p.event for p in found_periods) and quantities and P.STOCK_VERB.search(sentence):
        # "Op 14 februari 2022 zaten er 1.800 mensen in de opvang": a count at a moment.
        for dated in found_periods:
            dated.event = False
    events = any(p.event for p in found_periods)
    periods = [p for p in found_periods if not p.event]
    main = next((p for p in periods if not p.comparison and p.value), None)
    if main is None:
        main = next((p for p in periods if not p.comparison), None)
    sentence_year = main.value[:4] if main and main.value else ctx.year
    if not quantities:
        _frame_without_figures(
            sentence, folded, ctx, main, events, bool(found_periods), sentence_year, talk
        )
        return []
    markers = comparison_markers(sentence, folded)
    purpose = P.PURPOSE_CLAUSE.search(sentence) if " om " in sentence else None
    breaks = ClauseBreaks(sentence) if periods else None
    found: list[Found] = []
    bounds: list[Found] = []  # rule terms, kept only to spot their restatements
    for q in quantities:
        f = Found(q)
        kind = bound_kind(sentence, q)
        if kind == "rule" or is_restated_bound(sentence, bounds, q):
            # "boven 3.000 voet (ongeveer 1 kilometer)": a bound set by a rule or a
            # definition is a rule term, not a figure about the world.
            f.threshold = True
            bounds.append(f)
            continue
        if kind == "upto":
            # "filteren tot 97% van het ultrafijn stof": a figure measured at no time.
            f.threshold = f.own_period = True
            f.change = change(sentence, q)
            f.what = what(sentence, q)
            found.append(f)
            continue
        candidates = periods
        if purpose and purpose.start() < q.start:
            # "heeft besloten om … te reduceren van 500.000 naar 440.000": the clause states
            # what is intended; only a period inside it belongs to its figures.
            candidates = [p for p in periods if p.start > purpose.start()]
        p = pick_period(sentence, q, candidates, markers, breaks)
        if p is not None:
            f.period = _resolve(p, sentence_year or ctx.year)
            f.own_period = True
            f.period_at = p.start
        elif candidates is not periods or events:
            # "Op 1 april 2022 is de pilot in vijf gemeenten gestart": the date of an
            # event in the figure's own sentence is no period, and hides the earlier one.
            f.own_period = True
        else:
            f.period = ctx.period
        if q.unit == "count" and q.value >= 1_000_000 and bare_amount(sentence, q):
            q.unit = "eur"
        f.change = change(sentence, q)
        f.what = what(sentence, q)
        found.append(f)

    if not found:
        _frame_without_figures(
            sentence, folded, ctx, main, events, bool(found_periods), sentence_year
        )
        return found
    link_comparisons(sentence, found, periods, markers, report_year)
    if (main is not None or found[0].own_period) and _intent(sentence, folded):
        pass  # a plan or target ("Het streven was om … in 2022"): its date frames no count
    elif main is not None:
        value = _resolve(main, sentence_year)
        if value:
            ctx.note(value)
    elif found[0].own_period and found[0].period:
        ctx.note(found[0].period)
    elif events:
        ctx.clear()
    return found


def _quantities_of(
    sentence: str,
    ctx: _Context,
    word_starts: list[int] | None,
    fractions: bool,
    stem_known: bool = False,
) -> list[Quantity]:
    """The quantities of a sentence that are statistics (``word_starts`` and ``fractions``
    as for :func:`sentence_statistics`; ``stem_known``: ``fractions`` says whether the
    sentence itself holds a fraction stem); notes the lists it announces."""
    if fractions and not stem_known and not _holds_fraction_stem(sentence):
        fractions = False  # the stem of the paragraph stands in another sentence
    if word_starts == [] and not fractions and bare_figures_only(sentence, is_bare_non_statistic):
        # Figures in digits alone, each a bare year, day, duration or code: no statistic
        # (see is_statistic), and none announces a list.
        return []
    return _statistics_among(sentence, ctx, word_starts, fractions)


def _statistics_among(
    sentence: str, ctx: _Context, word_starts: list[int] | None, fractions: bool
) -> list[Quantity]:
    """The quantities of a sentence that are statistics; notes the lists it announces."""
    quantities = find_quantities(sentence, word_starts, fractions)
    codes = code_spans(sentence, quantities)
    for q in quantities:
        if announces_list(sentence, q):
            ctx.announced.add((q.value, _head_noun(sentence, q)))
    return [
        q
        for q in quantities
        if is_statistic(sentence, q, codes)
        and not (
            ctx.announced
            and (q.value, _head_noun(sentence, q)) in ctx.announced
            and P.DEFINITE_BEFORE.match(sentence, max(0, q.start - 8), q.start)
        )
    ]


def _holds_fraction_stem(sentence: str) -> bool:
    """Whether a fraction stem stands in the sentence lowered, as the fraction grammar
    looks for them (:func:`~emnextract.extractors.numbers.find_quantities` reads no
    fraction in a sentence without one)."""
    return _fraction_stem_in(sentence.lower(), 0, len(sentence))


def _fraction_stem_in(low: str, start: int, end: int) -> bool:
    """Whether a fraction stem stands in ``low[start:end]`` (``low``: a text lowered)."""
    for stem in FRACTION_STEMS:  # a plain loop: quicker than any() over a generator
        if low.find(stem, start, end) != -1:
            return True
    return False


def _intent(sentence: str, folded: str) -> bool:
    """Whether a sentence states a plan or target (searched only when a cue word may be in
    it: ``folded`` is :func:`~emnextract.patterns.grammar.fold` of the sentence)."""
    return P.may_hold(folded, P.INTENT_LITERALS) and bool(P.INTENT.search(sentence))


def _count_talk(sentence: str, folded: str) -> bool:
    """Whether a sentence speaks of a count or its change ("het aantal", "nam toe");
    ``folded`` as for :func:`_intent`."""
    return P.COUNT_TALK_LITERAL_SEARCH(folded) is not None and bool(P.COUNT_TALK.search(sentence))


def _head_noun(sentence: str, q: Quantity) -> str:
    """The first word after a figure, lower case ("" if none)."""
    m = P.TOKEN.match(sentence, q.end, q.end + LOOKAHEAD)
    return m.group(1).lower() if m else ""


def _frame_without_figures(
    sentence: str,
    folded: str,
    ctx: _Context,
    main: Period | None,
    events: bool,
    dated: bool,
    year: str | None,
    talk: bool | None = None,
) -> None:
    """Update the context after a sentence that states no figure (``folded``: its fold;
    ``talk``: whether it speaks of a count, when asked already)."""
    if not dated or _intent(sentence, folded):
        return  # a plan or target: its date frames nothing
    if (
        main is not None
        and not events
        and (_count_talk(sentence, folded) if talk is None else talk)
    ):
        # "In 2022 nam het aantal asielaanvragen sterk toe.": a sentence about a count
        # sets the time of the figures that follow on it.
        value = _resolve(main, year)
        if value:
            ctx.note(value)
    elif dated:
        # "De pilot is gestart in september 2019 …", "In 2018 is het rapport
        # uitgebracht.": the date of an event, which frames no count after it.
        ctx.clear()


def extract_statistics(doc: Document, citations: list[Citation] | None = None) -> list[Statistic]:
    """Every statistic in the body paragraphs, in document order, ids "s1", "s2", …

    Without ``citations`` the records name their footnotes only (the pipeline links
    the citations afterwards).
    """
    cites = citations_by_footnote(citations or [])
    ctx = _Context()
    out: list[Statistic] = []
    readings = doc.readings  # dates and sentences, read once for every stage
    texts = [p.text for p in doc.paragraphs if p.kind in STAT_KINDS]
    # First the figures of each sentence holding a number word, a fraction stem or a
    # digit (its quantities that are statistics), in document order as the lists a
    # sentence announces are noted (they name sets later sentences may take up): they
    # are read without its dates. The number words and fraction stems of every
    # paragraph are found in one pass over them all. A paragraph with none of them
    # (None) states no figure, and its dates are months without a year, which frame
    # nothing past it (the year they take is the one running).
    figured = [
        _figures_of(text, word_starts, fractions, readings, ctx)
        if word_starts or fractions or P.DIGIT.search(text)
        else None
        for text, (word_starts, fractions) in zip(texts, number_anchors_of(texts), strict=True)
    ]
    # Nor does a paragraph whose sentences state no figure and none of which speaks of a
    # count change the context, whatever its dates: no period runs in it (none is set
    # but by a figure or count talk), and the dates of a sentence without figures then
    # change nothing. The dates and sentences of such a paragraph are not read either.
    figured = [
        found if found is not None and _may_frame(text, found) else None
        for text, found in zip(texts, figured, strict=True)
    ]
    readings.read_dates_of(
        [text for text, found in zip(texts, figured, strict=True) if found is not None]
    )
    paragraph_figures = iter(figured)
    for para in doc.paragraphs:
        if para.kind == "subheading":
            ctx.frame = None  # a heading opens a new topic: no period carries past it
        if para.kind not in STAT_KINDS:
            continue
        ctx.enter(para.section, para.kind == "box")
        read = next(paragraph_figures)
        if read is None:
            continue
        rows: list[tuple[Found, int, str, list[int], list[str], list[str]]] = []
        text = para.text
        cores, para_offset = readings.date_cores(text)
        spans = readings.sentence_spans(text)
        core_starts = [m.start() - para_offset for m in cores]
        c_at, n_cores = 0, len(core_starts)  # the first date at or after a sentence's start
        for i, (start, end) in enumerate(spans):
            while c_at < n_cores and core_starts[c_at] < start:
                c_at += 1
            quantities = read.get(i)
            if quantities is None:
                if c_at == n_cores or core_starts[c_at] >= end:
                    continue  # no figure, no date: nothing to report, no context to change
                quantities = []  # dates alone
            inside = cores[c_at : bisect_left(core_starts, end, c_at)]
            sentence = text[start:end]
            found = sentence_statistics(
                sentence,
                ctx,
                doc.source.year,
                cores=inside,
                offset=para_offset + start,
                quantities=quantities,
            )
            if found and i + 1 < len(spans) and P.ENUMERATION_OPENING.match(text, spans[i + 1][0]):
                # "De wijziging bestaat uit twee delen. Allereerst …": the number counts
                # the parts the text goes on to list.
                found = [f for f in found if not _announces(f)]
            if not found:
                continue
            notes, ids = span_links(para, start, end, cites)
            note_ids = span_note_ids(para, start, end)  # once for all figures of the sentence
            compare_with_previous(sentence, found, rows[-1][0] if rows else None)
            for f in found:
                if f.what is None and rows and (f.change or refers_back(sentence, f.q)):
                    # "Dit is een stijging van 21 procent", "Daarvan zijn er 702.180 …",
                    # "In februari daalde het aantal echter tot 1.658"
                    f.what = rows[-1][0].what
                rows.append((f, start, sentence, notes, ids, note_ids))
        for f, at, sentence, notes, ids, note_ids in rows:
            out.append(_record(f, len(out) + 1, at, sentence, para, notes, ids, note_ids))
    return out


def _figures_of(
    text: str, word_starts: list[int], fractions: bool, readings: Readings, ctx: _Context
) -> dict[int, list[Quantity]]:
    """The quantities that are statistics (:func:`_quantities_of`) of each sentence of a
    paragraph holding a number word, a fraction stem or a digit, by the sentence's index
    (``word_starts`` and ``fractions``: the paragraph's :func:`number_anchors_of`).

    The sentences ascend and do not overlap: the first word start and digit at or after
    the start of each are found by walking on from those of the one before (a digit
    searched again only once the sentences have passed it), not by a search of each.
    """
    figured: dict[int, list[Quantity]] = {}
    low = text.lower() if fractions else ""  # where the fraction stems are looked for
    # its offsets are the text's, unless a letter lowers to more than one
    in_place = len(low) == len(text)
    w_at, n_words = 0, len(word_starts)  # the first word start at or after the sentence's
    digit_at = -1  # the first digit at or after the sentence's start (len(text): none)
    for i, (start, end) in enumerate(readings.sentence_spans(text)):
        while w_at < n_words and word_starts[w_at] < start:
            w_at += 1
        # a fraction stem of the paragraph in this sentence (_quantities_of asks no more)
        stem = fractions and _fraction_stem_in(low, start, end)
        if (
            (w_at == n_words or word_starts[w_at] >= end)
            and (
                digit_at >= end
                or (digit_at < start and (digit_at := _first_digit(text, start)) >= end)
            )
            and not stem
        ):
            continue
        # the sentence's number words by bisection from the first: the list ascends
        ws = word_starts[w_at : bisect_left(word_starts, end, w_at)]
        if ws and start:
            ws = [w - start for w in ws]
        figured[i] = _quantities_of(text[start:end], ctx, ws, stem, stem_known=in_place)
    return figured


def _may_frame(text: str, figured: dict[int, list[Quantity]]) -> bool:
    """Whether a paragraph whose sentences have the quantities ``figured`` (those that
    are statistics, :func:`_figures_of`) may state a figure or change the context: a
    sentence states a figure, or one may speak of a count (count talk in the paragraph,
    which holds each sentence's)."""
    for quantities in figured.values():
        if quantities:
            return True
    return _count_talk(text, fold(text))


def _first_digit(text: str, start: int) -> int:
    """Where the first digit of ``text`` at or after ``start`` stands (``len(text)``: none)."""
    m = P.DIGIT.search(text, start)
    return m.start() if m else len(text)


def _announces(f: Found) -> bool:
    """Whether a figure can announce an enumeration: a small whole count."""
    return f.q.unit == "count" and isinstance(f.q.value, int) and 2 <= f.q.value <= 10


# A record quotes its sentence; of a longer one, only this many characters either side of
# the figure, so that a long run of figures gives output linear in its length.
SENTENCE_WINDOW = LOOKBACK  # the record's sentence is cut as what it counts is read


def _quote(sentence: str, q: Quantity) -> str:
    """The sentence of figure ``q``, cut to SENTENCE_WINDOW characters either side of it."""
    if len(sentence) <= 2 * SENTENCE_WINDOW + (q.end - q.start):
        return sentence
    start = max(0, q.start - SENTENCE_WINDOW)
    end = min(len(sentence), q.end + SENTENCE_WINDOW)
    # Cut at word boundaries: the quote stays a substring of the text.
    while start > 0 and not sentence[start - 1].isspace() and start < q.start:
        start += 1
    while end < len(sentence) and not sentence[end].isspace() and end > q.end:
        end -= 1
    return sentence[start:end]


def _record(
    f: Found,
    n: int,
    at: int,
    sentence: str,
    para: Para,
    notes: list[int],
    ids: list[str],
    note_ids: list[str],
) -> Statistic:
    """The record of figure ``f`` found in the sentence starting at ``para.text[at]``
    (``note_ids``: the ids of the notes marked in the sentence)."""
    return Statistic._made(
        id=f"s{n}",
        value=f.q.value,
        value_text=f.q.text,
        unit=f.q.unit,
        what=f.what,
        period=f.period,
        approx=f.q.approx,
        change=f.change,
        compared_to=f.compared_to,
        sentence=_quote(sentence, f.q),
        section=para.section,
        page=para.page,
        footnotes=notes,
        footnote_ids=list(note_ids),
        citations=ids,
        provenance=provenance(para, at + f.q.start, at + f.q.end),
    )
