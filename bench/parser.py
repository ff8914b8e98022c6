"""Parser benchmark (issue 9 item 6): a printed report, CPU seconds against a floor.

    .venv/bin/python bench/parser.py --n 1000            # about 2 minutes on 2 cores
    .venv/bin/python bench/parser.py --n 10000 --skip-extract-2

Corpus: `--n` distinct bulletins generated from the real texts in the repo (seeds/,
tests/holdout, corpus/realdev/texts, corpus/realset/texts). Each copy gets its own numbers
(same digit count), years, months and days, and its city names swapped for other
prefecture-level cities (one consistent swap per copy), so no cache of repeated
sentences can flatter the parser.

Reported, all in one run so the ratios compare like with like on a loaded machine:
- the floor: reading every file (parsers.reading) plus OpenCC t2s over its text — what
  any parser of mixed-script text must do — in CPU seconds;
- `extract` with 1 and 2 jobs: CPU seconds (this process + its workers), docs/s of wall
  time, and the CPU ratio against the floor;
- peak RSS of this process and of the largest worker;
- `build`: cold, no-change rebuild, one file changed, 100 files added (CPU and wall).
It asserts nothing: timings belong here, not in the tests.
"""
from __future__ import annotations

import argparse
import io
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsers import cli, reading  # noqa: E402
from parsers.cache import build_cache  # noqa: E402

TEXT_DIRS = ("seeds", "tests/holdout", "corpus/realdev/texts", "corpus/realset/texts")
_NUMBER_RE = re.compile(r"(?P<year>(?:19|20)\d\d)(?=\s*年)|(?P<md>\d{1,2})(?=\s*[月日])|(?P<n>\d+)")


def base_texts() -> list[tuple[str, str]]:
    """(suffix, decoded text) of every bulletin in the repo that reads cleanly."""
    out = []
    for folder in TEXT_DIRS:
        for path in reading.iter_input_paths([REPO / folder]) if (REPO / folder).is_dir() else []:
            try:
                source = reading.read_source(path)
            except reading.ReadError:
                continue
            raw = path.read_text(encoding=source.encoding if source.encoding != "big5" else "big5hkscs",
                                 errors="replace") if source.kind == "html" else source.text
            out.append((path.suffix.lower(), raw))
    return out


def city_names() -> list[str]:
    """Short names of prefecture-level cities (郑州, 杭州 …) from cpca's bundled table."""
    import cpca
    import pandas as pd

    table = pd.read_csv(Path(cpca.__file__).parent / "resources" / "adcodes.csv", dtype={"adcode": str})
    cities = table[table["adcode"].str[4:] == "00000000"]["name"]
    return sorted({n[:-1] for n in cities if n.endswith("市") and len(n) == 3})


def vary(text: str, rng: random.Random, cities: list[str]) -> str:
    """New numbers, dates and city names; the shape of every sentence stays."""
    def number(m: re.Match) -> str:
        if m.group("year"):
            return str(rng.randint(2016, 2025))
        if m.group("md"):
            value = int(m.group("md"))
            return str(rng.randint(1, 12 if value <= 12 else 28))
        digits = m.group("n")
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    text = _NUMBER_RE.sub(number, text)
    present = [c for c in cities if c in text]
    if present:
        swap = dict(zip(present, rng.sample(cities, len(present))))
        text = re.sub("|".join(map(re.escape, sorted(present, key=len, reverse=True))),
                      lambda m: swap[m.group()], text)
    return text


def make_corpus(folder: Path, n: int, seed: int = 9, start: int = 0) -> list[Path]:
    rng = random.Random(seed + start)
    bases, cities = base_texts(), city_names()
    paths = []
    for i in range(start, start + n):
        suffix, text = bases[i % len(bases)]
        path = folder / f"{i:06d}{suffix}"
        path.write_text(vary(text, rng, cities) + f"\n（编号{i}）\n", encoding="utf-8")
        paths.append(path)
    return paths


def cpu_seconds() -> float:
    """CPU of this process plus its reaped children (workers count once they have exited)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure(action: Callable[[], object]) -> tuple[float, float, object]:
    """(CPU seconds, wall seconds, result)."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = action()
    return cpu_seconds() - cpu, time.perf_counter() - wall, result


def floor(paths: list[Path]) -> int:
    from opencc import OpenCC

    convert = OpenCC("t2s").convert
    total = 0
    for path in paths:
        total += len(convert(reading.read_source(path).text))
    return total


def extract(folder: Path, jobs: int) -> tuple[int, int]:
    out, err = io.StringIO(), io.StringIO()
    cli.run_extract([str(folder)], jobs, out, err)
    return out.getvalue().count("\n"), err.getvalue().count("error: ")


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="bulletins to generate (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel runs and builds")
    parser.add_argument("--skip-extract-2", action="store_true", help="no `extract --jobs 2` run")
    parser.add_argument("--builds-only", action="store_true", help="only the `build` rows")
    args = parser.parse_args(argv)

    rows: list[tuple[str, str, str]] = []

    def row(name: str, value: str, detail: str = "") -> None:
        rows.append((name, value, detail))
        print(f"  {name:<34} {value:>12}  {detail}", flush=True)

    print(f"parser benchmark: {args.n} generated bulletins, jobs {args.jobs}", flush=True)
    with tempfile.TemporaryDirectory(prefix="fraud-parser-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        cpu, wall, paths = measure(lambda: make_corpus(corpus, args.n))
        size = sum(p.stat().st_size for p in paths)
        row("corpus", f"{len(paths)} files", f"{size / 1e6:.1f} MB, generated in {wall:.1f} s")

        # Load the tokenizer and gazetteer once first: forked workers inherit them, so
        # without this the 1-job row alone would pay the start-up.
        cli.extract_one(str(paths[0]))
        floor_cpu, _, chars = measure(lambda: floor(paths))
        row("floor: read + OpenCC t2s", f"{floor_cpu:.2f} s CPU",
            f"{1000 * floor_cpu / len(paths):.2f} ms/doc, {chars / 1e6:.1f} M chars")

        extract_jobs = [] if args.builds_only else [1] if args.skip_extract_2 else [1, args.jobs]
        for jobs in extract_jobs:
            cpu, wall, (docs, errors) = measure(lambda: extract(corpus, jobs))
            row(f"extract --jobs {jobs}", f"{cpu:.2f} s CPU",
                f"{docs / wall:.1f} docs/s wall, {1000 * cpu / max(docs, 1):.2f} ms CPU/doc, "
                f"{cpu / floor_cpu:.1f}× floor; {docs} ok, {errors} errors")

        cache_dir = Path(tmp) / "cache"
        cpu, wall, report = measure(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
        row(f"build cold --jobs {args.jobs}", f"{cpu:.2f} s CPU", f"{wall:.2f} s wall; {report.summary()}")
        nochange_cpu, wall, report = measure(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
        row("build no change", f"{nochange_cpu:.2f} s CPU", f"{wall:.2f} s wall; {report.summary()}")

        victim = paths[len(paths) // 2]
        victim.write_text(victim.read_text(encoding="utf-8") + "\n（更正）\n", encoding="utf-8")
        cpu, wall, report = measure(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
        row("build one file changed", f"{cpu:.2f} s CPU",
            f"{wall:.2f} s wall, {cpu / nochange_cpu:.1f}× no change; {report.summary()}")

        make_corpus(corpus, 100, start=args.n)
        cpu, wall, report = measure(lambda: build_cache([corpus], cache_dir, jobs=args.jobs))
        row("build 100 files added", f"{cpu:.2f} s CPU",
            f"{wall:.2f} s wall, {cpu / nochange_cpu:.1f}× no change; {report.summary()}")

    row("peak RSS, this process", f"{rss_mb(resource.RUSAGE_SELF):.0f} MB")
    row("peak RSS, largest worker", f"{rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
