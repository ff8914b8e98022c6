"""Throughput report: parser docs/s (1 and N workers), cold vs warm cache build, peak RSS.

    .venv/bin/python bench/throughput.py [--n 1000] [--jobs 2] [--runs 3] [--seeds seeds]

The seeds are copied into a temp folder until there are --n files; each copy gets one
extra line so that every file has its own content hash (identical files would be skipped
by the cache as duplicates and flatter the numbers). Prints a plain-text table, asserts
nothing.
"""
from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from parsers import cli  # noqa: E402
from parsers.cache import build_cache  # noqa: E402


def make_corpus(seeds: Path, folder: Path, n: int) -> list[Path]:
    originals = sorted(seeds.glob("*.txt")) + sorted(seeds.glob("*.html"))
    if not originals:
        raise SystemExit(f"no .txt/.html files in {seeds}")
    texts = [p.read_text(encoding="utf-8") for p in originals]
    paths = []
    for i in range(n):
        source = originals[i % len(originals)]
        path = folder / f"{i:05d}_{source.stem}{source.suffix}"
        path.write_text(texts[i % len(texts)] + f"\n（副本{i}）\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def median_time(action: Callable[[], object], runs: int) -> tuple[float, object]:
    results = [timed(action) for _ in range(runs)]
    return statistics.median(t for t, _ in results), results[-1][1]


def extract_run(folder: Path, jobs: int) -> tuple[int, int]:
    out, err = io.StringIO(), io.StringIO()
    cli.run_extract([str(folder)], jobs, out, err)
    return out.getvalue().count("\n"), err.getvalue().count("error: ")


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of files (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel runs")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    args = parser.parse_args(argv)

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="fraud-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(args.seeds, corpus, args.n)

        for jobs in sorted({1, args.jobs}):
            seconds, (docs, errors) = median_time(lambda: extract_run(corpus, jobs), args.runs)
            rate = f"{docs / seconds:,.1f} docs/s" if docs else "n/a (no document parsed)"
            rows.append((f"extract --jobs {jobs}", f"{seconds:.2f} s", f"{rate}; {docs} ok, {errors} errors"))

        cold_times, warm_times = [], []
        for run in range(args.runs):
            cache_dir = Path(tmp) / f"cache{run}"
            cold, report = timed(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
            warm, warm_report = timed(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
            cold_times.append(cold)
            warm_times.append(warm)
        cold, warm = statistics.median(cold_times), statistics.median(warm_times)
        rows.append((f"build cold --jobs {args.jobs}", f"{cold:.2f} s", report.summary()))
        rows.append((f"build warm --jobs {args.jobs}", f"{warm:.2f} s", warm_report.summary()))
        rows.append(("warm / cold", f"{warm / cold:.3f}", "lower is better"))

    rows.append(("peak RSS (this process)", f"{peak_rss_mb(resource.RUSAGE_SELF):.0f} MB", ""))
    rows.append(("peak RSS (largest worker)", f"{peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB", ""))

    print(f"throughput: {args.n} files from {args.seeds}, median of {args.runs} runs")
    width = max(len(r[0]) for r in rows)
    for name, value, detail in rows:
        print(f"  {name:<{width}}  {value:>10}  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
