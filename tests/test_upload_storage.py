"""Storing an upload (dashboard.uploads.add_bulletin): saved once under data/bulletins,
folded into the cache incrementally, duplicates and unreadable bytes refused.

Uses the fake parser and fixtures of tests/test_cache.py, so expected rows are exact.
"""
from __future__ import annotations

import pytest

from dashboard.uploads import _stored_name, add_bulletin
from parsers.cache import build_cache, cache_key, load_tables, read_manifest
from tests.test_cache import cache_dir, facts_by_doc, fake_parse, seeds  # noqa: F401 — fixtures


class TestAddBulletin:
    UPLOAD = "温州警方通报\ncases_solved 42\n".encode()

    def test_added_then_duplicate(self, seeds, cache_dir, tmp_path):
        build_cache([seeds], cache_dir, parse=fake_parse)
        data_dir = tmp_path / "data"

        added = add_bulletin(self.UPLOAD, "温州 通报(1).txt", data_dir, cache_dir, parse=fake_parse)
        again = add_bulletin(self.UPLOAD, "another-name.txt", data_dir, cache_dir, parse=fake_parse)

        assert added.status == "added"
        saved = list((data_dir / "bulletins").iterdir())
        assert [p.name for p in saved] == [f"{added.doc_id}.txt"]
        assert added.doc_id.endswith("_温州_通报_1") and "/" not in added.doc_id
        assert facts_by_doc(cache_dir)[added.doc_id] == [42.0]
        assert again.status == "duplicate" and again.doc_id == added.doc_id
        assert len(list((data_dir / "bulletins").iterdir())) == 1
        # seeds are still in the dataset: the build ran over seeds + uploads
        assert len(load_tables(cache_dir)[0]) == 4

    def test_upload_identical_to_a_seed_is_a_duplicate(self, seeds, cache_dir, tmp_path):
        build_cache([seeds], cache_dir, parse=fake_parse)

        result = add_bulletin((seeds / "002_sz.txt").read_bytes(), "x.txt", tmp_path / "data",
                              cache_dir, parse=fake_parse)

        assert (result.status, result.doc_id) == ("duplicate", "002_sz")
        assert not (tmp_path / "data" / "bulletins").exists()

    @pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 10])
    def test_unreadable_upload_is_an_error_and_nothing_is_saved(self, seeds, cache_dir, tmp_path, data):
        build_cache([seeds], cache_dir, parse=fake_parse)
        key = cache_key(cache_dir)

        result = add_bulletin(data, "bad.txt", tmp_path / "data", cache_dir, parse=fake_parse)

        assert result.status == "error" and result.doc_id is None and result.message
        assert not (tmp_path / "data" / "bulletins").exists()
        assert cache_key(cache_dir) == key

    def test_upload_the_parser_rejects_is_removed_again(self, seeds, cache_dir, tmp_path):
        build_cache([seeds], cache_dir, parse=fake_parse)

        result = add_bulletin(b"BROKEN but decodable\n", "b.txt", tmp_path / "data", cache_dir,
                              parse=fake_parse)

        assert result.status == "error" and "binary" in result.message
        assert list((tmp_path / "data" / "bulletins").iterdir()) == []
        assert read_manifest(cache_dir)["errors"] == {}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("温州 通报(1).txt", "温州_通报_1"),
        ("../../etc/passwd", "passwd"),
        ("...", "bulletin"),
        ("报告.HTML", "报告"),
        ("a" * 80 + ".txt", "a" * 40),
    ],
)
def test_stored_name_keeps_a_safe_stem_after_the_hash(name, expected):
    suffix = ".html" if name.lower().endswith(".html") else ".txt"
    assert _stored_name(name, "0123456789abcdef" * 4) == f"0123456789abcdef_{expected}{suffix}"
