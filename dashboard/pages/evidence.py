"""证据 Evidence: every fact, filterable; select one to read its source sentence.

Corrected facts carry the analyst's note (已更正); the whole current view can be downloaded
as an offline HTML briefing (KPI table, money trend, campaigns, sources).
"""
import streamlit as st

from dashboard import exports, i18n, views
from dashboard.safe_html import shown
from dashboard.pages import page_context

ds, filters, lang = page_context()
st.title(i18n.t("page_evidence", lang))
st.caption(i18n.t("evidence_intro", lang))

facts = views.evidence_facts(ds, filters).reset_index(drop=True)
table = views.facts_table(facts, lang)
if "corrected" in facts:  # analyst corrections applied on load (dashboard.loading)
    table[i18n.t("corrected_column", lang)] = [
        note if flag else "" for flag, note in zip(facts["corrected"], facts["correction_note"])]
event = st.dataframe(table, hide_index=True, width="stretch",
                     on_select="rerun", selection_mode="single-row", key="evidence_table",
                     height=460 if len(facts) > 12 else "auto",
                     column_config={"#": st.column_config.NumberColumn(format="%.0f")})

left, right = st.columns(2)
# Built only when clicked (callables): Chinese metric name + unit beside the code, typed dates.
left.download_button(i18n.t("download_csv", lang), lambda: exports.to_csv_bytes(facts),
                     file_name="facts.csv", mime="text/csv", icon=":material/download:",
                     key="csv_download", on_click="ignore")
right.download_button(i18n.t("download_parquet", lang), lambda: exports.to_parquet_bytes(facts),
                      file_name="facts.parquet", mime="application/vnd.apache.parquet",
                      icon=":material/download:", key="parquet_download", on_click="ignore")


st.download_button(i18n.t("download_briefing", lang), lambda: views.briefing_html(ds, filters, lang),
                   file_name=views.briefing_name(), mime="text/html",
                   icon=":material/summarize:", key="briefing_download", on_click="ignore")

rows = event.selection.rows if event is not None else []
if rows and rows[0] < len(facts):
    fact = facts.iloc[rows[0]]
    doc = ds.documents.set_index("doc_id").loc[fact["doc_id"]]
    st.subheader(i18n.t("source_sentence", lang))
    # evidence_html escapes every piece of parsed text; only our <mark> is markup.
    st.markdown(f"<div class='evidence'>{views.evidence_html(fact, doc['original_text'])}</div>",
                unsafe_allow_html=True)
    # st.text: title and source are bulletin text (never Markdown); missing shows —.
    st.text(" · ".join(shown(doc[key]) for key in ("title", "published", "source")))
    with st.expander(i18n.t("whole_document", lang)):
        st.text(doc["clean_text"] or doc["original_text"] or "")
