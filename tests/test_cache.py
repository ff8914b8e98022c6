"""The Parquet cache: incremental rebuilds, crash safety, typed empty tables, uploads.

A fake parse function stands in for the pipeline: each line "metric value" of a bulletin
becomes one fact, so the expected rows are known exactly.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pandas as pd
import pytest

from parsers import cache, records, storage
from parsers.cache import build_cache, cache_key, load_tables, read_manifest
from parsers.reading import ReadError
from parsers.records import Campaign, Document, Fact

BULLETINS = {
    "001_hz.txt": "杭州警方通报\ncases_solved 120\nsuspects_arrested 356\n",
    "002_sz.txt": "深圳警方通报\nmoney_frozen 57000000\n",
    "003_cd.txt": "成都警方通报\ngangs_busted 7\ncards_seized 10200\ndens_destroyed 3\n",
}
CALLS: list[str] = []  # paths the in-process fake parser saw


def fake_parse(path: Path) -> Document:
    CALLS.append(Path(path).name)
    text = Path(path).read_text(encoding="utf-8")
    if "BROKEN" in text:
        raise ReadError(str(path), "binary (NUL or control bytes)")
    lines = text.splitlines()
    facts = []
    for line in lines[1:]:
        metric, value = line.split()
        start = text.index(line)
        facts.append(Fact(
            metric=metric, value=float(value), qualifier="exact", province="浙江省", city=None,
            county=None, period_start=None, period_end=None, campaign=None, evidence=line,
            span=(start, start + len(line)), value_text=value, period_precision=None,
            adcode=None, fact_id=f"{Path(path).stem}:{start}",
        ))
    campaigns = [Campaign("断卡行动", "operation", "2020-10", None, None, lines[0], (0, len(lines[0])))]
    return Document(
        doc_id=Path(path).stem, title=lines[0], published="2021-03-01", source=None,
        script="simplified", facts=facts, campaigns=campaigns, original_text=text,
    )


def must_not_parse(path: Path) -> Document:
    raise AssertionError(f"{path} should have been reused, not parsed")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in BULLETINS.items():
        (folder / name).write_text(text, encoding="utf-8")
    CALLS.clear()
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def facts_by_doc(cache_dir: Path) -> dict[str, list[float]]:
    _, facts, _ = load_tables(cache_dir)
    return {doc: list(group["value"]) for doc, group in facts.groupby("doc_id", sort=True)}


def rewrite(path: Path, text: str) -> None:
    """New content with a surely different mtime (some file systems tick coarsely)."""
    path.write_text(text, encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def test_first_build_parses_every_file_and_keeps_record_column_order(seeds, cache_dir):
    report = build_cache([seeds], cache_dir, parse=fake_parse)

    assert sorted(Path(p).name for p in report.parsed) == sorted(BULLETINS)
    assert report.reused == [] and report.errors == [] and report.written
    documents, facts, campaigns = load_tables(cache_dir)
    assert tuple(documents.columns) == records.DOCUMENT_COLUMNS
    assert tuple(facts.columns) == records.FACT_COLUMNS
    assert tuple(campaigns.columns) == records.CAMPAIGN_COLUMNS
    assert list(documents["doc_id"]) == ["001_hz", "002_sz", "003_cd"]  # input order
    assert list(documents["n_facts"]) == [2, 1, 3]
    assert facts_by_doc(cache_dir)["003_cd"] == [7.0, 10200.0, 3.0]
    assert set(campaigns["doc_id"]) == {"001_hz", "002_sz", "003_cd"}
    manifest = read_manifest(cache_dir)
    assert manifest["schema"] == 1 and len(manifest["parser_version"]) == 16
    assert {e["doc_id"] for e in manifest["files"].values()} == {"001_hz", "002_sz", "003_cd"}


def test_second_build_reuses_everything_without_parsing_or_writing(seeds, cache_dir):
    build_cache([seeds], cache_dir, parse=fake_parse)
    key = cache_key(cache_dir)
    before = load_tables(cache_dir)

    report = build_cache([seeds], cache_dir, parse=must_not_parse)

    assert len(report.reused) == 3 and report.parsed == [] and report.removed == []
    assert not report.written
    assert cache_key(cache_dir) == key
    for old, new in zip(before, load_tables(cache_dir)):
        pd.testing.assert_frame_equal(old, new)


def test_changed_file_is_the_only_one_reparsed(seeds, cache_dir):
    build_cache([seeds], cache_dir, parse=fake_parse)
    key = cache_key(cache_dir)
    rewrite(seeds / "002_sz.txt", "深圳警方通报\nmoney_frozen 1\nmoney_stopped 2\n")
    CALLS.clear()

    report = build_cache([seeds], cache_dir, parse=fake_parse)

    assert CALLS == ["002_sz.txt"]
    assert [Path(p).name for p in report.parsed] == ["002_sz.txt"]
    assert len(report.reused) == 2
    assert facts_by_doc(cache_dir) == {
        "001_hz": [120.0, 356.0], "002_sz": [1.0, 2.0], "003_cd": [7.0, 10200.0, 3.0],
    }
    assert cache_key(cache_dir) != key


def test_touched_but_identical_file_is_reused_after_hashing(seeds, cache_dir):
    build_cache([seeds], cache_dir, parse=fake_parse)
    later = time.time() + 5
    os.utime(seeds / "001_hz.txt", (later, later))

    report = build_cache([seeds], cache_dir, parse=must_not_parse)

    assert len(report.reused) == 3


def test_deleted_file_is_removed_from_every_table(seeds, cache_dir):
    build_cache([seeds], cache_dir, parse=fake_parse)
    (seeds / "001_hz.txt").unlink()

    report = build_cache([seeds], cache_dir, parse=must_not_parse)

    assert [Path(p).name for p in report.removed] == ["001_hz.txt"]
    documents, facts, campaigns = load_tables(cache_dir)
    for table in (documents, facts, campaigns):
        assert "001_hz" not in set(table["doc_id"])
    assert list(documents["doc_id"]) == ["002_sz", "003_cd"]


def test_new_parser_version_reparses_everything(seeds, cache_dir, monkeypatch):
    build_cache([seeds], cache_dir, parse=fake_parse)
    monkeypatch.setattr(cache, "parser_version", lambda: "f" * 16)
    CALLS.clear()

    report = build_cache([seeds], cache_dir, parse=fake_parse)

    assert len(report.parsed) == 3 and sorted(CALLS) == sorted(BULLETINS)


def test_unreadable_file_is_an_error_and_is_not_retried_while_unchanged(seeds, cache_dir):
    (seeds / "000_bad.txt").write_text("BROKEN\n", encoding="utf-8")

    first = build_cache([seeds], cache_dir, parse=fake_parse)
    CALLS.clear()
    second = build_cache([seeds], cache_dir, parse=fake_parse)

    assert [(Path(p).name, reason) for p, reason in first.errors] == [
        ("000_bad.txt", "binary (NUL or control bytes)")
    ]
    assert second.errors == first.errors and CALLS == []
    documents, _, _ = load_tables(cache_dir)
    assert list(documents["doc_id"]) == ["001_hz", "002_sz", "003_cd"]


def test_parser_crash_is_reported_as_internal_error_and_other_files_survive(seeds, cache_dir):
    def crashing(path: Path) -> Document:
        if path.name == "002_sz.txt":
            raise ValueError("unexpected 万 suffix")
        return fake_parse(path)

    report = build_cache([seeds], cache_dir, parse=crashing)

    assert [(Path(p).name, r) for p, r in report.errors] == [
        ("002_sz.txt", "internal error: ValueError: unexpected 万 suffix")
    ]
    assert list(load_tables(cache_dir)[0]["doc_id"]) == ["001_hz", "003_cd"]


def test_same_bytes_twice_keeps_the_first_and_is_not_an_error(seeds, cache_dir):
    (seeds / "004_copy.txt").write_bytes((seeds / "001_hz.txt").read_bytes())

    report = build_cache([seeds], cache_dir, parse=fake_parse)

    assert report.errors == []
    assert [(Path(a).name, Path(b).name) for a, b in report.duplicates] == [
        ("004_copy.txt", "001_hz.txt")
    ]
    assert list(load_tables(cache_dir)[0]["doc_id"]) == ["001_hz", "002_sz", "003_cd"]


def test_missing_input_folder_is_an_error_not_a_crash(seeds, cache_dir, tmp_path):
    report = build_cache([seeds, tmp_path / "no-such-folder"], cache_dir, parse=fake_parse)

    assert len(report.parsed) == 3
    assert [Path(p).name for p, _ in report.errors] == ["no-such-folder"]


@pytest.mark.parametrize("crash_on_replace_call", [1, 2, 3, 4])
def test_crash_mid_build_leaves_the_previous_consistent_cache(
    seeds, cache_dir, monkeypatch, crash_on_replace_call
):
    """Renames 1-3 publish the tables, 4 the manifest: a crash at any of them is harmless."""
    build_cache([seeds], cache_dir, parse=fake_parse)
    before, key = load_tables(cache_dir), cache_key(cache_dir)
    rewrite(seeds / "001_hz.txt", "杭州警方通报\ncases_solved 999\n")
    (seeds / "003_cd.txt").unlink()

    real_replace, calls = os.replace, []

    def flaky_replace(src, dst):
        calls.append(dst)
        if len(calls) == crash_on_replace_call:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(storage.os, "replace", flaky_replace)
    with pytest.raises(OSError):
        build_cache([seeds], cache_dir, parse=fake_parse)
    monkeypatch.setattr(storage.os, "replace", real_replace)

    assert cache_key(cache_dir) == key
    for old, new in zip(before, load_tables(cache_dir)):
        pd.testing.assert_frame_equal(old, new)
    # The next build completes the change and sweeps the debris of the crashed one.
    build_cache([seeds], cache_dir, parse=fake_parse)
    assert facts_by_doc(cache_dir) == {"001_hz": [999.0], "002_sz": [57000000.0]}
    leftovers = sorted(p.name for p in cache_dir.iterdir() if p.name != ".lock")
    assert len(leftovers) == 4 and not [n for n in leftovers if n.endswith(".tmp")]


def test_two_jobs_give_the_same_tables_as_one(seeds, tmp_path):
    build_cache([seeds], tmp_path / "one", jobs=1, parse=fake_parse)
    build_cache([seeds], tmp_path / "two", jobs=2, parse=fake_parse)

    for serial, parallel in zip(load_tables(tmp_path / "one"), load_tables(tmp_path / "two")):
        pd.testing.assert_frame_equal(serial, parallel)


def assert_typed(documents: pd.DataFrame, facts: pd.DataFrame, campaigns: pd.DataFrame) -> None:
    assert tuple(facts.columns) == records.FACT_COLUMNS
    assert tuple(documents.columns) == records.DOCUMENT_COLUMNS
    assert tuple(campaigns.columns) == records.CAMPAIGN_COLUMNS
    assert facts["value"].dtype == "float64"
    assert facts["span_start"].dtype == "int64" and campaigns["span_end"].dtype == "int64"
    assert documents["n_facts"].dtype == "int64"
    assert pd.api.types.is_string_dtype(facts["metric"])
    assert pd.api.types.is_string_dtype(documents["title"])


def test_empty_input_gives_empty_typed_tables(tmp_path, cache_dir):
    empty = tmp_path / "empty"
    empty.mkdir()

    report = build_cache([empty], cache_dir, parse=must_not_parse)

    tables = load_tables(cache_dir)
    assert report.written and all(len(t) == 0 for t in tables)
    assert_typed(*tables)


def test_no_cache_at_all_loads_as_empty_typed_tables(tmp_path):
    tables = load_tables(tmp_path / "never-built")

    assert all(len(t) == 0 for t in tables)
    assert_typed(*tables)
    assert cache_key(tmp_path / "never-built") == "no-cache"


def test_parser_version_tracks_parser_sources():
    assert cache.parser_version() == cache.parser_version()
    assert len(cache.parser_version()) == 16


# ---------------------------------------------------------------- incremental on Arrow


def test_incremental_tables_equal_a_fresh_build_in_input_order(seeds, cache_dir, tmp_path):
    """Reused rows (filtered Arrow) and re-parsed rows are merged back into input order."""
    build_cache([seeds], cache_dir, parse=fake_parse)
    rewrite(seeds / "002_sz.txt", "深圳警方通报\nmoney_frozen 1\nmoney_stopped 2\n")
    (seeds / "000_new.txt").write_text("新通报\ncases_solved 5\n", encoding="utf-8")
    (seeds / "003_cd.txt").unlink()

    report = build_cache([seeds], cache_dir, parse=fake_parse)
    build_cache([seeds], tmp_path / "fresh", parse=fake_parse)

    assert sorted(Path(p).name for p in report.parsed) == ["000_new.txt", "002_sz.txt"]
    assert [Path(p).name for p in report.reused] == ["001_hz.txt"]
    for incremental, fresh in zip(load_tables(cache_dir), load_tables(tmp_path / "fresh")):
        pd.testing.assert_frame_equal(incremental, fresh)
    assert list(load_tables(cache_dir)[0]["doc_id"]) == ["000_new", "001_hz", "002_sz"]


# ---------------------------------------------------------------- healing (issue 10 item 4)


def table_path(cache_dir: Path, name: str) -> Path:
    return cache_dir / read_manifest(cache_dir)["tables"][name]


@pytest.mark.parametrize("damage", ["truncate", "garble", "delete"])
@pytest.mark.parametrize("table", ["documents", "facts", "campaigns"])
def test_damaged_table_is_detected_and_rebuilt_from_the_sources(seeds, cache_dir, tmp_path, table, damage):
    build_cache([seeds], cache_dir, parse=fake_parse)
    target = table_path(cache_dir, table)
    data = target.read_bytes()
    if damage == "truncate":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "garble":
        target.write_bytes(data[:10] + bytes(b ^ 0xFF for b in data[10:40]) + data[40:])
    else:
        target.unlink()
    CALLS.clear()

    report = build_cache([seeds], cache_dir, parse=fake_parse)

    assert report.damaged and table in report.damaged and str(cache_dir) not in report.damaged
    assert sorted(CALLS) == sorted(BULLETINS) and report.written and report.errors == []
    build_cache([seeds], tmp_path / "fresh", parse=fake_parse)
    for healed, fresh in zip(load_tables(cache_dir), load_tables(tmp_path / "fresh")):
        pd.testing.assert_frame_equal(healed, fresh)
    assert build_cache([seeds], cache_dir, parse=must_not_parse).damaged is None
    # the damaged generation's files are gone: one manifest and three tables remain
    assert len([p for p in cache_dir.iterdir() if p.name != ".lock"]) == 4


def test_loading_a_damaged_cache_raises_a_message_without_paths(seeds, cache_dir, caplog):
    build_cache([seeds], cache_dir, parse=fake_parse)
    table_path(cache_dir, "facts").unlink()

    with pytest.raises(cache.CacheDamaged) as info:
        load_tables(cache_dir)

    assert str(cache_dir) not in str(info.value) and ".parquet" not in str(info.value)
    assert str(cache_dir) in info.value.detail
    assert any(str(cache_dir) in record.getMessage() for record in caplog.records)


def test_orphaned_generation_left_by_a_kill_after_the_manifest_rename_is_swept(
    seeds, cache_dir, monkeypatch
):
    build_cache([seeds], cache_dir, parse=fake_parse)
    old_tables = set(read_manifest(cache_dir)["tables"].values())
    rewrite(seeds / "001_hz.txt", "杭州警方通报\ncases_solved 999\n")

    real_publish = storage.atomic_write_json

    def killed(path, payload):  # the process dies right after publishing the manifest
        real_publish(path, payload)
        raise KeyboardInterrupt

    monkeypatch.setattr(storage, "atomic_write_json", killed)
    with pytest.raises(KeyboardInterrupt):
        build_cache([seeds], cache_dir, parse=fake_parse)
    monkeypatch.undo()
    new_tables = set(read_manifest(cache_dir)["tables"].values())
    assert old_tables <= {p.name for p in cache_dir.iterdir()}  # the orphans are there

    report = build_cache([seeds], cache_dir, parse=must_not_parse)  # nothing else to do

    assert not report.written and report.damaged is None
    assert {p.name for p in cache_dir.glob("*.parquet")} == new_tables


def test_document_count_reads_the_footer_and_reports_damage(seeds, cache_dir, tmp_path):
    assert cache.document_count(tmp_path / "nothing-here") == 0
    build_cache([seeds], cache_dir, parse=fake_parse)
    assert cache.document_count(cache_dir) == 3

    table_path(cache_dir, "documents").write_bytes(b"PAR1 torn")

    with pytest.raises(cache.CacheDamaged):
        cache.document_count(cache_dir)


def test_the_parser_fingerprint_covers_subpackages() -> None:
    """A rule edited in parsers/periods/ (a subpackage) must re-parse the cache like one in
    parsers/facts.py: every .py under parsers/ is hashed, not only the top-level files."""
    from parsers.cache import PACKAGE_DIR, parser_files

    hashed = set(parser_files())
    code = {p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts}
    assert any(p.parent != PACKAGE_DIR for p in code)  # (there is a subpackage to cover)
    assert code <= hashed
    assert (PACKAGE_DIR / "data" / "domain_dict.txt") in hashed
