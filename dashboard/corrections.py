"""Analyst corrections, kept beside the parsed facts and applied on top of them.

A correction is an append-only audit row (who, when, why) in data_dir/corrections.parquet.
It never touches the cached fact tables, so rebuilding the cache cannot lose it: it keys on
`fact_id`, which stays the same for the same file content + span + metric.

Two actions:
- 'amend': one row per changed field (metric, value, region, period, campaign);
  the latest correction of a field wins.
- 'reject': one row with field/old/new empty; the fact is flagged `rejected`.

`apply_corrections` keeps rejected facts (flagged) so review pages can still show them;
aggregates must use `effective_facts`, which drops them.
"""
from __future__ import annotations

import contextlib
import json
import math
import re
import unicodedata
import uuid
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from parsers import storage
from parsers.records import METRICS

CORRECTION_COLUMNS: tuple[str, ...] = (
    "correction_id", "fact_id", "action", "field", "old_value", "new_value",
    "author", "reason", "created_at",
)
ACTIONS: tuple[str, ...] = ("reject", "amend")
REGION_FIELDS: tuple[str, ...] = ("province", "city", "county", "adcode")
PERIOD_FIELDS: tuple[str, ...] = ("period_start", "period_end")
AMENDABLE_FIELDS: tuple[str, ...] = ("metric", "value", *REGION_FIELDS, *PERIOD_FIELDS, "campaign")
# Fields that may be cleared (None): a figure can turn out province-wide, undated or
# not tied to a campaign. A fact always keeps a metric and a value.
NULLABLE_FIELDS: frozenset[str] = frozenset({*REGION_FIELDS, *PERIOD_FIELDS, "campaign"})
CORRECTIONS_FILE = "corrections.parquet"

_ADCODE = re.compile(r"\d{6}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class CorrectionError(ValueError):
    """A correction that fails validation. str() is the bilingual log/test text; the page
    shows error_text(error, lang): the i18n string corr_err_<code> with `params` (a field
    name in `params["field"]` is shown under its label in the page language)."""

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


_QUOTED_CHARS = 80  # typed text quoted back in a message, at most


def error_text(error: CorrectionError, lang: str) -> str:
    """The refusal in the page language (zh / en), from dashboard.i18n. It may quote what
    the analyst typed: show it as plain text (st.text), never as Markdown or HTML."""
    from dashboard import i18n

    key = f"corr_err_{error.code}"
    if key not in i18n.STRINGS:
        return str(error)
    params = dict(error.params)
    if "field" in params:
        params["field"] = i18n.t(f"corr_field_{params['field']}", lang)
    for name in ("text", "start", "end"):
        if name in params:
            text = str(params[name])
            params[name] = text if len(text) <= _QUOTED_CHARS else text[:_QUOTED_CHARS] + "…"
    return i18n.t(key, lang, **params)


def corrections_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / CORRECTIONS_FILE


def empty_corrections() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in CORRECTION_COLUMNS})


def load_corrections(data_dir: str | Path) -> pd.DataFrame:
    """All corrections in file (= creation) order; an empty table when there are none."""
    path = corrections_path(data_dir)
    if not path.exists():
        return empty_corrections()
    table = pd.read_parquet(path)
    for column in CORRECTION_COLUMNS:
        if column not in table.columns:
            table[column] = None
    return table.loc[:, list(CORRECTION_COLUMNS)].astype("object")


# --- value handling ------------------------------------------------------------------
# old_value / new_value are stored as text so one column holds every field's values;
# None is stored as null (a cleared field), never as the string "None".

def is_missing(value: Any) -> bool:
    """None, NaN, NaT or pandas NA: the cell holds no value."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _to_text(value: Any) -> str | None:
    if is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _from_text(field: str, text: Any) -> Any:
    if is_missing(text):
        return None
    return float(text) if field == "value" else str(text)


def _normalise_value(field: str, value: Any) -> Any:
    """Validate one new value and return it in the type the facts table uses."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).strip()
        if value == "":
            value = None
    if value is None:
        if field not in NULLABLE_FIELDS:
            raise CorrectionError(f"{field} 不能为空 / {field} cannot be empty", "empty", field=field)
        return None
    if field == "metric":
        if value not in METRICS:
            raise CorrectionError(f"未知指标 {value!r} / metric must be one of {', '.join(METRICS)}",
                                  "unknown_metric", text=value)
        return value
    if field == "value":
        if isinstance(value, bool):
            raise CorrectionError("数值必须是数字 / value must be a number", "not_a_number",
                                  text=value)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise CorrectionError(f"数值必须是数字：{value!r} / value must be a number",
                                  "not_a_number", text=value) from None
        if not math.isfinite(number):  # 1e400 reads as inf, "nan" as NaN: no figure is either
            raise CorrectionError(f"数值不是有限的数字：{value!r} / value is not a finite number",
                                  "not_finite", text=value)
        if number < 0:
            raise CorrectionError(f"数值必须 ≥ 0：{value!r} / value must be a number ≥ 0",
                                  "negative", text=value)
        return number
    if field in PERIOD_FIELDS:
        text = str(value)
        try:
            if not _ISO_DAY.fullmatch(text):
                raise ValueError
            date.fromisoformat(text)
        except ValueError:
            raise CorrectionError(f"{field} 必须是 YYYY-MM-DD 日期：{text!r} / {field} must be a "
                                  "YYYY-MM-DD date", "bad_date", field=field, text=text) from None
        return text
    if field == "adcode":
        text = str(value)
        if not _ADCODE.fullmatch(text):
            raise CorrectionError(f"行政区划代码须为 6 位数字：{text!r} / adcode must be 6 digits",
                                  "bad_adcode", text=text)
        return text
    return str(value)


def _same(a: Any, b: Any) -> bool:
    if is_missing(a) and is_missing(b):
        return True
    if is_missing(a) or is_missing(b):
        return False
    return _to_text(a) == _to_text(b)


# --- writing ---------------------------------------------------------------------------

def _exclusive_lock(path: Path) -> contextlib.AbstractContextManager[None]:
    """Serialise read-append-write cycles: two analysts saving at once must not drop a row."""
    return storage.locked(path.with_suffix(".lock"))


def _atomic_write(table: pd.DataFrame, path: Path) -> None:
    """Readers see the old file or the new one, never half of one (parsers.storage)."""
    storage.atomic_write(path, lambda tmp: table.to_parquet(tmp, index=False))


def _effective_row(facts: pd.DataFrame, corrections: pd.DataFrame, fact_id: str) -> pd.Series:
    one = facts.loc[facts["fact_id"] == fact_id]
    if one.empty:
        raise CorrectionError(f"找不到事实 {fact_id!r} / no fact with id {fact_id!r}", "no_fact",
                              text=fact_id)
    return apply_corrections(one.head(1), corrections).iloc[0]


def _created_at(now: datetime | None) -> str:
    moment = now or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")


def add_correction(
    data_dir: str | Path,
    *,
    fact_id: str,
    action: str,
    changes: Mapping[str, Any],
    author: str,
    reason: str,
    facts: pd.DataFrame,
    now: datetime | None = None,
) -> pd.DataFrame:
    """Validate and append a correction; returns the whole corrections table after writing.

    Raises CorrectionError (a ValueError) when the fact does not exist, the action or a
    field is not allowed, a value is invalid, nothing would change, or author/reason are
    blank. `old_value` records the value in force just before this correction.
    """
    author = unicodedata.normalize("NFC", author or "").strip()
    reason = unicodedata.normalize("NFC", reason or "").strip()
    if not author:
        raise CorrectionError("请填写修改人 / author is required", "author_required")
    if not reason:
        raise CorrectionError("请填写修改原因 / reason is required", "reason_required")
    if action not in ACTIONS:
        raise CorrectionError(f"未知操作 {action!r} / action must be one of {ACTIONS}",
                              "unknown_action", text=action)

    path = corrections_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(path):
        existing = load_corrections(data_dir)
        current = _effective_row(facts, existing, fact_id)
        created_at = _created_at(now)

        def row(field: str | None, old: Any, new: Any) -> dict[str, Any]:
            return {
                "correction_id": uuid.uuid4().hex[:16], "fact_id": fact_id, "action": action,
                "field": field, "old_value": _to_text(old), "new_value": _to_text(new),
                "author": author, "reason": reason, "created_at": created_at,
            }

        if action == "reject":
            if changes:
                raise CorrectionError("驳回不能同时修改字段 / a rejection carries no field changes",
                                      "reject_with_changes")
            if bool(current.get("rejected")):
                raise CorrectionError("该事实已被驳回 / this fact is already rejected",
                                      "already_rejected")
            new_rows = [row(None, None, None)]
        else:
            unknown = sorted(set(changes) - set(AMENDABLE_FIELDS))
            if unknown:
                raise CorrectionError(
                    f"不可修改的字段 {unknown} / fields must be among {', '.join(AMENDABLE_FIELDS)}",
                    "not_amendable", text=", ".join(unknown))
            validated = {f: _normalise_value(f, v) for f, v in changes.items()}
            if any(f in validated for f in ("province", "city", "county")):
                check_region(*(validated.get(f, current.get(f)) for f in ("province", "city", "county")))
            start = validated.get("period_start", current.get("period_start"))
            end = validated.get("period_end", current.get("period_end"))
            if not is_missing(start) and not is_missing(end) and str(start) > str(end):
                raise CorrectionError(f"起始日期晚于结束日期：{start} > {end} / period_start after period_end",
                                      "start_after_end", start=start, end=end)
            new_rows = [
                row(f, current.get(f), v)
                for f, v in validated.items()
                if not _same(current.get(f), v)
            ]
            if not new_rows:
                raise CorrectionError("没有任何改动 / the correction changes nothing", "no_change")

        additions = pd.DataFrame(new_rows, columns=list(CORRECTION_COLUMNS)).astype("object")
        table = additions if existing.empty else pd.concat([existing, additions], ignore_index=True)
        _atomic_write(table, path)
    return table


# --- applying --------------------------------------------------------------------------

def _in_order(corrections: pd.DataFrame) -> pd.DataFrame:
    """Oldest first; file order breaks ties (two rows of one save share a timestamp)."""
    ordered = corrections.reset_index(drop=True).assign(_seq=lambda t: range(len(t)))
    ordered["_when"] = pd.to_datetime(ordered["created_at"], utc=True, errors="coerce", format="ISO8601")
    return ordered.sort_values(["_when", "_seq"], kind="stable", na_position="first")


def _format_for_note(value: Any) -> str:
    return "∅" if is_missing(value) else _to_text(value) or ""


def apply_corrections(facts: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """A copy of `facts` with corrections applied.

    Added columns:
    - `rejected` (bool): a reject correction exists. Rejected rows are KEPT so review
      pages can show them struck through; aggregates must filter them (effective_facts).
    - `corrected` (bool): amended or rejected.
    - `correction_note` (str): e.g. "value 180→190 by 张三: 原文为190起" — original → current
      value, with the author and reason of the latest correction of that field. In English
      and in this form for compatibility (the CSV export carries it); pages show
      `localized_notes` instead.
    - `correction_parts` (str): the same note as JSON (kind, field, old, new, author,
      reason), '' for uncorrected rows — what `note_text` words in the page's language.
    - `original_<field>` for every field amended anywhere: the parsed value (for all rows).
    """
    out = facts.copy()
    out["rejected"] = False
    out["corrected"] = False
    out["correction_note"] = ""
    out["correction_parts"] = ""
    if corrections is None or corrections.empty or out.empty:
        return out

    known = corrections.loc[corrections["fact_id"].isin(out["fact_id"])]
    if known.empty:
        return out
    ordered = _in_order(known)
    # Two files with identical content share fact_ids, so one id can index several rows.
    rows_of: dict[str, list[Any]] = {}
    for idx, fid in zip(out.index, out["fact_id"]):
        rows_of.setdefault(fid, []).append(idx)
    notes: dict[Any, list[str]] = {}
    parts: dict[Any, list[dict[str, str]]] = {}

    amends = ordered.loc[(ordered["action"] == "amend") & ordered["field"].isin(AMENDABLE_FIELDS)]
    latest = amends.drop_duplicates(["fact_id", "field"], keep="last")
    for field in AMENDABLE_FIELDS:
        per_field = latest.loc[latest["field"] == field]
        if per_field.empty:
            continue
        if field not in out.columns:
            out[field] = None
        out[f"original_{field}"] = out[field]
        # object dtype: a str column cannot take None/floats for every field uniformly
        if field != "value":
            out[field] = out[field].astype("object")
        for _, corr in per_field.iterrows():
            new = _from_text(field, corr["new_value"])
            for idx in rows_of[corr["fact_id"]]:
                original = out.at[idx, f"original_{field}"]
                out.at[idx, field] = new
                if not _same(original, new):
                    notes.setdefault(idx, []).append(
                        f"{field} {_format_for_note(original)}→{_format_for_note(new)}"
                        f" by {corr['author']}: {corr['reason']}"
                    )
                    parts.setdefault(idx, []).append({
                        "kind": "amend", "field": field, "old": _format_for_note(original),
                        "new": _format_for_note(new), "author": str(corr["author"]),
                        "reason": str(corr["reason"])})

    rejects = ordered.loc[ordered["action"] == "reject"].drop_duplicates("fact_id", keep="last")
    for _, corr in rejects.iterrows():
        for idx in rows_of[corr["fact_id"]]:
            out.at[idx, "rejected"] = True
            notes.setdefault(idx, []).insert(0, f"rejected by {corr['author']}: {corr['reason']}")
            parts.setdefault(idx, []).insert(0, {"kind": "reject", "author": str(corr["author"]),
                                                 "reason": str(corr["reason"])})

    for idx, noted in notes.items():
        out.at[idx, "corrected"] = True
        out.at[idx, "correction_note"] = "; ".join(noted)
        out.at[idx, "correction_parts"] = json.dumps(parts[idx], ensure_ascii=False)
    return out


# the i18n key of each amendable field's name in a note
_NOTE_FIELD_KEYS = {"metric": "metric", "value": "value", "province": "province",
                    "city": "city", "county": "county", "adcode": "corr_field_adcode",
                    "period_start": "start", "period_end": "end", "campaign": "campaign"}


def note_text(parts: str | None, lang: str) -> str:
    """A `correction_parts` cell worded in the page's language ('' when uncorrected): the
    same facts as `correction_note` — field, original → current, author, reason — with
    field names and metric codes translated; the analyst's own words are kept as typed."""
    from dashboard import i18n

    if not isinstance(parts, str) or not parts:
        return ""
    worded = []
    for part in json.loads(parts):
        if part.get("kind") == "reject":
            worded.append(i18n.t("corr_note_reject", lang, author=part["author"],
                                 reason=part["reason"]))
            continue
        field = part["field"]
        old, new = part["old"], part["new"]
        if field == "metric":
            old, new = (i18n.metric_label(v, lang) if v in METRICS else v for v in (old, new))
        worded.append(i18n.t("corr_note_amend", lang, field=i18n.t(_NOTE_FIELD_KEYS.get(field, field), lang),
                             old=old, new=new, author=part["author"], reason=part["reason"]))
    return i18n.t("corr_note_sep", lang).join(worded)


def localized_notes(facts: pd.DataFrame, lang: str) -> list[str]:
    """`note_text` of every row of `facts` (apply_corrections output), in order."""
    if "correction_parts" not in facts:
        return list(facts.get("correction_note", pd.Series("", index=facts.index)))
    return [note_text(p, lang) for p in facts["correction_parts"]]


def effective_facts(facts: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Corrections applied and rejected facts removed: what totals and charts must use."""
    applied = apply_corrections(facts, corrections)
    return applied.loc[~applied["rejected"]].reset_index(drop=True)


def orphan_corrections(facts: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Corrections whose fact is gone (its file changed or was removed), for review."""
    if corrections is None or corrections.empty:
        return empty_corrections()
    return corrections.loc[~corrections["fact_id"].isin(facts["fact_id"])].reset_index(drop=True)


# --- for the 更正 page (pure: the page only lays these out) ------------------------------

REVIEW_COLUMNS: tuple[str, ...] = (
    "fact_id", "metric", "value", "province", "city", "county", "period_start", "period_end",
    "campaign", "evidence", "corrected", "rejected", "correction_note",
)
_SEARCHED: tuple[str, ...] = ("fact_id", "metric", "province", "city", "county", "campaign",
                              "evidence")


def as_text(value: Any) -> str:
    """A cell as the analyst types it: '' for missing, integers without '.0'."""
    return _to_text(value) or ""


def matching(facts: pd.DataFrame, query: str, corrected_only: bool = False,
             metric_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Rows of `facts` (apply_corrections output) whose id, metric code or name, region,
    campaign or evidence contain `query` (plain substring, case as typed); with
    corrected_only, only amended or rejected rows. metric_names maps code → label."""
    out = facts[facts["corrected"]] if corrected_only else facts
    query = (query or "").strip()
    if not query or out.empty:
        return out
    # column by column, vectorised: a row-wise join took seconds at 10k bulletins
    mask = pd.Series(False, index=out.index)
    for column in (c for c in _SEARCHED if c in out):
        mask |= out[column].fillna("").astype(str).str.contains(query, regex=False)
    if metric_names:
        hits = {m for m, name in metric_names.items() if query in name}
        mask |= out["metric"].isin(hits)
    return out[mask]


def fact_choices(facts: pd.DataFrame, lang: str, limit: int) -> dict[str, str]:
    """fact_id → '… · 破获案件 180 · 破获案件180起…' for the first `limit` rows of `facts`
    (the pick list stays short: one option per row of a 10k-bulletin corpus would take
    seconds to send on every rerun)."""
    from dashboard import i18n

    head = facts.drop_duplicates("fact_id").head(limit)
    return {fid: f"{fid} · {i18n.metric_label(metric, lang)} {as_text(value)} · "
                 f"{str(evidence)[:30]}"
            for fid, metric, value, evidence in zip(head["fact_id"], head["metric"],
                                                     head["value"], head["evidence"])}


def changed_fields(entered: Mapping[str, str], current: Mapping[str, Any]) -> dict[str, str]:
    """The amend form's fields whose text differs from the fact's current value. When the
    region changed and no adcode was typed, the adcode of the most precise amended place
    is added (from the offline gazetteer), so the map moves the figure too."""
    changes = {f: v for f, v in entered.items() if v.strip() != as_text(current.get(f))}
    if any(f in changes for f in REGION_FIELDS[:3]) and "adcode" not in changes:
        code = derived_adcode(changes, current)
        if code and code != as_text(current.get("adcode")):
            changes["adcode"] = code
    return changes


def check_region(province: Any, city: Any, county: Any) -> None:
    """Raise CorrectionError unless province → city → county is a region the offline gazetteer
    knows by its full name, each level inside the one above (北京市/北京市/海淀区, 福建省/泉州市;
    not 火星省, not 北京市 under 福建省). Blank levels below the last given one are fine."""
    from parsers.gazetteer import load_gazetteer

    p, c, k = (None if is_missing(v) else str(v).strip() for v in (province, city, county))
    if p is None:
        if c or k:
            raise CorrectionError("市、县须有所属省份 / a city or county needs its province",
                                  "needs_province")
        return
    if k and not c:
        raise CorrectionError("县须有所属城市 / a county needs its city", "needs_city")
    gazetteer = load_gazetteer()
    parent = gazetteer.lookup(p)
    if c and k:
        parent = gazetteer.lookup(c, within=parent)
    place = gazetteer.lookup(k or c or p, within=parent) if (k or c) else parent
    if not (place is not None and place.name == (k or c or p) and place.province == p
            and (c is None or place.city == c) and (k is None or place.county == k)):
        raise CorrectionError("未知地区或上下级不符 / unknown region, or a level not inside the one above",
                              "unknown_region")


def derived_adcode(changes: Mapping[str, str], current: Mapping[str, Any]) -> str | None:
    """The 6-digit adcode of province → city → county after the changes, or None when the
    gazetteer does not know the place."""
    from parsers.gazetteer import load_gazetteer

    region = {f: changes.get(f, as_text(current.get(f))) for f in ("province", "city", "county")}
    gazetteer, place = load_gazetteer(), None
    for level in ("province", "city", "county"):
        if region[level]:
            place = gazetteer.lookup(region[level], within=place) or place
    return place.adcode if place is not None else None
