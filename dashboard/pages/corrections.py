"""更正 Corrections (internal edition): mark a parsed figure wrong, or amend its metric,
value, region, period or campaign — with the analyst's name and reason — and review the
audit table (who / when / why) and corrections whose fact no longer exists.

Corrections live in the data folder keyed on fact_id (dashboard.corrections), so a cache
rebuild keeps them; every page applies them on load (dashboard.loading). This page reads
the parsed facts through dashboard.loading and only lays out what dashboard.corrections
computes.
"""
from __future__ import annotations

import streamlit as st

from dashboard import auth, corrections, data, i18n, loading, sidebar, tables
from dashboard.safe_html import highlight_evidence
from dashboard.safe_html import shown as shown_text
from parsers.records import METRICS

auth.require_write_access()

SAVED = "_correction_saved"
ACTIONS = ("amend", "reject")
MAX_ROWS = 500  # rows listed and offered for correction at once; the filter finds the rest

lang = sidebar.current_filters().lang
t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
folder = data.data_dir()
parsed = loading.get_parsed_facts()
log = corrections.load_corrections(folder)
facts = corrections.apply_corrections(parsed, log)

st.title(t("corr_title"))
st.caption(t("corr_intro"))
if st.session_state.get(SAVED):
    st.success(t("corr_saved", fact_id=st.session_state.pop(SAVED)))

left, right = st.columns([3, 1])
query = left.text_input(t("corr_filter"), key="corr_query")
corrected_only = right.checkbox(t("corr_only"), key="corr_only")
shown = corrections.matching(facts, query, corrected_only,
                             metric_names={m: f"{i18n.metric_label(m, 'zh')} "
                                              f"{i18n.metric_label(m, 'en')}" for m in METRICS})
if len(shown) > MAX_ROWS:
    st.caption(t("corr_rows_cut", n=len(shown), shown=MAX_ROWS))
listed = shown.head(MAX_ROWS)
review = listed[list(corrections.REVIEW_COLUMNS)].assign(  # the note in the page's language
    correction_note=corrections.localized_notes(listed, lang))
st.dataframe(tables.correction_review_table(review, lang),
             hide_index=True, width="stretch", key="corr_table",
             column_config={t("value"): st.column_config.NumberColumn(format="%.0f")})

choices = corrections.fact_choices(listed, lang, MAX_ROWS)
fact_id = st.selectbox(t("corr_pick"), list(choices), index=None, key="corr_fact",
                       placeholder="fact_id", format_func=choices.get)

if fact_id:
    fact = facts.loc[facts["fact_id"] == fact_id].iloc[0]
    offset = int(fact.get("sentence_start") or 0)
    # highlight_evidence escapes the sentence; its output is the only HTML on this page.
    st.html(highlight_evidence(
        fact.get("sentence") or fact["evidence"], fact["evidence"],
        span_in_sentence=(int(fact["span_start"]) - offset, int(fact["span_end"]) - offset)))
    if fact["corrected"]:
        # the note quotes an analyst's words: plain text only (safe_html's one rule)
        st.info(t("corr_already"))
        st.text(shown_text(corrections.note_text(fact["correction_parts"], lang), limit=600))
    action = st.radio(t("corr_action"), ACTIONS, format_func=lambda a: t(f"corr_action_{a}"),
                      horizontal=True, key="corr_action")
    with st.form(f"corr_form_{fact_id}_{action}"):
        entered: dict[str, str] = {}
        if action == "amend":
            columns = st.columns(3)
            for i, field in enumerate(corrections.AMENDABLE_FIELDS):
                with columns[i % 3]:
                    if field == "metric":
                        known = fact["metric"] in METRICS
                        entered[field] = st.selectbox(
                            t("corr_field_metric"), list(METRICS),
                            index=list(METRICS).index(fact["metric"]) if known else 0,
                            format_func=lambda m: f"{i18n.metric_label(m, lang)} ({m})",
                            key=f"corr_{field}_{fact_id}")
                    else:
                        entered[field] = st.text_input(
                            t(f"corr_field_{field}"), corrections.as_text(fact[field]),
                            key=f"corr_{field}_{fact_id}")
        author = st.text_input(t("corr_author"), key="corr_author")
        reason = st.text_area(t("corr_reason"), key="corr_reason", height=80)
        submitted = st.form_submit_button(t("corr_save"), type="primary")
    if submitted:
        try:
            corrections.add_correction(
                folder, fact_id=fact_id, action=action,
                changes=corrections.changed_fields(entered, fact), author=author,
                reason=reason, facts=parsed)
        except corrections.CorrectionError as error:
            st.error(t("corr_not_saved"))
            # in the page language; it may quote what was typed: plain text only
            st.text(shown_text(corrections.error_text(error, lang), limit=600))
        else:
            st.session_state[SAVED] = fact_id
            st.rerun()  # facts and the log above were read before this save

st.subheader(t("corr_log"))
if log.empty:
    st.caption(t("corr_none"))
else:
    st.dataframe(tables.correction_log_table(log, lang), hide_index=True, width="stretch", key="corr_log")

orphans = corrections.orphan_corrections(parsed, log)
st.subheader(t("corr_orphans"))
st.caption(t("corr_orphans_hint"))
if orphans.empty:
    st.caption(t("corr_no_orphans"))
else:
    st.dataframe(orphans, hide_index=True, width="stretch", key="corr_orphans")
