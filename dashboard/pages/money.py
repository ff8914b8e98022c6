"""资金 Money: frozen / stopped / recovered over time (each figure over its own span),
and a region comparison — all for the one window chosen in the sidebar."""
import streamlit as st

from dashboard import i18n, loading, views
from dashboard.pages import figure_caption, page_context, show_facts

ds, filters, lang = page_context()
st.title(i18n.t("page_money", lang))
window = loading.window_of(ds, filters)
st.caption(i18n.t("kpi_window", lang, window=window.label(lang) if window
                  else i18n.t("window_none", lang)) + " · " + i18n.t("window_rule", lang))

st.subheader(i18n.t("money_trend", lang))
spans = loading.money_spans(ds, filters)
if spans.empty:
    st.info(i18n.t("no_data", lang))
else:
    trend = loading.money_trend_figure(ds, filters, lang)
    st.plotly_chart(trend, width="stretch", key="money_trend")
    figure_caption(trend)

st.subheader(i18n.t("region_comparison", lang))
default = filters.metric if filters.metric in views.TREND_METRICS else "money_frozen"
metric = st.segmented_control(
    i18n.t("compare_metric", lang), list(views.TREND_METRICS), default=default,
    format_func=lambda m: i18n.metric_label(m, lang), key="money_compare_metric") or default
values = loading.region_values(ds, filters, metric)
if values.empty:
    st.info(i18n.t("no_data", lang))
else:
    st.plotly_chart(loading.region_figure(ds, filters, metric, lang), width="stretch",
                    key="money_regions")
    uneven = views.comparison_caption(values, lang)
    if uneven:
        st.caption(uneven)

# The list renders only while the expander is open (a rerun on toggle), as on the overview:
# a closed expander's table still loaded the grid's code and drew it on every first visit.
with st.expander(i18n.t("facts_used", lang), key="money_facts_open",
                 on_change="rerun") as facts_box:
    if facts_box.open:
        used = ds.facts[ds.facts["fact_id"].isin(spans["fact_id"])]
        show_facts(used, lang, key="money_facts")
