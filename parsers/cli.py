"""Command line: `extract` prints JSONL records, `build` refreshes the dashboard's cache.

stdout carries only data (one JSON document per line, in input order); every message goes
to stderr as one line per file ("error: <path>: <reason>", "note: <path>: <notice>"), so
`python -m parsers extract … > out.jsonl` is always a clean file. Exit status: 0 if at
least one document was parsed, 1 if none, 2 for usage errors.

Each document has a CPU-time budget (`--budget`, parsers.limits): past it, one error line
names the file and the other files go on. `build --scheduler tcp://HOST:8786` maps the
parse over a Dask cluster (optional dependency, requirements-dask.txt) instead of local
worker processes.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from parsers import limits, reading
from parsers.limits import DEFAULT_DOC_BUDGET_S  # not parsers.cache: pandas is for `build` only


@dataclass
class FileOutcome:
    path: str
    json_line: str | None = None  # the document, serialised in the worker (cheap to pickle)
    note: str | None = None
    error: str | None = None  # the reason, without the path


def extract_one(path: str, budget: float | None = DEFAULT_DOC_BUDGET_S) -> FileOutcome:
    """Read and parse one file within `budget` CPU seconds; never raises, and never
    writes to stdout."""
    from parsers import pipeline

    outcome = FileOutcome(path)
    try:
        # A stray print() deep in a parser must not corrupt the JSONL stream.
        with contextlib.redirect_stdout(sys.stderr), limits.cpu_budget(budget):
            source = reading.read_source(path)
            outcome.note = source.notice
            document = pipeline.parse_source(source)
        outcome.json_line = json.dumps(document.to_json(), ensure_ascii=False)
    except reading.ReadError as exc:
        outcome.error = exc.reason
    except limits.OverBudget as exc:
        outcome.error = str(exc)
    except Exception as exc:  # noqa: BLE001 — one broken file must not stop the others
        outcome.error = f"internal error: {type(exc).__name__}: {exc}"
    return outcome


def _expand(paths: Sequence[str], err: TextIO) -> list[str]:
    """Folders become their bulletin files; a missing path stays, so it is reported in order."""
    files: list[str] = []
    for raw in paths:
        found = reading.iter_input_paths([raw])
        if not found and Path(raw).is_dir():
            kinds = ", ".join(reading.SUPPORTED_SUFFIXES)
            print(f"note: {raw}: no bulletin files ({kinds}) in this folder", file=err)
        files.extend(str(p) for p in found)
    return files


# Young-generation threshold of the garbage collector while a batch is parsed (Python's
# default is 700): see _parsing_batch.
BATCH_GC_THRESHOLD = 20_000


@contextlib.contextmanager
def _parsing_batch() -> Iterator[None]:
    """Set this process up to parse many documents: load the tokenizer's dictionary and the
    gazetteer, move every object then alive (those, the lexicon, the compiled rules) into
    the collector's permanent generation (gc.freeze), and collect the young generation
    every 20,000 container allocations instead of every 700.

    A parse allocates many short-lived tuples and records and makes few reference cycles;
    with the defaults the collector ran ~380 times in 1,000 bulletins and its full
    collections walked the long-lived tables each time (0.235 s CPU, ~4% of the run; 0.105 s
    this way, same peak RSS). Workers forked inside the block inherit both, and frozen
    objects are not written to by their collections (copy-on-write pages stay shared).
    Restored on exit (the frozen generation only when it was empty before)."""
    from parsers import pipeline, segment

    pipeline.load_gazetteer()
    segment.load_dictionary()
    threshold, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(BATCH_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen_before:  # (unfreeze() would also thaw what a caller froze before us)
            gc.unfreeze()


def _outcomes(files: list[str], jobs: int, budget: float | None) -> Iterator[FileOutcome]:
    budgets = [budget] * len(files)
    if not files:
        return
    if jobs <= 1 or len(files) <= 1:
        with _parsing_batch():
            yield from map(extract_one, files, budgets)
        return
    from parsers import pipeline

    pipeline.warm_up_before_fork()
    with _parsing_batch(), ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        yield from pool.map(extract_one, files, budgets, chunksize=max(1, len(files) // (jobs * 8)))


def run_extract(paths: Sequence[str], jobs: int, out: TextIO, err: TextIO,
                budget: float | None = DEFAULT_DOC_BUDGET_S) -> int:
    parsed = 0
    for outcome in _outcomes(_expand(paths, err), jobs, budget):
        if outcome.note:
            print(f"note: {outcome.path}: {outcome.note}", file=err)
        if outcome.error is not None:
            print(f"error: {outcome.path}: {outcome.error}", file=err)
            continue
        out.write(outcome.json_line + "\n")
        parsed += 1
    out.flush()
    if parsed == 0:
        print("error: no document could be parsed", file=err)
    return 0 if parsed else 1


@contextlib.contextmanager
def _executor(scheduler: str | None) -> Iterator[object | None]:
    """None for the local process pool, else a Dask cluster's concurrent.futures executor."""
    if not scheduler:
        yield None
        return
    from distributed import Client

    with Client(scheduler) as client:
        # pure=False: a changed file under an unchanged path must be parsed again
        yield client.get_executor(pure=False)


def run_build(inputs: Sequence[str], cache_dir: str, jobs: int, out: TextIO, err: TextIO,
              budget: float | None = DEFAULT_DOC_BUDGET_S, scheduler: str | None = None) -> int:
    from parsers.cache import CacheDamaged, build_cache, document_count

    if scheduler and importlib.util.find_spec("distributed") is None:
        print("error: --scheduler needs dask.distributed: pip install -r requirements-dask.txt", file=err)
        return 2
    try:
        with _executor(scheduler) as executor:
            report = build_cache(inputs, cache_dir, jobs=jobs, executor=executor, budget=budget)
    except OSError as exc:
        if not scheduler:
            raise
        print(f"error: {scheduler}: cannot use the Dask scheduler ({exc})", file=err)
        return 1
    if report.damaged:
        print(f"error: {cache_dir}: {report.damaged}", file=err)
    for path, reason in report.errors:
        print(f"error: {path}: {reason}", file=err)
    for path, first in report.duplicates:
        print(f"note: {path}: same content as {first}, skipped", file=err)
    print(f"{report.summary()} (cache: {cache_dir})", file=out)
    try:
        documents = document_count(cache_dir)  # the footer only: loading the tables costs memory
    except CacheDamaged as exc:  # damaged again between the build and now (disk trouble)
        print(f"error: {cache_dir}: {exc.detail}", file=err)
        return 1
    return 0 if documents or not report.errors else 1


def _budget(text: str) -> float | None:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0 (0 = no budget)")
    return value or None


def _jobs(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0 (0 = one per CPU)")
    return value or os.cpu_count() or 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m parsers", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print one JSON record per bulletin")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.html file or folder")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")
    extract.add_argument("--jobs", type=_jobs, default=1, help="worker processes (0 = per CPU)")
    extract.add_argument("--budget", type=_budget, default=DEFAULT_DOC_BUDGET_S, metavar="SECONDS",
                         help=f"CPU seconds per document (default {DEFAULT_DOC_BUDGET_S:g}, 0 = none)")

    build = commands.add_parser("build", help="build or update the Parquet cache")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder of bulletins")
    build.add_argument("--cache", default=os.environ.get("FRAUD_CACHE_DIR", "cache"))
    build.add_argument("--jobs", type=_jobs, default=1, help="worker processes (0 = per CPU)")
    build.add_argument("--budget", type=_budget, default=DEFAULT_DOC_BUDGET_S, metavar="SECONDS",
                       help=f"CPU seconds per document (default {DEFAULT_DOC_BUDGET_S:g}, 0 = none)")
    build.add_argument("--scheduler", metavar="tcp://HOST:8786", default=None,
                       help="parse on this Dask cluster (needs requirements-dask.txt)")
    evaluate = commands.add_parser("evaluate", help="score against a gold file, errors by kind")
    evaluate.add_argument("gold", metavar="GOLD.json")
    evaluate.add_argument("texts", metavar="TEXTS_DIR")
    evaluate.add_argument("--verbose", action="store_true", help="one line per error")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage message
        return int(exc.code or 0)
    try:
        if args.command == "extract":
            return run_extract(args.paths, args.jobs, out, err, args.budget)
        if args.command == "evaluate":
            from parsers.evaluate import main as evaluate_main
            return evaluate_main([args.gold, args.texts] + (["--verbose"] if args.verbose else []))
        return run_build(args.inputs, args.cache, args.jobs, out, err, args.budget, args.scheduler)
    except BrokenPipeError:  # e.g. `… | head`: the reader left, which is not our failure
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — silence the flush at exit
        return 0
    except KeyboardInterrupt:
        return 130
