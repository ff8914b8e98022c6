"""Issue 9 item 2: linear on any input.

Text without punctuation used to reach the fact layer as one "sentence" as long as the
file, and sentence rules cost time quadratic in a sentence's length. Two guards, tested by
counting work and by a generous CPU budget (never a tight timing):

- sentences are capped (parsers.units.MAX_SENTENCE_CHARS), so the quadratic part of the
  work, the sum of squared sentence lengths, grows linearly with the text;
- every document has a CPU budget: a file past it is one error line and the others go on.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from parsers.cleaning import clean
from parsers.units import MAX_SENTENCE_CHARS, split_sentences, split_units

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def unpunctuated(n_bytes: int) -> str:
    """The seeds with every punctuation mark, space and newline removed, repeated to size."""
    text = "".join(clean(p.read_text(encoding="utf-8")).text for p in sorted(SEEDS.glob("*.txt")))
    text = re.sub(r"[^\u4e00-\u9fff0-9]", "", text)
    text = text * (n_bytes // len(text.encode()) + 1)
    return text.encode()[:n_bytes].decode("utf-8", "ignore")


def sentence_work(text: str) -> tuple[int, int]:
    """(characters in sentences, sum of squared sentence lengths) over the whole text."""
    chars = squares = 0
    for unit in split_units(text):
        for sentence in split_sentences(text, unit):
            chars += len(sentence.text)
            squares += len(sentence.text) ** 2
    return chars, squares


@pytest.mark.parametrize("n_bytes", [16 * 1024, 1024 * 1024])
def test_unpunctuated_text_is_cut_into_capped_sentences_that_cover_it(n_bytes):
    text = unpunctuated(n_bytes)

    chars, squares = sentence_work(text)

    assert chars == len(text)  # nothing lost, nothing repeated
    assert squares <= MAX_SENTENCE_CHARS * chars  # ⇔ quadratic work linear in the text


def test_sentence_work_grows_linearly_from_16_kb_to_1_mb():
    small, large = unpunctuated(16 * 1024), unpunctuated(1024 * 1024)

    (small_chars, small_work), (large_chars, large_work) = sentence_work(small), sentence_work(large)

    growth = large_chars / small_chars  # ≈ 64
    assert large_work <= 1.1 * growth * small_work


def test_the_cap_cuts_after_a_clause_mark_when_there_is_one():
    text = "，".join(["甲" * 150] * 8) + "。"
    pieces = [s.text for u in split_units(text) for s in split_sentences(text, u)]
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p.endswith("，") for p in pieces[:-1])
    assert "".join(pieces) == text


def test_sentences_of_real_length_are_not_cut():
    text = "，".join(["乙" * 50] * 7) + "。丙。"  # a 356-character sentence, then another
    pieces = [s.text for u in split_units(text) for s in split_sentences(text, u)]
    assert pieces == [text[:-2], "丙。"]


def test_pathological_files_are_parsed_or_refused_within_a_budget_and_the_rest_go_on(tmp_path):
    """16 KB and 1 MB without punctuation, 1 MB of 十 and of digits: each is parsed or
    refused with one error line within 10 CPU seconds; the good bulletin is parsed."""
    files = {
        "a_unpunctuated_16k.txt": unpunctuated(16 * 1024),
        "b_unpunctuated_1m.txt": unpunctuated(1024 * 1024),
        "c_shi_run.txt": "2023年全市破获案件" + "十" * 300_000 + "起",
        "d_digit_run.txt": "2023年全市破获案件" + "7" * 1_000_000 + "起",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    good = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / "z_good.txt").write_bytes(good.read_bytes())

    proc = subprocess.run(
        [sys.executable, "-m", "parsers", "extract", str(tmp_path), "--budget", "10"],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )

    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    parsed = {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()}
    refused = {line.split(": ")[1] for line in proc.stderr.splitlines()}
    assert all(line.endswith("over the time budget (10 s CPU); skipped")
               for line in proc.stderr.splitlines())
    assert "z_good" in parsed
    for name in files:  # each exactly once: parsed or refused
        assert (Path(name).stem in parsed) != (str(tmp_path / name) in refused)
