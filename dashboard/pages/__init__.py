"""Page scripts (run by st.navigation) and the few widget helpers they share.

Helpers here only lay out what dashboard.views computed; no numbers are made here.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import i18n, loading, sidebar, views
from dashboard.aggregate import Aggregate
from dashboard.data import Dataset
from dashboard.filters import Filters


def page_context() -> tuple[Dataset, Filters, str]:
    filters = sidebar.current_filters()
    return loading.get_dataset(), filters, filters.lang


def show_facts(facts: pd.DataFrame, lang: str, *, key: str | None = None) -> None:
    if facts.empty:
        st.caption("—")
        return
    st.dataframe(views.facts_table(facts, lang), hide_index=True, width="stretch", key=key,
                 column_config={"#": st.column_config.NumberColumn(format="%.0f")})


def show_workings(result: Aggregate, lang: str, key: str) -> None:
    """The facts a number rests on, and the ones left out with reasons."""
    with st.expander(i18n.t("show_workings", lang)):
        st.markdown(f"**{i18n.t('facts_used', lang)}**")
        show_facts(result.facts, lang, key=f"{key}_used")
        st.markdown(f"**{i18n.t('facts_excluded', lang)}**")
        show_facts(result.excluded, lang, key=f"{key}_excluded")


def kpi_card(metric: str, result: Aggregate, lang: str) -> None:
    with st.container(border=True):
        st.metric(
            i18n.metric_label(metric, lang),
            i18n.format_amount(result.value, metric, result.qualifier, lang),
            help=f"{i18n.format_exact(result.value)} {i18n.metric_unit(metric, lang)}",
        )
        st.caption(views.kpi_caption(result, lang))
        show_workings(result, lang, key=f"kpi_{metric}")


def figure_caption(fig) -> None:
    caption = (fig.layout.meta or {}).get("caption") if isinstance(fig.layout.meta, dict) \
        else None
    if caption:
        st.caption(caption)
