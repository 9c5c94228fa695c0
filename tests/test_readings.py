"""Dates and sentences that the measure and statistic stages both read are read once
per Document, and a new Document reads them afresh."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from emnextract.document import Document, Para
from emnextract.extractors import dates, sentences
from emnextract.extractors.measures import extract_measures
from emnextract.extractors.statistics import extract_statistics
from emnextract.model import Source
from emnextract.stages import MeasureStage, StatisticStage

TEXTS = [
    "Per 1 maart 2021 is de regeling voor tijdelijke huisvesting verruimd. "
    "In 2020 vroegen 1.250 gezinnen een vergunning aan.",
    "Sinds juli 2020 geldt een nieuwe termijn. Het aantal beslissingen steeg met 12 procent.",
]


def _document() -> Document:
    source = Source(path="eigen.txt", sha256="0" * 64, kind="text", year=2020)
    return Document(source=source, paragraphs=[Para(text=t) for t in TEXTS])


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    calls: dict[str, list[str]] = {"cores": [], "spans": []}
    real_cores, real_spans = dates.date_cores, sentences.sentence_spans

    def cores(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["cores"].append(text)
        return real_cores(text, *args, **kwargs)

    def spans(text):  # type: ignore[no-untyped-def]
        calls["spans"].append(text)
        return real_spans(text)

    monkeypatch.setattr(dates, "date_cores", cores)
    monkeypatch.setattr(sentences, "sentence_spans", spans)
    return calls


def test_both_stages_read_each_paragraph_once(counted: dict[str, list[str]]) -> None:
    doc = _document()
    measures = MeasureStage().run(doc).records
    statistics = StatisticStage().run(doc).records
    assert measures and statistics
    # the dates of all body paragraphs in one pass, the sentences of each paragraph once
    assert counted["cores"] == ["\x00".join(TEXTS)]
    assert sorted(counted["spans"]) == sorted(TEXTS)
    # a new Document of the same content reads again: nothing is kept across Documents
    fresh = dataclasses.replace(doc)
    MeasureStage().run(fresh)
    assert len(counted["cores"]) == 2


def test_a_text_outside_the_document_is_read_alone() -> None:
    readings = _document().readings
    text = "Vanaf 1 januari 2022 geldt de nieuwe regel."
    cores, offset = readings.date_cores(text)
    assert offset == 0 and [m.group() for m in cores] == ["1 januari 2022"]
    readings.read_dates_of(TEXTS)
    inside, at = readings.date_cores(TEXTS[1])
    assert at == len(TEXTS[0]) + 1  # after the first paragraph and the separator
    assert [m.group() for m in inside] == ["juli 2020"]
    found = readings.find_dates(TEXTS[1], 2020)
    assert [(d.start, d.date) for d in found] == [(TEXTS[1].index("Sinds"), "2020-07")]


def test_shared_readings_give_what_each_stage_reads_alone() -> None:
    together = _document()
    m = extract_measures(together)
    s = extract_statistics(together)
    assert [r.model_dump() for r in m] == [r.model_dump() for r in extract_measures(_document())]
    assert [r.model_dump() for r in s] == [r.model_dump() for r in extract_statistics(_document())]
    assert [r.date for r in m] == ["2021-03-01", "2020-07"]
    # the second paragraph's first sentence states no count: it sets no period
    assert [(r.value, r.period) for r in s] == [(1250, "2020"), (12, None)]


def test_a_read_document_pickles_and_copies() -> None:
    doc = _document()
    before = [m.model_dump() for m in MeasureStage().run(doc).records]
    for again in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc)):
        assert [m.model_dump() for m in MeasureStage().run(again).records] == before


def test_date_readings_join_a_batch_of_texts_at_a_time(monkeypatch, counted) -> None:
    import emnextract.patterns.grammar as G

    texts = [
        f"Op {d} maart 2021 trad regel {d} in werking; sinds mei 2020 geldt {d}."
        for d in range(1, 29)
    ]
    alone = [[m.group() for m in dates.date_cores(t)] for t in texts]
    counted["cores"].clear()
    monkeypatch.setattr(G, "BATCH_CHARS", 300)
    readings = _document().readings
    readings.read_dates_of(texts)
    assert len(counted["cores"]) > 1  # never all the texts joined at once
    assert max(map(len, counted["cores"])) <= 300
    for text, expected in zip(texts, alone, strict=True):
        cores, offset = readings.date_cores(text)
        assert [m.group() for m in cores] == expected
        assert [m.string[offset : offset + len(text)] for m in cores] == [text] * len(cores)


def test_a_text_is_read_without_an_import_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Readings call the date extractor's functions through the module imported with
    theirs: an import statement run for every text read costs more than the reading of a
    short one."""
    import builtins

    doc = _document()
    doc.readings.read_dates_of(TEXTS[:1])
    imported: list[str] = []
    real = builtins.__import__

    def counting(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        imported.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    found = [doc.readings.find_dates(t, 2020) for t in TEXTS]
    doc.readings.read_dates_of([TEXTS[1] + " Eind 2021."])
    assert imported == []
    assert [d.date for d in found[0]] == ["2021-03-01", "2020"]
    assert [d.date for d in found[1]] == ["2020-07"]
