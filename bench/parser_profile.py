"""Per-document CPU of the parser against the floor, and where it goes (issue 9 item 1).

    .venv/bin/python -m bench.parser_profile --n 300            # ms/doc and ratio
    .venv/bin/python -m bench.parser_profile --n 300 --profile  # plus a cProfile table

Generates `--n` distinct bulletins with bench.parser.make_corpus (numbers, dates and city
names varied, so caches of repeated sentences do not flatter the parser), then measures in
this one process, with time.process_time:
- the floor: parsers.reading.read_source plus OpenCC t2s over each file;
- the parse: read_source + pipeline.parse_source + Document.to_json + json.dumps for
  each file (what `extract` does per file), after one warm-up document so the one-off
  start-up (tokenizer and gazetteer loading) is reported apart;
- both `--rounds` times, alternating, best of each (the machine is shared); `--cold` clears
  the per-sentence memos before each document, so no document profits from another.
It asserts nothing: timings belong here, not in the tests.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.parser import floor, make_corpus  # noqa: E402


def clear_sentence_caches() -> None:
    """Forget every memo keyed by sentence text, so no document reuses another's work (the
    generated corpus repeats the sentences of its ~100 base texts that hold no figure)."""
    from parsers import campaigns, gazetteer, lexicon, meta, numbers, periods, regions, segment

    memos = ((segment, "_tokenize_cached"), (regions, "_find_forces_cached"), (regions, "_generic_candidates"),
             (regions, "_names_context_free"), (regions, "_settled_named_forces"),
             (campaigns, "_campaign_mentions"), (periods, "_find_periods"), (numbers, "_smart_value"),
             (lexicon, "object_class"), (lexicon, "split_verb_object"), (meta, "dateline_date"))
    for module, name in memos:  # getattr: the script also measures older parser versions
        clear = getattr(getattr(module, name, None), "cache_clear", None)
        if clear is not None:
            clear()
    for memo in (getattr(gazetteer.load_gazetteer(), "_raw_memo", None), getattr(segment, "_BLOCK_WORDS", None)):
        if memo is not None:
            memo.clear()


def parse_all(paths: list[Path], cold: bool = False) -> int:
    from parsers import pipeline, reading

    total = 0
    for path in paths:
        if cold:
            clear_sentence_caches()
        document = pipeline.parse_source(reading.read_source(path))
        total += len(json.dumps(document.to_json(), ensure_ascii=False))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--profile", action="store_true", help="print a cProfile table")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3,
                        help="floor and parse measured this many times, alternating; the best of each is reported")
    parser.add_argument("--cold", action="store_true", help="clear the sentence memos before every document")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fraud-parser-profile-") as tmp:
        paths = make_corpus(Path(tmp), args.n, seed=args.seed)
        start = time.process_time()
        parse_all(paths[:1])
        startup_s = time.process_time() - start
        floors, parses = [], []
        profiler = cProfile.Profile() if args.profile else None
        for _ in range(1 if profiler else args.rounds):
            clear_sentence_caches()  # each round starts as the first did
            start = time.process_time()
            floor(paths)
            floors.append(time.process_time() - start)
            start = time.process_time()
            if profiler:
                profiler.enable()
            parse_all(paths, cold=args.cold)
            if profiler:
                profiler.disable()
            parses.append(time.process_time() - start)
    n = len(paths)
    floor_s, parse_s = min(floors), min(parses)
    print(f"{n} docs{' (cold memos)' if args.cold else ''}: floor {1000 * floor_s / n:.3f} ms/doc, "
          f"parse {1000 * parse_s / n:.2f} ms/doc, ratio {parse_s / floor_s:.1f}x floor "
          f"(best of {len(parses)}); start-up (first doc) {startup_s:.2f} s")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
