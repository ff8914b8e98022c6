"""Page scripts (run by st.navigation) and the few widget helpers they share.

Helpers here only lay out what dashboard.views computed; no numbers are made here.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import figures, i18n, loading, sidebar, views
from dashboard.data import Dataset
from dashboard.filters import Filters


def page_context() -> tuple[Dataset, Filters, str]:
    filters = sidebar.current_filters()
    return loading.get_dataset(), filters, filters.lang


def show_facts(facts: pd.DataFrame, lang: str, *, key: str | None = None) -> None:
    show_fact_table(views.facts_table(facts, lang), lang, key=key)


def show_fact_table(table: pd.DataFrame, lang: str, *, key: str | None = None) -> None:
    """A views.facts_table (built already, e.g. kept by dashboard.loading); — when empty."""
    if table.empty:
        st.caption("—")
        return
    st.dataframe(table, hide_index=True, width="stretch", key=key,
                 column_config={i18n.t("exact_value", lang): st.column_config.NumberColumn(format="%.0f",
                                                                                       width="medium")})


def figure_caption(fig) -> None:
    caption = (fig.layout.meta or {}).get("caption") if isinstance(fig.layout.meta, dict) \
        else None
    if caption:
        st.caption(caption)


def map_chart(fig, *, key: str, **kwargs):
    """st.plotly_chart of a geo map (figures.province_choropleth), preceded by the script
    that gives plotly.js its base maps (figures.OFFLINE_GEO_ASSETS_SCRIPT): without it
    plotly.js fetches a topojson from cdn.plot.ly. The script sits in a container that its
    own style hides, so it takes no room on the page."""
    with st.container(key=f"{key}_assets"):
        st.html(f"<style>.st-key-{key}_assets{{display:none}}</style>"
                + figures.OFFLINE_GEO_ASSETS_SCRIPT, unsafe_allow_javascript=True)
    return st.plotly_chart(fig, key=key, **kwargs)
