"""Batches on dask.distributed: the same outputs and resume rules as a local run."""

from pathlib import Path

from distributed import LocalCluster

from emnextract.batch import run_batch

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMP = FIXTURES / "emn2019-part1.txt"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_dask_run_gives_the_local_output(tmp_path):
    shelf = tmp_path / "shelf"
    (shelf / "2018").mkdir(parents=True)
    (shelf / "2019").mkdir()
    text = DUMP.read_text(encoding="utf-8")
    (shelf / "2018" / "x.txt").write_text(text.replace("Jaaroverzicht 2019", "Jaaroverzicht 2018"))
    (shelf / "2019" / "x.txt").write_text(text)
    (shelf / "2019" / "broken.pdf").write_bytes(b"%PDF-1.4\n not a pdf")

    local = [(r.path, r.status, r.error) for r in run_batch([shelf], tmp_path / "local")]
    with LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        out = tmp_path / "dask"
        first = [
            (r.path, r.status, r.error)
            for r in run_batch([shelf], out, executor="dask", scheduler=address)
        ]
        again = [r.status for r in run_batch([shelf], out, executor="dask", scheduler=address)]

    assert first == local
    assert [status for _, status, _ in first] == ["done", "failed", "done"]
    assert again == ["skipped", "failed", "skipped"]
    local_tree, dask_tree = _tree(tmp_path / "local"), _tree(out)
    assert "tables/statistics.csv" in dask_tree and "2018/x.json" in dask_tree
    assert dask_tree == local_tree
