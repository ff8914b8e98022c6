"""证据 Evidence: every fact, filterable; select one to read its source sentence.

Corrected facts carry the analyst's note (已更正); the whole current view can be downloaded
as an offline HTML briefing (KPI table, money trend, campaigns, sources).
"""
from datetime import datetime

import pandas as pd
import streamlit as st

from dashboard import figures, i18n, views
from dashboard.briefing_export import briefing_filename, build_briefing_html
from dashboard.filters import to_query_params
from dashboard.safe_html import escape_text
from dashboard.pages import page_context

ds, filters, lang = page_context()
st.title(i18n.t("page_evidence", lang))
st.caption(i18n.t("evidence_intro", lang))

facts = views.evidence_facts(ds, filters).reset_index(drop=True)
table = views.facts_table(facts, lang)
if "corrected" in facts:  # analyst corrections applied on load (dashboard.loading)
    table["已更正 corrected"] = [note if flag else "" for flag, note in
                                 zip(facts["corrected"], facts["correction_note"])]
event = st.dataframe(table, hide_index=True, width="stretch",
                     on_select="rerun", selection_mode="single-row", key="evidence_table",
                     height=460 if len(facts) > 12 else "auto",
                     column_config={"#": st.column_config.NumberColumn(format="%.0f")})

left, right = st.columns(2)
left.download_button(i18n.t("download_csv", lang), views.to_csv_bytes(facts),
                     file_name="facts.csv", mime="text/csv", icon=":material/download:")
right.download_button(i18n.t("download_parquet", lang), views.to_parquet_bytes(facts),
                      file_name="facts.parquet", mime="application/vnd.apache.parquet",
                      icon=":material/download:")


def briefing_html() -> str:
    """The current view (sidebar filters) as a self-contained offline HTML briefing."""
    results = views.kpis(ds, filters)
    kpis = pd.DataFrame({
        i18n.t("metric", lang): [i18n.metric_label(m, lang) for m in results],
        i18n.t("value", lang): [i18n.format_amount(r.value, m, r.qualifier, lang)
                                for m, r in results.items()],
        "#": [r.value for r in results.values()],
        i18n.t("show_workings", lang): [views.kpi_caption(r, lang) for r in results.values()],
    })
    spans = views.money_spans(ds, filters)
    summary, reports = views.campaign_summary(ds)
    charts = ([figures.money_trend(spans, lang=lang)] if not spans.empty else []) + \
        ([figures.campaign_timeline(summary, reports, lang=lang)] if not summary.empty else [])
    used = {fid for r in results.values() for fid in r.fact_ids} | set(spans["fact_id"])
    sources = ds.facts[ds.facts["fact_id"].isin(used)].rename(
        columns={"doc_title": "title", "doc_source": "source"})
    scope = " · ".join(x for x in (filters.province, filters.city, filters.campaign) if x) \
        or i18n.t("nationwide", lang)
    return build_briefing_html(
        title=f"{i18n.t('app_title', lang)} — {scope}",
        filters=to_query_params(filters), kpis=kpis, figures=charts,
        sources=sources[["doc_id", "title", "published", "source", "evidence", "sentence"]],
        generated_at=datetime.now(), lang=lang)


st.download_button("下载简报 HTML / Download briefing", briefing_html,
                   file_name=briefing_filename(datetime.now()), mime="text/html",
                   icon=":material/summarize:", key="briefing_download", on_click="ignore")

rows = event.selection.rows if event is not None else []
if rows and rows[0] < len(facts):
    fact = facts.iloc[rows[0]]
    doc = ds.documents.set_index("doc_id").loc[fact["doc_id"]]
    st.subheader(i18n.t("source_sentence", lang))
    # evidence_html escapes every piece of parsed text; only our <mark> is markup.
    st.markdown(f"<div class='evidence'>{views.evidence_html(fact, doc['original_text'])}</div>",
                unsafe_allow_html=True)
    st.caption(f"{escape_text(doc['title'])} · {doc['published'] or ''} · "
               f"{doc['source'] or ''}")
    with st.expander(i18n.t("whole_document", lang)):
        st.text(doc["clean_text"] or doc["original_text"] or "")
