"""Issue 10 item 6 (race): the same bulletin added twice at the same moment.

Two analysts confirm the same upload together: exactly one is told "added", the other
"duplicate", and the data folder keeps one copy. Tried with threads (two Streamlit
sessions are two threads of one server) and with processes (two servers, or a CLI beside
the app, over one data folder). A barrier releases the callers together, and the parser
is slowed so both are inside add_bulletin at once.
"""
from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import pytest

from dashboard.uploads import add_bulletin
from parsers.cache import build_cache, read_manifest
from tests.test_cache import cache_dir, fake_parse, seeds  # noqa: F401 - fixtures

UPLOAD = "丽水警方通报\ncases_solved 17\n".encode()


def slow_parse(path: Path):
    time.sleep(0.3)  # widens the window between "not in the cache yet" and "built"
    return fake_parse(path)


def _add(name: str, data_dir: Path, cache: Path, barrier, results) -> None:
    barrier.wait()
    result = add_bulletin(UPLOAD, name, data_dir, cache, parse=slow_parse)
    results.append((result.status, result.doc_id))


def _statuses(results) -> list[str]:
    return sorted(status for status, _ in results)


@pytest.mark.parametrize("names", [("同一名.txt", "同一名.txt"), ("a.txt", "b.txt")],
                         ids=["same-name", "other-name"])
def test_two_threads_one_added_one_duplicate(seeds, cache_dir, tmp_path, names):
    build_cache([seeds], cache_dir, parse=fake_parse)
    data_dir = tmp_path / "data"
    barrier, results = threading.Barrier(len(names)), []
    threads = [threading.Thread(target=_add, args=(n, data_dir, cache_dir, barrier, results))
               for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _statuses(results) == ["added", "duplicate"]
    assert len({doc_id for _, doc_id in results}) == 1  # the duplicate names the added one
    assert len(list((data_dir / "bulletins").iterdir())) == 1
    shas = [e["sha256"] for e in read_manifest(cache_dir)["files"].values()]
    assert len(shas) == len(set(shas))


def _add_in_process(name, data_dir, cache, barrier, queue) -> None:
    results: list = []
    _add(name, Path(data_dir), Path(cache), barrier, results)
    queue.put(results[0])


def test_two_processes_one_added_one_duplicate(seeds, cache_dir, tmp_path):
    build_cache([seeds], cache_dir, parse=fake_parse)
    data_dir = tmp_path / "data"
    ctx = multiprocessing.get_context("fork")
    barrier, queue = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_add_in_process,
                         args=(name, str(data_dir), str(cache_dir), barrier, queue))
             for name in ("同一名.txt", "同一名.txt")]
    for p in procs:
        p.start()
    results = [queue.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert _statuses(results) == ["added", "duplicate"]
    assert len(list((data_dir / "bulletins").iterdir())) == 1
