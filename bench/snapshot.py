"""Record and compare a snapshot of `extract` output over every bulletin text in the repo.

    .venv/bin/python -m bench.snapshot record   # write tests/snapshots/extract.jsonl
    .venv/bin/python -m bench.snapshot check    # exit 1 and print what changed, per file

A rework of the parser that should not change its output (issue 9) is checked with
`check`; a deliberate change is reviewed in the printed differences and then recorded.
One JSON line per file, in path order: {"file": repo-relative path, "doc": the extract
record} or {"file": …, "error": reason}. Paths inside the record are made
repo-relative so the snapshot is the same on every machine.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsers import reading  # noqa: E402
from parsers.cli import extract_one  # noqa: E402

SNAPSHOT = REPO / "tests" / "snapshots" / "extract.jsonl"
# Every folder of bulletin texts kept in the repo (folders that do not exist are skipped).
TEXT_DIRS = ("seeds", "tests/holdout", "corpus/realdev/texts", "corpus/realset/texts", "corpus/realblind/texts",
             "corpus/realfour/texts", "corpus/realfive/texts",
             "corpus/realsix/texts", "corpus/realseven/texts", "corpus/realeight/texts",
             "corpus/realnine/texts", "corpus/realten/texts", "corpus/realeleven/texts", "corpus/realtwelve/texts",
             "corpus/realthirteen/texts", "corpus/realfourteen/texts",
             "corpus/realfifteen/texts", "corpus/realsixteen/texts",
             "corpus/realseventeen/texts", "corpus/realeighteen/texts",
             "corpus/realnineteen/texts", "corpus/realtwenty/texts",
             "corpus/realtwentyone/texts", "corpus/realtwentytwo/texts",
             "corpus/realtwentythree/texts", "corpus/realtwentyfour/texts",
             "corpus/realtwentyfive/texts", "corpus/realtwentysix/texts",
             "corpus/realtwentyseven/texts", "corpus/realtwentyeight/texts",
             "corpus/realtwentynine/texts", "corpus/realthirty/texts",
             "corpus/realseventyfive/texts", "corpus/realseventyfour/texts", "corpus/realseventyseven/texts", "corpus/realseventysix/texts", "corpus/realseventyeight/texts", "corpus/realseventynine/texts", "corpus/realeighty/texts", "corpus/realeightyone/texts", "corpus/realeightytwo/texts", "corpus/realeightythree/texts", "corpus/realeightysix/texts", "corpus/realeightyfour/texts", "corpus/realeightyfive/texts", "corpus/realeightyseven/texts", "corpus/realeightyeight/texts", "corpus/realeightynine/texts", "corpus/realninety/texts", "corpus/realninetyone/texts", "corpus/realninetytwo/texts", "corpus/realninetythree/texts", "corpus/realninetyfour/texts", "corpus/realninetyfive/texts", "corpus/realninetysix/texts", "corpus/realninetyseven/texts", "corpus/realninetyeight/texts", "corpus/realninetynine/texts", "corpus/realonehundredone/texts", "corpus/realonehundred/texts", "corpus/realonehundredtwo/texts", "corpus/realonehundredthree/texts", "corpus/realonehundredfour/texts", "corpus/realonehundredfive/texts", "corpus/realonehundredsix/texts", "corpus/realonehundredseven/texts", "corpus/realonehundredeight/texts", "corpus/realonehundrednine/texts", "corpus/realonehundredten/texts", "corpus/realonehundredeleven/texts", "corpus/realthirtytwo/texts", "corpus/realthirtyone/texts", "corpus/realthirtythree/texts", "corpus/realthirtyfour/texts", "corpus/realthirtyfive/texts", "corpus/realthirtysix/texts", "corpus/realthirtyseven/texts", "corpus/realthirtyeight/texts", "corpus/realthirtynine/texts", "corpus/realforty/texts", "corpus/realfortyone/texts", "corpus/realfortythree/texts", "corpus/realfortytwo/texts", "corpus/realfortyfour/texts", "corpus/realfortyfive/texts", "corpus/realfortysix/texts", "corpus/realfortyseven/texts", "corpus/realfortyeight/texts", "corpus/realfortynine/texts", "corpus/realfifty/texts", "corpus/realfiftyone/texts", "corpus/realfiftytwo/texts", "corpus/realfiftythree/texts", "corpus/realfiftyfour/texts", "corpus/realfiftyfive/texts", "corpus/realfiftysix/texts", "corpus/realfiftyseven/texts", "corpus/realfiftyeight/texts", "corpus/realfiftynine/texts", "corpus/realsixty/texts", "corpus/realsixtyone/texts", "corpus/realsixtytwo/texts", "corpus/realsixtythree/texts", "corpus/realsixtyfour/texts", "corpus/realsixtyfive/texts", "corpus/realsixtysix/texts", "corpus/realsixtyseven/texts", "corpus/realsixtyeight/texts", "corpus/realsixtynine/texts", "corpus/realseventy/texts", "corpus/realseventyone/texts", "corpus/realseventytwo/texts", "corpus/realseventythree/texts")
BUDGET_S = 60.0


def text_files(root: Path = REPO, dirs: Iterable[str] = TEXT_DIRS) -> list[Path]:
    """Bulletin files (reader suffixes) directly in each of `dirs`, sorted by path."""
    found: list[Path] = []
    for folder in dirs:
        if (root / folder).is_dir():
            found.extend(reading.iter_input_paths([root / folder]))
    return sorted(found)


def _relative(value: str, root: Path) -> str:
    return Path(value).relative_to(root).as_posix() if value.startswith(str(root)) else value


def snapshot_lines(files: Sequence[Path], root: Path = REPO) -> list[str]:
    """One canonical JSON line per file: the extract record or the error reason."""
    lines = []
    for path in files:
        outcome = extract_one(str(path), BUDGET_S)
        entry: dict = {"file": path.relative_to(root).as_posix()}
        if outcome.json_line is None:
            entry["error"] = outcome.error
        else:
            doc = json.loads(outcome.json_line)
            for key in ("path",):
                if isinstance(doc.get(key), str):
                    doc[key] = _relative(doc[key], root)
            entry["doc"] = doc
        lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    return lines


def differences(recorded: Sequence[str], current: Sequence[str], context: int = 2) -> list[str]:
    """Human-readable differences, file by file ([] when identical)."""
    def by_file(lines: Sequence[str]) -> dict[str, dict]:
        return {entry["file"]: entry for entry in map(json.loads, lines)}

    old, new = by_file(recorded), by_file(current)
    out: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            out.append(f"- {name}: no longer in the repo")
        elif name not in old:
            out.append(f"+ {name}: not in the snapshot")
        elif old[name] != new[name]:
            before = json.dumps(old[name], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
            after = json.dumps(new[name], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
            out.append(f"~ {name}:")
            out.extend("    " + line for line in difflib.unified_diff(
                before, after, "recorded", "now", n=context, lineterm="") if line.strip())
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["record", "check"])
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    args = parser.parse_args(argv)

    files = text_files()
    current = snapshot_lines(files)
    if args.action == "record":
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text("\n".join(current) + "\n", encoding="utf-8")
        print(f"recorded {len(current)} files → {args.snapshot}")
        return 0
    if not args.snapshot.is_file():
        print(f"no snapshot at {args.snapshot}: run `python -m bench.snapshot record` first", file=sys.stderr)
        return 2
    changed = differences(args.snapshot.read_text(encoding="utf-8").splitlines(), current)
    if changed:
        print("\n".join(changed))
        print(f"{sum(1 for line in changed if line[:1] in '~+-')} of {len(files)} files differ", file=sys.stderr)
        return 1
    print(f"unchanged: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
