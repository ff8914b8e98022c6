"""The one place the dataset is cached in Streamlit.

st.cache_data is keyed on the cache's content key, so a rebuilt cache (new manifest) is
picked up on the next rerun without restarting the server. Analyst corrections (kept in the
data folder, keyed on fact_id) are applied on load: amended facts carry `corrected` and a
`correction_note`, rejected facts are dropped so no total or chart counts them.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.corrections import corrections_path, effective_facts, load_corrections


@st.cache_data(show_spinner=False, max_entries=4)
def _load(cache_dir: str, cache_key: str, data_dir: str,  # noqa: ARG001 - keys bust the cache
          corrections_key: str) -> data.Dataset:
    from parsers.cache import load_tables

    documents, facts, campaigns = load_tables(Path(cache_dir))
    # Before derive(): region labels and dates must come from the corrected values.
    facts = effective_facts(facts, load_corrections(data_dir))
    return data.derive(documents, facts, campaigns)


def corrections_key(data_dir: Path) -> str:
    """Changes whenever a correction is saved (the file is replaced atomically)."""
    try:
        stat = corrections_path(data_dir).stat()
    except FileNotFoundError:
        return "none"
    return f"{stat.st_mtime_ns}:{stat.st_size}"


def get_dataset() -> data.Dataset:
    """Build the cache if missing, then load it (cached until its key changes)."""
    cache = data.ensure_cache(data.cache_dir())
    folder = data.data_dir()
    return _load(str(cache), data.current_cache_key(cache), str(folder), corrections_key(folder))
