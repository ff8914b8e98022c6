"""反诈通报看板 — Streamlit entry point: page config, sidebar filters, navigation."""
from __future__ import annotations

import streamlit as st

from dashboard import i18n, loading, navigation, sidebar

# No page_icon: a material-icon favicon is fetched from fonts.gstatic.com (no network at run time).
st.set_page_config(layout="wide", page_title="反诈通报看板")

try:
    dataset = loading.get_dataset()
except Exception as error:  # noqa: BLE001 - a missing/unbuildable cache is shown, not raised
    st.error(i18n.t("cache_missing", error=f"{type(error).__name__}: {error}"))
    st.stop()

filters = sidebar.render_filters(dataset)
st.navigation(navigation.build_navigation(filters.lang)).run()
