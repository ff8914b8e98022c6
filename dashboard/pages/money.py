"""资金 Money: frozen / stopped / recovered over time (each figure over its own span),
and a region comparison — all for the one window chosen in the sidebar."""
import streamlit as st

from dashboard import figures, i18n, loading, views
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
    regions = views.trend_regions(spans)
    chosen = views.trend_default(regions, figures.TREND_REGIONS)
    if chosen is not None:
        # a few regions at a time, each with its own line style and legend entry: twenty
        # drawn at once could only be told apart by hovering (newcomer review 12)
        picked = set(st.multiselect(
            i18n.t("trend_regions", lang), regions, default=list(chosen),
            max_selections=figures.TREND_REGIONS, key="money_trend_regions",
            placeholder=i18n.t("choose_option", lang)))
        chosen = tuple(r for r in regions if r in picked)  # one cache entry per set
        st.caption(i18n.t("trend_regions_note", lang, n=len(regions), k=figures.TREND_REGIONS))
    if chosen == ():
        st.info(i18n.t("trend_regions_none", lang))
    else:
        trend = loading.money_trend_figure(ds, filters, lang, chosen)
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
