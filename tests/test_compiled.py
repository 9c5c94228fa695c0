"""The compiled-pattern cache: a new process takes its patterns from the file instead of
compiling them, and any problem with the file means compiling, silently."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import regex

from emnextract.patterns import compiled
from emnextract.patterns.compiled import PatternCache
from emnextract.patterns.grammar import all_patterns

ROOT = Path(__file__).resolve().parent.parent
V0 = regex.VERSION0


def python(code: str, cache: str | Path, **env: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a new process whose cache folder is ``cache``."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "EMNEXTRACT_CACHE_DIR": str(cache)}
    environ.pop("EMNEXTRACT_NO_CACHE", None)
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, check=False
    )


WARM = "from emnextract.patterns import compiled; print(compiled.warm())"

# Counts every call of the compiler and of its Python parser, then asks for every pattern.
EVERY_PATTERN = """
import json, regex, regex._main as main
calls = {"compile": 0, "parse": 0}
real_compile, real_parse = regex.compile, main._parse_pattern
def counting_compile(*a, **k):
    calls["compile"] += 1
    return real_compile(*a, **k)
def counting_parse(*a, **k):
    calls["parse"] += 1
    return real_parse(*a, **k)
regex.compile, main._parse_pattern = counting_compile, counting_parse
from emnextract.patterns.grammar import all_patterns
patterns = all_patterns()
loaded = {name: p.regex for name, p in patterns.items()}
counted = dict(calls)
regex.compile, main._parse_pattern = real_compile, real_parse
problems = [q for p in patterns.values() for q in p.check()]
# (the compiled code itself may differ: regex orders some sets by string hashes, which
# differ from process to process; a pattern's examples show that it matches the same)
def seen(r):
    return r.pattern, r.flags, r.groups, r.groupindex
differ = [
    name for name, p in patterns.items()
    if seen(loaded[name]) != seen(regex.compile(p.source, p.flags | regex.V0))
]
print(json.dumps({"calls": counted, "problems": problems, "differ": differ}))
"""


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_cold_folder_gets_the_file_and_a_new_process_compiles_nothing(tmp_path):
    cache = tmp_path / "cache"
    first = python(WARM, cache)
    assert (first.stdout, first.stderr) == ("True\n", "")
    assert files(cache) == [compiled.cache_file().name]  # the name of this Python's file
    again = python(EVERY_PATTERN, cache)
    assert again.stderr == ""
    seen = json.loads(again.stdout)
    assert seen["calls"] == {"compile": 0, "parse": 0}
    # every loaded pattern is the one its source compiles to, and passes its examples
    assert seen["differ"] == [] and seen["problems"] == []
    # nothing new was compiled, so nothing was written
    assert python(WARM, cache).stdout == "False\n"


def test_without_a_file_every_pattern_is_compiled(tmp_path):
    seen = json.loads(python(EVERY_PATTERN, tmp_path / "cache").stdout)
    assert seen["calls"]["compile"] >= len(
        set((p.source, p.flags) for p in all_patterns().values())
    )
    assert seen["calls"]["parse"] >= seen["calls"]["compile"]
    assert seen["differ"] == [] and seen["problems"] == []


def test_a_single_run_writes_the_file_when_it_ends(tmp_path):
    cache = tmp_path / "cache"
    code = "from emnextract import extract; extract('fixtures/emn2019-part1.txt')"
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "EMNEXTRACT_CACHE_DIR": str(cache)},
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, "")
    loaded = PatternCache(compiled.cache_file_in(cache))
    used = [p for p in all_patterns().values() if p.name.startswith("date")]
    assert used and all(loaded.compile(p.source, p.flags | V0) for p in used)
    assert loaded.compiled == 0


def test_a_batch_writes_every_pattern_before_its_workers_start(tmp_path):
    cache = tmp_path / "cache"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.txt", "b.txt"):
        (inputs / name).write_text("1 Inleiding\n\nOp 1 januari 2020 trad de wet in werking.\n")
    code = (
        "import sys; from emnextract.cli import main; "
        f"sys.exit(main(['-q', 'batch', {str(inputs)!r}, '-d', {str(tmp_path / 'out')!r},"
        " '--jobs', '2']))"
    )
    run = python(code, cache)
    assert (run.returncode, run.stderr) == (0, "")
    loaded = PatternCache(compiled.cache_file_in(cache))
    for p in all_patterns().values():
        loaded.compile(p.source, p.flags | V0)
    assert loaded.compiled == 0


def test_the_off_switches_write_nothing(tmp_path):
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    assert python(WARM, "off", **env).stdout == "False\n"
    assert python(WARM, str(tmp_path / "c"), EMNEXTRACT_NO_CACHE="1", **env).stdout == "False\n"
    assert not home.exists() and not (tmp_path / "c").exists()


def test_the_folder_chosen(monkeypatch, tmp_path):
    monkeypatch.delenv("EMNEXTRACT_NO_CACHE", raising=False)
    monkeypatch.setenv("EMNEXTRACT_CACHE_DIR", str(tmp_path / "mine"))
    assert compiled.cache_folder() == tmp_path / "mine"
    monkeypatch.setenv("EMNEXTRACT_CACHE_DIR", "OFF")
    assert compiled.cache_folder() is None
    monkeypatch.delenv("EMNEXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert compiled.cache_folder() == tmp_path / "xdg" / "emnextract"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_folder() == tmp_path / "home" / ".cache" / "emnextract"
    monkeypatch.setenv("EMNEXTRACT_NO_CACHE", "1")
    assert compiled.cache_folder() is None and compiled.cache_file() is None
    name = compiled.cache_file_in(tmp_path).name
    # another regex, Python or file layout reads a file of another name
    assert regex.__version__ in name and f"{sys.version_info[0]}.{sys.version_info[1]}" in name
    assert sys.implementation.name in name and f"-{compiled.FORMAT}-" in name


# -- one cache in this process, its file in tmp_path -----------------------------------


def saved(path: Path, *sources: str) -> None:
    cache = PatternCache(path)
    for s in sources:
        cache.compile(s, V0)
    assert cache.save()


def with_header(payload: bytes) -> bytes:
    """``payload`` behind a header with its right checksum."""
    return compiled.MAGIC + b" " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def falls_back(path: Path, capfd) -> None:
    """A cache of ``path`` compiles what it is asked, with no exception and no output."""
    cache = PatternCache(path)
    got = cache.compile(r"\d+ jaar", V0)
    assert got.pattern == r"\d+ jaar" and got.fullmatch("12 jaar")
    assert cache.compiled == 1
    assert capfd.readouterr() == ("", "")


def test_a_saved_pattern_is_loaded_not_compiled(tmp_path, monkeypatch):
    path = tmp_path / "p.pickle"
    saved(path, r"(?P<n>\d+) jaar", r"(?i)wet")
    monkeypatch.setattr(regex, "compile", None)  # any compile would fail
    cache = PatternCache(path)
    years = cache.compile(r"(?P<n>\d+) jaar", V0)
    assert years.search("na 12 jaar")["n"] == "12"
    assert cache.compile(r"(?i)wet", V0).fullmatch("WET")
    assert cache.compiled == 0
    assert not cache.save()  # nothing new: nothing written


def test_a_changed_source_or_flag_misses_and_is_compiled(tmp_path):
    path = tmp_path / "p.pickle"
    saved(path, r"\d+ jaar")
    cache = PatternCache(path)
    assert cache.compile(r"\d+ jaren", V0).fullmatch("3 jaren")
    assert cache.compile(r"\d+ jaar", V0 | regex.IGNORECASE).fullmatch("3 JAAR")
    assert cache.compiled == 2
    assert cache.save()
    again = PatternCache(path)
    for flags in (V0, V0 | regex.IGNORECASE):
        again.compile(r"\d+ jaar", flags)
    again.compile(r"\d+ jaren", V0)
    assert again.compiled == 0


def test_a_corrupt_file_is_compiled_around(tmp_path, capfd):
    path = tmp_path / "p.pickle"
    saved(path, r"\d+ jaar")
    data = path.read_bytes()
    for broken in (b"", b"\x00" * 50, data[: len(data) // 2], data[:-1] + b"\x00", b"x\n" + data):
        path.write_bytes(broken)
        falls_back(path, capfd)
    path.unlink()
    falls_back(path, capfd)  # no file
    path.mkdir()
    falls_back(path, capfd)  # a folder where the file should be


def table_of(entries: dict) -> bytes:
    """A file of ``entries`` (key -> object, pickled on its own), with the right checksum."""
    table = {k: pickle.dumps(v, protocol=5) for k, v in entries.items()}
    return with_header(pickle.dumps(table, protocol=5))


def test_a_wrong_checksum_is_not_read(tmp_path, capfd):
    path = tmp_path / "p.pickle"
    good = {(r"\d+ jaar", int(V0)): regex.compile(r"\d+ jaar", V0)}
    data = table_of(good)
    path.write_bytes(data.replace(data.split(b" ")[1][:64], b"0" * 64, 1))
    falls_back(path, capfd)
    path.write_bytes(data)  # the same table with its checksum is read
    cache = PatternCache(path)
    cache.compile(r"\d+ jaar", V0)
    assert cache.compiled == 0


def test_a_file_others_may_write_is_not_read(tmp_path, capfd):
    path = tmp_path / "p.pickle"
    saved(path, r"\d+ jaar")
    path.chmod(0o666)
    falls_back(path, capfd)
    path.chmod(0o644)
    cache = PatternCache(path)
    cache.compile(r"\d+ jaar", V0)
    assert cache.compiled == 0


class Runs:
    """Pickles as a call of ``os.system``."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def test_a_pickle_naming_anything_else_is_not_run(tmp_path, capfd):
    path = tmp_path / "p.pickle"
    touched = tmp_path / "touched"
    key = (r"\d+ jaar", int(V0))
    # in place of a pattern's pickle, and in the table itself
    path.write_bytes(table_of({key: Runs(f"touch {touched}")}))
    falls_back(path, capfd)
    path.write_bytes(with_header(pickle.dumps({key: Runs(f"touch {touched}")}, protocol=5)))
    falls_back(path, capfd)
    assert not touched.exists()


def test_entries_of_the_wrong_kind_or_pattern_are_not_used(tmp_path, capfd):
    path = tmp_path / "p.pickle"
    key = (r"\d+ jaar", int(V0))
    wrong = [
        with_header(pickle.dumps([b"x"], protocol=5)),  # not a table
        with_header(pickle.dumps({r"\d+ jaar": b"x"}, protocol=5)),  # a key of another shape
        with_header(pickle.dumps({key: "not bytes"}, protocol=5)),
        table_of({key: r"\d+ jaar"}),  # not a pattern
        table_of({key: regex.compile(r"\d+ maand", V0)}),  # another pattern
        table_of({key: regex.compile(r"\d+ jaar", regex.VERSION1)}),  # other flags
        with_header(pickle.dumps({key: b"\x80\x05broken"}, protocol=5)),
    ]
    for data in wrong:
        path.write_bytes(data)
        falls_back(path, capfd)


def test_an_entry_found_wrong_is_written_anew(tmp_path):
    path = tmp_path / "p.pickle"
    key = (r"\d+ jaar", int(V0))
    other = (r"\d+ dagen", int(V0))
    path.write_bytes(
        table_of({key: regex.compile(r"\d+ maand", V0), other: regex.compile(other[0], V0)})
    )
    cache = PatternCache(path)
    assert cache.compile(*key).pattern == key[0]
    cache.compile(*other)
    assert cache.compiled == 1  # the wrong one compiled, the right one taken from the file
    assert cache.save()
    again = PatternCache(path)
    assert again.compile(*key).fullmatch("3 jaar")
    again.compile(*other)
    assert again.compiled == 0


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, capfd):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = PatternCache(blocker / "cache" / "p.pickle")
    assert cache.compile(r"\d+ jaar", V0).fullmatch("4 jaar")
    assert cache.save() is False
    assert capfd.readouterr() == ("", "")


def test_saving_leaves_one_whole_file(tmp_path):
    path = tmp_path / "p.pickle"
    for n in range(3):  # writers one after another, each adding a pattern
        cache = PatternCache(path)
        cache.compile(rf"\d+ jaar {n}", V0)
        assert cache.save()
    assert files(tmp_path) == ["p.pickle"]  # no temporary file left behind
    cache = PatternCache(path)
    for n in range(3):
        cache.compile(rf"\d+ jaar {n}", V0)
    assert cache.compiled == 0


def test_past_the_limit_only_the_patterns_asked_for_are_kept(tmp_path, monkeypatch):
    path = tmp_path / "p.pickle"
    saved(path, r"\d+ jaar", r"\d+ maand")
    monkeypatch.setattr(compiled, "LIMIT", 2)
    cache = PatternCache(path)
    cache.compile(r"\d+ jaar", V0)  # from the file
    cache.compile(r"\d+ dagen", V0)  # new: three in all, one more than the limit
    assert cache.save()
    again = PatternCache(path)
    again.compile(r"\d+ jaar", V0)
    again.compile(r"\d+ dagen", V0)
    assert again.compiled == 0
    again.compile(r"\d+ maand", V0)  # not asked for, so left out
    assert again.compiled == 1
