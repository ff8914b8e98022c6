"""专项行动 Campaigns: timeline of named operations and 专案; pick one for its figures."""
import streamlit as st

from dashboard import i18n, loading, views
from dashboard.pages import figure_caption, page_context, show_fact_table
from dashboard.safe_html import shown

CARDS_PER_ROW = 4

ds, filters, lang = page_context()
st.title(i18n.t("page_campaigns", lang))

campaigns, reports = views.campaign_summary(ds)
if campaigns.empty:
    st.info(i18n.t("no_campaigns", lang))
    st.stop()

timeline = loading.campaign_timeline(ds, filters, lang)
if timeline is None:
    st.info(i18n.t("campaigns_none_in_view", lang))
else:
    st.caption(i18n.t("campaigns_in_view", lang))
    st.plotly_chart(timeline, width="stretch", key="campaign_timeline")
    figure_caption(timeline)

names = campaigns["name"].tolist()
# the sidebar's campaign, else the timeline's with most figures in the window, else the first of all
chosen = st.selectbox(i18n.t("campaign_pick", lang), names,
                      index=names.index(loading.default_campaign(ds, filters)), key="campaign_pick",
                      placeholder=i18n.t("choose_option", lang))
view = loading.campaign_view(ds, chosen, filters, lang)
detail = view.detail
window = loading.window_of(ds, filters)
row = campaigns.set_index("name").loc[chosen]
st.caption(" · ".join([i18n.t(f"kind_{row['kind']}", lang),
                       i18n.format_period(row["start"], row["end"], lang)]))

st.subheader(i18n.t("campaign_figures", lang))
# the figures are the chosen region's (its facts, sources and totals), the nation's when none is
region = " · ".join(shown(x) for x in (filters.province, filters.city) if x) or i18n.t("nationwide", lang)
st.caption(" · ".join([region, i18n.t("kpi_window", lang, window=window.label(lang) if window
                                      else i18n.t("window_none", lang))]))
totals = [(m, a) for m, a in detail.totals.items() if a.value is not None]
if not totals:
    # the window's totals are empty; the years table and the figures below are all years' —
    # unless the campaign has no figure at all (only mentions): say so, promise no tables
    has_figures = not detail.years.empty or not view.facts_table.empty
    st.info(i18n.t("campaign_none_in_window" if has_figures else "campaign_no_figures", lang))
for first in range(0, len(totals), CARDS_PER_ROW):  # every metric with a total, four a row
    row_totals = totals[first:first + CARDS_PER_ROW]
    for column, (metric, result) in zip(st.columns(CARDS_PER_ROW), row_totals):
        with column:
            st.metric(i18n.metric_label(metric, lang),
                      i18n.format_amount(result.value, metric, result.qualifier, lang))
            st.caption(views.kpi_caption(result, lang))
if not detail.years.empty:
    st.markdown(f"**{i18n.t('campaign_years', lang)}**")
    st.dataframe(view.years_table, hide_index=True, width="stretch", key="campaign_years")
show_fact_table(view.facts_table, lang, key="campaign_facts")

st.subheader(i18n.t("campaign_sources", lang))
st.dataframe(view.sources_table, hide_index=True, width="stretch")
