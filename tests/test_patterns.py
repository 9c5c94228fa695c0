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
