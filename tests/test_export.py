"""Atomic output: a failed write leaves the old file intact and no temporary behind."""

import pytest

from emnextract.export import write_atomic


def test_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "out" / "r.json"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]


def test_failed_write_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    write_atomic(target, "old")

    import os

    real_fsync = os.fsync

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_new_output_gets_ordinary_permissions(tmp_path):
    import os

    umask = os.umask(0o022)
    try:
        target = tmp_path / "r.json"
        write_atomic(target, "x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        write_atomic(target, "y")  # a replaced file keeps its own mode
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_an_interrupt_right_after_the_temporary_file_is_made_leaves_none(tmp_path, monkeypatch):
    import os

    real_open = os.open

    def open_then_interrupted(*args, **kwargs):
        real_open(*args, **kwargs)  # the file is made ...
        raise KeyboardInterrupt  # ... and Ctrl-C lands before its fd is handed back

    monkeypatch.setattr(os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.json", "{}")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []
