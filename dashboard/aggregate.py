"""Add up bulletin figures without counting anything twice, one window at a time.

Bulletins repeat each other and nest: a city's 1–7月 total sits beside its 5–7月 subtotal, a
province's total beside its cities' totals, the same sentence in a headline, a body, a
"相关新闻" blurb and another outlet's copy. Summing rows would inflate every number, so an
aggregate is built by *choosing* figures, and every row considered comes back either in the
basis (计算依据: the figures used, which add up to the value shown) or among the left-out
rows with a reason code (REASON_*; i18n.reason_label reads them out).

The rule, for one metric, one region (None = nationwide) and one window [from, to]:

0. A figure with no province whose force the parser did not find (Fact.nationwide is
   False: no 全国/公安部 in its sentence or page) is no nationwide figure: it is listed,
   never added (an upload from an unknown place must not become the nation's total).
                                                                          → region_unknown
1. Case-level facts (scope == "case": a 专案 or a single incident) are listed, never added:
   they are already inside their force's period totals.                      → case_level
   So are named parts of a total (scope == "part": 损失百万以上案件27起, 挂牌督办案件16起,
   “金主”、头目和骨干542名): they are inside the force's whole figure, and taken alone
   they would pass for it.                                                 → part_of_total
2. Duplicates collapse: same metric, region, value and period is one claim, however many
   bulletins print it; an undated copy (a blurb) of a dated claim is the same claim. The
   body figure wins over a blurb, then the most recently published copy.     → duplicate
3. A figure with no known period never enters a total: it is listed beside the total of
   the window its bulletin was published in as 时段不明 (Aggregate.undated; with no known
   publication day, beside every window) and stays in the evidence explorer of that window.
   Beside another window it is left out as reported outside it.
                                              → unknown_period_with_window / outside_window
4. Window: a figure is used only when its whole period lies inside the window (an open end
   is unbounded). One that lies wholly outside is left out; one that crosses an edge cannot
   be prorated without inventing numbers, so it is left out too.
                                                     → outside_window / partly_outside_window
   So every figure of a total lies inside the one window the reader chose: a total never
   mixes two windows. Trends across windows are a table of totals (one per year), not a sum.
5. Within one region, figures are picked greedily: longest period first (the widest figure
   already contains its nested subtotals), ties to the most recent publication (later
   bulletins correct earlier ones), then the larger value. A figure overlapping one already
   picked is dropped; disjoint periods are summed. (Two figures of one bulletin for the same
   period — 追赃挽损 and 阻止损失 are both money recovered — keep the larger.)
             → same_period_other_report / same_period_same_bulletin / overlaps_longer_period
6. Hierarchy (nation → province → city → county): a region's own picked figures come
   first. A sub-region's figure (already resolved by steps 5–6 inside the sub-region) is
   added only when its period touches none of the region's own picked periods, so a
   sub-region's figure never displaces its parent's figure for the same window. With no own
   figure the region's value is the sum of its sub-regions (basis "sum_of_parts"); own
   figures plus sub-regions for other days is "mixed". Direct-controlled municipalities
   (北京市/北京市) are one level: city == province counts as the province itself.
   When the sub-regions' own totals add up to more than the region's value, that sum is
   reported beside the total (Aggregate.parts_value: the region's own figure covers only
   part), never in it. A sub-region's figure whose period lies inside the region's own
   figure's is covered by it; one whose period only overlaps it (a province's full year
   beside a national Jan–Apr operation) is not inside it, but adding both would count the
   shared days twice, so it is left out as overlapping the region's own figure.
                                        → covered_by_parent_total / overlaps_parent_figure
7. The value is the sum of the figures used (the basis); its qualifier is "approx" if any
   part is approx, else "at_least" if any part is at_least, else "exact". The result also
   says how many regions and bulletins the value rests on and which sub-regions (one level
   down) have figures for the metric but none inside the window.

Every fact of the metric inside the region is, for that region's total, either used or left
out with exactly one reason.

Cost: `narrow()` turns the wide facts frame into a narrow one (ids, region path, day
numbers, value, publication) in one vectorised pass; `resolve()` then resolves *every*
region of one metric and window together, bottom-up over the region tree, in
O(n log n) for the n facts of that metric (sorting, plus a binary search per overlap test).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import pandas as pd

from dashboard.regions import region_path, region_triples, unresolved_mask

Level = Literal["nation", "province", "city", "county"]
LEVELS: tuple[Level, ...] = ("nation", "province", "city", "county")
DEPTH: dict[str, int] = {"nation": 0, "province": 1, "city": 2, "county": 3}

# Machine-readable reasons (i18n.reason_label translates them).
REASON_DUPLICATE = "duplicate"
REASON_SAME_PERIOD = "same_period_other_report"
REASON_SAME_BULLETIN = "same_period_same_bulletin"
REASON_OVERLAP = "overlaps_longer_period"
REASON_COVERED = "covered_by_parent_total"
# a sub-region's figure whose period overlaps the region's own figure without lying inside it
# (广东 full year beside a national Jan–Apr operation): not contained, yet not addable
REASON_PARENT_OVERLAP = "overlaps_parent_figure"
REASON_CASE = "case_level"
REASON_PART = "part_of_total"
REASON_REGION_UNKNOWN = "region_unknown"
REASON_OUTSIDE = "outside_window"
REASON_PARTIAL = "partly_outside_window"
REASON_UNDATED_WINDOW = "unknown_period_with_window"  # 时段不明: never enters a total
REASON_UNDATED = REASON_UNDATED_WINDOW
# Kept for callers of the old rule (an undated figure as a last resort); no longer produced.
REASON_UNDATED_SUPERSEDED = "unknown_period_superseded"
REASONS: tuple[str, ...] = (REASON_REGION_UNKNOWN, REASON_CASE, REASON_PART, REASON_DUPLICATE,
                            REASON_UNDATED, REASON_OUTSIDE, REASON_PARTIAL, REASON_SAME_PERIOD,
                            REASON_SAME_BULLETIN, REASON_OVERLAP, REASON_COVERED, REASON_PARENT_OVERLAP)

BASIS_REPORTED = "reported"  # the region's own figures only
BASIS_SUM_OF_PARTS = "sum_of_parts"  # only sub-region figures
BASIS_MIXED = "mixed"  # own figures plus sub-regions for periods the own ones leave open
BASIS_NONE = "none"

Window = tuple[date | None, date | None]
Path = tuple[str, ...]

_EPOCH = np.datetime64("1970-01-01", "D")
_NO_DAY = np.iinfo(np.int64).min  # "no date" in the day-number columns


@dataclass(frozen=True)
class Aggregate:
    """One total. `facts` (the basis) are the rows used: their `value`s add up to `value`.
    `excluded` holds every other row considered, with a `reason` column (REASON_*)."""
    value: float | None
    qualifier: str  # exact | at_least | approx
    n_sources: int  # distinct doc_ids among the facts used
    facts: pd.DataFrame  # rows used
    excluded: pd.DataFrame  # rows considered but not used, with a `reason` column
    basis: str = BASIS_NONE
    period_start: date | None = None  # earliest start among the facts used
    period_end: date | None = None
    n_regions: int = 0  # distinct regions whose figures are used
    missing_regions: tuple[str, ...] = ()  # sub-regions with the metric, none in the window
    window: Window = (None, None)
    # Rows wholly outside the window (any reason) that `excluded` leaves out (to_aggregate
    # with keep_outside=False: a page's total does not carry every other year's figures).
    n_outside: int = 0
    # The sub-regions' own totals (one level down) added up, when that is more than `value`:
    # the region's own figure then covers only part of it (抓获…金主、头目和骨干等542名 beside
    # provinces that add up to 6.6万). Shown beside the total, never added to it (step 6).
    parts_value: float | None = None

    @property
    def fact_ids(self) -> list[str]:
        return [str(x) for x in self.facts.get("fact_id", pd.Series(dtype=str))]

    @property
    def n_undated(self) -> int:
        """How many 时段不明 figures are listed beside the total (cheap: no frame built)."""
        if self.excluded.empty or "reason" not in self.excluded:
            return 0
        return int(np.count_nonzero(self.excluded["reason"].to_numpy() == REASON_UNDATED))

    @property
    def undated(self) -> pd.DataFrame:
        """The 时段不明 figures listed beside the total (never part of it)."""
        if self.excluded.empty or "reason" not in self.excluded:
            return self.excluded.iloc[0:0]
        return self.excluded[self.excluded["reason"] == REASON_UNDATED]


# ---------------------------------------------------------------- region paths

def path_of(province: object, city: object, county: object) -> Path:
    """('河南省', '郑州市', …) — the region's position in the hierarchy; () is the nation.
    The one region-path rule (municipality included) is regions.region_path."""
    return region_path(province, city, county)


def region_root(province: str | None = None, city: str | None = None,
                county: str | None = None) -> Path:
    return path_of(province, city, county)


def _in_subtree(path: Path, root: Path) -> bool:
    return path[: len(root)] == root


# ---------------------------------------------------------------- the narrow table

NARROW_COLUMNS: tuple[str, ...] = (
    "row", "fact_id", "doc_id", "metric", "path", "depth", "value", "qualifier", "start",
    "end", "dated", "published", "case", "part", "blurb", "campaign", "adcode", "unresolved",
)


def _days(values: pd.Series) -> np.ndarray:
    """ISO dates (or anything to_datetime reads) → int64 day numbers, _NO_DAY when missing.
    Text is parsed once per distinct value (85k facts carry a few hundred periods)."""
    values = pd.Series(values, copy=False)
    if not pd.api.types.is_datetime64_any_dtype(values):
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        parsed = _parse_days(pd.Series(np.asarray(uniques, dtype=object), dtype=object))
        return np.append(parsed, _NO_DAY)[codes]  # code -1 (missing) → the last: _NO_DAY
    return _parse_days(values)


def _parse_days(values: pd.Series) -> np.ndarray:
    stamps = pd.to_datetime(values, errors="coerce")
    days = stamps.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    out = (days - _EPOCH).astype(np.int64)
    out[pd.isna(stamps).to_numpy()] = _NO_DAY
    return out


def _column(facts: pd.DataFrame, name: str, default: object) -> pd.Series:
    return facts[name] if name in facts else pd.Series(default, index=facts.index, dtype=object)


def narrow(facts: pd.DataFrame, regions: tuple[np.ndarray, list] | None = None
           ) -> pd.DataFrame:
    """The columns aggregation needs, one row per fact, in the facts frame's order.

    `row` is the fact's position in `facts` (so the used/excluded rows can be returned with
    all their columns); `path` is the region path; `start`/`end`/`published` are int64 day
    numbers since 1970-01-01 (missing: a very negative sentinel, see `dated`); `value` float.
    `regions`: region_triples of the facts' (province, city, county) when the caller has
    them (data.derive makes them for the labels). Raises KeyError when `metric` or `value`
    is missing.
    """
    n = len(facts)
    # few distinct regions, many facts: factorise the (province, city, county) triple in
    # vectorised code and build each distinct path once
    codes, triples = regions or region_triples(*(_column(facts, name, None)
                                                 for name in ("province", "city", "county")))
    distinct = np.empty(len(triples), dtype=object)
    distinct[:] = [path_of(*t) for t in triples]
    paths = distinct[codes] if n else np.empty(0, dtype=object)
    # a dataset's facts carry their periods parsed (data.derive): the same dates
    start = _days(facts["start_date"] if "start_date" in facts
                  else _column(facts, "period_start", None))
    end = _days(facts["end_date"] if "end_date" in facts
                else _column(facts, "period_end", None))
    published = _days(_column(facts, "published", None))
    fact_ids = facts["fact_id"].astype(str).to_numpy() if "fact_id" in facts \
        else np.array([f"row{i}" for i in range(n)], dtype=object)
    # object columns: the resolver reads them element by element, and numpy object
    # arrays hand out Python strings without a conversion per access
    obj = lambda values: pd.Series(np.asarray(values, dtype=object), dtype=object)  # noqa: E731
    return pd.DataFrame({
        "row": np.arange(n, dtype=np.int64),
        "fact_id": obj(fact_ids),
        "doc_id": obj(_column(facts, "doc_id", None).to_numpy()),
        "metric": obj(facts["metric"].to_numpy()),
        "path": pd.Series(paths, dtype=object, index=range(n)),
        "depth": np.array([len(p) for p in distinct], dtype=np.int64)[codes] if n
        else np.empty(0, dtype=np.int64),
        "value": pd.to_numeric(facts["value"], errors="coerce").to_numpy(dtype=float),
        "qualifier": obj(_column(facts, "qualifier", "exact").fillna("exact").to_numpy()),
        "start": start,
        "end": end,
        "dated": (start != _NO_DAY) & (end != _NO_DAY),
        "published": published,
        "case": _column(facts, "scope", "jurisdiction").fillna("jurisdiction").eq("case")
        .to_numpy(),
        "part": _column(facts, "scope", "jurisdiction").fillna("jurisdiction").eq("part")
        .to_numpy(),
        "blurb": _column(facts, "unit_kind", "body").fillna("body").eq("blurb").to_numpy(),
        "campaign": obj(_column(facts, "campaign", None).to_numpy()),
        "adcode": obj(_column(facts, "adcode", None).to_numpy()),
        "unresolved": unresolved_mask(facts),
    }, columns=list(NARROW_COLUMNS))


def _day(value: date | None) -> int | None:
    return None if value is None else int((np.datetime64(value, "D") - _EPOCH).astype(np.int64))


def _date(day: int) -> date:
    return (_EPOCH + np.timedelta64(int(day), "D")).astype(object)


# ---------------------------------------------------------------- steps 1–4 (vectorised)

def base_reasons(rows: pd.DataFrame) -> np.ndarray:
    """Reason per row for steps 0–3, which do not depend on the window (object array;
    None = still a candidate). Computed once per metric and reused for every window."""
    reason = np.full(len(rows), None, dtype=object)
    # Steps 0 and 1: listed, never added — a case, a named part, a figure of no known region
    # (assigned in that order, so a row that is several says the last: its region is unknown)
    listed = np.zeros(len(rows), dtype=bool)
    for column, code in (("case", REASON_CASE), ("part", REASON_PART), ("unresolved", REASON_REGION_UNKNOWN)):
        if column in rows:
            mask = rows[column].to_numpy(dtype=bool)
            reason[mask] = code
            listed |= mask
    case = listed

    # Step 2: best copy first (body before blurb, newest publication, then fact_id), as
    # one stable numpy lexsort; a claim is (region, value, period) with regions as codes.
    live = np.flatnonzero(~case)
    published = rows["published"].to_numpy()[live]
    unpublished = published == _NO_DAY
    newest_first = -np.where(unpublished, 0, published)  # the sentinel is never negated
    fact_rank = np.unique(rows["fact_id"].to_numpy()[live].astype(str),
                          return_inverse=True)[1].reshape(-1)
    order = live[np.lexsort((fact_rank, newest_first, unpublished,
                             rows["blurb"].to_numpy(dtype=bool)[live]))]
    path = pd.factorize(rows["path"].to_numpy()[order])[0]
    value = rows["value"].to_numpy()[order]
    start, end = rows["start"].to_numpy()[order], rows["end"].to_numpy()[order]
    copy = pd.DataFrame({"path": path, "value": value, "start": start, "end": end}
                        ).duplicated(keep="first").to_numpy()
    # an undated copy (a blurb) of a dated claim kept above is the same claim
    dated = (start != _NO_DAY) & (end != _NO_DAY)
    dated_claims = set(zip(path[~copy & dated].tolist(), value[~copy & dated].tolist()))
    undated = ~copy & ~dated
    undated_copy = np.zeros(len(order), dtype=bool)
    undated_copy[undated] = [(p, v) in dated_claims for p, v in
                             zip(path[undated].tolist(), value[undated].tolist())]
    reason[order[copy | undated_copy]] = REASON_DUPLICATE

    # Step 3: no period, no total.
    open_ = (reason == None) & ~rows["dated"].to_numpy(dtype=bool)  # noqa: E711
    reason[open_] = REASON_UNDATED
    return reason


def _prefilter(rows: pd.DataFrame, window: Window, base: np.ndarray | None = None
               ) -> np.ndarray:
    """Reason per row (object array; None = still a candidate) for steps 1–4."""
    reason = base_reasons(rows) if base is None else base.copy()

    # Step 4: wholly inside the window, or out.
    lo, hi = _day(window[0]), _day(window[1])
    # (step 3's window part: an undated figure is listed beside the window its bulletin was
    # published in; one reported in another window tells nothing about this one)
    undated = reason == REASON_UNDATED
    if (lo is not None or hi is not None) and undated.any():
        published = rows["published"].to_numpy()
        elsewhere = np.zeros(len(rows), dtype=bool)
        if lo is not None:
            elsewhere |= published < lo
        if hi is not None:
            elsewhere |= published > hi
        reason[undated & (published != _NO_DAY) & elsewhere] = REASON_OUTSIDE
    start, end = rows["start"].to_numpy(), rows["end"].to_numpy()
    pending = reason == None  # noqa: E711
    outside = np.zeros(len(rows), dtype=bool)
    inside = np.ones(len(rows), dtype=bool)
    if lo is not None:
        outside |= end < lo
        inside &= start >= lo
    if hi is not None:
        outside |= start > hi
        inside &= end <= hi
    reason[pending & outside] = REASON_OUTSIDE
    reason[pending & ~outside & ~inside] = REASON_PARTIAL
    return reason


# ---------------------------------------------------------------- steps 5–6 (the tree)

class _Cover:
    """Disjoint picked day ranges, sorted, with O(log k) overlap lookups."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def clash(self, start: int, end: int) -> int | None:
        """Index of a picked range overlapping [start, end] (inclusive days), else None."""
        i = bisect_right(self.starts, end) - 1
        return i if i >= 0 and self.ends[i] >= start else None

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


@dataclass
class Resolution:
    """Every region of one metric resolved for one window (steps 1–6).

    `rows` is the narrow table of the facts considered (one metric); `reason[i]` is the
    step 1–4 reason of rows.iloc[i] or None; `used[path]` lists the positions (into `rows`)
    whose values make up that region's total; `dropped[path]` lists (position, reason) for
    figures left out *at* that region (its own overlapping figures, and sub-region figures
    its own figures cover). A region's whole left-out list is the step 1–4 rows of its
    subtree plus `dropped` of every region in its subtree."""
    rows: pd.DataFrame
    reason: np.ndarray
    window: Window
    used: dict[Path, list[int]] = field(default_factory=dict)
    dropped: dict[Path, list[tuple[int, str]]] = field(default_factory=dict)

    def paths_at(self, depth: int) -> list[Path]:
        return sorted(p for p, used in self.used.items() if len(p) == depth and used)


def resolve(rows: pd.DataFrame, window: Window = (None, None),
            base: np.ndarray | None = None) -> Resolution:
    """Resolve every region of one metric's narrow rows (see `narrow`) for `window`.
    `base` is base_reasons(rows) when the caller keeps it (it does not depend on the
    window, so a page that resolves many windows computes it once)."""
    rows = rows.reset_index(drop=True)
    reason = _prefilter(rows, window, base)
    result = Resolution(rows=rows, reason=reason, window=window)
    candidates = np.flatnonzero(reason == None)  # noqa: E711
    if not len(candidates):
        return result
    paths = rows["path"].to_numpy()
    start, end = rows["start"].to_numpy(), rows["end"].to_numpy()
    value, fact_id = rows["value"].to_numpy(), rows["fact_id"].to_numpy()
    doc_id = rows["doc_id"].to_numpy()
    # unpublished sorts as the oldest (negating the int64 sentinel would overflow)
    published = np.where(rows["published"].to_numpy() == _NO_DAY, -(10 ** 9),
                         rows["published"].to_numpy())

    # Step 5 order: longest first, newest publication, larger value, then fact_id.
    ordered = sorted(candidates, key=lambda i: (-(end[i] - start[i]), -published[i],
                                                -value[i], fact_id[i]))
    own: dict[Path, list[int]] = defaultdict(list)
    for i in ordered:
        own[paths[i]].append(i)

    nodes: set[Path] = set()
    for path in own:
        nodes.update(path[:k] for k in range(len(path) + 1))
    children: dict[Path, list[Path]] = defaultdict(list)
    for path in nodes:
        if path:
            children[path[:-1]].append(path)

    for path in sorted(nodes, key=len, reverse=True):  # counties first, the nation last
        cover, picked, dropped = _Cover(), [], []
        owner: dict[tuple[int, int], int] = {}  # a picked range → the figure picked for it
        for i in own.get(path, ()):
            at = cover.clash(start[i], end[i])
            if at is None:
                cover.add(start[i], end[i])
                owner[(start[i], end[i])] = i
                picked.append(i)
            elif cover.starts[at] == start[i] and cover.ends[at] == end[i]:
                # (追赃挽损4.94亿元 beside 阻止损失5.91亿元 in one bulletin: no rival report)
                same = doc_id[owner[(start[i], end[i])]] == doc_id[i]
                dropped.append((i, REASON_SAME_BULLETIN if same else REASON_SAME_PERIOD))
            else:
                dropped.append((i, REASON_OVERLAP))
        used = picked
        for child in sorted(children.get(path, ())):
            for i in result.used[child]:
                at = cover.clash(start[i], end[i]) if picked else None
                if at is not None:
                    # inside the region's own period: a nested part of it; only overlapping
                    # it: not part of it, yet adding both would count the shared days twice
                    inside = cover.starts[at] <= start[i] and end[i] <= cover.ends[at]
                    dropped.append((i, REASON_COVERED if inside else REASON_PARENT_OVERLAP))
                else:
                    used.append(i)
        result.used[path] = used
        if dropped:
            result.dropped[path] = dropped
    return result


# ---------------------------------------------------------------- one region's total

def combine_qualifiers(qualifiers: pd.Series | list[str]) -> str:
    """'approx' when any is, else 'at_least' when any is, else 'exact' (a missing qualifier
    is exact). A set of plain values: a Series per call cost more than the totals it
    qualified (~0.5 ms each, tens of calls a page)."""
    values = {q if isinstance(q, str) else "exact" for q in qualifiers}
    if "approx" in values:
        return "approx"
    if "at_least" in values:
        return "at_least"
    return "exact"


def _subtree_mask(paths: pd.Series, root: Path) -> np.ndarray:
    if not root:
        return np.ones(len(paths), dtype=bool)
    n = len(root)
    # many rows, few distinct paths: each distinct path is compared once (a comparison per
    # row was a third of a province's headline totals at 10k)
    codes, distinct = pd.factorize(paths.to_numpy())
    inside = np.fromiter((p[:n] == root for p in distinct), dtype=bool, count=len(distinct))
    return inside[codes] if len(codes) else np.zeros(0, dtype=bool)


@dataclass(frozen=True)
class RegionTotal:
    """A total as positions into Resolution.rows (cheap; `Aggregate` adds the frames)."""
    used: list[int]
    excluded: tuple[np.ndarray, np.ndarray]  # (positions, reasons), in the order listed
    missing: tuple[str, ...]


def region_total(res: Resolution, root: Path) -> RegionTotal:
    rows = res.rows
    inside = _subtree_mask(rows["path"], root)
    # what each region of the subtree dropped first (steps 5–6: the rows that explain why a
    # region's figure is not in the total — a list cut at 200 rows hid them behind hundreds of
    # case and undated rows: newcomer review 12), then the step 1–4 rows (in row order):
    # kept as two arrays, since a nationwide total leaves out tens of thousands of rows
    pre = np.flatnonzero(inside & (res.reason != None))  # noqa: E711
    dropped = [pair for path, pairs in res.dropped.items() if _in_subtree(path, root)
               for pair in pairs]
    positions = np.concatenate([np.fromiter((i for i, _ in dropped), dtype=np.int64,
                                            count=len(dropped)), pre])
    reasons = np.empty(len(positions), dtype=object)
    reasons[:len(dropped)] = [r for _, r in dropped]
    reasons[len(dropped):] = res.reason[pre]
    # Sub-regions with jurisdiction figures of the metric but none inside the window.
    depth = len(root)
    below = inside & (rows["depth"].to_numpy() > depth) & ~rows["case"].to_numpy(dtype=bool) \
        & ~rows["part"].to_numpy(dtype=bool)
    paths = rows["path"].to_numpy()
    # many facts, few distinct paths: each distinct path is cut once
    with_metric = {p[depth] for p in set(paths[below])}
    # a candidate (no step 1–4 reason) lies inside the window, used or not
    in_window = {p[depth] for p in set(paths[below & (res.reason == None)])}  # noqa: E711
    return RegionTotal(list(res.used.get(root, [])), (positions, reasons),
                       tuple(sorted(with_metric - in_window)))


def summary(res: Resolution, root: Path) -> dict | None:
    """value, qualifier, n_sources, basis of region `root` without building the frames
    (None when the region has no total)."""
    used = res.used.get(root)
    if not used:
        return None
    rows = res.rows
    paths, docs = rows["path"].to_numpy(), rows["doc_id"].to_numpy()
    own = [paths[i] == root for i in used]
    return {
        "value": float(rows["value"].to_numpy()[used].sum()),
        "qualifier": combine_qualifiers(list(rows["qualifier"].to_numpy()[used])),
        "n_sources": len({docs[i] for i in used} - {None}) or len(used),
        "basis": BASIS_REPORTED if all(own) else
        BASIS_SUM_OF_PARTS if not any(own) else BASIS_MIXED,
    }


# A total covering this share of its window's days counts as covering it: a year-end
# report "截至12月30日" (or 25日) speaks for the year; Jan–Nov (91 %) does not.
WHOLE_SHARE = 0.95


def covers_window(res: Resolution, root: Path) -> bool:
    """Whether region `root`'s total speaks for its whole window: for each region whose
    own figures it adds, their periods together cover at least WHOLE_SHARE of the window's
    days (Q1–Q4 of one city do; a province's Jan–Jun, or cities each giving Jan–Jun, do
    not). False without a total or without a bounded window. A year table marks the cells
    that do not (a Jan–Jun sum beside a full year read as a fall: newcomer review)."""
    used = res.used.get(root)
    lo, hi = _day(res.window[0]), _day(res.window[1])
    if not used or lo is None or hi is None:
        return False
    paths = res.rows["path"].to_numpy()
    start, end = res.rows["start"].to_numpy(), res.rows["end"].to_numpy()
    spans: dict[Path, list[tuple[int, int]]] = defaultdict(list)
    for i in used:
        spans[paths[i]].append((int(start[i]), int(end[i])))
    needed = WHOLE_SHARE * (hi - lo + 1)
    for own in spans.values():
        covered, reach = 0, lo - 1  # days covered so far, the last of them
        for first, last in sorted(own):
            first = max(first, reach + 1)
            if last >= first:
                covered += last - first + 1
                reach = last
        if covered < needed:
            return False
    return True


def to_aggregate(res: Resolution, root: Path, source: pd.DataFrame, *,
                 keep_outside: bool = True, columns: list[str] | None = None) -> Aggregate:
    """The Aggregate of region `root`; `source` is the wide facts frame `res.rows.row`
    points into (its columns, or only `columns`, come back in `facts` / `excluded`).

    keep_outside=False drops the rows wholly outside the window from `excluded` and counts
    them in `n_outside` instead (every other row still comes back, used or with a reason).
    A row with no period counts as outside when its bulletin was published outside the
    window (step 3 places it by publication day), whatever its reason: an undated case or
    copy in another year's bulletin belongs to that year's workings."""
    total = region_total(res, root)
    rows = res.rows
    if columns is not None:
        source = source[[c for c in columns if c in source.columns]]
    n_outside = 0
    if not keep_outside:
        # every row wholly outside the window goes, whatever its reason (a duplicate or a
        # case of another year belongs to that year's workings, not this one's); a row with
        # no period is placed by its bulletin's publication day (step 3), so an undated case
        # or copy from another year's bulletin goes too
        lo, hi = _day(res.window[0]), _day(res.window[1])
        start, end = rows["start"].to_numpy(), rows["end"].to_numpy()
        published = rows["published"].to_numpy()
        positions, reasons = total.excluded
        dated = rows["dated"].to_numpy()[positions]
        first = np.where(dated, end[positions], published[positions])
        last = np.where(dated, start[positions], published[positions])
        outside = np.zeros(len(positions), dtype=bool)
        if lo is not None:
            outside |= first < lo
        if hi is not None:
            outside |= last > hi
        # an undated row of a bulletin with no known day belongs beside every window
        outside &= dated | (published[positions] != _NO_DAY)
        n_outside = int(outside.sum())
        total = RegionTotal(total.used, (positions[~outside], reasons[~outside]),
                            total.missing)
    used = rows.iloc[total.used]
    used = used.assign(_key=[(s if d else np.iinfo(np.int64).max, p) for s, p, d in
                             zip(used["start"], used["path"], used["dated"])]) \
        .sort_values("_key", kind="mergesort") if len(used) else used
    facts = source.iloc[used["row"].to_numpy()].reset_index(drop=True)
    positions, reasons = total.excluded
    if len(positions):
        excluded = source.iloc[rows["row"].to_numpy()[positions]].reset_index(drop=True)
        excluded["reason"] = pd.Series(reasons, dtype=object)  # compared per row
    else:
        excluded = source.iloc[0:0].assign(reason=pd.Series(dtype=object))
    if used.empty:
        return Aggregate(None, "exact", 0, facts, excluded, BASIS_NONE,
                         missing_regions=total.missing, window=res.window, n_outside=n_outside)
    own = [p == root for p in used["path"]]
    basis = BASIS_REPORTED if all(own) else BASIS_SUM_OF_PARTS if not any(own) else BASIS_MIXED
    value = float(used["value"].sum())
    parts = parts_total(res, root) if basis != BASIS_SUM_OF_PARTS else None
    doc_ids = used["doc_id"]
    n_sources = int(doc_ids.nunique()) if doc_ids.notna().any() else len(used)
    return Aggregate(
        value=value,
        qualifier=combine_qualifiers(used["qualifier"]),
        n_sources=n_sources,
        facts=facts,
        excluded=excluded,
        basis=basis,
        period_start=_date(used["start"].min()),
        period_end=_date(used["end"].max()),
        n_regions=int(used["path"].nunique()),
        missing_regions=total.missing,
        window=res.window,
        n_outside=n_outside,
        parts_value=parts if parts is not None and parts > value else None,
    )


def parts_total(res: Resolution, root: Path) -> float | None:
    """The totals of `root`'s direct sub-regions added up (None when none has one)."""
    values = res.rows["value"].to_numpy()
    depth = len(root)
    totals = [values[used].sum() for path, used in res.used.items()
              if used and len(path) == depth + 1 and path[:depth] == root]
    return float(sum(totals)) if totals else None


def aggregate(
    facts: pd.DataFrame,
    metric: str,
    *,
    province: str | None = None,
    city: str | None = None,
    county: str | None = None,
    window: Window = (None, None),
) -> Aggregate:
    """The no-double-counting total of `metric` for a region (None = nationwide) and window.

    `facts` is a facts frame (records.FACT_COLUMNS; `published` used when present); the
    returned frames keep its columns. Rows of other metrics are ignored. Open window ends
    are unbounded; pass both ends to get a quotable total."""
    mine = facts[facts["metric"] == metric] if len(facts) else facts
    rows = narrow(mine)
    root = region_root(province, city, county)
    rows = rows[_subtree_mask(rows["path"], root)]
    return to_aggregate(resolve(rows, window), root, mine)


# ---------------------------------------------------------------- every region at a level

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


def region_adcodes(rows: pd.DataFrame, level: Level) -> dict[Path, str]:
    """Region path at `level` → adcode, from the first fact inside it that has a valid one."""
    depth = DEPTH[level]
    keep = {1: 2, 2: 4, 3: 6}[depth]
    out: dict[Path, str] = {}
    for path, code in zip(rows["path"], rows["adcode"]):
        if len(path) < depth or not isinstance(code, str):
            continue
        key = path[:depth]
        if key in out:
            continue
        digits = code.strip()[:6]
        if len(digits) == 6 and digits.isdigit():
            # a fact of this very region keeps its own code: a municipality's district is a
            # depth-2 region with a county code (海淀区 110108, not 北京市's 110100)
            out[key] = digits if len(path) == depth else digits[:keep] + "0" * (6 - keep)
    return out


def by_region(res: Resolution, level: Level, *, within: Path = (),
              adcodes: dict[Path, str] | None = None) -> pd.DataFrame:
    """One row per region at `level` that has a total (REGION_COLUMNS), from one
    resolution: every region's total is already in it, so this is one pass over them."""
    depth = DEPTH[level]
    rows = res.rows
    fact_id = rows["fact_id"].to_numpy()
    value, qualifier = rows["value"].to_numpy(), rows["qualifier"].to_numpy()
    start, end = rows["start"].to_numpy(), rows["end"].to_numpy()
    doc_id, paths = rows["doc_id"].to_numpy(), rows["path"].to_numpy()
    adcodes = adcodes if adcodes is not None else region_adcodes(rows, level)
    records = []
    for path in res.paths_at(depth):
        if not _in_subtree(path, within):
            continue
        used = res.used[path]
        own = [paths[i] == path for i in used]
        names = dict(zip(("province", "city", "county"), path))
        docs = {doc_id[i] for i in used}
        records.append({
            "region": path[-1], "province": names.get("province"), "city": names.get("city"),
            "county": names.get("county"), "adcode": adcodes.get(path),
            "value": float(sum(value[i] for i in used)),
            "qualifier": combine_qualifiers([qualifier[i] for i in used]),
            "period_start": _date(min(start[i] for i in used)),
            "period_end": _date(max(end[i] for i in used)),
            "n_sources": len(docs - {None}) or len(used),
            "fact_ids": [str(fact_id[i]) for i in used],
            "basis": BASIS_REPORTED if all(own) else
            BASIS_SUM_OF_PARTS if not any(own) else BASIS_MIXED,
        })
    return pd.DataFrame(records, columns=list(REGION_COLUMNS))


def aggregate_by_region(
    facts: pd.DataFrame,
    metric: str,
    *,
    level: Level,
    window: Window = (None, None),
    within_province: str | None = None,
) -> pd.DataFrame:
    """One row per region at `level` (each aggregated by the rule above), REGION_COLUMNS."""
    rows = narrow(facts[facts["metric"] == metric] if len(facts) else facts)
    within = (within_province,) if within_province else ()
    return by_region(resolve(rows, window), level, within=within,
                     adcodes=region_adcodes(narrow(facts), level) if len(facts) else {})
