"""Per-file limits (time, pages), passwords, and a batch that stops at once on Ctrl-C and
never leaves workers behind."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import pytest

from emnextract import extract
from emnextract.batch import INDEX, Options, run_batch
from emnextract.cli import main
from emnextract.errors import EncryptedPDF, LimitExceeded
from emnextract.limits import swallowing

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "fixtures" / "emn2019-like.pdf"  # 36 pages, ~1 s to read (pdfplumber: ~4 s)
DUMP = ROOT / "fixtures" / "emn2019-part1.txt"


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------- time limit


@pytest.mark.usefixtures("each_backend")
def test_a_file_over_the_time_limit_stops_with_a_clear_error():
    start = time.monotonic()
    with pytest.raises(LimitExceeded) as info:
        extract(PDF, timeout=0.05)
    assert time.monotonic() - start < 2.0  # stopped, not run to the end
    assert str(info.value).startswith(f"{PDF}: took longer than the time limit of 0.05 s")
    assert "--timeout" in str(info.value)


@pytest.mark.usefixtures("each_backend")
def test_the_time_limit_holds_in_a_thread_too():
    """No SIGALRM outside the main thread (a dask worker): the deadline is checked per page."""
    caught: list[BaseException] = []

    def work() -> None:
        try:
            extract(PDF, timeout=0.05)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            caught.append(exc)

    start = time.monotonic()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert len(caught) == 1 and isinstance(caught[0], LimitExceeded)
    assert time.monotonic() - start < 3.0


def test_a_generous_time_limit_changes_nothing_and_leaves_no_timer():
    plain = extract(DUMP)
    limited = extract(DUMP, timeout=120)
    assert limited.model_dump(exclude={"source"}) == plain.model_dump(exclude={"source"})
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None, signal.default_int_handler)


def test_the_alarm_is_never_lost_where_python_ignores_exceptions(monkeypatch):
    """A timer firing inside a garbage-collector callback would raise where Python ignores
    the exception ("Exception ignored in …"): it fires again in the work itself instead."""
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)

    def busy(_phase: str, _info: dict) -> None:  # Python work in every collection
        end = time.perf_counter() + 0.002
        while time.perf_counter() < end:
            pass

    gc.callbacks.append(busy)
    try:
        for _ in range(8):
            with pytest.raises(LimitExceeded):
                extract(DUMP, timeout=0.02)
    finally:
        gc.callbacks.remove(busy)
    assert ignored == []
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_code_whose_exceptions_python_ignores_is_recognised():
    seen: dict[str, bool] = {}

    def in_collection(phase: str, _info: dict) -> None:
        if phase == "start":
            seen["gc callback"] = swallowing(sys._getframe())

    class Dying:
        def __del__(self) -> None:
            seen["__del__"] = swallowing(sys._getframe())

    class Owner:
        pass

    gc.callbacks.append(in_collection)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(in_collection)
    Dying()
    owner = Owner()
    weakref.finalize(owner, lambda: seen.setdefault("finalizer", swallowing(sys._getframe())))
    del owner
    gc.collect()
    assert seen == {"gc callback": True, "__del__": True, "finalizer": True}
    assert not swallowing(sys._getframe())
    # a weak container's removal callback (WeakSet._remove) calling into other code
    import _weakrefset
    from types import SimpleNamespace

    remove = SimpleNamespace(f_code=_weakrefset.WeakSet.add.__code__, f_back=None)
    inner = SimpleNamespace(
        f_code=test_code_whose_exceptions_python_ignores_is_recognised.__code__, f_back=remove
    )
    assert swallowing(inner)  # type: ignore[arg-type]


# ---------------------------------------------------------------- page limit


@pytest.mark.usefixtures("each_backend")
def test_a_pdf_over_the_page_limit_is_refused_before_reading():
    start = time.monotonic()
    with pytest.raises(LimitExceeded) as info:
        extract(PDF, max_pages=10)
    assert time.monotonic() - start < 1.0
    assert str(info.value) == (
        f"{PDF}: has 36 pages, more than the page limit of 10 "
        "(raise it with --max-pages, or 0 for none)"
    )


@pytest.mark.usefixtures("each_backend")
def test_cli_limits_give_one_line_and_exit_3(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["extract", str(PDF), "--max-pages", "5", "-o", str(out)]) == 3
    assert not out.exists()
    line = one_error_line(capsys.readouterr().err)
    assert "page limit of 5" in line


def test_cli_zero_means_no_limit(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["extract", str(DUMP), "--timeout", "0", "--max-pages", "0", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["measures"]


# ---------------------------------------------------------------- passwords


@pytest.fixture(scope="module")
def locked(tmp_path_factory) -> Path:
    """A one-page PDF encrypted with the user password 'geheim'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("locked") / "locked.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="geheim")
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "1 Inleiding")
    c.drawString(72, 730, "Per 1 januari 2020 is de regeling gewijzigd.")
    c.showPage()
    c.save()
    return path


@pytest.mark.usefixtures("each_backend")
def test_an_encrypted_pdf_asks_for_its_password(locked):
    with pytest.raises(EncryptedPDF) as info:
        extract(locked)
    assert "needs a password (give it with --password)" in str(info.value)
    with pytest.raises(EncryptedPDF) as info:
        extract(locked, password="fout")
    assert "not its password" in str(info.value)


@pytest.mark.usefixtures("each_backend")
def test_the_right_password_opens_it(locked, tmp_path, capsys, monkeypatch):
    report = extract(locked, password="geheim")
    assert [m.date for m in report.measures] == ["2020-01-01"]
    out = tmp_path / "r.json"
    assert main(["extract", str(locked), "--password", "geheim", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["measures"][0]["date"] == "2020-01-01"
    monkeypatch.setenv("EMNEXTRACT_PASSWORD", "geheim")
    assert main(["extract", str(locked), "-o", str(out)]) == 0


# ---------------------------------------------------------------- batch


def test_batch_fails_only_the_file_over_a_limit(tmp_path, locked):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shutil.copy(DUMP, shelf / "dump.txt")
    shutil.copy(PDF, shelf / "long.pdf")
    shutil.copy(locked, shelf / "locked.pdf")
    results = {
        Path(r.path).name: r
        for r in run_batch([shelf], tmp_path / "out", options=Options("geheim", None, 10))
    }
    assert results["dump.txt"].status == "done"
    assert results["locked.pdf"].status == "done"  # the password opens it
    assert results["long.pdf"].status == "failed"
    assert "page limit of 10" in (results["long.pdf"].error or "")
    errors = (tmp_path / "out" / "errors.jsonl").read_text().splitlines()
    assert [json.loads(e)["file"] for e in errors] == [str(shelf / "long.pdf")]


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start_batch(tmp_path: Path, copies: int) -> tuple[subprocess.Popen, Path]:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    for i in range(copies):
        shutil.copy(PDF, shelf / f"r{i}.pdf")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "emnextract", "batch", str(shelf), "-d", str(out), "-j", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the workers are busy with their first files
    return proc, out


def test_ctrl_c_stops_a_batch_at_once_leaving_complete_outputs(tmp_path):
    copies = 24  # 24 files of ~1 s (pdfium) or ~4 s (pdfplumber) on 2 workers
    proc, out = _start_batch(tmp_path, copies=copies)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - start < 10, "the batch went on after Ctrl-C"
    assert proc.returncode == 130
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)], "workers outlived the batch"
    index = out / INDEX
    written = sorted(p for p in out.glob("*.json") if p != index)
    assert len(written) < copies
    for path in written:  # every output there is complete
        assert json.loads(path.read_text())["schema_version"] == "1"
    if index.exists():  # the batch's own record of what is done, complete too
        assert isinstance(json.loads(index.read_text()), dict)
    assert not [p for p in out.rglob("*") if p.name.startswith(".") and "tmp" in p.name]


def test_workers_die_with_a_killed_batch(tmp_path):
    proc, _out = _start_batch(tmp_path, copies=24)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10
    while [w for w in workers if _alive(w)] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "orphaned workers still running"


_WORKER_WRITING = """
import os, sys, time
from emnextract import export, workers
workers.init_worker(os.getppid())
def stalled_fsync(fd):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = stalled_fsync
export.write_atomic(sys.argv[1], "{}")
"""


def test_a_worker_stopped_mid_write_leaves_no_temporary_file(tmp_path):
    # The pool stops its workers with SIGTERM; one caught between writing an output and
    # renaming it into place must not leave the temporary file behind.
    out = tmp_path / "out" / "r1.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER_WRITING, str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"writing\n"
    assert [p.name for p in out.parent.iterdir()][0].endswith(".tmp")  # under way
    proc.terminate()
    proc.wait(10)
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(out.parent.iterdir()) == []
