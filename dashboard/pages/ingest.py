"""录入 Add bulletins (internal edition): upload a file or paste text, check the parse,
then confirm to save the original into the data folder and fold it into the cache.

Nothing is written before the confirm button. Parsed text is shown as plain text (tables,
st.text) except the evidence sentences, which go through safe_html.highlight_evidence — the
only HTML on this page. After a save the cache key changes, so every page (map, evidence)
shows the new facts on the next run without a restart. An upload already in the cache (same
bytes or same decoded text: uploads.find_twin) is said once and not offered for confirmation;
a confirmed upload shows one outcome, added or already present. The preview tables are built
by dashboard.tables and views.
"""

import streamlit as st

from dashboard import auth, data, i18n, sidebar, tables, uploads, views
from dashboard.regions import unresolved
from dashboard.safe_html import escape_text, highlight_evidence
from parsers import cache as parquet_cache
from parsers.records import Document

auth.require_write_access()

PENDING = "_ingest_pending"  # (name, bytes) of pasted text waiting for confirmation
RESULT = "_ingest_result"  # (upload identity, AddResult) of the last confirm
MAX_EVIDENCE_SHOWN = 60
MODES = ("upload", "paste")
# A constant (no bulletin or user text): hides the uploader's English limit line.
UPLOADER_CSS = '.st-key-ingest_file [data-testid="stFileUploaderDropzoneInstructions"] { display: none; }'

lang = sidebar.current_filters().lang
t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
st.title(t("ingest_title"))
st.caption(t("ingest_intro"))


def _pending_from_inputs() -> tuple[tuple[str, bytes] | None, str | None]:
    """(the upload or pasted text waiting for a confirm, its identity). The identity names
    what is in the inputs now — the file chosen (each choice of a file is a new one) or the
    text in the box — so a message about an earlier one is not shown beside it."""
    mode = st.radio(t("ingest_source"), MODES, format_func=lambda m: t(f"ingest_mode_{m}"),
                    horizontal=True, key="ingest_mode")
    if mode == "upload":
        limit = uploads.max_upload_bytes()
        rules = {"types": uploads.types_text(), "limit": uploads.limit_text(limit)}
        # The uploader's own words are Streamlit's, in English: the caption says them here.
        st.caption(t("ingest_file_rules", **rules))
        # No type list and a widget limit above ours: a wrong type or a file over our limit
        # reaches uploads.check_upload, whose refusal is worded in the page's language
        # (Streamlit's own "…files are not allowed" / "File must be …" are English only).
        # …and its line "10MB per file • …" states the widget's cap, not ours: hidden, so
        # the only limit on the page is the one the caption gives.
        st.html(f"<style>{UPLOADER_CSS}</style>")
        upload = st.file_uploader(
            t("ingest_file"), help=t("ingest_file_help", **rules),
            max_upload_size=uploads.widget_upload_mb(limit), key="ingest_file")
        if upload is None:
            return None, None
        return (upload.name, upload.getvalue()), uploads.upload_identity("upload", upload.file_id)
    text = st.text_area(t("ingest_text"), height=240, key="ingest_text")
    if st.button(t("ingest_preview"), key="ingest_preview"):
        try:
            st.session_state[PENDING] = uploads.pasted_text_to_upload(text)
        except ValueError:
            st.session_state.pop(PENDING, None)
            st.error(t("ingest_err_paste_empty"))
    return st.session_state.get(PENDING), uploads.upload_identity("paste", text)


@st.cache_data(max_entries=8, show_spinner=i18n.t("ingest_parsing", lang))
def _preview(name: str, payload: bytes) -> Document | uploads.UploadCheck:
    # An uploaded file stays in the widget across reruns; parse its bytes once.
    return uploads.preview_parse(name, payload)


def _show_preview(doc: Document) -> None:
    st.subheader(t("ingest_parsed"))
    # A table, not markdown: a title is data and may contain markup or markdown syntax.
    st.dataframe(tables.parse_summary(doc, lang), hide_index=True, width="stretch",
                 key="ingest_meta")
    if not doc.facts:
        st.warning(t("ingest_no_figures"))
        return
    unknown = sum(1 for f in doc.facts if unresolved(f.province, f.nationwide))
    if unknown:
        st.warning(t("ingest_region_unknown", n=unknown))
    st.dataframe(views.facts_table(tables.parsed_facts_frame(doc), lang), hide_index=True,
                 width="stretch",
                 key="ingest_facts",
                 column_config={i18n.t("exact_value", lang): st.column_config.NumberColumn(format="%.0f")})
    with st.expander(t("ingest_evidence"), expanded=True):
        for fact in doc.facts[:MAX_EVIDENCE_SHOWN]:
            offset = fact.sentence_span[0]
            sentence = fact.sentence or fact.evidence
            within = (fact.span[0] - offset, fact.span[1] - offset)
            marked = highlight_evidence(sentence, fact.evidence, span_in_sentence=within)
            # Only safe_html output goes into HTML: both pieces are escaped there.
            st.html(f"<p>{escape_text(i18n.metric_label(fact.metric, lang))}：{marked}</p>")


def _confirm(name: str, payload: bytes, identity: str | None) -> None:
    result = uploads.add_bulletin(payload, name, data.data_dir(), data.cache_dir())
    st.session_state[RESULT] = (identity, result)
    if result.status == "added":
        st.session_state.pop(PENDING, None)
        # The cache key changed, which already invalidates the dataset; clearing makes sure
        # no page holds on to a frame derived from the old generation.
        st.cache_data.clear()


@st.cache_data(max_entries=16, show_spinner=False)
def _twin(name: str, payload: bytes, cache_key: str) -> str | None:  # noqa: ARG001 - key
    # Same bytes or the same decoded text as a cached bulletin; once per upload and cache.
    return uploads.find_twin(payload, name, data.cache_dir())


pending, identity = _pending_from_inputs()
outcome = st.session_state.get(RESULT)
if outcome is not None and outcome[0] != identity:
    # the file was removed or another chosen, or the text changed: the message was theirs
    st.session_state.pop(RESULT, None)
    outcome = None
if pending is not None:
    name, payload = pending
    check = uploads.check_upload(name, payload)
    parsed = _preview(name, payload)
    if not check.ok or isinstance(parsed, uploads.UploadCheck):
        # one line in the page's language; plain text (st.error does not take HTML, and
        # the message quotes nothing of the file)
        st.error((check if not check.ok else parsed).text(lang))
    else:
        _show_preview(parsed)
        # One outcome per upload: once it was added (or found present) its result below is
        # the answer — the bulletin it just added is no "twin" of itself. A failed confirm
        # may be tried again.
        settled = outcome is not None and outcome[1].status != "error"
        twin = None if settled else _twin(name, payload,
                                          parquet_cache.cache_key(data.cache_dir()))
        if twin is not None:
            # already present: said once, and nothing to confirm
            st.warning(t("ingest_twin"))
            st.text(t("ingest_doc_id", doc_id=twin))
        elif not settled:
            store_as = check.safe_name
            if st.session_state.get("ingest_mode") == "paste" and parsed.title:
                # Same bytes, a file name the analyst can recognise (title + content hash).
                store_as, payload = uploads.pasted_text_to_upload(payload.decode("utf-8"),
                                                                  parsed.title)
            st.button(t("ingest_confirm"), type="primary", key="ingest_confirm",
                      on_click=_confirm, args=(store_as, payload, identity))

if outcome is not None:
    result = outcome[1]
    # in the page's language (AddResult.message, in English, is for the log)
    if result.status == "added":
        st.success(result.text(lang))
        st.text(t("ingest_doc_id", doc_id=result.doc_id))
        left, right = st.columns(2)
        left.page_link("dashboard/pages/evidence.py", label=t("page_evidence"),
                       icon=":material/fact_check:")
        right.page_link("dashboard/pages/map.py", label=t("page_map"), icon=":material/map:")
    elif result.status == "duplicate":
        st.warning(result.text(lang))
        st.text(t("ingest_doc_id", doc_id=result.doc_id))
    else:
        st.error(result.text(lang))
