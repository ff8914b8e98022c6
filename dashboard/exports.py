"""CSV / Parquet downloads of facts: what a journalist or researcher opens in Excel or pandas.

Each row is one fact with the contract columns, and beside the metric code its Chinese
name and unit (metric = money_frozen, metric_name = 冻结资金, unit = 元), so the file reads
without the code book. Parquet keeps real types: period_start / period_end / published / reported are
date32 (not text), value is float64, span offsets int64, nationwide and corrected bool. CSV is UTF-8 with a BOM so Excel
shows the Chinese text, dates as YYYY-MM-DD, missing cells empty.

The contract's `label` column is not exported: it is meant for metric "other" (what such a
figure counts), which no parser rule emits, so it was an always-empty column. Should an
"other" fact carry a label, it becomes that row's metric_name, so nothing is lost.

Page use (证据): st.download_button(..., exports.to_csv_bytes(facts), ...) and
exports.to_parquet_bytes(facts).
"""
from __future__ import annotations

import io
import re

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import i18n
from parsers.records import FACT_COLUMNS

def view_words(scope: tuple[str | None, ...], window_code: str | None) -> list[str]:
    """The words that name a view in a download's file name: region and campaign (全国 for
    none), then the window code. ``scope``: the view's province, city, campaign (checked
    names); anything but letters, digits, CJK, '·' and '-' becomes '-'."""
    parts = [p for p in scope if p] or ["全国"]
    words = [*parts, *([window_code] if window_code else [])]
    return [re.sub(r"[^\w\u4e00-\u9fff·-]+", "-", w).strip("-") or "-" for w in words]


DATE_COLUMNS: tuple[str, ...] = ("period_start", "period_end", "published", "reported")
INT_COLUMNS: tuple[str, ...] = ("span_start", "span_end", "sentence_start", "sentence_end",
                                "unit_index")
BOOL_COLUMNS: tuple[str, ...] = ("nationwide", "corrected", "counted")
# Source of each fact and the analyst's correction, when the frame has them; and, from the
# evidence page (views.evidence_export), whether the view's total adds the fact, else why not.
EXTRA_COLUMNS: tuple[str, ...] = ("published", "doc_title", "doc_source", "doc_url", "corrected",
                                  "correction_note", "counted", "left_out_reason")
# Contract columns left out of the download (see the module docstring).
DROPPED_COLUMNS: frozenset[str] = frozenset({"label"})


def export_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """facts (the dataset's facts, any subset of rows) → the download table: contract
    columns with metric_name and unit inserted right after metric, then source columns.
    Dates become datetime.date (None when unknown or unparseable); value float."""
    columns = [c for c in FACT_COLUMNS if c in facts and c not in DROPPED_COLUMNS] \
        + [c for c in EXTRA_COLUMNS if c in facts]
    out = facts[columns].reset_index(drop=True).copy()
    if "metric" in out:
        at = out.columns.get_loc("metric") + 1
        codes = out["metric"].astype(object)
        known = {m: (i18n.metric_label(m, "zh"), i18n.metric_unit(m, "zh") or None)
                 for m in codes.dropna().unique()}
        names = codes.map(lambda m: known.get(m, (m, None))[0])
        if "label" in facts:  # an "other" figure is named by its own label, when it has one
            own = facts["label"].reset_index(drop=True)
            named = codes.eq("other") & own.notna() & own.astype(str).str.strip().ne("")
            names = names.where(~named, own.astype(object))
        out.insert(at, "metric_name", names)
        out.insert(at + 1, "unit", codes.map(lambda m: known.get(m, (None, None))[1]))
    for column in DATE_COLUMNS:
        if column in out:
            parsed = pd.to_datetime(out[column], errors="coerce", format="ISO8601")
            out[column] = parsed.dt.date.astype(object).where(parsed.notna(), None)
    if "value" in out:
        out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    for column in INT_COLUMNS:
        if column in out:
            out[column] = pd.to_numeric(out[column], errors="coerce").astype("Int64")
    for column in BOOL_COLUMNS:
        if column in out:  # True / False, or None when unknown (a cache older than the column)
            out[column] = out[column].map(_as_bool).astype("boolean")
    return out


def _as_bool(value: object) -> bool | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if isinstance(value, str):
        return {"true": True, "false": False}.get(value.strip().lower())
    return bool(value)


def _schema(frame: pd.DataFrame) -> pa.Schema:
    fields = []
    for column in frame.columns:
        if column in DATE_COLUMNS:
            kind = pa.date32()
        elif column == "value":
            kind = pa.float64()
        elif column in INT_COLUMNS:
            kind = pa.int64()
        elif column in BOOL_COLUMNS:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    return pa.schema(fields)


def to_parquet_bytes(facts: pd.DataFrame) -> bytes:
    """The export table as Parquet bytes with an explicit schema (dates are date32 even
    when every value is missing, so files from different filters concatenate cleanly)."""
    frame = export_frame(facts)
    schema = _schema(frame)
    arrays = []
    for field in schema:
        column = frame[field.name]
        if field.type == pa.string():  # one type per column: text, or null
            column = column.astype("string")
        elif field.type == pa.date32():  # datetime.date or None (export_frame)
            column = list(column)
        arrays.append(pa.array(column, type=field.type, from_pandas=True))
    table = pa.Table.from_arrays(arrays, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def to_csv_bytes(facts: pd.DataFrame) -> bytes:
    """The export table as CSV (UTF-8 with BOM for Excel; dates YYYY-MM-DD)."""
    return export_frame(facts).to_csv(index=False).encode("utf-8-sig")
