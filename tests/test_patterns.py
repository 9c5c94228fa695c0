"""Every grammar in patterns/ is data with worked examples, checked here (as reporters-db does)."""

from __future__ import annotations

import pytest

from emnextract.patterns.grammar import Pattern, all_patterns, pattern, words

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


def test_the_literals_of_a_word_list_are_in_every_match_of_its_grammar():
    import regex

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
                assert S.may_hold(m.group(0).lower(), pieces), (grammar.name, text)
        assert all(piece.isascii() and piece == piece.lower() for piece in pieces)
    assert S.literals(["meer dan", "ruim", "ruimte", "*brief", "afgeschaf*"]) == (
        "afgeschaf",
        "brief",
        "meer",
        "ruim",
    )
    # the letters that match an ASCII letter case-insensitively but lower-case to
    # something else: may_hold searches any text holding them
    odd = [
        c
        for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) < 0xE000
        and regex.fullmatch(r"[a-z]", c, regex.IGNORECASE | regex.VERSION0)
        and not (c.lower().isascii() and len(c.lower()) == 1)
    ]
    assert odd == ["İ", "ſ"]
    assert S.may_hold("İN".lower(), ("in",)) and S.may_hold("ſtreven".lower(), ("streven",))


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
