"""专项行动 Campaigns: timeline of named operations and 专案; pick one for its figures."""
import streamlit as st

from dashboard import i18n, loading, views
from dashboard.filters import PICK_PARAM, linked_choice
from dashboard.pages import figure_caption, page_context, show_fact_table
from dashboard.safe_html import shown

CARDS_PER_ROW = 4
PICK_NOTICE = "_campaign_pick_notice"  # (filters.UrlNotice, the campaign it was said for)
LAST_PICK = "_campaign_last_pick"  # the session's last picked campaign (widget state is dropped off-page)
SIDEBAR_SEEN = "_campaign_sidebar_seen"  # the sidebar's campaign at this page's last run

ds, filters, lang = page_context()
st.title(i18n.t("page_campaigns", lang))

campaigns, reports = views.campaign_summary(ds)
if campaigns.empty:
    st.info(i18n.t("no_campaigns", lang))
    st.stop()

names = campaigns["name"].tolist()
# a sidebar campaign just chosen; else a link's ?pick=; else this session's last pick; else
# the timeline's with most figures in the window; else the first of all (newcomer review:
# the sidebar's choice was ignored once ?pick= was set, and a return lost the pick)
asked = st.query_params.get(PICK_PARAM)
if filters.campaign in names and filters.campaign != st.session_state.get(SIDEBAR_SEEN):
    asked = filters.campaign
    st.session_state.pop("campaign_pick", None)
st.session_state[SIDEBAR_SEEN] = filters.campaign
if asked is None:
    st.session_state.pop(PICK_NOTICE, None)  # a return through the menu: no link to speak of
last = st.session_state.get(LAST_PICK)
opened, notice = linked_choice(asked, names, last if last in names
                               else loading.default_campaign(ds, filters))
if notice is not None:  # said until another campaign is picked
    st.session_state[PICK_NOTICE] = (notice, opened)
said, said_for = st.session_state.get(PICK_NOTICE, (None, None))
if said is not None and said_for == st.session_state.get("campaign_pick", opened):
    # at the top, where a reader who opened the link looks (it quotes the link: plain text)
    with st.container(border=True, key="pick_notice"):
        st.text(said.text(lang))
else:
    st.session_state.pop(PICK_NOTICE, None)

timeline = loading.campaign_timeline(ds, filters, lang)
if timeline is None:
    st.info(i18n.t("campaigns_none_in_view", lang))
else:
    st.caption(i18n.t("campaigns_in_view", lang))
    st.plotly_chart(timeline, width="stretch", key="campaign_timeline")
    figure_caption(timeline)

chosen = st.selectbox(i18n.t("campaign_pick", lang), names, index=names.index(opened),
                      key="campaign_pick", placeholder=i18n.t("choose_option", lang))
if chosen is not None:
    st.session_state[LAST_PICK] = chosen
    if st.query_params.get(PICK_PARAM) != chosen:
        st.query_params[PICK_PARAM] = chosen  # a shared link opens on this campaign
view = loading.campaign_view(ds, chosen, filters, lang)
detail = view.detail
window = loading.window_of(ds, filters)
row = campaigns.set_index("name").loc[chosen]
st.caption(" · ".join([i18n.capitalized(i18n.t(f"kind_{row['kind']}", lang)),
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
    if views.has_part_year(view.years_table):
        st.caption(i18n.t("part_year", lang))
if not view.facts_table.empty:
    # the totals above keep to the window; the list below does not (newcomer review)
    st.text(i18n.t("campaign_facts_all", lang, region=region if (filters.province or filters.city)
                   else i18n.t("nationwide_in_text", lang)))  # a region name: plain text
show_fact_table(view.facts_table, lang, key="campaign_facts")

st.subheader(i18n.t("campaign_sources", lang))
st.caption(i18n.t("campaign_sources_note", lang))
st.dataframe(view.sources_table, hide_index=True, width="stretch")
