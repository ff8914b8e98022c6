"""Issue 10 item 4, the app's side: a damaged cache is a plain message, never a server path.

The details (with paths) go to the server log; the page names only what happened.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures.dashboard_sample import write_sample_cache

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.mark.parametrize("damage", ["missing", "truncated"])
def test_a_damaged_table_shows_a_message_without_paths_and_logs_the_details(
    tmp_path, monkeypatch, caplog, damage
):
    cache_dir = write_sample_cache(tmp_path / "cache")
    facts = next(Path(cache_dir).glob("facts*.parquet"))
    if damage == "missing":
        facts.unlink()
    else:
        facts.write_bytes(facts.read_bytes()[:64])
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("FRAUD_EDITION", "public")

    with caplog.at_level(logging.ERROR):
        at = AppTest.from_file(APP, default_timeout=60)
        at.run()

    assert not at.exception, at.exception
    shown = " ".join(element.value for element in at.error)
    assert shown and str(tmp_path) not in shown and ".parquet" not in shown
    assert any(str(tmp_path) in (record.getMessage() + str(record.exc_info and record.exc_info[1]))
               for record in caplog.records)
