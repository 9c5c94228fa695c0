"""Where a PDF paragraph breaks and what kind a line opens, on made-up lines."""

from __future__ import annotations

from emnextract.pdf.lines import Line, Run
from emnextract.pdf.paragraphs import Bulleted, OpenPara, line_kind, starts_paragraph, wraps_on
from emnextract.pdf.roles import DocStats

STATS = DocStats(body_size=10.0, left=50.0, right=500.0, pitch=12.0, chapter_size=None)


def _line(text: str, baseline: float, *, x0: float = 50.0, x1: float = 500.0, **kw) -> Line:
    size = kw.pop("size", 10.0)
    bold, italic = kw.get("bold", False), kw.get("italic", False)
    run = Run(text, x0, x1, baseline - size, baseline + 2, size, "Font", baseline, bold, italic)
    return Line(
        page=kw.pop("page", 1),
        runs=[run],
        x0=x0,
        top=baseline - size,
        x1=x1,
        bottom=baseline + 2,
        size=size,
        baseline=baseline,
        text=text,
        **kw,
    )


def _open(kind: str, text: str, *lines: Line) -> OpenPara:
    return OpenPara(kind=kind, lines=list(lines), text=text)


def test_a_line_right_under_a_full_line_carries_the_paragraph_on():
    para = _open("body", "De IND heeft in 2019 de", _line("De IND heeft in 2019 de", 100))
    assert starts_paragraph(para, _line("procedure gewijzigd.", 112), "body", STATS) == (
        False,
        False,
    )


def test_a_vertical_gap_starts_a_new_paragraph():
    para = _open("body", "Einde.", _line("Einde.", 100))
    assert starts_paragraph(para, _line("Nieuwe alinea", 130), "body", STATS)[0]


def test_an_open_sentence_carries_on_across_a_page_break_a_finished_one_does_not():
    last = _line("De IND heeft de", 780)
    nxt = _line("procedure gewijzigd.", 80, page=2)
    assert starts_paragraph(_open("body", "De IND heeft de", last), nxt, "body", STATS) == (
        False,
        False,
    )
    done = _open("body", "Gewijzigd.", _line("Gewijzigd.", 780))
    assert starts_paragraph(done, nxt, "body", STATS)[0]


def test_a_lone_short_line_before_new_text_is_an_unstyled_subheading():
    para = _open("body", "Opvang", _line("Opvang", 100, x1=120))
    assert starts_paragraph(para, _line("Het COA heeft", 112), "body", STATS) == (True, True)


def test_a_title_wrapped_over_two_lines_stays_one():
    title = _line("Inrichting van de", 100, bold=True, x1=200)
    para = _open("subheading", "Inrichting van de", title)
    assert wraps_on(para, _line("asielprocedure", 112, bold=True, x1=180), "subheading")
    assert not wraps_on(para, _line("asielprocedure", 112, bold=False, x1=180), "subheading")


def test_line_kinds():
    none = Bulleted()
    assert line_kind(_line("Gewone tekst van de alinea", 100), none, STATS) == "body"
    assert line_kind(_line("• Een punt", 100, x0=60), none, STATS) == "list_item"
    assert line_kind(_line("Figuur 2 Aanvragen", 100, italic=True), none, STATS) == "caption"
    assert line_kind(_line("Een kop", 100, bold=True), none, STATS) == "subheading"
    assert line_kind(_line("Kader", 100, role="box"), none, STATS) == "box"
    item = _line("Tekst naast een los opsommingsteken", 100, x0=70)
    assert line_kind(item, Bulleted(items={id(item)}), STATS) == "list_item"


def test_a_bold_run_in_title_stays_apart_from_the_sentences_around_it():
    body = _open("body", "Dat is gebeurd.", _line("Dat is gebeurd.", 100, x1=480))
    title = _line("Tijdelijke regeling voor de opvang", 112, x1=230, bold=True)
    bulleted = Bulleted()
    assert line_kind(title, bulleted, STATS) == "subheading"
    assert starts_paragraph(body, title, "subheading", STATS)[0]
    head = _open("subheading", "Tijdelijke regeling voor de opvang", title)
    nxt = _line("De gemeenten hebben in het voorjaar besloten dat de regeling", 124)
    assert line_kind(nxt, bulleted, STATS) == "body"
    assert not wraps_on(head, nxt, "body")
    assert starts_paragraph(head, nxt, "body", STATS) == (True, False)


def test_an_unstyled_title_before_a_sentence_opening_with_a_figure_or_quote():
    title = _open("body", "Nieuwe regels", _line("Nieuwe regels", 100, x1=130))
    for opening in (
        "2020 was het eerste jaar van de nieuwe regels",
        "‘Snel waar het kan’ is het doel",
    ):
        assert starts_paragraph(title, _line(opening, 112), "body", STATS) == (True, True)
    # a postcode under an address line, a short line before a short one: no title
    street = _open("body", "Postbus 123", _line("Postbus 123", 100, x1=110))
    assert starts_paragraph(street, _line("1234 AB STAD", 112, x1=120), "body", STATS) == (
        False,
        False,
    )
    # an enumerator before a quoted definition is no title
    enum = _open("body", "(6)", _line("(6)", 100, x1=70))
    assert starts_paragraph(
        enum, _line("‘bodem’ betekent de bovenste laag", 112), "body", STATS
    ) == (
        False,
        False,
    )


def test_an_unstyled_title_right_under_a_full_last_line_starts_its_own_paragraph():
    full = _line("Zo is de procedure in het verslagjaar voor iedereen gelijk geworden.", 100)
    para = _open(
        "body", "Zo is de procedure in het verslagjaar voor iedereen gelijk geworden.", full
    )
    title = _line("Pilot versnelde procedure", 112, x1=190)
    assert starts_paragraph(para, title, "body", STATS) == (True, False)
    lone = _open("body", "Pilot versnelde procedure", title)
    assert starts_paragraph(lone, _line("De pilot is gestart", 124), "body", STATS) == (True, True)
    # a reference going on after its title ends in a stop: no title
    ref = _line("Journal of Things, 8(8), e123. https://doi.org/10.1/2", 112, x1=300)
    assert starts_paragraph(para, ref, "body", STATS) == (False, False)
    # a sentence going on (no full stop before the short line) is no title
    open_sentence = _open("body", "De minister heeft besloten dat de", full)
    assert starts_paragraph(open_sentence, title, "body", STATS) == (False, False)
