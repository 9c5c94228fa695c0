"""Worker processes that die with their parent and stop at once on Ctrl-C.

A batch with ``--jobs N`` runs its files in a process pool. Two things must hold: a
Ctrl-C stops the batch now (not when every queued file is done), and killing the parent
never leaves workers running. Workers ignore SIGINT (the parent decides and stops
them), ask the kernel to end them when the parent dies (Linux ``PR_SET_PDEATHSIG``),
and also watch their parent's pid, which covers other systems and the race at start.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nobody is waiting for this work
        time.sleep(WATCH_SECONDS)


def _on_terminate(signum: int, frame: object) -> None:
    """SIGTERM (the parent stopping the pool): end now, deleting any output half written
    (the default action would leave its temporary file)."""
    from .export import remove_partial_writes

    remove_partial_writes()
    os._exit(128 + signum)


def init_worker(parent: int) -> None:
    """Process-pool initializer: ignore Ctrl-C, end when ``parent`` ends, and on SIGTERM
    leave no half-written output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_terminate)
    _die_with_parent()
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the running workers now.

    A worker killed mid-file leaves no partial output: reports are written atomically.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(5)
