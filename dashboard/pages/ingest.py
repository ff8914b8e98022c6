"""录入 Add bulletins (internal edition): upload a file or paste text, check the parse,
then confirm to save the original into the data folder and fold it into the cache.

Nothing is written before the confirm button. Parsed text is shown as plain text (tables,
st.text) except the evidence sentences, which go through safe_html.highlight_evidence — the
only HTML on this page. After a save the cache key changes, so every page (map, evidence)
shows the new facts on the next run without a restart.
"""
import hashlib
import math

import pandas as pd
import streamlit as st

from dashboard import auth, data, i18n, loading, sidebar, uploads, views
from dashboard.safe_html import escape_text, highlight_evidence
from parsers.records import Document, fact_row

auth.require_write_access()

PENDING = "_ingest_pending"  # (name, bytes) of pasted text waiting for confirmation
RESULT = "_ingest_result"
MAX_EVIDENCE_SHOWN = 60
MODES = {"upload": "上传文件 / Upload a file", "paste": "粘贴文本 / Paste text"}

lang = sidebar.current_filters().lang
st.title("录入通报 / Add bulletins")
st.caption("先预览解析结果，确认后才写入数据目录并更新缓存；内容相同的通报不会重复录入。"
           " / Check the parse first; nothing is saved until you confirm. Identical content is "
           "never added twice.")


def _pending_from_inputs() -> tuple[str, bytes] | None:
    mode = st.radio("来源 / Source", list(MODES), format_func=MODES.get, horizontal=True,
                    key="ingest_mode")
    if mode == "upload":
        limit = uploads.max_upload_bytes()
        upload = st.file_uploader(
            "通报文件（txt / html） / Bulletin file", type=uploads.UPLOAD_TYPES,
            max_upload_size=max(1, math.ceil(limit / (1024 * 1024))), key="ingest_file")
        return (upload.name, upload.getvalue()) if upload is not None else None
    text = st.text_area("通报全文 / Bulletin text", height=240, key="ingest_text")
    if st.button("解析预览 / Preview", key="ingest_preview"):
        try:
            st.session_state[PENDING] = uploads.pasted_text_to_upload(text)
        except ValueError as error:
            st.session_state.pop(PENDING, None)
            st.error(str(error))
    return st.session_state.get(PENDING)


@st.cache_data(max_entries=8, show_spinner="解析中… / Parsing…")
def _preview(name: str, payload: bytes) -> Document | str:
    # An uploaded file stays in the widget across reruns; parse its bytes once.
    return uploads.preview_parse(name, payload)


def _facts_frame(doc: Document) -> pd.DataFrame:
    rows = pd.DataFrame([fact_row(f) for f in doc.facts])
    return rows.assign(doc_title=doc.title, published=doc.published) if len(rows) else rows


def _show_preview(doc: Document) -> None:
    st.subheader("解析结果 / Parsed")
    # A table, not markdown: a title is data and may contain markup or markdown syntax.
    st.dataframe(pd.DataFrame({
        "字段 / Field": ["标题 Title", "发布日期 Published", "来源 Source", "文字 Script",
                        "数字条数 Figures", "专项行动 Campaigns"],
        "值 / Value": [doc.title or "—", doc.published or "—", doc.source or "—", doc.script,
                       str(len(doc.facts)),
                       "、".join(dict.fromkeys(c.name for c in doc.campaigns)) or "—"],
    }), hide_index=True, width="stretch", key="ingest_meta")
    if not doc.facts:
        st.warning("没有识别出任何数字。 / No figures were found in this text.")
        return
    st.dataframe(views.facts_table(_facts_frame(doc), lang), hide_index=True, width="stretch",
                 key="ingest_facts",
                 column_config={"#": st.column_config.NumberColumn(format="%.0f")})
    with st.expander("原文证据 / Evidence in context", expanded=True):
        for fact in doc.facts[:MAX_EVIDENCE_SHOWN]:
            offset = fact.sentence_span[0]
            sentence = fact.sentence or fact.evidence
            within = (fact.span[0] - offset, fact.span[1] - offset)
            marked = highlight_evidence(sentence, fact.evidence, span_in_sentence=within)
            # Only safe_html output goes into HTML: both pieces are escaped there.
            st.html(f"<p>{escape_text(i18n.metric_label(fact.metric, lang))}：{marked}</p>")


def _confirm(name: str, payload: bytes) -> None:
    result = uploads.add_bulletin(payload, name, data.data_dir(), data.cache_dir())
    st.session_state[RESULT] = (result.status, result.doc_id, result.message)
    if result.status == "added":
        st.session_state.pop(PENDING, None)
        # The cache key changed, which already invalidates the dataset; clearing makes sure
        # no page holds on to a frame derived from the old generation.
        st.cache_data.clear()


pending = _pending_from_inputs()
if pending is not None:
    name, payload = pending
    check = uploads.check_upload(name, payload)
    parsed = _preview(name, payload)
    if not check.ok or isinstance(parsed, str):
        st.error(check.reason if not check.ok else parsed)
    else:
        _show_preview(parsed)
        sha = hashlib.sha256(payload).hexdigest()
        known = loading.get_dataset().documents
        twin = known.loc[known["sha256"] == sha, "doc_id"]
        if len(twin):
            st.warning(f"内容相同的通报已在数据中：{twin.iloc[0]} / Already in the dataset")
        store_as = check.safe_name
        if st.session_state.get("ingest_mode") == "paste" and parsed.title:
            # Same bytes, a file name the analyst can recognise (title + content hash).
            store_as, payload = uploads.pasted_text_to_upload(payload.decode("utf-8"), parsed.title)
        st.button("确认入库 / Add to the dataset", type="primary", key="ingest_confirm",
                  on_click=_confirm, args=(store_as, payload))

outcome = st.session_state.get(RESULT)
if outcome is not None:
    status, doc_id, message = outcome
    if status == "added":
        st.success(f"已录入 {doc_id}，地图和证据页已更新。 / Added: {message}")
        left, right = st.columns(2)
        left.page_link("dashboard/pages/evidence.py", label="查看证据 / Evidence",
                       icon=":material/fact_check:")
        right.page_link("dashboard/pages/map.py", label="查看地图 / Map", icon=":material/map:")
    elif status == "duplicate":
        st.warning(f"重复通报，未录入（{doc_id}）。 / Duplicate, not added: {message}")
    else:
        st.error(f"未能录入 / Could not add: {message}")
