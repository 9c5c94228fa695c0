"""Per-file limits: a time limit and a page limit, with a clear error when one is hit.

A report that takes too long (a page of a million glyphs, a crafted file) must not hold
up a shelf: :func:`time_limit` bounds the time one file may take. In the main thread of
a process it arms a real-time timer (``SIGALRM``) that interrupts the work wherever it
is; in any other thread (a dask worker) the work checks the deadline between pages and
stages (:func:`check_time`). Both raise :class:`~emnextract.errors.LimitExceeded`.

Python swallows an exception raised where nothing can catch it: in a garbage-collector
callback, a ``__del__`` method or a ``weakref.finalize`` callback (it prints "Exception
ignored in …"). When the timer fires there, the handler raises nothing: it marks the
deadline as passed, which the next check between pages and stages raises on, and fires
again a moment later, in the work itself.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import CodeType, FrameType

from .errors import LimitExceeded, UnreadablePDF

# After a timer fired where its exception would be swallowed, it fires again this soon.
REFIRE_SECONDS = 0.01


@dataclass(frozen=True)
class Deadline:
    at: float
    path: str
    seconds: float
    # set when the timer has fired: the deadline has passed whatever the clock says
    fired: threading.Event = field(default_factory=threading.Event, compare=False)

    def passed(self) -> bool:
        return self.fired.is_set() or time.monotonic() > self.at

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
    if deadline is not None and deadline.passed():
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


def _code_of(callback: object) -> CodeType | None:
    """The code a callback runs: a function's, a bound method's, a callable object's."""
    for target in (callback, getattr(callback, "__func__", None), type(callback).__call__):
        code = getattr(getattr(target, "__func__", target), "__code__", None)
        if isinstance(code, CodeType):
            return code
    return None


# Modules of the standard library's weak containers, whose callbacks run on a referent's death.
_WEAK_CONTAINER_FILES = frozenset({"weakref.py", "_weakrefset.py"})


def swallowing(frame: FrameType | None) -> bool:
    """Is ``frame`` (or a frame it was called from) code whose exceptions Python ignores:
    a garbage-collector callback, a ``__del__`` method, a ``weakref.finalize`` callback, or
    the standard library's weak containers (their removal callbacks run when a referent
    dies, e.g. ``WeakSet._remove``)? Inside a weak container's own method called from the
    work, the alarm merely fires again a moment later."""
    codes = {_code_of(cb) for cb in gc.callbacks}
    codes.add(weakref.finalize.__call__.__code__)
    while frame is not None:
        code = frame.f_code
        if (
            code in codes
            or code.co_name == "__del__"
            or os.path.basename(code.co_filename) in _WEAK_CONTAINER_FILES
        ):
            return True
        frame = frame.f_back
    return False


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

        def on_alarm(_signum: int, frame: FrameType | None) -> None:
            deadline.fired.set()
            if swallowing(frame):
                # raised here it would be lost: fire again once back in the work (and
                # meanwhile the checks between pages and stages raise on the mark)
                signal.setitimer(signal.ITIMER_REAL, REFIRE_SECONDS)
                return
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
