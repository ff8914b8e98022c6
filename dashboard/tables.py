"""Tables as the reader sees them: readable headers, formatted values, — for missing.

st.dataframe prints a missing cell of a text column as "None"; every display table built
here writes — instead, and keeps the exact number in its own numeric column.
"""
from __future__ import annotations

import pandas as pd

from dashboard import i18n
from dashboard.corrections import is_missing

MISSING = "—"


def text_or_dash(value: object) -> str:
    """A cell as text: None / NaN / NaT / '' → '—'; dates as YYYY-MM-DD."""
    if is_missing(value):
        return MISSING
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    return text or MISSING


def cross_table(rows: pd.DataFrame, row_key: str, col_key: str, text: str,
                row_order: list, header: str, *, newest_first: bool = False) -> pd.DataFrame:
    """Long rows → a display grid: the first column `header` holds the `row_key` values in
    `row_order`; then one column per `col_key` value (named as text, ascending, or
    descending with `newest_first`), each cell the first `text` of its (row, column) pair,
    — where there is none. Plain dicts: pandas' pivot_table cost ~0.04 s for a few hundred
    cells, a good part of a filter change."""
    cells: dict = {}
    for key, col, value in zip(rows[row_key], rows[col_key], rows[text]):
        cells.setdefault((key, col), value)
    columns = sorted(set(rows[col_key]), reverse=newest_first)
    return pd.DataFrame([[key, *(cells.get((key, col), MISSING) for col in columns)]
                         for key in row_order],
                        columns=[header, *(str(col) for col in columns)])


def region_table(regions: pd.DataFrame, metric: str, lang: str) -> pd.DataFrame:
    """The map page's table: one row per region (columns name, value, qualifier,
    period_start, period_end, n_sources), value formatted with its unit ('≥5700万元'),
    the exact value in its own column (i18n exact_value), and — wherever something is unknown."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    label = i18n.metric_label(metric, lang)
    n_sources = regions["n_sources"] if "n_sources" in regions else [None] * len(regions)
    return pd.DataFrame({
        t("region"): [text_or_dash(v) for v in regions["name"]],
        label: [i18n.format_amount(None if is_missing(v) else v, metric,
                                   None if is_missing(q) else q, lang)
                for v, q in zip(regions["value"], regions["qualifier"])],
        t("exact_value"): pd.to_numeric(regions["value"], errors="coerce").astype(float).tolist(),
        t("start"): [text_or_dash(v) for v in regions["period_start"]],
        t("end"): [text_or_dash(v) for v in regions["period_end"]],
        t("n_facts_sources"): [MISSING if is_missing(n) else str(int(n)) for n in n_sources],
    })


def parse_summary(doc, lang: str) -> pd.DataFrame:
    """The 录入 preview's first table: title, date, source, script, number of figures and
    campaigns of a parsed Document (parsers.records.Document), two text columns. Every
    cell is plain text (a title is data and may hold markup), — when unknown."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    campaigns = "、".join(dict.fromkeys(c.name for c in doc.campaigns))
    return pd.DataFrame({
        t("ingest_field"): [t("doc_title"), t("published"), t("source"), t("ingest_script"),
                            t("n_facts"), t("campaign")],
        t("ingest_value"): [text_or_dash(doc.title), text_or_dash(doc.published),
                            text_or_dash(doc.source), text_or_dash(doc.script),
                            str(len(doc.facts)), text_or_dash(campaigns)],
    })


def parsed_facts_frame(doc) -> pd.DataFrame:
    """A parsed Document's facts as fact rows (contract columns) with its title and date,
    ready for views.facts_table; empty when it has none."""
    from parsers.records import fact_row

    rows = pd.DataFrame([fact_row(f) for f in doc.facts])
    return rows.assign(doc_title=doc.title, published=doc.published) if len(rows) else rows


def with_dashes(frame: pd.DataFrame, numeric: tuple[str, ...] = ()) -> pd.DataFrame:
    """A copy for display with every missing text cell written —; the `numeric` columns
    are left as numbers (st.column_config formats them, and shows nothing when missing)."""
    out = frame.copy()
    for column in out.columns:
        if column in numeric or out[column].dtype == bool:
            continue
        cells = out[column].astype(object)
        blank = cells.isna() | cells.astype(str).str.strip().eq("")  # vectorised: 10k+ rows
        out[column] = cells.where(~blank, MISSING)
    return out


def _correction_headers(lang: str) -> dict[str, str]:
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    return {"metric": t("metric"), "value": t("value"), "province": t("province"), "city": t("city"),
            "county": t("county"), "period_start": t("start"), "period_end": t("end"),
            "campaign": t("campaign"), "evidence": t("evidence"), "corrected": t("corrected_column"),
            "rejected": t("corr_col_rejected"), "correction_note": t("corr_col_note"),
            "action": t("corr_action"), "field": t("corr_col_field"), "old_value": t("corr_col_old"),
            "new_value": t("corr_col_new"), "author": t("corr_author"), "reason": t("corr_reason"),
            "created_at": t("corr_col_created")}


def correction_review_table(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The 更正 page's fact list for display: metric names, not codes; headers in the page's
    language (fact_id stays: it is what the log keys on); — for anything missing."""
    out = facts.assign(metric=[i18n.metric_label(m, lang) if isinstance(m, str) else m for m in facts["metric"]])
    return with_dashes(out, numeric=("value",)).rename(columns=_correction_headers(lang))


def correction_log_table(log: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The corrections log for display, newest first: actions and headers in the page's
    language, — for anything missing (a rejection changes no field)."""
    headers = _correction_headers(lang)
    newest_first = log.iloc[::-1]
    out = newest_first.assign(
        action=[i18n.t(f"corr_action_{a}", lang) if a in ("amend", "reject") else a for a in newest_first["action"]],
        field=[headers.get(f, f) if isinstance(f, str) else f for f in newest_first["field"]])
    return with_dashes(out).rename(columns=headers)
