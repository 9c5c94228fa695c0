"""Placeholder until the citation extractor lands."""

from __future__ import annotations


def extract_citations(doc):
    return []
