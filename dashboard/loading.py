"""The one place the dataset is cached in Streamlit.

st.cache_data is keyed on the cache's content key, so a rebuilt cache (new manifest) is
picked up on the next rerun without restarting the server.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data


@st.cache_data(show_spinner=False, max_entries=4)
def _load(cache_dir: str, cache_key: str) -> data.Dataset:  # noqa: ARG001 - key busts the cache
    return data.load(Path(cache_dir))


def get_dataset() -> data.Dataset:
    """Build the cache if missing, then load it (cached until its key changes)."""
    cache = data.ensure_cache(data.cache_dir())
    return _load(str(cache), data.current_cache_key(cache))
