"""Speed of parsers.cleaning.clean on large files, as CPU seconds and as a ratio to a floor.

    .venv/bin/python bench/clean_speed.py                 # 0.5, 1 and 2 MB
    .venv/bin/python bench/clean_speed.py --mb 2 --runs 5

Moved here from tests/test_cleaning.py (issue 10): a test asserted clean() of 2 MB took
under 30 s and failed on a busy machine. Times are time.process_time of this process, so
other processes' load does not inflate them; the floor is one regex pass over the same text
(re.findall of whitespace) measured in the same run, so the ratio compares across machines.
Nothing is asserted: it prints one line per size.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parsers.cleaning import clean  # noqa: E402

CHUNK = "蘭州市公安局破獲電詐案件585起(qǐ)，凍結資金517.87 萬元。\n首頁 新聞 河南\n"


def cpu(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    space = re.compile(r"\s")
    for mb in args.mb:
        text = CHUNK * int(mb * 1_000_000 // len(CHUNK))
        floor = cpu(lambda: space.findall(text), args.runs)
        took = cpu(lambda: clean(text), args.runs)
        print(f"clean {len(text):>9,} chars: {took:6.2f} CPU s (median of {args.runs}); "
              f"floor {floor:.3f} s; ratio {took / floor if floor else float('nan'):.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
