"""总览 Overview: KPI cards for one window, a region × year table, the latest bulletins.

Every card adds only figures whose period lies inside the window chosen in the sidebar
(default: the latest year with data); its 计算依据 shows the rule, the figures used (they add
up to the value), the 时段不明 figures beside it and everything left out with a reason.
Names from the data (regions, campaigns) go to st.text / st.dataframe, never to Markdown.
"""
import streamlit as st

from dashboard import i18n, loading, views
from dashboard.aggregate import REASON_OUTSIDE, REASON_UNDATED, Aggregate
from dashboard.pages import page_context, show_facts
from dashboard.safe_html import shown

KPI_PER_ROW = 3
MAX_ROWS = 200  # rows per list in 计算依据

ds, filters, lang = page_context()
window = loading.window_of(ds, filters)
scope = " · ".join(shown(x) for x in (filters.province, filters.city, filters.campaign) if x) \
    or i18n.t("nationwide", lang)
st.title(i18n.t("app_title", lang))
st.text(" · ".join([scope, window.label(lang) if window else i18n.t("window_none", lang)]))
st.caption(i18n.t("overview_intro", lang))


def kpi_card(metric: str, result: Aggregate) -> bool:
    """The card; True when its 计算依据 is open (its lists follow the row, full width)."""
    with st.container(border=True):
        st.metric(
            i18n.metric_label(metric, lang),
            i18n.format_amount(result.value, metric, result.qualifier, lang),
            help=f"{i18n.format_exact(result.value)} {i18n.metric_unit(metric, lang)}",
        )
        caption, notes = texts[metric]
        st.caption(caption)
        for line in notes:  # the briefing carries the same
            st.text(line)  # region names come from the data: plain text only
        # The lists render only while the expander is open (a rerun on toggle): fifteen
        # tables on every run would dominate the page's cost under many sessions.
        with st.expander(i18n.t("show_workings", lang), key=f"workings_{metric}",
                         on_change="rerun") as workings:
            st.caption(i18n.t("total_rule", lang))
            if window is not None:
                st.caption(i18n.t("kpi_window", lang, window=f"{window.label(lang)} "
                                  f"({window.start.isoformat()} – {window.end.isoformat()})"))
            if result.value is not None:
                st.text(f"{i18n.t('basis_sum', lang)}: {views.basis_sum(result, lang)}")
            if workings.open:
                st.caption(i18n.t("workings_below", lang))
        return bool(workings.open)


def workings_lists(metric: str, result: Aggregate) -> None:
    """The basis, the 时段不明 figures and the left-out ones with their reasons."""
    st.markdown(f"**{i18n.t('facts_used', lang)}**")
    show_facts(result.facts, lang, key=f"kpi_{metric}_used")
    st.markdown(f"**{i18n.t('facts_undated', lang)}**")
    show_rows(result.undated, f"kpi_{metric}_undated")
    st.markdown(f"**{i18n.t('facts_excluded', lang)}**")
    left_out = result.excluded
    if "reason" in left_out:
        left_out = left_out[left_out["reason"] != REASON_UNDATED]
        counts = left_out["reason"].value_counts().to_dict()
        if result.n_outside:
            counts[REASON_OUTSIDE] = counts.get(REASON_OUTSIDE, 0) + result.n_outside
        st.caption(" · ".join(f"{i18n.reason_label(r, lang)} {n}"
                              for r, n in counts.items()))
        # figures of other windows are many and say nothing about this total
        left_out = left_out[left_out["reason"] != REASON_OUTSIDE]
    show_rows(left_out, f"kpi_{metric}_excluded")


def show_rows(rows, key: str) -> None:
    """At most MAX_ROWS rows (a nationwide list can run to thousands; the evidence page
    has them all), with the count when cut."""
    show_facts(rows.head(MAX_ROWS), lang, key=key)
    if len(rows) > MAX_ROWS:
        st.caption(i18n.t("rows_cut", lang, shown=MAX_ROWS, n=len(rows)))


results = list(loading.kpis(ds, filters).items())
texts = loading.kpi_texts(ds, filters, lang)
# three cards a row: a value like ≥7358万元 stays whole on a 1366-wide laptop
for row in range(0, len(results), KPI_PER_ROW):
    opened = []
    for column, (metric, result) in zip(st.columns(KPI_PER_ROW), results[row:row + KPI_PER_ROW]):
        with column:
            if kpi_card(metric, result):
                opened.append((metric, result))
    # an open card's lists below its row at full width: in a third of the page their value
    # columns were cut off (newcomer review)
    for metric, result in opened:
        with st.container(border=True, key=f"workings_lists_{metric}"):
            st.markdown(f"**{i18n.t('show_workings', lang)} · {i18n.metric_label(metric, lang)}**")
            workings_lists(metric, result)

st.subheader(i18n.t("year_table", lang))
shown_metrics = views.overview_metrics(filters)
default = filters.metric if filters.metric in shown_metrics else shown_metrics[0]
year_metric = st.segmented_control(
    i18n.t("year_metric", lang), list(shown_metrics), default=default,
    format_func=lambda m: i18n.metric_label(m, lang), key="overview_year_metric") or default
years = loading.year_table(ds, filters, year_metric, lang)
if years.empty:
    st.info(i18n.t("no_data", lang))
else:
    # English amounts carry their unit word (25,137 cases): wide enough columns to read
    # whole, scrolling sideways when the years outrun the page
    wide = {c: st.column_config.TextColumn(width="medium") for c in years.columns[1:]} if lang == "en" else None
    st.dataframe(years, hide_index=True, width="stretch", key="overview_years", column_config=wide)
    if views.has_part_year(years):
        st.caption(i18n.t("part_year", lang))
    if views.has_parts_larger(years):
        st.caption(i18n.t("parts_larger_mark", lang))

st.subheader(i18n.t("latest_bulletins", lang) + (f" · {window.label(lang)}" if window else ""))
latest = views.latest_documents(ds, filters, window)
if latest.empty:
    st.caption(i18n.t("latest_none_in_window", lang))
else:
    st.dataframe(
        latest.assign(published=views.published_texts(latest, lang))
        .drop(columns=["doc_id", "published_from"]).fillna("—").rename(columns={
            "published": i18n.t("published", lang), "title": i18n.t("doc_title", lang),
            "source": i18n.t("source", lang), "n_facts": i18n.t("n_facts", lang)}),
        hide_index=True, width="stretch",
    )

st.download_button(i18n.t("download_briefing", lang), lambda: views.briefing_html(ds, filters, lang),
                   file_name=views.briefing_name(filters, window, lang), mime="text/html",
                   key="overview_briefing_download", on_click="ignore")
