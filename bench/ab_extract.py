"""A/B of `extract` CPU between two checkouts, alternating, on one generated corpus (issue 9).

    .venv/bin/python bench/ab_extract.py /path/to/base /path/to/new --rounds 4 --n 1000

On a shared machine one run of bench/parser.py per checkout is too noisy to compare changes
of a few percent. This generates one corpus (bench.parser.make_corpus), then each round
measures the floor (read + OpenCC t2s) and runs `python -m parsers extract --jobs J` in a
fresh process from each checkout, in alternating order, and prints the best and median CPU
seconds of each, the ratio of the best to the best floor, docs/s of wall time and peak RSS.
It asserts nothing: timings belong here, not in the tests.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.parser import _STEP, floor, make_corpus, measure  # noqa: E402


def extract_step(checkout: str, corpus: Path, jobs: int) -> dict:
    """`extract` from `checkout` in a fresh process: CPU (with workers), wall, peak RSS."""
    started = time.perf_counter()
    argv = ["extract", str(corpus), "--jobs", str(jobs)]
    proc = subprocess.run([sys.executable, "-c", _STEP.format(repo=checkout, argv=argv, quiet=True)],
                          capture_output=True, text=True, cwd=checkout, check=False)
    result = json.loads(proc.stderr.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="+", help="repository folders to compare")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    checkouts = [str(Path(c).resolve()) for c in args.checkouts]
    with tempfile.TemporaryDirectory(prefix="fraud-ab-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus, args.n)
        floors: list[float] = []
        runs: dict[str, list[dict]] = {c: [] for c in checkouts}
        for i in range(args.rounds):
            floors.append(measure(lambda: floor(paths))[0])
            for checkout in checkouts if i % 2 == 0 else checkouts[::-1]:
                runs[checkout].append(extract_step(checkout, corpus, args.jobs))
    best_floor = min(floors)
    print(f"{args.n} docs, {args.rounds} rounds; floor best {best_floor:.3f} s CPU "
          f"({1000 * best_floor / args.n:.3f} ms/doc), all {', '.join(f'{f:.3f}' for f in floors)}")
    for checkout, steps in runs.items():
        cpus = sorted(s["cpu"] for s in steps)
        print(f"{checkout}: extract --jobs {args.jobs} CPU best {cpus[0]:.2f} s, median {cpus[len(cpus) // 2]:.2f} s "
              f"({1000 * cpus[0] / args.n:.2f} ms/doc, {cpus[0] / best_floor:.1f}x floor); "
              f"{args.n / min(s['wall'] for s in steps):.1f} docs/s wall at best; RSS main "
              f"{max(s['rss_main'] for s in steps):.0f} MB, worker {max(s['rss_worker'] for s in steps):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
