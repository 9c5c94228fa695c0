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
    assert spans[0].text == "C- 34/09"
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
