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


def region_table(regions: pd.DataFrame, metric: str, lang: str) -> pd.DataFrame:
    """The map page's table: one row per region (columns name, value, qualifier,
    period_start, period_end, n_sources), value formatted with its unit ('≥5700万元'),
    the exact value in '#', and — wherever something is unknown."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    label = i18n.metric_label(metric, lang)
    n_sources = regions["n_sources"] if "n_sources" in regions else [None] * len(regions)
    return pd.DataFrame({
        t("region"): [text_or_dash(v) for v in regions["name"]],
        label: [i18n.format_amount(None if is_missing(v) else v, metric,
                                   None if is_missing(q) else q, lang)
                for v, q in zip(regions["value"], regions["qualifier"])],
        "#": pd.to_numeric(regions["value"], errors="coerce").astype(float).tolist(),
        t("start"): [text_or_dash(v) for v in regions["period_start"]],
        t("end"): [text_or_dash(v) for v in regions["period_end"]],
        t("n_facts_sources"): [MISSING if is_missing(n) else str(int(n)) for n in n_sources],
    })
