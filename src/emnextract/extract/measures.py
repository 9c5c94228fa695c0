"""Placeholder until the measure extractor lands."""

from __future__ import annotations


def extract_measures(doc, citations):
    return []
