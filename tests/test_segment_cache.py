"""The tokenizer's state cache (parsers.segment): read back exactly what was built, keyed
by what the dictionary is made from, written atomically, and healed when damaged.

Each run is a fresh process with its own XDG_CACHE_HOME, so this test never touches the
user's cache nor the state of the tokenizer the other tests use."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from parsers import segment

REPO = Path(__file__).resolve().parents[1]

_RUN = """
import hashlib, json, sys
sys.path.insert(0, {repo!r})
from parsers import segment
from parsers.gazetteer import load_gazetteer
load_gazetteer()
key = segment._state_key(segment._pending)
path = segment._state_path(segment._cache_folder(), key)
cached = segment._load_state(path, key) is not None
tokens = segment.tokenize("湖北荆州、石首两级公安机关成立专案组，合作市场前景，郑州市民肖某报警")
tokenizer = segment._get_tokenizer()
freq = hashlib.sha256(repr(sorted(tokenizer.FREQ.items())).encode()).hexdigest()
print(json.dumps({{"path": str(path), "key": key, "cached": cached, "tokens": tokens, "total": tokenizer.total,
                  "freq": freq}}))
"""


def _run(cache_home: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("PYTHONHASHSEED", None)  # each process its own hash order, as in production
    proc = subprocess.run([sys.executable, "-c", _RUN.format(repo=str(REPO))], env=env,
                          capture_output=True, text=True, check=True, timeout=300)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(b"\x00not a marshal file" + data[:100])
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "other key":
        _, _, freq, total = marshal.loads(data)
        path.write_bytes(marshal.dumps((segment.STATE_FORMAT, "0" * 64, freq, total)))
    else:
        path.write_bytes(b"")


def test_a_damaged_state_file_is_rebuilt_and_rewritten(tmp_path: Path) -> None:
    built = _run(tmp_path)
    assert not built["cached"]
    path = Path(built["path"])
    assert path.is_file() and path.parent == tmp_path / "fraud_dashboard"
    same = (built["tokens"], built["total"], built["freq"])

    again = _run(tmp_path)  # another process reads the same dictionary back
    assert again["cached"] and (again["tokens"], again["total"], again["freq"]) == same

    for how in ("garbage", "truncated", "other key", "empty"):
        _damage(path, how)
        healed = _run(tmp_path)
        assert not healed["cached"], how  # not trusted: built again …
        assert (healed["tokens"], healed["total"], healed["freq"]) == same, how
        assert segment._load_state(path, built["key"]) is not None, how  # … and rewritten
    assert not list(path.parent.glob(".tokenizer-*.tmp"))  # no temp file left behind


def test_load_state_rejects_what_it_cannot_trust(tmp_path: Path) -> None:
    segment._save_state(tmp_path, "k" * 64, {"甲": 3, "甲乙": 0}, 3)
    path = segment._state_path(tmp_path, "k" * 64)
    assert segment._load_state(path, "k" * 64) == ({"甲": 3, "甲乙": 0}, 3)
    assert segment._load_state(path, "j" * 64) is None  # another key
    assert segment._load_state(tmp_path / "missing.marshal", "k" * 64) is None
    path.write_bytes(marshal.dumps(["not", "a", "state"]))
    assert segment._load_state(path, "k" * 64) is None
    path.write_bytes(marshal.dumps((segment.STATE_FORMAT + 1, "k" * 64, {}, 3)))
    assert segment._load_state(path, "k" * 64) is None  # another format


def test_the_key_follows_every_input() -> None:
    base = segment._state_key([])
    assert segment._state_key([("甲乙",)]) != base
    assert segment._state_key([("甲乙", "丙丁")]) != segment._state_key([("丙丁", "甲乙")])  # order matters
    assert segment._state_key([("甲", "乙")]) != segment._state_key([("甲",), ("乙",)])
    assert segment._state_key([("甲乙",)]) == segment._state_key([("甲乙",)])


def test_block_patterns_are_jiebas() -> None:
    """segment cuts blocks with copies of jieba's patterns (so a cached run need not import
    jieba); they must stay jieba's own."""
    import jieba

    for ours, theirs in ((segment._RE_HAN, jieba.re_han_default), (segment._RE_SKIP, jieba.re_skip_default),
                         (segment._RE_ENG, jieba.re_eng)):
        assert (ours.pattern, ours.flags) == (theirs.pattern, theirs.flags)


def test_eng_chars_are_what_re_eng_matches() -> None:
    assert segment._ENG_CHARS == {chr(c) for c in range(0x110000) if segment._RE_ENG.match(chr(c))}
