"""Regression check of `extract` over every bulletin text in the repo (issue 9, "Done when").

The snapshot (tests/snapshots/extract.jsonl) is recorded with
`python -m bench.snapshot record` once the parser's output is meant to be what it is; this
test then fails, listing the differences file by file, whenever a change alters it. The
tool itself is tested on a small folder, so it is known to catch a change.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import snapshot

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for seed in sorted((REPO / "seeds").glob("*.txt"))[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "bad.txt").write_bytes(b"")
    return tmp_path


def test_snapshot_lines_are_canonical_and_repo_relative(corpus):
    files = snapshot.text_files(corpus, ["texts"])
    lines = snapshot.snapshot_lines(files, root=corpus)

    entries = [json.loads(line) for line in lines]
    assert [e["file"] for e in entries] == [f"texts/{p.name}" for p in files]
    assert entries[-1]["error"].startswith("empty")  # bad.txt sorts after the seeds
    assert all(e["doc"]["path"].startswith("texts/") for e in entries[:-1])
    assert snapshot.snapshot_lines(files, root=corpus) == lines  # deterministic


def test_a_changed_text_shows_up_as_a_difference(corpus):
    files = snapshot.text_files(corpus, ["texts"])
    recorded = snapshot.snapshot_lines(files, root=corpus)
    target = files[0]
    text = target.read_text(encoding="utf-8")
    first_number = next(ch for ch in text if ch.isdigit())
    target.write_text(text.replace(first_number, "9" if first_number != "9" else "8", 1), encoding="utf-8")

    changed = snapshot.differences(recorded, snapshot.snapshot_lines(files, root=corpus))

    assert snapshot.differences(recorded, recorded) == []
    assert changed[0] == f"~ texts/{target.name}:"
    assert any(line.strip().startswith(("-", "+")) for line in changed[1:])


def test_extract_output_matches_the_recorded_snapshot():
    if not snapshot.SNAPSHOT.is_file():
        pytest.skip("no snapshot recorded yet: run `python -m bench.snapshot record`")
    recorded = snapshot.SNAPSHOT.read_text(encoding="utf-8").splitlines()

    changed = snapshot.differences(recorded, snapshot.snapshot_lines(snapshot.text_files()))

    assert not changed, "extract output changed:\n" + "\n".join(changed[:200])
