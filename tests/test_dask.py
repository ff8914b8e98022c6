"""`build --scheduler tcp://…`: the parse is mapped over a Dask cluster (issue 9 item 5).

Runs on a two-worker LocalCluster (processes, like a real cluster). Skipped when
dask.distributed is not installed: it is optional (requirements-dask.txt), and CI installs
it through requirements-dev.txt.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from parsers.cache import build_cache, load_tables  # noqa: E402
from parsers.cli import main  # noqa: E402
from tests.test_cache import BULLETINS, fake_parse  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster():
    # A spawned worker re-imports the parent's __main__ by its file: after an AppTest in the
    # same pytest worker that is app.py, which then starts the whole app in every Dask worker.
    # The workers are started from a plain __main__ (the pytest process's own is restored).
    import sys
    import types

    main_module = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=40) as local:
            yield local
    finally:
        if main_module is not None:
            sys.modules["__main__"] = main_module


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in BULLETINS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "000_bad.txt").write_text("BROKEN\n", encoding="utf-8")
    return folder


def test_build_on_a_cluster_gives_the_tables_of_a_local_build(cluster, seeds, tmp_path):
    with distributed.Client(cluster) as client:
        report = build_cache([seeds], tmp_path / "dask", parse=fake_parse,
                             executor=client.get_executor(pure=False))
        worker_count = len(client.scheduler_info()["workers"])
    build_cache([seeds], tmp_path / "local", parse=fake_parse)

    assert worker_count == 2
    assert len(report.parsed) == 3
    assert [(Path(p).name, reason) for p, reason in report.errors] == [
        ("000_bad.txt", "binary (NUL or control bytes)")]
    for remote, local in zip(load_tables(tmp_path / "dask"), load_tables(tmp_path / "local")):
        pd.testing.assert_frame_equal(remote, local)


def test_cli_scheduler_option_builds_the_real_seeds(cluster, tmp_path):
    import io

    out, err = io.StringIO(), io.StringIO()
    status = main(["build", str(REPO / "seeds"), "--cache", str(tmp_path / "cache"),
                   "--scheduler", cluster.scheduler_address], out=out, err=err)

    documents, facts, _ = load_tables(tmp_path / "cache")
    assert status == 0, err.getvalue()
    assert out.getvalue().startswith(f"parsed {len(list((REPO / 'seeds').glob('*.txt')))}, reused 0,")
    assert len(documents) == len(list((REPO / "seeds").glob("*.txt"))) and len(facts) > 0
