"""Extractors: Document -> records. None of them reads the source file again."""
