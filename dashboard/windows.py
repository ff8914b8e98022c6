"""The one window a headline total covers: a calendar year, half-year, quarter or custom range.

A period code names a window in the URL and the sidebar: "2023" (the year), "2023H1",
"2023H2" (half-years), "2023Q1" … "2023Q4" (quarters). A custom range has no code; it is
given by its two dates. Day numbers are inclusive: 2023H1 is 2023-01-01 – 2023-06-30.
No Streamlit here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

import pandas as pd

from dashboard.regions import unresolved_mask

Kind = Literal["year", "half", "quarter", "custom"]
KINDS: tuple[Kind, ...] = ("year", "half", "quarter", "custom")
_CODE = re.compile(r"^(\d{4})(?:([HQ])([1-4]))?$")
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class Window:
    """Inclusive [start, end]; `code` is "" for a custom range."""
    start: date
    end: date
    kind: Kind
    code: str = ""

    @property
    def bounds(self) -> tuple[date, date]:
        return (self.start, self.end)

    def label(self, lang: str = "zh") -> str:
        """'2023年' / '2023年上半年' / '2023年第2季度' / '2023-01-05 – 2023-03-01'."""
        y = self.start.year
        if self.kind == "year":
            return f"{y}年" if lang != "en" else str(y)
        if self.kind == "half":
            first = self.start.month == 1
            return (f"{y}年{'上' if first else '下'}半年" if lang != "en"
                    else f"{'H1' if first else 'H2'} {y}")
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return f"{y}年第{q}季度" if lang != "en" else f"Q{q} {y}"
        lo = "…" if self.start.year <= MIN_YEAR else self.start.isoformat()
        hi = "…" if self.end.year >= MAX_YEAR else self.end.isoformat()
        return f"{lo} – {hi}"

    def contains(self, start: date, end: date) -> bool:
        return self.start <= start and end <= self.end


def year(y: int) -> Window:
    return Window(date(y, 1, 1), date(y, 12, 31), "year", f"{y}")


def half(y: int, h: int) -> Window:
    if h not in (1, 2):
        raise ValueError(f"half-year must be 1 or 2, not {h}")
    return (Window(date(y, 1, 1), date(y, 6, 30), "half", f"{y}H1") if h == 1
            else Window(date(y, 7, 1), date(y, 12, 31), "half", f"{y}H2"))


def quarter(y: int, q: int) -> Window:
    if q not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1–4, not {q}")
    first = 3 * (q - 1) + 1
    last = date(y, first + 3, 1) if q < 4 else date(y + 1, 1, 1)
    return Window(date(y, first, 1), date.fromordinal(last.toordinal() - 1), "quarter",
                  f"{y}Q{q}")


def custom(start: date, end: date) -> Window:
    """A custom range (dates swapped if given backwards)."""
    if start > end:
        start, end = end, start
    return Window(start, end, "custom")


@dataclass(frozen=True)
class Range:
    """The custom range as used: `start` ≤ `end` (either may be open); `reversed` says the
    two dates came the other way round and were swapped, so the page can say so."""
    start: date | None
    end: date | None
    reversed: bool = False


def ordered(start: date | None, end: date | None) -> Range:
    """The range from two picked dates, in order; an end before the start is swapped (a
    reader who typed the dates the wrong way round still means the days between them)
    and marked reversed."""
    if start is not None and end is not None and start > end:
        return Range(end, start, True)
    return Range(start, end)


def from_bounds(start: date | None, end: date | None) -> Window:
    """The window with these bounds: named (year / half / quarter) when it is one, else a
    custom range; an open end becomes the far edge (MIN_YEAR-01-01 / MAX_YEAR-12-31)."""
    start = start or date(MIN_YEAR, 1, 1)
    end = end or date(MAX_YEAR, 12, 31)
    if start > end:
        start, end = end, start
    if start.year == end.year:
        for kind in ("year", "half", "quarter"):
            for window in of_kind(kind, start.year):
                if window.bounds == (start, end):
                    return window
    return custom(start, end)


def parse_code(code: object) -> Window | None:
    """'2023' / '2023H2' / '2023Q3' → Window; anything else (or a year out of range) → None."""
    if not isinstance(code, str):
        return None
    match = _CODE.match(code.strip().upper())
    if not match:
        return None
    y = int(match.group(1))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    kind, n = match.group(2), match.group(3)
    if kind is None:
        return year(y)
    if kind == "H":
        return half(y, int(n)) if n in ("1", "2") else None
    return quarter(y, int(n))


def of_kind(kind: Kind, y: int) -> list[Window]:
    """The windows of one kind in year y, in calendar order."""
    if kind == "year":
        return [year(y)]
    if kind == "half":
        return [half(y, 1), half(y, 2)]
    if kind == "quarter":
        return [quarter(y, q) for q in (1, 2, 3, 4)]
    return []


def countable_spans(facts: pd.DataFrame) -> pd.DataFrame:
    """(start, end) Timestamps of the dated jurisdiction facts with a known region — the ones
    a total can use (a figure whose force was not found never moves the default year)."""
    scope = facts["scope"].fillna("jurisdiction") if "scope" in facts \
        else pd.Series("jurisdiction", index=facts.index)
    start = pd.to_datetime(facts.get("period_start"), errors="coerce")
    end = pd.to_datetime(facts.get("period_end"), errors="coerce")
    keep = start.notna() & end.notna() & ~scope.isin(("case", "part")) & ~unresolved_mask(facts)
    return pd.DataFrame({"start": start[keep], "end": end[keep]})


def available(facts: pd.DataFrame, kind: Kind) -> list[Window]:
    """Windows of `kind` that wholly contain at least one countable fact, newest first."""
    spans = countable_spans(facts)
    if spans.empty or kind == "custom":
        return []
    same_year = spans[spans["start"].dt.year == spans["end"].dt.year]
    found: set[Window] = set()
    for y in sorted(set(same_year["start"].dt.year)):
        in_year = same_year[same_year["start"].dt.year == y]
        for window in of_kind(kind, int(y)):
            lo, hi = pd.Timestamp(window.start), pd.Timestamp(window.end)
            if ((in_year["start"] >= lo) & (in_year["end"] <= hi)).any():
                found.add(window)
    return sorted(found, key=lambda w: w.start, reverse=True)


def years_with_data(facts: pd.DataFrame) -> list[int]:
    """Calendar years that wholly contain at least one countable fact, ascending."""
    return sorted(w.start.year for w in available(facts, "year"))


def latest_year(facts: pd.DataFrame, today: date | None = None) -> Window | None:
    """The default window: the latest calendar year with a countable figure (None if none).
    Years that start after `today` (default: the real today) are skipped — a bulletin
    cannot report a future year, so such a period is a misreading, not the news."""
    today = today or date.today()
    years = [y for y in years_with_data(facts) if y <= today.year]
    return year(years[-1]) if years else None
