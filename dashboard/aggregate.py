"""Add up bulletin figures without counting anything twice.

Bulletins repeat each other and nest: a city's 1–7月 total sits beside its 5–7月 subtotal, a
province's total beside its cities' totals, the same sentence in a headline, a body, a
"相关新闻" blurb and another outlet's copy. Summing rows would inflate every number, so an
aggregate is built by *choosing* figures, and every row considered is kept with the reason
it was used or left out.

The rule, for one metric, one region and one date window:

1. Case-level facts (scope == "case": a 专案 or a single incident) are listed, never added:
   they are already inside their force's period totals.
2. Duplicates collapse: same metric, region, value and period is one claim, however many
   bulletins print it. An undated copy (a blurb) of a dated claim is the same claim.
   The body figure wins over a blurb, then the most recently published copy.
3. Window: a fact is used only when its whole period lies inside the window (open ends are
   unbounded). A figure that only partly overlaps cannot be prorated without inventing
   numbers, so it is excluded ("partly outside window").
4. Unknown period: with any window bound set, undated facts are excluded (we cannot tell
   whether they fall inside). With no window, an undated figure is a last resort: one per
   region (the largest, the safest lower bound over all time), and only when no dated figure
   exists for that region or below it, because it may overlap any of them. Among undated
   figures only, a region's own figure beats the sum of its sub-regions' (as in rule 6).
5. Within one region, dated figures are picked greedily: longest period first (the widest
   figure already contains its nested subtotals, so it covers most without overlap), ties to
   the most recent publication (later bulletins correct earlier ones), then the larger value.
   A figure overlapping one already picked is dropped; disjoint periods are summed.
6. Hierarchy (nation → province → city → county): a region's own figures win. Figures of its
   sub-regions are added only for periods the region's own picked figures do not touch, so a
   province total beats the sum of its cities; with no province total the province value is
   the sum of its cities (basis "sum_of_parts"). Direct-controlled municipalities
   (北京市/北京市) are one level: city == province counts as the province itself.
7. Qualifier of a sum: "approx" if any part is approx, else "at_least" if any part is
   at_least, else "exact".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

import pandas as pd

Level = Literal["nation", "province", "city", "county"]
LEVELS: tuple[Level, ...] = ("nation", "province", "city", "county")

# Machine-readable reasons (i18n.reason_label translates them).
REASON_DUPLICATE = "duplicate"
REASON_SAME_PERIOD = "same_period_other_report"
REASON_OVERLAP = "overlaps_longer_period"
REASON_COVERED = "covered_by_parent_total"
REASON_CASE = "case_level"
REASON_OUTSIDE = "outside_window"
REASON_PARTIAL = "partly_outside_window"
REASON_UNDATED_WINDOW = "unknown_period_with_window"
REASON_UNDATED_SUPERSEDED = "unknown_period_superseded"

BASIS_REPORTED = "reported"  # the region's own figures only
BASIS_SUM_OF_PARTS = "sum_of_parts"  # only sub-region figures
BASIS_MIXED = "mixed"  # own figures plus sub-regions for periods the own ones leave open
BASIS_NONE = "none"

Window = tuple[date | None, date | None]


@dataclass(frozen=True)
class Aggregate:
    value: float | None
    qualifier: str  # exact | at_least | approx
    n_sources: int  # distinct doc_ids among the facts used
    facts: pd.DataFrame  # rows used
    excluded: pd.DataFrame  # rows considered but not used, with a `reason` column
    basis: str = BASIS_NONE
    period_start: date | None = None  # earliest start among the facts used
    period_end: date | None = None

    @property
    def fact_ids(self) -> list[str]:
        return [str(x) for x in self.facts.get("fact_id", pd.Series(dtype=str))]


# ---------------------------------------------------------------- row preparation

def _clean_name(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    text = str(value).strip()
    return text or None


def _region_path(row: pd.Series) -> tuple[str, ...]:
    """('河南省', '郑州市', …) — the region's position in the hierarchy; () is the nation."""
    province = _clean_name(row.get("province"))
    city = _clean_name(row.get("city"))
    county = _clean_name(row.get("county"))
    if province is None:
        return ()
    if city == province:  # 北京市/北京市: the municipality is the province
        city = None
    return tuple(x for x in (province, city, county) if x is not None)


def _prepare(facts: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The metric's rows with parsed dates, region path and sort keys added (private columns)."""
    rows = facts[facts["metric"] == metric].copy()
    rows["_start"] = pd.to_datetime(rows["period_start"], errors="coerce")
    rows["_end"] = pd.to_datetime(rows["period_end"], errors="coerce")
    rows["_dated"] = rows["_start"].notna() & rows["_end"].notna()
    rows["_days"] = (rows["_end"] - rows["_start"]).dt.days.fillna(-1)
    published = rows["published"] if "published" in rows else pd.Series(None, index=rows.index)
    rows["_published"] = pd.to_datetime(published, errors="coerce")
    rows["_path"] = [_region_path(r) for _, r in rows.iterrows()] if len(rows) else []
    scope = rows["scope"] if "scope" in rows else pd.Series("jurisdiction", index=rows.index)
    rows["_case"] = scope.fillna("jurisdiction").eq("case")
    kind = rows["unit_kind"] if "unit_kind" in rows else pd.Series("body", index=rows.index)
    rows["_blurb"] = kind.fillna("body").eq("blurb")
    if "fact_id" not in rows:
        rows["fact_id"] = [f"row{i}" for i in range(len(rows))]
    return rows


_PRIVATE = ("_start", "_end", "_dated", "_days", "_published", "_path", "_case", "_blurb")


def _public(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.drop(columns=[c for c in _PRIVATE if c in rows.columns]).reset_index(drop=True)


def _with_reason(rows: pd.DataFrame, reason: str) -> pd.DataFrame:
    out = rows.copy()
    out["reason"] = reason
    return out


def _in_subtree(path: tuple[str, ...], root: tuple[str, ...]) -> bool:
    return path[: len(root)] == root


def _preference_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Best copy first: body over blurb, most recent publication, stable by fact_id."""
    return rows.sort_values(
        ["_blurb", "_published", "fact_id"], ascending=[True, False, True], na_position="last"
    )


# ---------------------------------------------------------------- steps 1–4

def _split_duplicates(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per claim, the repeated copies). Step 2 of the rule."""
    if rows.empty:
        return rows, rows.iloc[0:0]
    ordered = _preference_order(rows)
    key = ordered.apply(
        lambda r: (r["_path"], float(r["value"]), r["_start"], r["_end"]), axis=1
    )
    is_copy = key.duplicated(keep="first")
    kept, copies = ordered[~is_copy], ordered[is_copy]
    # An undated copy of a dated claim (a blurb re-telling it) is the same claim.
    dated_claims = {
        (r["_path"], float(r["value"])) for _, r in kept[kept["_dated"]].iterrows()
    }
    undated_copy = (~kept["_dated"]) & kept.apply(
        lambda r: (r["_path"], float(r["value"])) in dated_claims, axis=1
    )
    copies = pd.concat([copies, kept[undated_copy]])
    return kept[~undated_copy], copies


def _window_mask(rows: pd.DataFrame, window: Window) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(inside, partly outside, wholly outside) masks for dated rows."""
    lo = pd.Timestamp(window[0]) if window[0] is not None else None
    hi = pd.Timestamp(window[1]) if window[1] is not None else None
    starts_ok = rows["_start"] >= lo if lo is not None else pd.Series(True, index=rows.index)
    ends_ok = rows["_end"] <= hi if hi is not None else pd.Series(True, index=rows.index)
    inside = rows["_dated"] & starts_ok & ends_ok
    before = rows["_end"] < lo if lo is not None else pd.Series(False, index=rows.index)
    after = rows["_start"] > hi if hi is not None else pd.Series(False, index=rows.index)
    outside = rows["_dated"] & (before | after)
    partial = rows["_dated"] & ~inside & ~outside
    return inside, partial, outside


# ---------------------------------------------------------------- steps 5–6

def _overlaps(a: pd.Series, b: pd.Series) -> bool:
    """Inclusive day ranges; an undated figure may overlap anything."""
    if not (a["_dated"] and b["_dated"]):
        return True
    return a["_start"] <= b["_end"] and b["_start"] <= a["_end"]


def _greedy_cover(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Step 5 on one region's dated rows: (picked, excluded with reason)."""
    ordered = rows.sort_values(
        ["_days", "_published", "value", "fact_id"],
        ascending=[False, False, False, True],
        na_position="last",
    )
    picked: list[pd.Series] = []
    dropped: list[tuple[pd.Series, str]] = []
    for _, row in ordered.iterrows():
        clash = next((p for p in picked if _overlaps(row, p)), None)
        if clash is None:
            picked.append(row)
        elif clash["_start"] == row["_start"] and clash["_end"] == row["_end"]:
            dropped.append((row, REASON_SAME_PERIOD))
        else:
            dropped.append((row, REASON_OVERLAP))
    return _frame(picked, rows), _reasoned(dropped, rows)


def _frame(rows: list[pd.Series], like: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(rows) if rows else like.iloc[0:0]


def _reasoned(rows: list[tuple[pd.Series, str]], like: pd.DataFrame) -> pd.DataFrame:
    if not rows:
        return _with_reason(like.iloc[0:0], "")
    frame = pd.DataFrame([r for r, _ in rows])
    frame["reason"] = [reason for _, reason in rows]
    return frame


def _resolve(rows: pd.DataFrame, root: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Steps 4–6 for the region `root` over rows already in its subtree."""
    here = rows["_path"].apply(lambda p: p == root)
    own_dated, own_undated = rows[here & rows["_dated"]], rows[here & ~rows["_dated"]]
    picked, excluded = _greedy_cover(own_dated)
    excluded_parts = [excluded]

    below = rows[~here]
    child_names = sorted({p[len(root)] for p in below["_path"]})
    kept_children: list[pd.DataFrame] = []
    for name in child_names:
        child_rows = below[below["_path"].apply(lambda p, n=name: p[len(root)] == n)]
        child_used, child_excluded = _resolve(child_rows, root + (name,))
        excluded_parts.append(child_excluded)
        covered = child_used.apply(
            lambda r: any(_overlaps(r, p) for _, p in picked.iterrows()), axis=1
        ) if len(picked) and len(child_used) else pd.Series(False, index=child_used.index)
        excluded_parts.append(_with_reason(child_used[covered], REASON_COVERED))
        kept_children.append(child_used[~covered])

    used = pd.concat([picked, *kept_children]) if kept_children else picked
    if own_undated.empty:
        pass
    elif picked.empty and not used.empty and not used["_dated"].any():
        # nothing below is dated either: the region's own (undated) total beats the sum
        # of its sub-regions' undated figures, as a dated total would
        best = own_undated.sort_values(["value", "_published"], ascending=False)
        excluded_parts.append(_with_reason(used, REASON_COVERED))
        excluded_parts.append(_with_reason(best.iloc[1:], REASON_UNDATED_SUPERSEDED))
        used = best.iloc[:1]
    elif used.empty:
        best = own_undated.sort_values(["value", "_published"], ascending=False)
        used = best.iloc[:1]
        excluded_parts.append(_with_reason(best.iloc[1:], REASON_UNDATED_SUPERSEDED))
    else:
        excluded_parts.append(_with_reason(own_undated, REASON_UNDATED_SUPERSEDED))
    return used, pd.concat(excluded_parts)


# ---------------------------------------------------------------- public API

def combine_qualifiers(qualifiers: pd.Series | list[str]) -> str:
    values = set(pd.Series(qualifiers, dtype=object).fillna("exact"))
    if "approx" in values:
        return "approx"
    if "at_least" in values:
        return "at_least"
    return "exact"


def region_root(province: str | None = None, city: str | None = None,
                county: str | None = None) -> tuple[str, ...]:
    return _region_path(pd.Series({"province": province, "city": city, "county": county}))


def aggregate(
    facts: pd.DataFrame,
    metric: str,
    *,
    province: str | None = None,
    city: str | None = None,
    county: str | None = None,
    window: Window = (None, None),
) -> Aggregate:
    """The no-double-counting total of `metric` for a region (None = nationwide) and window."""
    root = region_root(province, city, county)
    return _aggregate_prepared(_prepare(facts, metric), root, window)


def _aggregate_prepared(rows: pd.DataFrame, root: tuple[str, ...], window: Window) -> Aggregate:
    rows = rows[rows["_path"].apply(lambda p: _in_subtree(p, root))] if len(rows) else rows
    excluded: list[pd.DataFrame] = [_with_reason(rows[rows["_case"]], REASON_CASE)]
    rows = rows[~rows["_case"]]

    rows, copies = _split_duplicates(rows)
    excluded.append(_with_reason(copies, REASON_DUPLICATE))

    window_set = window[0] is not None or window[1] is not None
    if window_set:
        inside, partial, outside = _window_mask(rows, window)
        excluded += [
            _with_reason(rows[partial], REASON_PARTIAL),
            _with_reason(rows[outside], REASON_OUTSIDE),
            _with_reason(rows[~rows["_dated"]], REASON_UNDATED_WINDOW),
        ]
        rows = rows[inside]

    used, dropped = _resolve(rows, root) if len(rows) else (rows, rows.iloc[0:0])
    excluded.append(dropped)
    excluded_frame = pd.concat([e for e in excluded if len(e)] or [excluded[0]])
    return _summarise(used, excluded_frame, root)


def _summarise(used: pd.DataFrame, excluded: pd.DataFrame, root: tuple[str, ...]) -> Aggregate:
    if used.empty:
        return Aggregate(None, "exact", 0, _public(used), _public(excluded), BASIS_NONE)
    own = used["_path"].apply(lambda p: p == root)
    basis = BASIS_REPORTED if own.all() else BASIS_SUM_OF_PARTS if not own.any() else BASIS_MIXED
    used = used.sort_values(["_start", "_path"], na_position="last")
    start, end = used["_start"].min(), used["_end"].max()
    return Aggregate(
        value=float(used["value"].sum()),
        qualifier=combine_qualifiers(used["qualifier"]),
        n_sources=int(used["doc_id"].nunique()) if "doc_id" in used else len(used),
        facts=_public(used),
        excluded=_public(excluded),
        basis=basis,
        period_start=start.date() if pd.notna(start) else None,
        period_end=end.date() if pd.notna(end) else None,
    )


REGION_COLUMNS: tuple[str, ...] = (
    "region", "province", "city", "county", "adcode", "value", "qualifier",
    "period_start", "period_end", "n_sources", "fact_ids", "basis",
)


def derived_adcode(adcodes: pd.Series, level: Level) -> str | None:
    """A region's 6-digit adcode from any fact inside it (410102 → 410100 for its city)."""
    keep = {"province": 2, "city": 4, "county": 6}.get(level)
    for code in adcodes.dropna().astype(str):
        digits = code.strip()[:6]
        if keep and len(digits) == 6 and digits.isdigit():
            return digits[:keep] + "0" * (6 - keep)
    return None


def regions_at_level(facts: pd.DataFrame, level: Level,
                     within_province: str | None = None) -> list[tuple[str, ...]]:
    """Distinct region paths of the given depth present in the facts (any metric)."""
    depth = {"province": 1, "city": 2, "county": 3}[level]
    paths = {_region_path(r) for _, r in facts.iterrows()}
    out = {p[:depth] for p in paths if len(p) >= depth}
    if within_province:
        out = {p for p in out if p[0] == within_province}
    return sorted(out)


def aggregate_by_region(
    facts: pd.DataFrame,
    metric: str,
    *,
    level: Level,
    window: Window = (None, None),
    within_province: str | None = None,
) -> pd.DataFrame:
    """One row per region at `level` (each aggregated by the rule above)."""
    rows = _prepare(facts, metric)
    depth = {"province": 1, "city": 2, "county": 3}[level]
    paths = sorted({p[:depth] for p in rows["_path"] if len(p) >= depth}) if len(rows) else []
    if within_province:
        paths = [p for p in paths if p[0] == within_province]
    records = []
    for path in paths:
        subtree = rows[rows["_path"].apply(lambda p, root=path: _in_subtree(p, root))]
        result = _aggregate_prepared(subtree, path, window)
        if result.value is None:
            continue
        names = dict(zip(("province", "city", "county"), path))
        records.append({
            "region": path[-1], "province": names.get("province"), "city": names.get("city"),
            "county": names.get("county"),
            "adcode": derived_adcode(subtree.get("adcode", pd.Series(dtype=str)), level),
            "value": result.value, "qualifier": result.qualifier,
            "period_start": result.period_start, "period_end": result.period_end,
            "n_sources": result.n_sources, "fact_ids": result.fact_ids, "basis": result.basis,
        })
    return pd.DataFrame(records, columns=list(REGION_COLUMNS))
