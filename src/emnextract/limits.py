"""Per-file limits: a time limit and a page limit, with a clear error when one is hit.

A report that takes too long (a page of a million glyphs, a crafted file) must not hold
up a shelf: :func:`time_limit` bounds the time one file may take. In the main thread of
a process it arms a real-time timer (``SIGALRM``) that interrupts the work wherever it
is; in any other thread (a dask worker) the work checks the deadline between pages and
stages (:func:`check_time`). Both raise :class:`~emnextract.errors.LimitExceeded`.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType

from .errors import LimitExceeded, UnreadablePDF


@dataclass(frozen=True)
class Deadline:
    at: float
    path: str
    seconds: float

    def error(self) -> LimitExceeded:
        return LimitExceeded(
            self.path,
            f"took longer than the time limit of {self.seconds:g} s "
            "(raise it with --timeout, or 0 for none)",
        )


_DEADLINE: ContextVar[Deadline | None] = ContextVar("emnextract_deadline", default=None)


def check_time() -> None:
    """Raise LimitExceeded when the current file's time limit has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline.at:
        raise deadline.error()


def page_limit_error(path: str, pages: int, limit: int) -> LimitExceeded:
    return LimitExceeded(
        path,
        f"has {pages} pages, more than the page limit of {limit} "
        "(raise it with --max-pages, or 0 for none)",
    )


def check_page_count(path: str, pages: int, limit: int | None) -> None:
    """Raise for a PDF without pages (UnreadablePDF) or over the page limit."""
    if pages == 0:
        raise UnreadablePDF(str(path), "is a PDF without pages")
    if limit and pages > limit:
        raise page_limit_error(str(path), pages, limit)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None, path: str) -> Iterator[None]:
    """Bound the work inside to ``seconds`` (None or 0: no limit) for the file ``path``."""
    if not seconds or seconds <= 0:
        yield
        return
    deadline = Deadline(time.monotonic() + seconds, str(path), seconds)
    token = _DEADLINE.set(deadline)
    alarm = _can_alarm()
    previous = None
    if alarm:

        def on_alarm(_signum: int, _frame: FrameType | None) -> None:
            raise deadline.error()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _DEADLINE.reset(token)
