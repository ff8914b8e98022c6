"""更正 Corrections (internal edition): mark a parsed figure wrong, or amend its metric,
value, region, period or campaign — with the analyst's name and reason — and review the
audit table (who / when / why) and corrections whose fact no longer exists.

Corrections live in the data folder keyed on fact_id (dashboard.corrections), so a cache
rebuild keeps them; every page applies them on load (dashboard.loading).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, i18n, sidebar
from dashboard.corrections import (
    AMENDABLE_FIELDS, REGION_FIELDS, CorrectionError, add_correction, apply_corrections,
    load_corrections, orphan_corrections,
)
from dashboard.safe_html import highlight_evidence
from parsers.cache import load_tables
from parsers.records import METRICS

auth.require_write_access()

FIELD_LABELS = {
    "metric": "指标 metric", "value": "数值 value", "province": "省 province",
    "city": "市 city", "county": "区县 county", "adcode": "区划代码 adcode",
    "period_start": "起 period_start (YYYY-MM-DD)", "period_end": "止 period_end (YYYY-MM-DD)",
    "campaign": "专项行动 campaign",
}
ACTION_LABELS = {"amend": "修改字段 / Amend", "reject": "标记为错误 / Reject"}
TABLE_COLUMNS = ["fact_id", "metric", "value", "province", "city", "county", "period_start",
                 "period_end", "campaign", "evidence", "corrected", "rejected", "correction_note"]

SAVED = "_correction_saved"

lang = sidebar.current_filters().lang
folder = data.data_dir()
_, raw_facts, _ = load_tables(data.ensure_cache(data.cache_dir()))
corrections = load_corrections(folder)
facts = apply_corrections(raw_facts, corrections)

st.title("更正 / Corrections")
st.caption("每条更正都记录修改人、时间和原因；更正按 fact_id 保存在数据目录，重建缓存后仍然有效。"
           " / Every correction records who, when and why; it is keyed on the fact id and "
           "survives cache rebuilds.")
if st.session_state.get(SAVED):
    st.success(f"更正已保存：{st.session_state.pop(SAVED)} / Correction saved.")


def as_text(value: object) -> str:
    """A cell as the analyst types it: '' for missing, integers without '.0'."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def matching(frame: pd.DataFrame, query: str, corrected_only: bool) -> pd.DataFrame:
    """Rows whose id, metric, region, campaign or evidence contain the query text."""
    out = frame[frame["corrected"]] if corrected_only else frame
    query = query.strip()
    if not query:
        return out
    haystack = out[["fact_id", "metric", "province", "city", "county", "campaign", "evidence"]] \
        .fillna("").astype(str).agg(" ".join, axis=1)
    labels = out["metric"].map(lambda m: i18n.metric_label(m, "zh"))
    return out[haystack.str.contains(query, regex=False) | labels.str.contains(query, regex=False)]


def derived_adcode(changes: dict[str, str], current: pd.Series) -> str | None:
    """The adcode of the most precise amended region, when the analyst did not give one."""
    from parsers.gazetteer import load_gazetteer

    region = {f: changes.get(f, as_text(current.get(f))) for f in ("province", "city", "county")}
    gazetteer, place = load_gazetteer(), None
    for level in ("province", "city", "county"):
        if region[level]:
            place = gazetteer.lookup(region[level], within=place) or place
    return place.adcode if place is not None else None


left, right = st.columns([3, 1])
query = left.text_input("筛选 / Filter (地区、指标、原文、fact_id)", key="corr_query")
corrected_only = right.checkbox("只看已更正 / Corrected only", key="corr_only")
shown = matching(facts, query, corrected_only)
st.dataframe(shown[TABLE_COLUMNS], hide_index=True, width="stretch", key="corr_table",
             column_config={"value": st.column_config.NumberColumn(format="%.0f")})

options = shown["fact_id"].tolist()
by_id = facts.drop_duplicates("fact_id").set_index("fact_id")
fact_id = st.selectbox(
    "选择要更正的事实 / Fact to correct", options, index=None, key="corr_fact",
    placeholder="fact_id",
    format_func=lambda fid: f"{fid} · {i18n.metric_label(by_id.at[fid, 'metric'], lang)} "
                            f"{as_text(by_id.at[fid, 'value'])} · "
                            f"{str(by_id.at[fid, 'evidence'])[:30]}")

if fact_id:
    fact = by_id.loc[fact_id]
    offset = int(fact.get("sentence_start") or 0)
    # highlight_evidence escapes the sentence; its output is the only HTML on this page.
    st.html(highlight_evidence(
        fact.get("sentence") or fact["evidence"], fact["evidence"],
        span_in_sentence=(int(fact["span_start"]) - offset, int(fact["span_end"]) - offset)))
    if fact["corrected"]:
        st.info(f"已更正 / Corrected: {fact['correction_note']}")
    action = st.radio("操作 / Action", list(ACTION_LABELS), format_func=ACTION_LABELS.get,
                      horizontal=True, key="corr_action")
    with st.form(f"corr_form_{fact_id}_{action}"):
        entered: dict[str, str] = {}
        if action == "amend":
            columns = st.columns(3)
            for i, field in enumerate(AMENDABLE_FIELDS):
                with columns[i % 3]:
                    if field == "metric":
                        known = fact["metric"] in METRICS
                        entered[field] = st.selectbox(
                            FIELD_LABELS[field], list(METRICS),
                            index=list(METRICS).index(fact["metric"]) if known else 0,
                            format_func=lambda m: f"{i18n.metric_label(m, lang)} ({m})",
                            key=f"corr_{field}_{fact_id}")
                    else:
                        entered[field] = st.text_input(FIELD_LABELS[field], as_text(fact[field]),
                                                       key=f"corr_{field}_{fact_id}")
        author = st.text_input("修改人 / Author", key="corr_author")
        reason = st.text_area("原因 / Reason", key="corr_reason", height=80)
        submitted = st.form_submit_button("保存更正 / Save correction", type="primary")
    if submitted:
        changes = {f: v for f, v in entered.items() if v.strip() != as_text(fact[f])}
        if any(f in changes for f in REGION_FIELDS[:3]) and "adcode" not in changes:
            code = derived_adcode(changes, fact)
            if code and code != as_text(fact["adcode"]):
                changes["adcode"] = code
        try:
            add_correction(folder, fact_id=fact_id, action=action, changes=changes,
                           author=author, reason=reason, facts=raw_facts)
        except CorrectionError as error:
            st.error(str(error))
        else:
            st.session_state[SAVED] = fact_id
            st.rerun()  # facts and the log above were read before this save

st.subheader("更正记录 / Corrections log")
if corrections.empty:
    st.caption("暂无更正。 / No corrections yet.")
else:
    st.dataframe(corrections.iloc[::-1], hide_index=True, width="stretch", key="corr_log")

orphans = orphan_corrections(raw_facts, corrections)
st.subheader("失去对应事实的更正 / Orphan corrections")
st.caption("原通报内容改变或被删除后，这些更正找不到对应的 fact_id，不再生效。"
           " / Their fact is gone (the file changed or was removed), so they no longer apply.")
if orphans.empty:
    st.caption("无。 / None.")
else:
    st.dataframe(orphans, hide_index=True, width="stretch", key="corr_orphans")
