"""Errors that name the file and the problem, for users rather than tracebacks."""

from __future__ import annotations


class EmnError(Exception):
    """A problem with one input file; the message names the file."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def renamed(self, path: str) -> EmnError:
        """The same error (same class and problem) told of another name, e.g. ``<bytes>``."""
        return type(self)(path, self.problem)


class OutputError(EmnError):
    """An output path that cannot be used (a folder, unwritable, the input itself, …).

    The command line treats it as a usage error (exit code 2), not as bad input.
    """


class InputNotFound(EmnError):
    """The path names no file (missing, or a symbolic link loop)."""


class NotAReport(EmnError):
    """Not a report file: binary data, a directory, a FIFO or a device, HTML, or XML other
    than rechtspraak.nl open data."""


class UnreadableXML(NotAReport):
    """XML that is not read: not well-formed (truncated), or refused (a DOCTYPE, entity
    declarations or external entities, which are never expanded or fetched)."""


class EmptyInput(EmnError):
    """A file without bytes, or without any text to read."""


class UnreadablePDF(EmnError):
    """A PDF that pdfminer cannot open (damaged, truncated, a header only, no pages)."""

    @classmethod
    def damaged(cls, path: str, detail: str) -> UnreadablePDF:
        return cls(str(path), f"is not a readable PDF (damaged or not a PDF: {detail})")


class EncryptedPDF(UnreadablePDF):
    """A PDF locked with a password."""

    @classmethod
    def locked(cls, path: str, password: str | None) -> EncryptedPDF:
        """The error for a PDF its password did not open (none given, or a wrong one)."""
        problem = (
            "is an encrypted PDF and the password given is not its password"
            if password
            else "is an encrypted PDF that needs a password (give it with --password)"
        )
        return cls(str(path), problem)


class NoTextLayer(EmnError):
    """A PDF without extractable text: a scan, which needs OCR first."""


class LimitExceeded(EmnError):
    """A file over a configured limit: more pages than the page limit, or over the time limit."""
