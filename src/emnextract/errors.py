"""Errors that name the file and the problem, for users rather than tracebacks."""

from __future__ import annotations


class EmnError(Exception):
    """A problem with one input file; the message names the file."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class OutputError(EmnError):
    """An output path that cannot be used (a folder, unwritable, the input itself, …).

    The command line treats it as a usage error (exit code 2), not as bad input.
    """
