"""Compiled patterns kept on disk between processes, so a new process does not compile them.

The ``regex`` module parses a pattern in Python: compiling the few hundred patterns of
this package takes a good tenth of a second, the fixed cost of every process that
extracts anything (each ``emnextract extract``, each batch worker). A compiled pattern
pickles as its compiled code (``regex._regex.compile`` and its arguments), which loads
some twenty times faster. :meth:`Pattern.regex <.grammar.Pattern.regex>` compiles
through :func:`compile_cached`: a pattern found in the file of this process's cache
folder is taken from it, any other is compiled and the file written anew when the
process ends (or when :func:`warm` is done).

The file is ``patterns-<format>-<python>-regex<version>.pickle`` in the cache folder:
``$EMNEXTRACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/emnextract``, else
``~/.cache/emnextract``. ``EMNEXTRACT_CACHE_DIR=off`` (or ``EMNEXTRACT_NO_CACHE=1``)
turns it off. Another Python or regex version reads a file of its own name.

Loading is careful: the file must be this user's and writable by no one else; a header
holds the SHA-256 of the pickle, checked before it is read; the file's table holds plain
data only (source, flags and the pickle of each pattern), and a pattern is unpickled when
it is first asked for (so patterns a process never uses cost no memory) by an unpickler
that makes nothing but patterns (``regex._regex.compile`` is the one callable it finds),
and must be a pattern of the source and flags it is filed under. Any problem (no file,
unreadable, corrupt, from another writer, a folder that cannot be written) means
compiling as if there were no file: never an error, never a message, never a wrong
pattern. The file is written whole under a temporary name and
renamed, so a reader (or another writer) never sees part of one; deleting it is safe.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex as _re

__all__ = ["PatternCache", "cache_file", "cache_file_in", "cache_folder", "compile_cached", "warm"]

FORMAT = 2
"""The version of the file's layout: a new one gives the file a new name."""

MAGIC = b"emnextract-compiled-patterns"
"""The file's first line: this, a space and the SHA-256 (hex) of the pickle after the line."""

LIMIT = 4096
"""At most this many patterns are written: past it only those this process asked for
(the file does not grow without end as pattern sources change)."""

MAX_BYTES = 16 << 20
"""A longer file is not read (the patterns of this package take some 100 KB)."""

_OFF = {"off", "0", "no", "false", "none", ""}

Key = tuple[str, int]
"""A pattern's source and the flags it is compiled with."""


def cache_folder() -> Path | None:
    """The folder of the file, or None when the cache is turned off."""
    if os.environ.get("EMNEXTRACT_NO_CACHE", "").strip().lower() not in _OFF:
        return None
    chosen = os.environ.get("EMNEXTRACT_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "emnextract"
    try:
        return Path.home() / ".cache" / "emnextract"
    except (RuntimeError, KeyError, OSError):  # no home folder to be found
        return None


def cache_file() -> Path | None:
    """The file this process reads and writes (None: the cache is off)."""
    folder = cache_folder()
    return None if folder is None else cache_file_in(folder)


def cache_file_in(folder: Path) -> Path:
    """The file of this Python, regex version and file layout in ``folder``."""
    python = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    return folder / f"patterns-{FORMAT}-{python}-regex{_re.__version__}.pickle"


class _PatternOnly(pickle.Unpickler):
    """Unpickles one compiled pattern and nothing else: the one global a pickled regex
    pattern names is the function of the C module that makes it from its code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")


class _PlainData(pickle.Unpickler):
    """Unpickles the file's table (keys and the bytes of each pattern): no global at all."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")


def _checked(data: bytes) -> dict[Key, bytes]:
    """The table of a file's bytes (key -> the pickle of its pattern), or {} when anything
    about it is wrong."""
    head, sep, payload = data.partition(b"\n")
    parts = head.split(b" ")
    if not sep or len(parts) != 2 or parts[0] != MAGIC:
        return {}
    if hashlib.sha256(payload).hexdigest().encode("ascii") != parts[1]:
        return {}
    try:
        table = _PlainData(io.BytesIO(payload)).load()
    except Exception:  # noqa: BLE001 - any broken pickle is no cache
        return {}
    if type(table) is not dict:
        return {}
    for key, value in table.items():
        if not (
            type(key) is tuple
            and len(key) == 2
            and type(key[0]) is str
            and type(key[1]) is int
            and type(value) is bytes
        ):
            return {}
    return table


def _pattern_of(data: bytes, key: Key) -> _re.Pattern[str] | None:
    """The pattern pickled in ``data`` when it is one of ``key``'s source and flags."""
    try:
        found = _PatternOnly(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - any broken pickle is no pattern
        return None
    if (
        type(found) is _re.Pattern
        and found.pattern == key[0]
        and found.flags & key[1] == key[1]  # the flags asked for, and those of (?…)
    ):
        return found
    return None


def _encode(table: dict[Key, bytes]) -> bytes:
    payload = pickle.dumps(table, protocol=5)
    digest = hashlib.sha256(payload).hexdigest().encode("ascii")
    return MAGIC + b" " + digest + b"\n" + payload


def _read(path: Path) -> bytes:
    """The bytes of ``path`` when it is a file of this user's that no one else may write
    (else, or when it cannot be read or is too long, nothing)."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            mine = not hasattr(os, "geteuid") or st.st_uid == os.geteuid()
            if not mine or st.st_mode & 0o002 or st.st_size > MAX_BYTES:
                return b""
            return f.read(MAX_BYTES + 1)
    except (OSError, ValueError):
        return b""


class PatternCache:
    """Compiled patterns by (source, flags): those of the file ``path`` (read on first use,
    each pattern unpickled when it is first asked for) and those compiled since. ``path``
    None: nothing is read or written."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._table: dict[Key, bytes] | None = None  # of the file: those not yet asked for
        self._patterns: dict[Key, _re.Pattern[str]] = {}
        self.unsaved = False
        """Whether a pattern has been compiled that the file does not hold."""
        self.compiled = 0
        """How many patterns this cache has compiled (not found in the file)."""

    def _loaded(self) -> dict[Key, bytes]:
        if self._table is None:
            self._table = {} if self.path is None else _checked(_read(self.path))
        return self._table

    def compile(self, source: str, flags: int) -> _re.Pattern[str]:
        """The compiled pattern of ``source`` and ``flags`` (``regex.compile``'s)."""
        key = (source, int(flags))  # a plain int, not a RegexFlag, is what the file holds
        found = self._patterns.get(key)
        if found is not None:
            return found
        data = self._loaded().pop(key, None)  # from now on in _patterns alone
        found = None if data is None else _pattern_of(data, key)
        if found is None:
            found = _re.compile(source, flags)
            self.compiled += 1
            self.unsaved = True
        self._patterns[key] = found
        return found

    def save(self) -> bool:
        """Write the file when a pattern was compiled that it lacks (True: written).

        Never raises: a folder that cannot be written leaves things as they are.
        """
        if self.path is None or not self.unsaved:
            return False
        # the file's patterns not asked for here (past LIMIT: none), and those asked for
        table = dict(self._loaded()) if len(self._loaded()) + len(self._patterns) <= LIMIT else {}
        for key, found in self._patterns.items():
            table[key] = pickle.dumps(found, protocol=5)
        try:
            from ..export import write_atomic

            write_atomic(self.path, _encode(table), durable=False)
        except Exception:  # noqa: BLE001 - a cache that cannot be written is no cache
            return False
        self.unsaved = False
        return True


_cache: PatternCache | None = None
_at_exit = False


def _process_cache() -> PatternCache:
    global _cache
    if _cache is None:
        _cache = PatternCache(cache_file())
    return _cache


def compile_cached(source: str, flags: int) -> _re.Pattern[str]:
    """``regex.compile(source, flags)``, from this process's cache file where it holds it.

    The first pattern compiled that the file lacks has the file written when the
    process ends normally (batch workers, ended by ``os._exit``, write nothing: their
    parent has written it before they start, see :func:`warm`).
    """
    global _at_exit
    cache = _process_cache()
    found = cache.compile(source, flags)
    if not _at_exit and cache.unsaved:
        _at_exit = True
        atexit.register(_save_at_exit)
    return found


def _save_at_exit() -> None:
    try:
        _process_cache().save()
    except BaseException:  # noqa: BLE001 - not even Ctrl-C makes a traceback at exit
        pass


def warm() -> bool:
    """Compile every pattern of the package (from the file where it can) and write the
    file now if that compiled any it lacked (True: written).

    ``batch`` does this before it starts its worker processes: forked workers have every
    pattern compiled already, others read a file that holds them all.
    """
    from .grammar import all_patterns

    for p in all_patterns().values():
        p.regex  # noqa: B018 - compiled (or loaded) and kept by the pattern
    return _process_cache().save()
