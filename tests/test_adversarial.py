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
