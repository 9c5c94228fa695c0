"""The date grammar's groups are read by number on the hot paths.

The regex module reads ``m.group(name)`` several times slower than ``m.group(number)``
(it tries the name as a number first), and dates read a dozen groups per match: these
tests hand the extractors matches that count the groups asked for by name, and check
the answers are those of the plain matches.
"""

from __future__ import annotations

from typing import Any

import pytest

from emnextract.extractors import dates as D
from emnextract.extractors.statistics.periods import find_periods
from emnextract.patterns.grammar import REGISTRY, group_reader


class _CountedMatch:
    """A match that counts the groups read by name (``names``) and passes all else on."""

    def __init__(self, m: Any, names: list[str]) -> None:
        self._m = m
        self._names = names

    def group(self, *which: Any) -> Any:
        self._names.extend(w for w in which if isinstance(w, str))
        return self._m.group(*which)

    def start(self, which: Any = 0) -> int:
        if isinstance(which, str):
            self._names.append(which)
        return int(self._m.start(which))

    def end(self, which: Any = 0) -> int:
        if isinstance(which, str):
            self._names.append(which)
        return int(self._m.end(which))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._m, name)


class _CountingCore:
    """Stands in for the date grammar: its matches count the groups read by name."""

    def __init__(self, rx: Any) -> None:
        self._rx = rx
        self.names: list[str] = []

    def match(self, *args: Any) -> Any:
        m = self._rx.match(*args)
        return None if m is None else _CountedMatch(m, self.names)


TEXT = (
    "Per 1 juli 2019 is de regeling gewijzigd; in het voorjaar van 2020 volgde een "
    "evaluatie, in maart en oktober 2021 twee rondes en in studiejaar 2020-2021 een pilot "
    "die van 2015-2019 liep, met in het derde kwartaal van 2022 en Q4 2023 een vervolg."
)


def test_find_dates_and_periods_read_no_group_of_the_date_grammar_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain_dates = D.find_dates(TEXT, 2019)
    plain_periods = find_periods(TEXT)
    counting = _CountingCore(D._CORE_RE)
    monkeypatch.setattr(D, "_CORE_RE", counting)
    assert D.find_dates(TEXT, 2019) == plain_dates
    assert find_periods(TEXT) == plain_periods
    assert len(plain_dates) >= 7 and len(plain_periods) >= 5
    assert counting.names == []


@pytest.mark.parametrize("name", sorted(n for n, p in REGISTRY.items() if p.regex.groupindex))
def test_group_reader_reads_each_named_group_as_match_group(name: str) -> None:
    p = REGISTRY[name]
    index = p.regex.groupindex
    for ex in p.examples:
        text = ex[0] if isinstance(ex, tuple) else ex
        m = p.regex.search(text)
        assert m is not None
        read = group_reader(m, index)
        for group in index:
            assert read(group) == m.group(group), (name, text, group)
