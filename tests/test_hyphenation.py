"""Line-break hyphenation: split words are joined, real hyphens stay (examples from the 2019 report)."""

import pytest

from emnextract.hyphenation import (
    dehyphenate,
    hyphenated_compounds,
    join_lines,
    marks_wraps_with_space,
)


@pytest.mark.parametrize(
    ("prev", "nxt", "joined"),
    [
        ("de nieuwe verblijfs-", "regeling geldt", "de nieuwe verblijfsregeling geldt"),
        ("overlast op en rond asiel-", "zoekerscentra.", "overlast op en rond asielzoekerscentra."),
        (
            "informatie over migratie en asiel in de EU-",
            "lidstaten. Het",
            "informatie over migratie en asiel in de EU-lidstaten. Het",
        ),
        ("aan VK-", "onderdanen", "aan VK-onderdanen"),
        ("Immigratie-", "en Naturalisatiedienst", "Immigratie- en Naturalisatiedienst"),
        (
            "in het Midden-Oosten en Noord-",
            "en West-Afrika",
            "in het Midden-Oosten en Noord- en West-Afrika",
        ),
        ("Noord-", "Afrika", "Noord-Afrika"),
        ("de regel van de 5-", "jaarstermijn", "de regel van de 5-jaarstermijn"),
        (
            "kennismigrantenregeling, ICT-re-",
            "geling of",
            "kennismigrantenregeling, ICT-regeling of",
        ),
        ("onderwijs- of", "onderzoeksgebieden", "onderwijs- of onderzoeksgebieden"),
        ("een andere -", "Nederlandse - ouder", "een andere - Nederlandse - ouder"),
        ("hun inburgerings-", "cursus inkopen", "hun inburgeringscursus inkopen"),
        ("gewoon tekst", "verder", "gewoon tekst verder"),
    ],
)
def test_join_lines(prev, nxt, joined):
    assert join_lines(prev, nxt) == joined


def test_url_hyphen_is_kept_without_space():
    assert join_lines("zie https://ec.europa.eu/reports/national-", "reports_en.") == (
        "zie https://ec.europa.eu/reports/national-reports_en."
    )


def test_dehyphenate_paragraph_lines():
    lines = [
        "Het publieke debat werd in 2019, net als in 2018, voor een deel beheerst door overlast op en rond asiel- ",
        "zoekerscentra. Deze overlast werd veroorzaakt door een relatief kleine groep asielzoekers. Door het ",
        "kabinet is in 2019 ingezet op het tegengaan van deze overlast.",
    ]
    assert dehyphenate(lines) == (
        "Het publieke debat werd in 2019, net als in 2018, voor een deel beheerst door overlast op en rond "
        "asielzoekerscentra. Deze overlast werd veroorzaakt door een relatief kleine groep asielzoekers. Door het "
        "kabinet is in 2019 ingezet op het tegengaan van deze overlast."
    )


def test_compound_the_text_writes_whole_keeps_its_hyphen():
    from emnextract.hyphenation import hyphenated_compounds

    known = hyphenated_compounds("essentieel personeel voor start-ups en COA-locaties")
    assert join_lines("personeel van start-", "ups die", known) == "personeel van start-ups die"
    assert join_lines("personeel van start-", "ups die") == "personeel van startups die"
    assert join_lines("Het pro-", "gramma NT2", known) == "Het programma NT2"


def test_dump_that_keeps_wrap_spaces_joins_words_that_lost_their_hyphen():
    """Lines from the 2019 dump: ordinary wraps end in a space, split words do not."""
    lines = [
        "Het Jaaroverzicht geeft een overzicht van de ontwikkelingen in het migratiebeleid, ",
        "inclusief het integratie",
        "beleid voor nieuwkomers. Daarmee is het een beknopt naslagwerk voor Nederlandse beleids",
        "makers, zie https://www.rijksoverheid.nl/onderwerpen/asielbeleid/vraag-en-antwoord",
        "https://ind.nl/nieuws en de verdere ontwikkelingen op het gebied van asiel en migratie ",
    ] + ["een gewone lange regel tekst die eindigt op een spatie zoals de dump dat doet " * 1] * 25
    assert marks_wraps_with_space(lines)
    text = dehyphenate(lines[:5], soft_wraps=True)
    assert "integratiebeleid voor nieuwkomers" in text
    assert "Nederlandse beleidsmakers, zie" in text
    # a URL line is never glued to the next line
    assert "vraag-en-antwoord https://ind.nl/nieuws" in text
    # without the signal the same lines are joined with spaces
    assert "integratie beleid" in dehyphenate(lines[:5], soft_wraps=False)


def test_no_wrap_signal_when_lines_carry_no_trailing_space():
    lines = ["een gewone lange regel tekst zonder spatie aan het eind van de regel"] * 30
    assert not marks_wraps_with_space(lines)


def test_join_looks_at_the_whole_last_word_however_long():
    # The last word is looked for near the line's end first; a word longer than that
    # stretch (a long path cut at a hyphen) is still read whole.
    path = "/".join(["documenten"] * 12) + "/verslag-"
    long_text = "een lange alinea met woorden " * 40
    assert (
        join_lines(long_text + "zie " + path, "2019.pdf") == long_text + "zie " + path + "2019.pdf"
    )
    assert join_lines(long_text + "de verblijfs-", "regeling") == long_text + "de verblijfsregeling"
    word = "arbeidsmigratie" * 4 + "-"  # one word longer than the stretch looked at first
    assert join_lines(long_text + word, "beleid") == long_text + "arbeidsmigratie" * 4 + "beleid"
    assert join_lines(long_text + "EU-", "lidstaten") == long_text + "EU-lidstaten"


def test_compounds_and_vocabulary_of_a_text():
    from emnextract.hyphenation import text_evidence, urls_of, vocabulary

    text = "De EU-lidstaten en België;\nstart-ups (zie www.x-y.nl/a-b) en\tNoord-Holland 1-1-2019 Start-ups"
    # whole tokens and pieces of a URL alike; no number ("1-1-2019")
    assert hyphenated_compounds(text) == {
        "eu-lidstaten",
        "start-ups",
        "x-y",
        "a-b",
        "noord-holland",
    }
    assert urls_of(text) == {"www.x-y.nl/a-b"}
    known, evidence = text_evidence(text.split("\n"), {"https://x.nl/b"})
    assert known == hyphenated_compounds(text)
    assert set(evidence.urls) == urls_of(text) | {"https://x.nl/b"}
    assert all(w in evidence.vocab for w in vocabulary(text)) and "nl" not in evidence.vocab
    assert len(evidence.vocab) == len(vocabulary(text))
    vocab = vocabulary(text)
    assert {"de", "eu", "lidstaten", "belgië", "belgie", "start", "ups", "holland"} <= vocab
    assert "www" not in vocab and "nl" not in vocab  # URL pieces left out


def test_text_evidence_keeps_distinct_tokens_not_the_whole_text():
    import tracemalloc

    from emnextract.hyphenation import text_evidence

    # 1.4 million tokens read line by line; 62 distinct ones. As one text, or one list
    # of its tokens, they would take over ten megabytes.
    lines = (f"de regel {i % 60} over EU-lidstaten en start-ups" for i in range(200_000))
    tracemalloc.start()
    try:
        known, evidence = text_evidence(lines)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert known == {"eu-lidstaten", "start-ups"}
    assert "59" not in evidence.vocab and "regel" in evidence.vocab
    assert peak < 1_000_000


def test_url_evidence_is_worked_out_when_first_asked(monkeypatch):
    import emnextract.hyphenation as hyph

    made = []
    real = hyph._vocabulary
    monkeypatch.setattr(hyph, "_vocabulary", lambda tokens: made.append(1) or real(tokens))
    _, evidence = hyph.text_evidence(["de EU-lidstaten en www.voorbeeld.nl/a-b"])
    assert made == []  # most documents never ask: no URL cut at a hyphen
    assert "lidstaten" in evidence.vocab and "voorbeeld" not in evidence.vocab
    assert evidence.vocab and made == [1]  # once, however often asked
