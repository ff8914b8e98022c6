"""总览 Overview: KPI cards for the current filters and the latest bulletins."""
import streamlit as st

from dashboard import i18n, views
from dashboard.pages import kpi_card, page_context

KPI_PER_ROW = 3

ds, filters, lang = page_context()
scope = " · ".join(x for x in (filters.province, filters.city, filters.campaign) if x) \
    or i18n.t("nationwide", lang)
st.title(f"{i18n.t('app_title', lang)} — {scope}")
st.caption(i18n.t("overview_intro", lang))

results = list(views.kpis(ds, filters).items())
# three cards a row: a value like ≥7358万元 stays whole on a 1366-wide laptop
for row in range(0, len(results), KPI_PER_ROW):
    for column, (metric, result) in zip(st.columns(KPI_PER_ROW), results[row:row + KPI_PER_ROW]):
        with column:
            kpi_card(metric, result, lang)

st.subheader(i18n.t("latest_bulletins", lang))
latest = views.latest_documents(ds, filters)
st.dataframe(
    latest.drop(columns=["doc_id"]).fillna("—").rename(columns={
        "published": i18n.t("published", lang), "title": i18n.t("doc_title", lang),
        "source": i18n.t("source", lang), "n_facts": i18n.t("n_facts", lang)}),
    hide_index=True, width="stretch",
)

st.download_button("下载简报 HTML / Download briefing", lambda: views.briefing_html(ds, filters, lang),
                   file_name=views.briefing_name(), mime="text/html",
                   key="overview_briefing_download", on_click="ignore")
