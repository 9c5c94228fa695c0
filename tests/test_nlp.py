"""The spaCy component, reached through the package's entry point."""

from __future__ import annotations

import subprocess
import sys

import spacy


def test_entry_point_registers_the_factory_without_importing_the_package():
    code = (
        "import sys, spacy\n"
        "assert 'emnextract' not in sys.modules\n"
        "nlp = spacy.blank('nl')\n"
        "nlp.add_pipe('emn_citations')\n"
        "doc = nlp('Zie Stb. 2019, 143 en Kamerstukken II 2018/19, 35271, nr. 3.')\n"
        "print([s._.citation.canonical for s in doc.spans['citations']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['stb-2019-143', 'kst-35271-3']"


def test_spans_carry_citation_records():
    nlp = spacy.blank("nl")
    nlp.add_pipe("emn_citations")
    doc = nlp(
        "Eerder maakte het HvJ EU met het arrest Zambrano (C- 34/09) duidelijk dat ... "
        "AbRvS, 05-06-2019, nr. 201808923/1/V3, ECLI:NL:RVS:2019:1710. Zie ook nr. 5 van artikel 3 EVRM."
    )
    spans = doc.spans["citations"]
    assert [s.label_ for s in spans] == ["case_law", "case_law"]
    assert spans[0].text == "Zambrano (C- 34/09)"  # a body case runs from its name
    assert spans[0]._.citation.fields["name"] == "Zambrano"
    assert spans[1].text.startswith("AbRvS") and spans[1].text.endswith("2019:1710")
    assert (
        spans[1]._.citation.url
        == "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2019:1710"
    )


def test_custom_span_key():
    nlp = spacy.blank("nl")
    nlp.add_pipe("emn_citations", config={"span_key": "bronnen"})
    doc = nlp("Staatscourant, 2019, nr. 24564.")
    assert [s._.citation.canonical for s in doc.spans["bronnen"]] == ["stcrt-2019-24564"]


def test_measures_and_statistics_components_survive_docbin(tmp_path):
    from spacy.tokens import DocBin

    nlp = spacy.blank("nl")
    nlp.add_pipe("emn_citations")
    nlp.add_pipe("emn_measures")
    nlp.add_pipe("emn_statistics")
    text = (
        "Met ingang van 1 juli 2021 is de leges verlaagd (Stcrt. 2021, 31234). "
        "In 2020 waren er 13.720 eerste asielaanvragen."
    )
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["measures"]] == [
        ("Met ingang van 1 juli 2021", "in_force")
    ]
    assert [(s.text, s.label_) for s in doc.spans["statistics"]] == [("13.720", "count")]
    path = tmp_path / "docs.spacy"
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    bin_.to_disk(path)

    # A fresh process reads the DocBin with no emnextract import beyond the entry points.
    code = (
        "import spacy\n"
        "from spacy.tokens import DocBin\n"
        "nlp = spacy.blank('nl')\n"
        f"(doc,) = DocBin().from_disk({str(path)!r}).get_docs(nlp.vocab)\n"
        "print(doc.user_data['emn']['statistics'][0]['value'], doc.spans['citations'][0].id_,"
        " doc.spans['measures'][0].label_)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["13720", "c1", "in_force"]

    (back,) = DocBin().from_disk(path).get_docs(nlp.vocab)
    measure = back.spans["measures"][0]._.measure
    statistic = back.spans["statistics"][0]._.statistic
    citation = back.spans["citations"][0]._.citation
    assert (measure.date, measure.precision) == ("2021-07-01", "day")
    assert (statistic.value, statistic.period) == (13720, "2020")
    assert citation.canonical == "stcrt-2021-31234"
