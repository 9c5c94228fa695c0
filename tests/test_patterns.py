"""Every grammar in patterns/ is data with worked examples, checked here (as reporters-db does)."""

from __future__ import annotations

import pytest
import regex

from emnextract.patterns.grammar import (
    FOLDS_TO_ASCII,
    Pattern,
    Prefilter,
    all_patterns,
    ascii_fold,
    fold,
    literal_trie,
    pattern,
    words,
)

PATTERNS = all_patterns()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_matches_its_examples(name):
    assert PATTERNS[name].check() == []


def test_check_reports_each_kind_of_problem():
    p = Pattern("t", r"\d+ jaar", (("over 3 jaar", "3 jaar"), "12 jaar", "jaar"), ("7 jaar",))
    assert p.check() == [
        "t: does not match its example 'jaar' in full",
        "t: matches its counter-example '7 jaar'",
    ]
    assert Pattern("e", "x", ()).check() == ["e: no examples"]


def test_names_are_unique():
    from emnextract.patterns.grammar import REGISTRY

    pattern("test-unique-name", "x", examples=["x"])
    try:
        with pytest.raises(ValueError, match="declared twice"):
            pattern("test-unique-name", "y", examples=["y"])
    finally:
        del REGISTRY["test-unique-name"]


@pytest.mark.parametrize(
    ("entries", "text", "found"),
    [
        (["per", "met ingang van"], "met  ingang\nvan 1 mei", "met  ingang\nvan"),
        (["afgeschaf*"], "is afgeschaft", "afgeschaft"),
        (["*brief"], "de Hoofdlijnenbrief", "Hoofdlijnenbrief"),
        (["maakte * bekend"], "maakte de minister bekend", "maakte de minister bekend"),
        (["a.b"], "axb a.b", "a.b"),
    ],
)
def test_words_compiles_a_word_list(entries, text, found):
    import regex

    m = regex.search(words(entries), text)
    assert m and m.group(0) == found


def test_words_of_nothing_matches_nothing():
    import regex

    assert regex.search(words([]), "anything") is None


def test_check_reports_an_example_without_an_anchor():
    # "Stcrt." is a form of the pattern that its anchors forgot: the check says so
    p = Pattern("g", r"Stb\.|Stcrt\.", ("Stb.", ("zie Stcrt. 12", "Stcrt.")), anchors=("Stb",))
    assert p.check() == ["g: example 'Stcrt.' holds none of its anchors"]
    assert (
        Pattern("g", r"Stb\.|Stcrt\.", ("Stb.", "Stcrt."), anchors=("Stb", "Stcrt")).check() == []
    )


def test_anchors_of_a_case_insensitive_pattern_are_folded_ascii():
    p = Pattern("i", r"stb\.", ("STB.",), flags=regex.IGNORECASE, anchors=("Stb",))
    assert p.check() == [
        "i: example 'STB.' holds none of its anchors",
        "i: anchor 'Stb' is not a folded ASCII string",
    ]
    assert (
        Pattern("i", r"stb\.", ("STB.", "stb."), flags=regex.IGNORECASE, anchors=("stb",)).check()
        == []
    )


def test_anchors_need_case_rules_that_fold_knows():
    inline = Pattern("c", r"(?i)stb\.", ("STB.",), anchors=("stb",))
    full = Pattern("u", r"stb\.", ("STB.",), flags=regex.I | regex.FULLCASE, anchors=("stb",))
    assert "c: anchors need case rules set by flags=IGNORECASE" in inline.check()
    assert full.check() == ["u: anchors need case rules set by flags=IGNORECASE"]


def test_may_match_looks_for_anchors_in_the_text_and_its_fold():
    sensitive = Pattern("s", r"Kamerstuk", ("Kamerstuk",), anchors=("Kamer",))
    assert sensitive.may_match("zie Kamerstuk 1") and not sensitive.may_match("zie kamerstuk 1")
    insensitive = Pattern("f", r"ecli", ("ECLI",), flags=regex.IGNORECASE, anchors=("ecli",))
    assert insensitive.may_match("zie Ecli:NL") and not insensitive.may_match("zie de uitspraak")
    assert Pattern("n", "x", ("x",)).may_match("")  # no anchors: no promise


def test_fold_turns_every_letter_a_case_insensitive_regex_equates_into_that_letter():
    # the regex module takes a few letters outside ASCII for ASCII ones (long s, the
    # Kelvin sign, dotted capital I); fold keeps one character for one and folds them too
    letters = regex.compile(r"[a-z]", regex.IGNORECASE | regex.VERSION0)
    odd = [c for c in map(chr, range(0x80, 0x10000)) if letters.fullmatch(c)]
    assert odd, "the regex module no longer equates any such letter"
    for c in odd:
        assert (
            len(fold(c)) == 1
            and letters.fullmatch(fold(c))
            and regex.fullmatch(fold(c), c, regex.I)
        )
    assert fold("İBID ſtb") == "ibid stb" and len(fold("Straße")) == len("Straße")


def test_ascii_fold_holds_an_ascii_string_where_fold_does():
    # FOLDS_TO_ASCII names every character other than ASCII whose fold is ASCII; a text
    # without one is folded as ASCII bytes, other characters a "?", one for one
    import sys

    folds_to_ascii = [
        c
        for c in map(chr, range(0x80, sys.maxunicode + 1))
        if not 0xD800 <= ord(c) < 0xE000 and fold(c).isascii()
    ]
    assert "".join(folds_to_ascii) == FOLDS_TO_ASCII
    for text in ("Zie STB. 2019", "Raad van State ‘t hof’ – éé ECLI", "", "x\x00É?"):
        folded, quick = fold(text), ascii_fold(text)
        assert quick is not None and len(quick) == len(folded)
        assert all(q == f if f.isascii() else q == "?" for q, f in zip(quick, folded, strict=True))
    assert ascii_fold("Zie ſtb. 2019") is None and ascii_fold("Straße") is None


def test_prefilter_names_the_patterns_whose_anchors_stand_in_a_text():
    kst = Pattern("k", r"Kamerstuk(?:ken)?\s(?:II|I)", ("Kamerstukken II",), anchors=("Kamer",))
    stb = Pattern("b", r"stb\.", ("Stb.",), flags=regex.IGNORECASE, anchors=("stb",))
    free = Pattern("x", r"[0-9]+", ("12",))
    pre = Prefilter([kst, stb, free])
    assert pre.candidates("De minister schreef de Kamer op 3 mei.") == [0, 2]
    assert pre.candidates("Zie STB. 2019, 12.") == [1, 2]
    assert pre.candidates("het staatsblad van de kamer") == [2]


def test_no_anchored_pattern_matches_a_line_of_the_reference_text_its_prefilter_passes_over():
    # every line of the reference text, and each in upper and lower case: a pattern that
    # matches is always a candidate, so the prefilter loses nothing there
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures" / "emn2019-part1.txt").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lines += [ln.upper() for ln in lines] + [ln.lower() for ln in lines]
    anchored = [p for p in PATTERNS.values() if p.anchors]
    assert len(anchored) >= 15
    pre = Prefilter(anchored)
    lost = []
    for line in lines:
        candidates = pre.candidates(line)
        for i, p in enumerate(anchored):
            if p.regex.search(line) is not None and not (i in candidates and p.may_match(line)):
                lost.append((p.name, line))
    assert lost == []


def test_trigger_branches_are_the_entries_of_their_list_in_order():
    from emnextract.patterns.measure_roles import TRIGGER_BRANCHES, WORD_ANCHORS

    assert len(TRIGGER_BRANCHES) >= 9
    for p, branches in TRIGGER_BRANCHES.items():
        opening, closing = r"\b(?:", r")(?!\w)"
        parts = []
        for b, _ in branches:
            assert b.source.startswith(opening) and b.source.endswith(closing)
            assert b.flags == p.flags
            parts.append(b.source[len(opening) : -len(closing)])
        # the list is the alternation of its branches, in this order
        assert p.source == opening + "|".join(parts) + closing
        # each branch's anchor is one of the list's, and together they are the list's
        exact, prefixes, infixes = WORD_ANCHORS[p]
        assert set().union(*(a[0] for _, a in branches)) == set(exact)
        assert set().union(*(a[1] for _, a in branches)) == set(prefixes)
        assert set().union(*(a[2] for _, a in branches)) == set(infixes)
        assert all(sum(map(len, a)) == 1 for _, a in branches)


def test_trigger_branches_find_the_examples_of_their_list():
    """The matches of a trigger list are those of its branches taken as the alternation
    takes them, and of only those whose anchor a word of the text fits."""
    import regex

    from emnextract.extractors.measures import _alternation
    from emnextract.patterns.measure_roles import TRIGGER_BRANCHES

    for p, branches in TRIGGER_BRANCHES.items():
        for ex in (*p.examples, *p.counter_examples):
            text = ex[0] if isinstance(ex, tuple) else ex
            whole = [m.span() for m in p.regex.finditer(text)]
            runs = [fold(w) for w in regex.findall(r"\w+", text)]
            fitting = [
                b.regex
                for b, (exact, prefixes, infixes) in branches
                if any(
                    w in exact or w.startswith(prefixes) or any(i in w for i in infixes)
                    for w in runs
                )
            ]
            assert _alternation(fitting, text, 0, len(text)) == whole, (p.name, text)
            every = [b.regex for b, _ in branches]
            assert _alternation(every, text, 0, len(text)) == whole, (p.name, text)


def test_word_anchors_hold_for_every_example_of_a_trigger_list():
    """Each example match of a trigger list holds a word its anchors name: the
    extractor skips a list in a sentence with no such word."""
    import regex

    from emnextract.patterns.measure_roles import WORD_ANCHORS

    assert len(WORD_ANCHORS) >= 20
    for p, (exact, prefixes, infixes) in WORD_ANCHORS.items():
        for ex in p.examples:
            text, expected = ex if isinstance(ex, tuple) else (ex, ex)
            m = p.regex.search(text)
            assert m is not None and m.group(0) == expected
            runs = [w.lower() for w in regex.findall(r"\w+", m.group(0))]
            assert any(
                w in exact or w.startswith(prefixes) or any(i in w for i in infixes) for w in runs
            ), (
                p.name,
                ex,
            )


@pytest.mark.parametrize(
    ("entries", "anchors"),
    [
        # a whole word when white space follows it in the entry, else its start
        (["in werking treden", "van kracht"], (("werking",), ("kracht",), ())),
        (["mee dat", "gestart"], (("mee",), ("gestart",), ())),
        (["*brief", "maakte * bekendgemaakt"], ((), ("bekendgemaakt",), ("brief",))),
        (["n.a.v.", "media-aandacht"], ((), ("media", "n"), ())),
        (["Gestart* in"], ((), ("gestart",), ())),
    ],
)
def test_word_anchors_of_a_word_list(entries, anchors):
    from emnextract.patterns.measure_roles import word_anchors

    assert word_anchors(entries) == anchors


def test_word_anchors_refuse_an_entry_without_a_word():
    from emnextract.patterns.measure_roles import word_anchors

    with pytest.raises(ValueError, match="no word"):
        word_anchors(["* ..."])


def test_the_literals_of_a_word_list_are_in_every_match_of_its_grammar():

    from emnextract.patterns import statistics as S

    for grammar, entries, pieces in [
        (S.INTENT, S.INTENT_WORDS, S.INTENT_LITERALS),
        (S.COUNT_TALK, S.COUNT_TALK_WORDS, S.COUNT_TALK_LITERALS),
        (S.COMPARE, S.COMPARISON_MARKERS, S.COMPARE_LITERALS),
        (S.COMPARED_BEFORE, S.COMPARISON_MARKERS, S.COMPARE_LITERALS),
        (S.CITED_BEFORE, ("van", "d.d.", "gedateerd"), S.CITED_LINK_LITERALS),
        (S.CITED_EVENT_BEFORE, S.CITED_EVENTS, S.CITED_EVENT_LITERALS),
    ]:
        for text in [*(e if isinstance(e, str) else e[1] for e in grammar.examples), *entries]:
            m = grammar.regex.search(text.upper())
            if m is not None:
                assert S.may_hold(fold(m.group(0)), pieces), (grammar.name, text)
        assert all(piece.isascii() and piece == piece.lower() for piece in pieces)
    assert S.literals(["meer dan", "ruim", "ruimte", "*brief", "afgeschaf*"]) == (
        "afgeschaf",
        "brief",
        "meer",
        "ruim",
    )
    # the count-talk pieces are also found by one search: it answers as may_hold does
    for text in [
        "",
        "De cijfers over 2021 volgen later.",
        "Het budget werd VERHOOGD tot een bedrag dat niemand had verwacht.",
        "Zij bespraken de kwestie uitvoerig in de vergadering.",
        *(f"xx{piece}yy" for piece in S.COUNT_TALK_LITERALS),
        *(piece[:-1] for piece in S.COUNT_TALK_LITERALS),
    ]:
        folded = fold(text)
        found = S.COUNT_TALK_LITERAL_SEARCH(folded) is not None
        assert found == S.may_hold(folded, S.COUNT_TALK_LITERALS), text
    # letters a case-insensitive match equates with ASCII ones fold to them
    assert S.may_hold(fold("İN"), ("in",)) and S.may_hold(fold("ſtreven"), ("streven",))
    assert not S.may_hold(fold("Het aantal steeg."), ("in", "streven"))


def test_a_unit_or_scale_grammar_is_asked_wherever_its_words_may_begin():
    from emnextract.patterns import numbers as N

    for grammar, starts, entries in [
        (N.UNIT_AFTER, N.UNIT_OPENINGS, N.PERCENT_WORDS + N.FTE_WORDS + N.MEASURE_WORDS),
        (N.SCALE_AFTER, N.SCALE_OPENINGS, tuple(N.SCALE_WORDS)),
    ]:
        texts = [e if isinstance(e, str) else e[1] for e in grammar.examples]
        texts += [f"  {w}" for w in entries] + [f" {w.upper()}" for w in entries]
        for text in texts:
            assert grammar.regex.match(text), (grammar.name, text)
            assert N.opens_with(text, 0, starts), (grammar.name, text)
    # not asked where no entry can begin; asked when the text ends or is not ASCII
    assert not N.opens_with(" aanvragen", 0, N.UNIT_OPENINGS)
    assert not N.opens_with(" mensen", 0, N.SCALE_OPENINGS)
    assert N.opens_with("  ", 0, N.SCALE_OPENINGS)
    assert N.opens_with(" ſtuks", 0, N.UNIT_OPENINGS)
    assert N.opens_with(" " * 20 + "miljoen", 0, N.SCALE_OPENINGS)


def test_prefilter_reads_many_texts_in_one_pass_as_each_alone():
    lit = Pattern("l", r"Kamer\w*|/", ("Kamerstuk",), anchors=("Kamer", "/"))
    low = Pattern(
        "f",
        r"staatsblad|celex",
        ("Staatsblad",),
        flags=regex.IGNORECASE,
        anchors=("staatsblad", "celex"),
    )
    plain = Pattern("x", r"x", ("x",))
    pre = Prefilter([lit, low, plain])
    texts = [
        "de Kamerbrief en het STAATSBLAD",
        "",
        "niets hier",
        "a/b/c en een tweede / en ſtaatsblad",  # the long s folds to s
        "CELEX\x00Kamer",  # a NUL inside a text stays in that text
        "Kamer",
    ]
    assert pre.candidates_of(texts) == [pre.candidates(t) for t in texts]
    assert pre.candidates_of(texts)[2] == [2]
    assert pre.candidates_of(texts)[3] == [0, 1, 2]
    assert pre.candidates_of([]) == []


def test_a_literal_trie_finds_the_longest_literal_where_the_alternation_does():
    # the tree of shared beginnings matches what the alternation of the literals, longest
    # first, matches at each position: same places, same literal (one a prefix of
    # another, one inside another, characters re escapes)
    import random
    import re

    rng = random.Random(3)
    alphabet = "ab(.-\u2013K"
    assert re.compile(literal_trie(["K", "Kst", "Kamer", "(EU)", "C-", "C\u2013"])).pattern == (
        r"(?:\(EU\)|C[\-" + "\u2013" + r"]|K(?:amer|st)?)"
    )
    assert re.compile(literal_trie([])).search("abc") is None
    for _ in range(400):
        literals = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 8))})  # fmt: skip
        alternation = re.compile(
            "|".join(re.escape(a) for a in sorted(literals, key=lambda a: (-len(a), a)))
        )
        trie = re.compile(literal_trie(literals))
        for _ in range(10):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            for pos in range(len(text) + 1):
                want, got = alternation.search(text, pos), trie.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (literals, text, pos)


def test_prefilter_anchors_that_open_alike_are_found_together_as_each_alone():
    # anchors of several patterns sharing their first two characters (one the start of
    # another, folded and literal ones) are searched by one search per group; every
    # text gets the answer of the anchors looked for one by one
    import random

    folded_a = Pattern("fa", "x", ("x",), flags=regex.IGNORECASE, anchors=("stb", "stbl", "stcrt"))
    folded_b = Pattern("fb", "x", ("x",), flags=regex.IGNORECASE, anchors=("staats", "trb"))
    literal_a = Pattern("la", "x", ("x",), anchors=("gele", "geleverd", "|"))
    literal_b = Pattern("lb", "x", ("x",), anchors=("gebracht", "ge\u2019"))
    pre = Prefilter([folded_a, folded_b, literal_a, literal_b])
    assert [sorted(g[1]) for g in pre._folded_of_many[1]] == [["staats", "stb", "stbl", "stcrt"]]
    assert [sorted(g[1]) for g in pre._chars_of_many[1]] == [
        ["gebracht", "gele", "geleverd", "ge\u2019"]
    ]
    rng = random.Random(7)
    pieces = ["st", "ST", "b", "bl", "crt", "aats", "tr", "ge", "le", "verd", "|", "\u2019",
              "bracht", " ", "\u017ft"]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9))) for _ in range(3000)]
    want = [sorted(i for i, p in enumerate(pre.patterns) if p.may_match(t)) for t in texts]
    assert pre.candidates_of(texts) == want == [pre.candidates(t) for t in texts]
    assert {len(w) for w in want} == {0, 1, 2, 3}


def test_text_batches_cut_texts_in_order_into_runs_within_the_limit():
    from emnextract.patterns.grammar import text_batches

    texts = ["aaaa", "bb", "", "cccccccccccc", "d", "ee", "ffff"]
    batches = list(text_batches(texts, 8))
    assert [t for b in batches for t in b] == texts  # every text once, in order
    assert batches == [["aaaa", "bb", ""], ["cccccccccccc"], ["d", "ee"], ["ffff"]]
    for b in batches:  # joined by one separator each, within the limit unless one text
        assert len(b) == 1 or sum(len(t) + 1 for t in b) - 1 <= 8
    assert list(text_batches([], 8)) == []


def test_prefilter_joins_a_batch_of_texts_at_a_time_with_the_answers_of_each_alone(
    monkeypatch,
):
    import emnextract.patterns.grammar as G

    pre = Prefilter(
        [
            Pattern("l", r"Kamer\w*", ("Kamerstuk",), anchors=("Kamer",)),
            Pattern("f", r"celex", ("CELEX",), flags=regex.IGNORECASE, anchors=("celex",)),
        ]
    )
    texts = [f"tekst {i} over de Kamer" if i % 3 else f"CELEX nummer {i}" for i in range(40)]
    alone = [pre.candidates(t) for t in texts]
    joined: list[int] = []  # the characters of each batch read joined
    batch = G.Prefilter._candidates_of

    def spy(self, part):
        joined.append(sum(map(len, part)) + len(part) - 1)
        return batch(self, part)

    monkeypatch.setattr(G.Prefilter, "_candidates_of", spy)
    monkeypatch.setattr(G, "BATCH_CHARS", 100)
    assert pre.candidates_of(texts) == alone
    assert len(joined) > 1 and max(joined) <= 100  # never all the texts at once


def _reverse_grammars_of_what_stands_before():
    return sorted(
        name
        for name, p in PATTERNS.items()
        if name.startswith(("stat.", "num.")) and p.flags & regex.REVERSE
    )


@pytest.mark.parametrize("name", _reverse_grammars_of_what_stands_before())
def test_a_reverse_grammar_ending_the_text_is_matched_where_a_search_finds_it(name):
    """The extractors ``match`` a REVERSE grammar of what stands before a figure (it ends
    in white space and "$"): the one attempt at the end finds what a search finds, a final
    newline included, with the same groups; and it matches where the same grammar read
    forward does (REVERSE changes only where the search begins)."""
    from pathlib import Path

    p = PATTERNS[name]
    assert p.source.endswith("$"), name
    texts = [ex[0] if isinstance(ex, tuple) else ex for ex in p.examples]
    texts += list(p.counter_examples)
    texts += [t + tail for t in list(texts) for tail in ("\n", " \n", "\n\n", "x", " 12")]
    reference = Path(__file__).resolve().parents[1] / "fixtures" / "emn2019-part1.txt"
    lines = reference.read_text(encoding="utf-8").splitlines()[:400]
    for line in lines:
        texts += [line[: i + 1] for i, c in enumerate(line) if c == " "]
        texts.append(line.upper() + " ")
    forward = regex.compile(p.source, (p.flags & ~regex.REVERSE) | regex.VERSION0)
    for text in texts:
        for pos in (0, max(0, len(text) - 24)):
            found, matched = p.regex.search(text, pos), p.regex.match(text, pos)
            assert (found is None) == (matched is None), (name, text)
            assert (forward.search(text, pos) is None) == (matched is None), (name, text)
            if found is not None and matched is not None:
                assert found.span() == matched.span(), (name, text)
                assert found.groups() == matched.groups(), (name, text)


def test_the_fold_of_a_part_of_a_text_is_that_part_of_its_fold():
    """may_hold_within looks for literals in parts of one fold instead of folding each part."""
    from emnextract.patterns.statistics import may_hold, may_hold_within, pieces_in

    texts = [
        "De Straße en het ΣΟΦΟΣ-plan: İstanbul, ſtijging van 12%.",
        "ﬁnanciën ǅ Ǉ ß ẞ ŉ — aantal",
        "gewoon ASCII met een Aantal en een DALING",
    ]
    for text in texts:
        folded = fold(text)
        assert len(folded) == len(text)
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                assert fold(text[a:b]) == folded[a:b], (text, a, b)
        pieces = ("aantal", "stijging", "daling", "straße", "strasse")
        present = pieces_in(folded, pieces)
        for a in range(0, len(text), 3):
            for b in range(a, len(text) + 1, 4):
                assert may_hold_within(folded, present, a, b) == may_hold(
                    fold(text[a:b]), pieces
                ), (text, a, b)


# Grammars asked as one: (combined, [(group or None, part), ...]) in the order tried.
_ASKED_AS_ONE = [
    ("stat.time-or-date-after", [(None, "stat.time-after"), (None, "stat.jarig-after"),
                                 (None, "stat.date-after")]),
    ("stat.name-compound-after", [(None, "stat.compound-after"),
                                  (None, "stat.unit-compound-after")]),
    ("stat.reference-or-age-before", [(None, "stat.reference-before"),
                                      ("age", "stat.age-before")]),
    ("stat.bound-or-norm-before", [(None, "stat.bound-before"), ("norm", "stat.norm-before")]),
    ("stat.change-before", [("up", "stat.increase-before"), ("down", "stat.decrease-before"),
                            ("met", "stat.met-before")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "parts"), _ASKED_AS_ONE)
def test_grammars_asked_as_one_match_where_the_first_of_their_parts_does(name, parts):
    """A grammar built of others to save attempts at the same place matches where one of
    them does, as the first of them that matches does (span and groups)."""
    from pathlib import Path

    p = PATTERNS[name].regex
    texts = []
    for _, part in parts:
        texts += [ex[0] if isinstance(ex, tuple) else ex for ex in PATTERNS[part].examples]
        texts += list(PATTERNS[part].counter_examples)
    reference = Path(__file__).resolve().parents[1] / "fixtures" / "emn2019-part1.txt"
    for line in reference.read_text(encoding="utf-8").splitlines()[:300]:
        texts += [line[: i + 1] for i, c in enumerate(line) if c == " "]  # before a figure
        ends = [i + 1 for i, c in enumerate(line[:-1]) if c.isdigit() and not line[i + 1].isdigit()]
        texts += [line[i:] for i in ends]  # after a figure
    for text in texts:
        got = p.match(text)
        first = next(
            ((group, m) for group, part in parts if (m := PATTERNS[part].regex.match(text))),
            None,
        )
        assert (got is None) == (first is None), (name, text)
        if got is not None and first is not None:
            group, m = first
            assert got.span() == m.span(), (name, text)
            if group is not None:
                assert got.lastgroup == group, (name, text)
            for key, value in m.groupdict().items():
                assert got.group(key) == value, (name, text)


def test_open_ended_drops_the_closing_dollar_and_refuses_a_grammar_without_one():
    from emnextract.patterns.grammar import Pattern, open_ended
    from emnextract.patterns.statistics import CHANGE_BEFORE, INCREASE_BEFORE, MET_BEFORE

    assert open_ended(MET_BEFORE) + "$" == MET_BEFORE.source
    assert open_ended(INCREASE_BEFORE) in CHANGE_BEFORE.source
    with pytest.raises(ValueError, match="does not end in"):
        open_ended(Pattern("x.mid", r"met\s+", ("met ",), (), 0, "", ()))
