"""The gazetteer's cache (parsers.gazetteer via parsers.localcache): the same gazetteer
whether built or read back, rebuilt and rewritten when the file is damaged, and never read
from a folder someone else could write to."""
from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from parsers import gazetteer, localcache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / localcache.SUBFOLDER


def _same(a: gazetteer.Gazetteer, b: gazetteer.Gazetteer) -> None:
    assert a._places == b._places
    assert dict(a._names) == dict(b._names)  # same candidates, in the same rank order
    assert dict(a._children) == dict(b._children)
    assert (a._prefixes, a._openings, a._short_name) == (b._prefixes, b._openings, b._short_name)
    text = "兰州市公安局城关分局联合合作市警方，在东方今报报道的石首两级公安机关"
    assert a.find_mentions(text) == b.find_mentions(text)


def _state(path: Path) -> str:
    """'valid' when the file holds this code's gazetteer for this key."""
    return "valid" if gazetteer._load_cached(path, gazetteer._source_key()) is not None else "not"


def test_built_and_cached_gazetteers_are_the_same(cache_home: Path) -> None:
    built = gazetteer._load_or_build()
    path = gazetteer._cache_path(cache_home, gazetteer._source_key())
    assert _state(path) == "valid"
    built.find_mentions("兰州市公安局")  # fills the per-process memo …
    gazetteer.localcache.write(path, pickle.dumps((gazetteer.GAZETTEER_FORMAT, gazetteer._source_key(), built)))
    cached = gazetteer._load_or_build()
    assert cached is not built
    assert cached._raw_memo == {}  # … which is not stored
    _same(cached, built)
    _same(cached, gazetteer._build())


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other key", "not a gazetteer", "empty"])
def test_a_damaged_gazetteer_file_is_rebuilt_and_rewritten(cache_home: Path, damage: str) -> None:
    reference = gazetteer._load_or_build()
    key = gazetteer._source_key()
    path = gazetteer._cache_path(cache_home, key)
    data = path.read_bytes()
    path.write_bytes({
        "garbage": b"\x80\x05not a pickle at all",
        "truncated": data[: len(data) // 3],
        "other key": pickle.dumps((gazetteer.GAZETTEER_FORMAT, "0" * 64, reference)),
        "not a gazetteer": pickle.dumps((gazetteer.GAZETTEER_FORMAT, key, {"a": 1})),
        "empty": b"",
    }[damage])
    assert _state(path) == "not"
    healed = gazetteer._load_or_build()
    _same(healed, reference)
    assert _state(path) == "valid"  # rewritten whole
    assert not list(cache_home.glob(".gazetteer-*.tmp"))


def test_a_folder_others_can_write_is_not_used(cache_home: Path) -> None:
    assert localcache.folder() == cache_home
    os.chmod(cache_home, 0o777)
    try:
        assert localcache.folder() is None
        gazetteer._load_or_build()  # still works, without a cache
        assert not list(cache_home.glob("gazetteer-*"))
    finally:
        os.chmod(cache_home, 0o700)
    assert localcache.folder() == cache_home


def test_the_key_follows_the_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    key = gazetteer._source_key()
    monkeypatch.setattr(gazetteer, "GAZETTEER_FORMAT", gazetteer.GAZETTEER_FORMAT + 1)
    assert gazetteer._source_key() != key
