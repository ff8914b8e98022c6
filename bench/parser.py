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
- `build`: cold, no-change rebuild, one file changed, 100 files added (CPU and wall);
- for each of those, peak RSS of the main process and of its largest worker. Every
  measured command runs as `python -m parsers …` in a fresh process, so its CPU and
  memory are its own (start-up — loading the tokenizer and gazetteer — included).
It asserts nothing: timings belong here, not in the tests.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsers import reading  # noqa: E402

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


_STEP = """
import json, os, resource, sys
sys.path.insert(0, {repo!r})
from parsers.cli import main
# extract's JSON goes to /dev/null: held in memory it would count as the parser's RSS
with open(os.devnull, "w") as sink:
    status = main({argv!r}, out=sink, err=sink) if {quiet!r} else main({argv!r})
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"status": status, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "rss_main": me.ru_maxrss / 1024, "rss_worker": kids.ru_maxrss / 1024}}), file=sys.stderr)
"""


def run_step(argv: list[str]) -> dict:
    """Run `python -m parsers ARGV` in a fresh process: its CPU seconds (with workers),
    wall seconds, peak RSS of the main process and of its largest worker, and stdout."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _STEP.format(repo=str(REPO), argv=argv, quiet=argv[0] == "extract")],
                          capture_output=True, text=True, check=False)
    result = json.loads(proc.stderr.strip().splitlines()[-1])
    result.update(wall=time.perf_counter() - started, stdout=proc.stdout.strip())
    return result


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

        floor_cpu, _, chars = measure(lambda: floor(paths))
        row("floor: read + OpenCC t2s", f"{floor_cpu:.2f} s CPU",
            f"{1000 * floor_cpu / len(paths):.2f} ms/doc, {chars / 1e6:.1f} M chars")

        extract_jobs = [] if args.builds_only else [1] if args.skip_extract_2 else [1, args.jobs]
        for jobs in extract_jobs:
            step = run_step(["extract", str(corpus), "--jobs", str(jobs)])
            docs = len(paths)
            row(f"extract --jobs {jobs}", f"{step['cpu']:.2f} s CPU",
                f"{docs / step['wall']:.1f} docs/s wall, {1000 * step['cpu'] / docs:.2f} ms CPU/doc, "
                f"{step['cpu'] / floor_cpu:.1f}× floor; RSS main {step['rss_main']:.0f} MB, "
                f"worker {step['rss_worker']:.0f} MB")

        cache_dir = Path(tmp) / "cache"
        build = ["build", str(corpus), "--cache", str(cache_dir), "--jobs", str(args.jobs)]

        def build_row(name: str, baseline: float | None = None) -> float:
            step = run_step(build)
            ratio = f", {step['cpu'] / baseline:.1f}× no change" if baseline else ""
            row(name, f"{step['cpu']:.2f} s CPU",
                f"{step['wall']:.2f} s wall{ratio}; RSS main {step['rss_main']:.0f} MB, "
                f"worker {step['rss_worker']:.0f} MB; {step['stdout'].split(' (cache')[0]}")
            return step["cpu"]

        build_row(f"build cold --jobs {args.jobs}")
        nochange = build_row("build no change")
        victim = paths[len(paths) // 2]
        victim.write_text(victim.read_text(encoding="utf-8") + "\n（更正）\n", encoding="utf-8")
        build_row("build one file changed", nochange)
        make_corpus(corpus, 100, start=args.n)
        build_row("build 100 files added", nochange)

    return 0


if __name__ == "__main__":
    sys.exit(main())
