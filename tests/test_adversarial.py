"""Overlong hostile text costs linear work: checked by what the grammars are given to read.

A regex asked to match at a figure with no end position may look at all the rest of
the text (the ``regex`` module first looks for a word the pattern needs, such as
"van" or ":", to the end of the text), so one such call per figure makes a long
sentence of figures cost its length squared. These tests count, for every call of a
registered grammar, the characters it is allowed to read (from ``pos`` to ``endpos``
or the end of the text) and check that ten times the text gives about ten times that
count, and that the records found are still all there. No clock is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import emnextract
from emnextract.document import Document, Para
from emnextract.extractors import measures as M
from emnextract.extractors.dates import find_dates
from emnextract.extractors.statistics import extract_statistics
from emnextract.model import Source
from emnextract.patterns.grammar import REGISTRY
from emnextract.text.markers import MarkerScanner

_METHODS = ("search", "match", "fullmatch", "finditer")


@contextmanager
def reading_span() -> Iterator[list[int]]:
    """Count the characters every registered grammar's calls may read, in ``[total]``."""
    total = [0]
    saved: list[tuple[Any, str, Any]] = []

    def counting(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(text: str, pos: int = 0, endpos: int | None = None) -> Any:
            end = len(text) if endpos is None else min(endpos, len(text))
            total[0] += max(0, end - pos)
            return method(text, pos, endpos) if endpos is not None else method(text, pos)

        return call

    try:
        for p in REGISTRY.values():
            compiled = p.regex  # binds the compiled methods on the pattern
            for name in _METHODS:
                saved.append((p, name, p.__dict__.get(name)))
                object.__setattr__(p, name, counting(getattr(compiled, name)))
        yield total
    finally:
        for p, name, before in saved:
            if before is None:
                object.__delattr__(p, name)
            else:
                object.__setattr__(p, name, before)


def _doc(text: str) -> Document:
    return Document(
        source=Source(path="x", sha256="0", kind="text", year=2021),
        paragraphs=[Para(text=text, section="2.1", kind="body")],
    )


def _statistics_span(text: str) -> tuple[int, int]:
    with reading_span() as total:
        found = extract_statistics(_doc(text), [])
    return total[0], len(found)


def test_a_long_sentence_of_figures_is_read_in_linear_work():
    unit = "12.750 "
    small, n_small = _statistics_span("In 2021 waren er " + unit * 200)
    large, n_large = _statistics_span("In 2021 waren er " + unit * 2000)
    assert (n_small, n_large) == (200, 2000)  # every figure is a statistic
    assert large <= 12 * small, (small, large)


def test_a_long_sentence_of_shares_and_amounts_is_read_in_linear_work():
    # percentages ask for "van de …" after them, amounts for "voor …": each look is bounded
    unit = "bijna 4,2 miljoen euro en 18 procent, "
    small, n_small = _statistics_span("De gemeenten kregen " + unit * 100)
    large, n_large = _statistics_span("De gemeenten kregen " + unit * 1000)
    assert (n_small, n_large) == (200, 2000)
    assert large <= 12 * small, (small, large)


def test_a_long_run_of_citations_is_read_in_linear_work_by_statistics():
    # "35000, nr. 5;": a number before a colon-like list announcement is looked for nearby
    unit = "Kamerstukken II 2020/21, 35000, nr. 5; "
    small, _ = _statistics_span(unit * 100)
    large, _ = _statistics_span(unit * 1000)
    assert large <= 12 * small, (small, large)


def test_extract_text_on_a_long_run_of_figures_is_linear_work():
    # the whole pipeline: the dump reader's marker scan looks back at the number before
    # a dot ("29.430") by walking its digits, not by searching all the text before it
    def span(n: int) -> tuple[int, int]:
        with reading_span() as total:
            report = emnextract.extract_text("Er waren 29.430 " * n + "\n", year=2021)
        return total[0], len(report.statistics)

    (small, n_small), (large, n_large) = span(150), span(1500)
    assert (n_small, n_large) == (150, 1500)
    assert large <= 12 * small, (small, large)


def test_marker_scan_tells_thousands_groups_years_and_glued_markers_apart():
    text, markers = MarkerScanner().scan("Er kwamen 2.000 mensen in 2019,1 en ook 45.2 daarna.")
    # "2.000": a thousands group; "2019,1": a marker after a year; "45.2": a glued marker
    assert [m.number for m in markers] == [1, 2]
    assert text[: markers[0].offset].endswith(" 2019,")
    assert text[: markers[1].offset].endswith(" 45.")
    assert text == "Er kwamen 2.000 mensen in 2019, en ook 45. daarna."


def test_marker_scan_after_a_superscript_digit_and_a_dot_reads_on():
    # "m²" ends in a digit that is no ASCII digit: no number stands before the dot
    text, markers = MarkerScanner().scan("Een woning van 80 m².1 Dat is ruim.")
    assert [m.number for m in markers] == [1]
    assert text == "Een woning van 80 m². Dat is ruim."
    report = emnextract.extract_text("Een woning van 80 m².5 Dat is ruim.\n", year=2021)
    assert report.paragraphs[0].text.startswith("Een woning van 80 m²")


def _measures_doc(text: str) -> Document:
    return Document(
        source=Source(path="x", sha256="0", kind="text", year=2018),
        paragraphs=[Para(text=text, section="2.1", kind="body")],
    )


class _CountingPattern:
    """A compiled grammar that adds the characters each call may read to ``total``."""

    def __init__(self, compiled: Any, total: list[int], tried: list[int] | None = None) -> None:
        self.compiled, self.total = compiled, total
        self.tried = [] if tried is None else tried  # where ``match`` tried it, one place each

    def _read(self, text: str, pos: int, endpos: int | None) -> None:
        self.total[0] += max(0, (len(text) if endpos is None else endpos) - pos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._read(text, pos, endpos)
        return self.compiled.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._read(text, pos, endpos)
        return self.compiled.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.tried.append(pos)
        return self.compiled.match(text, pos, len(text) if endpos is None else endpos)


def test_the_clause_breaks_of_a_long_run_of_dates_are_read_once_not_per_date(monkeypatch):
    # every date reads a window of some 800 characters of the run; its clause edges come
    # from the breaks of the run found once, not from a search of the window per date
    total = [0]
    for name in ("_CLAUSE_BREAK", "_SUBCLAUSE_BREAK"):
        monkeypatch.setattr(M, name, _CountingPattern(getattr(M, name), total))
    unit = "per 1 maart 2019 werd het besluit, zo meldt de minister, van kracht "
    text = unit * 300
    found = M.extract_measures(_measures_doc(text))
    assert len(found) == 300
    assert {m.role for m in found} == {"in_force"}
    # read per date, it was some 300 x 3 x 800 characters
    assert total[0] <= 3 * len(text), total[0]


def _windows(text: str) -> Iterator[tuple[M._Run, int, int, Any]]:
    """(run, window start, window end, date) for each date of ``text``, one sentence."""
    run = M._Run(text, 0, len(text))
    for d in find_dates(text, context_year=2020):
        ws, we = M._window(text, 0, len(text), d)
        yield run, ws, we, d


def test_a_window_reads_the_same_clause_and_name_from_its_run_as_from_itself():
    # own overlong run: commas, dashes, "dat", brackets and quotes at every distance
    # from the window edges, so some breaks straddle an edge (the window then
    # searches itself) and most do not
    units = [
        "op 3 mei 2020 is de ‘regeling voor nareizigers’ aangepast, ",
        "dat de gemeente per 1 juli 2021 – na overleg – de pilot startte ",
        "(het programma werd in maart 2020 gestart) en de raad besloot dat ",
        "de wet die vanaf 1 januari 2022 geldt, omdat het kabinet dat wilde; ",
    ]
    text = "".join(units[k % 4] + " " * (k % 3) for k in range(60))
    assert len(text) > 4 * M.R.SENTENCE_WINDOW
    straddled = shared = 0
    for run, ws, we, d in _windows(text):
        window = text[ws:we]
        for breaks in (M._CLAUSE_BREAK, M._SUBCLAUSE_BREAK):
            plain = M._clause(window, d.core_start - ws, d.end - ws, breaks)
            cached = M._clause(window, d.core_start - ws, d.end - ws, breaks, run, ws)
            assert cached == plain, (window, d.text)
            if run.clause(breaks, ws, we, d.core_start, d.end) is None:
                straddled += 1
            else:
                shared += 1
        assert M._name_from_sentence(window, d, ws, run) == M._name_from_sentence(window, d, ws)
        assert M.role_of(window, d, ws, 2020, run=run) == M.role_of(window, d, ws, 2020)
    assert straddled and shared > 5 * straddled, (straddled, shared)


def _count_break_grammars(monkeypatch) -> tuple[list[int], list[int]]:
    """Both clause-break grammars of the measures counted: (calls, places tried)."""
    total = [0]
    tried: list[int] = []
    for name in ("_CLAUSE_BREAK", "_SUBCLAUSE_BREAK"):
        monkeypatch.setattr(M, name, _CountingPattern(getattr(M, name), total, tried))
    monkeypatch.setattr(M, "_BREAK_WORD_BITS", {
        getattr(M, name): bit
        for name, bit in (("_CLAUSE_BREAK", M._CLAUSE_WORD_BIT),
                          ("_SUBCLAUSE_BREAK", M._SUBCLAUSE_WORD_BIT))
    })  # fmt: skip
    return total, tried


def _breaks(run: M._Run, grammar: Any) -> list[str]:
    """The texts of the breaks ``grammar`` finds in ``run`` (:meth:`_Run._edges`)."""
    starts, ends = run._edges(grammar)
    return [run.sentence[a:b] for a, b in zip(starts, ends, strict=True)]


def test_a_run_without_break_words_finds_its_punctuation_breaks_without_a_regex(monkeypatch):
    # no "dat", "om", dash ...: the clause edges are the commas, colons and semicolons,
    # found by plain search; neither break grammar reads the run
    total, tried = _count_break_grammars(monkeypatch)
    text = "Per 1 maart 2019 werd het besluit, na advies van de raad; van kracht: zo meldt de minister."
    searched: list[str] = []
    char_positions = M._char_positions

    def counting(text: str, chars: tuple[str, ...]) -> list[int]:
        searched.append(text)
        return char_positions(text, chars)

    monkeypatch.setattr(M, "_char_positions", counting)
    run = M._Run(text, 0, len(text))
    assert _breaks(run, M._CLAUSE_BREAK) == [",", ";", ":"]
    assert total[0] == 0 and not tried and searched == [text]
    # the other grammar takes the punctuation found once
    assert _breaks(run, M._SUBCLAUSE_BREAK) == [",", ";", ":"]
    assert total[0] == 0 and not tried and searched == [text]


def test_a_run_with_break_words_tries_its_grammar_only_where_they_stand(monkeypatch):
    # the grammar is tried right before each break word or dash standing alone, never
    # run over the whole sentence (a punctuation mark is a break of its own, which the
    # grammar matches alone); a word that is only part of the next match's white space
    # ("om dat": one break, " om ") is no break of its own
    total, tried = _count_break_grammars(monkeypatch)
    text = (
        "Per 1 maart 2019 meldde de minister DAT het besluit – na advies – gold, om dat te regelen."
    )
    run = M._Run(text, 0, len(text))
    assert _breaks(run, M._CLAUSE_BREAK) == [
        " DAT ",
        " – ",
        " – ",
        ",",
        " dat ",
    ]
    assert total[0] == 0 and len(tried) == 4 and text.index(",") not in tried
    tried.clear()
    assert _breaks(run, M._SUBCLAUSE_BREAK) == [
        " DAT ",
        " – ",
        " – ",
        ",",
        " om ",
    ]
    # the white space before "dat" is the end of " om ": the grammar is not tried there
    assert total[0] == 0 and len(tried) == 4
    # the breaks are those the grammar finds scanning the whole run
    for breaks in (M._CLAUSE_BREAK, M._SUBCLAUSE_BREAK):
        want = [m.span() for m in breaks.compiled.finditer(text)]
        assert list(zip(*run._edges(breaks), strict=True)) == want


def test_the_break_punctuation_is_what_the_punctuation_grammar_matches():
    from emnextract.patterns.measure_roles import BREAK_PUNCTUATION, PUNCTUATION_BREAK

    for text in ["a, b; c: d", ",,;:", "geen breuk", "1.000,5 – 3:2; ‘x’,", ""]:
        want = [m.start() for m in PUNCTUATION_BREAK.regex.finditer(text)]
        assert M._char_positions(text, BREAK_PUNCTUATION) == want
        assert all(PUNCTUATION_BREAK.regex.fullmatch(text[i]) for i in want)
    # and both clause-break grammars match a mark alone, whatever follows it
    for mark in BREAK_PUNCTUATION:
        for after in ("", " ", " dat ", " – ", "x", mark):
            for grammar in (M._CLAUSE_BREAK, M._SUBCLAUSE_BREAK):
                m = grammar.match(" " + mark + after, 1)
                assert m is not None and m.span() == (1, 2)


def test_a_long_word_before_a_full_stop_is_not_read_as_an_abbreviation(monkeypatch):
    import emnextract.extractors.sentences as S

    read: list[int] = []
    word_before = S._WORD_BEFORE

    class Counting:
        def search(self, text: str, pos: int, endpos: int) -> Any:
            read.append(endpos - 1)
            return word_before.search(text, pos, endpos)

    monkeypatch.setattr(S, "_WORD_BEFORE", Counting())
    text = (
        "De gemeente stuurde een verslag. Zie bijv. Bijlage A. Het kwam van J. Smit. "
        "Daarna volgde een overleg met de ketenpartners. Ook zo."
    )
    spans = S.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "De gemeente stuurde een verslag.",
        "Zie bijv. Bijlage A. Het kwam van J. Smit.",
        "Daarna volgde een overleg met de ketenpartners.",
        "Ook zo.",
    ]
    # only the words of up to five letters before a boundary are read: "bijv", "A",
    # "J", "Smit"; not "verslag" or "ketenpartners"
    assert [text[i - 4 : i + 1] for i in read] == ["bijv.", "ge A.", "an J.", "Smit."]


def test_a_sentence_boundary_is_tried_only_at_a_mark_and_found_as_a_scan_finds_it(monkeypatch):
    # the boundary grammar opens with one of its marks: it is tried at each mark, never
    # scanned over the text
    import random

    import emnextract.extractors.sentences as S
    from emnextract.patterns.sentences import BOUNDARY, BOUNDARY_MARKS

    assert BOUNDARY.source.startswith("[" + "".join(BOUNDARY_MARKS) + "]")
    tried: list[int] = []
    monkeypatch.setattr(S, "_BOUNDARY", _CountingPattern(BOUNDARY.regex, [0], tried))
    text = "Zie o.a. blz. 3. Klaar! Echt? Ja.\u2019 (Nee.) Of… 12. Mei. ‘Dus’. €5 kost het."
    want = [m.start() for m in BOUNDARY.regex.finditer(text)]
    spans = S.sentence_spans(text)
    assert tried == [i for i, c in enumerate(text) if c in BOUNDARY_MARKS]
    assert len(want) == 9 and set(want) < set(tried)
    # the spans are those read from a scan for boundaries, on texts of marks, quotes,
    # brackets, spaces, digits and letters of both cases
    monkeypatch.undo()
    rng = random.Random(5)
    pieces = [".", "!", "?", "’", ")", "]", " ", "\n", "\u00a0", "A", "a", "J", "Zie",
              "bijv", "3", "(", "‘", "€", "o.a", "x"]  # fmt: skip
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        assert S.sentence_spans(t) == _spans_by_scan(t), t
    assert [text[s:e] for s, e in spans] == [text[s:e] for s, e in _spans_by_scan(text)]


def _spans_by_scan(text: str) -> list[tuple[int, int]]:
    """The sentence spans of ``text`` with boundaries found by scanning the whole text."""
    import emnextract.extractors.sentences as S

    spans: list[tuple[int, int]] = []
    start = 0
    for m in S._BOUNDARY.finditer(text):
        dot, after = m.span()
        if text[dot] == "." and S._may_be_short(text, dot) and S._may_end_a_word(text, dot):
            w = S._WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
            if w and (
                w.group(1).lower().rstrip(".") in S.ABBREVIATIONS
                or (len(w.group(1)) == 1 and w.group(1).isupper())
            ):
                continue
        end = dot + len(text[dot:after].rstrip())
        if end > start:
            spans.append(S._strip(text, start, end))
        start = after
    if start < len(text) and text[start:].strip():
        spans.append(S._strip(text, start, len(text)))
    return spans


def test_a_clause_is_searched_for_a_quantity_only_where_one_may_start(monkeypatch):
    # the figure grammar is tried at the euro signs and the first digit of each run of
    # digits that what follows may make a figure (not a year before a word: "2019
    # kregen", "300 en"), never scanned over the clause; it finds what the scan finds
    import random

    tried: list[int] = []
    total = [0]
    quantity = _CountingPattern(M._QUANTITY_RE, total, tried)
    monkeypatch.setattr(M, "_QUANTITY_RE", quantity)
    text = "In 2019 kregen 1.250 gezinnen € 300 en 12,5 procent van de 40 steden niets."
    m = M._quantity(text, 0, len(text))
    assert m is not None and m.group() == "1.250"
    assert total[0] == 0 and [text[i] for i in tried] == ["1"]
    tried.clear()
    m = M._quantity(text, text.index("€") + 1, len(text))  # from the white space after it
    assert m is not None and m.group() == "12,5 procent"
    assert [text[i] for i in tried] == ["1"] and text[tried[0] : tried[0] + 4] == "12,5"
    # the same match as a search, at any bounds, on figures, units and words of our own
    rng = random.Random(11)
    pieces = ["€", "€ ", "1", "12", "123", "1.000", "9.750", ",5", ",", ".", " ", "%"]
    pieces += [" procent", "procents", " mln", " km", "jaar", "a", "x1", "-", "\n"]
    pieces += [" PCT", "Procent", "m", " p", "2019", " 2020", "\t", "\x1c", "\u00a0", ")"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        want = quantity.compiled.search(text, lo, hi)
        got = M._quantity(text, lo, hi)
        assert (want and want.span()) == (got and got.span()), (text, lo, hi)


def test_a_text_without_the_letters_of_a_date_word_is_not_searched_for_them(monkeypatch):
    # a numeric date (as citations write them) holds no letter a month, season or
    # ordinal opens with: the stems of those words are not looked for in it
    import emnextract.extractors.dates as D

    searches = D._STEM_SEARCHES
    searched: list[str] = []

    class Counting:
        def __iter__(self) -> Iterator[Callable[[str, int, int], object]]:
            searched.append("stems")
            return iter(searches)

    monkeypatch.setattr(D, "_STEM_SEARCHES", Counting())
    assert D.parse_date("30-4-2020") == ("2020-04-30", "day")
    assert D.parse_date("03.12.2019") == ("2019-12-03", "day")
    assert searched == []
    assert D.parse_date("30 april 2020") == ("2020-04-30", "day")
    assert D.parse_date("Q3 2021") == ("2021-07", "quarter")
    assert searched == ["stems", "stems"]


def test_regex_white_space_is_white_space_to_str_split():
    # the clause breaks are tried only before whole tokens of a run split at white
    # space (M._Run._break_spans): every character the grammars take for white space
    # must split a token
    import sys

    import regex

    space = regex.compile(r"\s", regex.VERSION0)
    assert [
        c for c in map(chr, range(sys.maxunicode + 1)) if space.match(c) and not c.isspace()
    ] == []


def test_two_words_are_found_by_one_search_as_the_words_are_counted(monkeypatch):
    # the search holds where counting WORD's matches reaches two, at any bounds, on
    # words, inner marks, punctuation and white space of our own
    import random

    from emnextract.patterns.measure_roles import TWO_WORDS, WORD

    rng = random.Random(5)
    pieces = ["a", "Zé", "12", "’", "'", "/", "-", "–", " ", "\n", ",", ":", "(", ")", "ß", "_"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        count = sum(1 for _ in WORD.regex.finditer(text, lo, hi))
        assert (TWO_WORDS.regex.search(text, lo, hi) is not None) == (count >= 2), (text, lo, hi)
    # a date after two words or more is no date line without its words read one by one
    read: list[int] = []
    words = M._WORD

    class Counting:
        def finditer(self, *args):
            read.append(1)
            return words.finditer(*args)

    monkeypatch.setattr(M, "_WORD", Counting())
    sentence = "De nieuwe regeling gaat in per 1 mei 2021."
    start = sentence.index("per")
    assert not M._is_dateline(sentence, start, len(sentence) - 1)
    assert not M._is_dateline("In 2019 ging de wet in.", 0, 7)  # two words after it
    assert read == []
    assert M._is_dateline("Datum: 3 mei 2021", 7, 17)
    assert not M._is_dateline("Datum: 3 mei 2021 gaat", 7, 17)
