"""Storing an upload (dashboard.uploads.add_bulletin): saved once under data/bulletins,
folded into the cache incrementally, duplicates and unreadable bytes refused.

Uses the fake parser and fixtures of tests/test_cache.py, so expected rows are exact.
"""
from __future__ import annotations

import pytest

from dashboard.uploads import _stored_name, add_bulletin, find_twin
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

    @pytest.mark.parametrize("encoded", [
        ("\ufeff" + UPLOAD.decode()).encode("utf-16-le"),  # Notepad's "Unicode"
        ("\ufeff" + UPLOAD.decode()).encode("utf-16-be"),
        UPLOAD.decode().encode("gb18030"),
        b"\xef\xbb\xbf" + UPLOAD.replace(b"\n", b"\r\n"),  # UTF-8 with BOM, CRLF
    ], ids=["utf-16-le", "utf-16-be", "gb18030", "utf-8-bom-crlf"])
    def test_same_text_in_another_encoding_is_a_duplicate(self, seeds, cache_dir, tmp_path,
                                                           encoded):
        build_cache([seeds], cache_dir, parse=fake_parse)
        data_dir = tmp_path / "data"
        added = add_bulletin(self.UPLOAD, "温州.txt", data_dir, cache_dir, parse=fake_parse)
        key = cache_key(cache_dir)

        again = add_bulletin(encoded, "温州-unicode.txt", data_dir, cache_dir, parse=fake_parse)

        assert (again.status, again.doc_id) == ("duplicate", added.doc_id)
        assert len(list((data_dir / "bulletins").iterdir())) == 1
        assert cache_key(cache_dir) == key
        assert find_twin(encoded, "温州-unicode.txt", cache_dir) == added.doc_id

    def test_a_different_text_is_not_a_twin(self, seeds, cache_dir, tmp_path):
        build_cache([seeds], cache_dir, parse=fake_parse)
        add_bulletin(self.UPLOAD, "温州.txt", tmp_path / "data", cache_dir, parse=fake_parse)
        other = self.UPLOAD.replace(b"42", b"43")
        assert find_twin(other.decode().encode("utf-16"), "x.txt", cache_dir) is None
        assert add_bulletin(other, "x.txt", tmp_path / "data", cache_dir,
                            parse=fake_parse).status == "added"

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
