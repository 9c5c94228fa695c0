"""Scoring against hand-made gold: one package for every evaluation.

- :mod:`.gold`: one gold format per record kind (docs/gold-format.md), loading and checks;
- :mod:`.match` and :mod:`.result`: the pairing procedure and the one result type,
  :class:`KindResult` (tp/fp/fn, P/R/F1, per-field accuracy, misses and false hits);
- one matcher per kind: :mod:`.structure`, :mod:`.citations`, :mod:`.measures`,
  :mod:`.statistics`;
- :mod:`.baselines`: dateparser and a plain number regex on the same gold;
- :mod:`.suites` and :mod:`.devset`: reference, fixtures, realdocs, devset;
- :mod:`.cli`: ``emnextract evaluate``; :mod:`.readme`: the README's accuracy table.
"""

from __future__ import annotations

from .result import KindResult, pool

__all__ = ["KindResult", "pool"]
