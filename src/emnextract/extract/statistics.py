"""Placeholder until the statistics extractor lands."""

from __future__ import annotations


def extract_statistics(doc, citations):
    return []
