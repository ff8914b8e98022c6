"""证据 Evidence: every fact, filterable; select one to read its source sentence.

Corrected facts carry the analyst's note (已更正); the whole current view can be downloaded
as an offline HTML briefing (KPI table, money trend, campaigns, sources).
"""
import streamlit as st

from dashboard import exports, i18n, loading, views
from dashboard.safe_html import is_missing, shown
from dashboard.pages import page_context

ds, filters, lang = page_context()
st.title(i18n.t("page_evidence", lang))
st.caption(i18n.t("evidence_intro", lang))

# The table shows a bounded number of rows, taken (and formatted) once per view; the
# downloads below build every fact of the view, only when clicked.
# our own search over every fact of the view (the table toolbar's sees only the rows listed)
query = views.search_text(st.text_input(i18n.t("evidence_search", lang), key="evidence_query",
                                        max_chars=views.SEARCH_MAX_CHARS,
                                        help=i18n.t("evidence_search_help", lang)))
listed, table, total = loading.evidence_view(ds, filters, lang, query)
if query:  # st.text: the query is the reader's own text, never Markdown
    st.text(i18n.t("evidence_search_found", lang, total=total, query=query))
if total > len(listed):
    st.caption(i18n.t("evidence_rows_shown", lang, shown=len(listed), total=total))
event = st.dataframe(table, hide_index=True, width="stretch",
                     on_select="rerun", selection_mode="single-row", key="evidence_table",
                     height=460 if total > 12 else "auto",
                     column_config={i18n.t("exact_value", lang): st.column_config.NumberColumn(
                         format="%.0f", width="medium")})

left, right = st.columns(2)
_window = loading.window_of(ds, filters)
_name = lambda suffix: views.export_name(filters, _window, suffix)  # noqa: E731 - named by the view
# Built only when clicked (callables): Chinese metric name + unit beside the code, typed dates.
left.download_button(i18n.t("download_csv", lang),
                     lambda: exports.to_csv_bytes(views.evidence_export(ds, filters, query)),
                     file_name=_name(".csv"), mime="text/csv", icon=":material/download:",
                     key="csv_download", on_click="ignore")
right.download_button(i18n.t("download_parquet", lang),
                      lambda: exports.to_parquet_bytes(views.evidence_export(ds, filters, query)),
                      file_name=_name(".parquet"), mime="application/vnd.apache.parquet",
                      icon=":material/download:", key="parquet_download", on_click="ignore")


st.download_button(i18n.t("download_briefing", lang), lambda: views.briefing_html(ds, filters, lang),
                   file_name=views.briefing_name(filters, _window, lang), mime="text/html",
                   icon=":material/summarize:", key="briefing_download", on_click="ignore")

rows = event.selection.rows if event is not None else []
if rows and rows[0] < len(listed):
    fact = views.listed_fact(ds, listed, rows[0])
    doc = ds.documents.set_index("doc_id").loc[fact["doc_id"]]
    original_text, clean_text = loading.document_texts(ds, fact["doc_id"])
    st.subheader(i18n.t("source_sentence", lang))
    # evidence_html escapes every piece of parsed text; only our <mark> is markup.
    st.markdown(f"<div class='evidence'>{views.evidence_html(fact, original_text)}</div>",
                unsafe_allow_html=True)
    # st.text: title and source are bulletin text (never Markdown); missing shows —.
    st.text(" · ".join(shown(doc[key]) for key in ("title", "published", "source")))
    if not is_missing(doc.get("url")):
        # the page's address from the corpus's sources.tsv, shown as text (not a link)
        st.text(i18n.t("source_address", lang, url=shown(doc["url"])))
    with st.expander(i18n.t("whole_document", lang)):
        st.text(clean_text or original_text or "")
