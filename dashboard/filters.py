"""Filter state ⇄ URL query parameters, and applying it to the facts table.

A view is shareable by URL: ?province=甘肃省&city=兰州市&metric=cases_solved&from=2020-01-01
&to=2020-12-31&campaign=5·03&lang=en. Parsing is forgiving (bad values fall back to the
default) so a hand-edited link never crashes the app.

A URL is written by anyone, so its values are data, never text to show: `from_query_params`
drops over-long values, checks metric/lang/dates, and `known_only` then keeps a province,
city or campaign only when the dataset has it. Every page that reads the URL (the sidebar
and the wall screen) goes through both.

A value that falls back must not do so silently (a typo in ?province= would show national
figures as the province's): `url_notices` says which values of a link were not used and
what is shown instead, quoting them as plain text, clipped (st.text only, never Markdown).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from dashboard import i18n
from dashboard.regions import region_path, second_level
from dashboard.i18n import DEFAULT_LANG, LANGS
from parsers.records import METRICS

DEFAULT_METRIC = "cases_solved"
# No real province, city or campaign name comes near this; longer values are ignored
# before anything else looks at them.
MAX_PARAM_CHARS = 64
URL_VALUE_SHOWN = 24  # chars of a link's unused value quoted back to the reader
# A page's own value in a link (not a filter: no other page reads it) → the url path of
# that page: the campaigns page's chosen campaign. The sidebar keeps it in the URL, the
# navigation drops it on every other page, the page checks it (linked_choice).
PICK_PARAM = "pick"
PAGE_PARAMS = {PICK_PARAM: "campaigns"}


@dataclass(frozen=True)
class Filters:
    province: str | None = None
    city: str | None = None
    metric: str | None = None  # None = all metrics (pages that need one use DEFAULT_METRIC)
    start: date | None = None
    end: date | None = None
    campaign: str | None = None
    lang: str = DEFAULT_LANG

    @property
    def window(self) -> tuple[date | None, date | None]:
        return (self.start, self.end)

    @property
    def metric_or_default(self) -> str:
        return self.metric or DEFAULT_METRIC


def _text(value: object) -> str | None:
    if isinstance(value, list):  # st.query_params.to_dict() gives str, parse_qs gives lists
        value = value[-1] if value else None
    if value is None:
        return None
    text = str(value).strip()
    if len(text) > MAX_PARAM_CHARS:
        return None
    return text or None


def _iso_date(value: object) -> date | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def from_query_params(params: Mapping[str, object]) -> Filters:
    metric = _text(params.get("metric"))
    lang = _text(params.get("lang"))
    province = _text(params.get("province"))
    start, end = _iso_date(params.get("from")), _iso_date(params.get("to"))
    if start and end and start > end:
        start, end = end, start
    return Filters(
        province=province,
        city=_text(params.get("city")) if province else None,  # a city needs its province
        metric=metric if metric in METRICS else None,
        start=start,
        end=end,
        campaign=_text(params.get("campaign")),
        lang=lang if lang in LANGS else DEFAULT_LANG,
    )


def _names(column: pd.Series) -> set[str]:
    return {v for v in column.dropna() if isinstance(v, str) and v}


def known_only(filters: Filters, facts: pd.DataFrame, campaigns: pd.DataFrame) -> Filters:
    """The filters with every name the dataset does not know set to None: a province or
    campaign must occur in the facts (campaigns also in the campaigns table), a city in
    its province. Metric, language and dates were already checked by from_query_params."""
    province = filters.province if filters.province in _names(facts["province"]) else None
    city = None
    if province and filters.city and filters.city != province:  # 北京市/北京市: the whole
        in_province = second_level(facts.loc[facts["province"] == province])
        city = filters.city if filters.city in _names(in_province) else None
    known = _names(facts["campaign"]) | _names(campaigns["name"])
    campaign = filters.campaign if filters.campaign in known else None
    return replace(filters, province=province, city=city, campaign=campaign)


def to_query_params(filters: Filters) -> dict[str, str]:
    """Only the non-default values, so the plain URL stays plain."""
    pairs = {
        "province": filters.province,
        "city": filters.city if filters.province else None,
        "metric": filters.metric,
        "from": filters.start.isoformat() if filters.start else None,
        "to": filters.end.isoformat() if filters.end else None,
        "campaign": filters.campaign,
        "lang": filters.lang if filters.lang != DEFAULT_LANG else None,
    }
    return {key: value for key, value in pairs.items() if value}


def page_params(params: Mapping[str, object]) -> dict[str, str]:
    """The PAGE_PARAMS values of a link, as text (cut to 4 × MAX_PARAM_CHARS):
    the sidebar keeps them in the URL it writes; the page they belong to checks them."""
    # (a long value is kept, cut: unknown to the page, it is then said, not silently lost)
    out = {key: (_raw(params.get(key)) or "")[:4 * MAX_PARAM_CHARS] for key in PAGE_PARAMS}
    return {key: value for key, value in out.items() if value}


def linked_choice(asked: object, options: list[str], default: str | None
                  ) -> tuple[str | None, UrlNotice | None]:
    """(the option a page opens on, the notice to show): ``asked`` (a link's page value)
    when it is one of ``options``, else ``default`` with a notice quoting what was asked
    (none when nothing was asked)."""
    text = _raw(asked)
    if text is None:
        return default, None
    if text in options:
        return text, None
    return default, UrlNotice("pick", (("value", quoted(text)),))


def _same_region(column: pd.Series, wanted: str) -> pd.Series:
    return column.fillna("").astype(str).eq(wanted)


def region_mask(facts: pd.DataFrame, province: str | None, city: str | None) -> pd.Series:
    """Rows inside the region (a province includes its cities and counties)."""
    mask = pd.Series(True, index=facts.index)
    if province:
        mask &= _same_region(facts["province"], province)
    if province and city and len(region_path(province, city)) > 1:  # 北京市/北京市 is the whole municipality
        mask &= _same_region(second_level(facts), city)  # a city, or a municipality's district
    return mask


def window_mask(facts: pd.DataFrame, window: tuple[date | None, date | None]) -> pd.Series:
    """Rows whose period touches the window. Listing is wider than counting on purpose:
    a figure that crosses the window's edge is shown (aggregate() says why it is not
    counted). Undated rows are shown only while no window is set."""
    lo, hi = window
    if lo is None and hi is None:
        return pd.Series(True, index=facts.index)
    # the dataset's facts carry their parsed dates (data.derive); other frames are parsed here
    start = facts["start_date"] if "start_date" in facts \
        else pd.to_datetime(facts["period_start"], errors="coerce")
    end = facts["end_date"] if "end_date" in facts \
        else pd.to_datetime(facts["period_end"], errors="coerce")
    mask = start.notna() & end.notna()
    if lo is not None:
        mask &= end >= pd.Timestamp(lo)
    if hi is not None:
        mask &= start <= pd.Timestamp(hi)
    return mask


def apply_filters(facts: pd.DataFrame, filters: Filters, *, metric: bool = True,
                  window: bool = True, region: bool = True) -> pd.DataFrame:
    """The facts a listing should show. Pages that aggregate switch off `window` (and pass
    the window to aggregate() instead, so excluded rows come back with reasons)."""
    return facts[filter_mask(facts, filters, metric=metric, window=window, region=region)]


def filter_mask(facts: pd.DataFrame, filters: Filters, *, metric: bool = True,
                window: bool = True, region: bool = True) -> pd.Series:
    """apply_filters' row mask (True = listed), for callers that take the rows later."""
    mask = pd.Series(True, index=facts.index)
    if region:
        mask &= region_mask(facts, filters.province, filters.city)
    if metric and filters.metric:
        mask &= facts["metric"].eq(filters.metric)
    if filters.campaign:
        mask &= facts["campaign"].fillna("").eq(filters.campaign)
    if window:
        mask &= window_mask(facts, filters.window)
    return mask


# ---------------------------------------------------------------- a link's unused values

@dataclass(frozen=True)
class UrlNotice:
    """One value of a link that was not used: i18n key url_notice_<kind>, with its format
    arguments (plain text: the value clipped, names from the data, ISO dates)."""
    kind: str
    args: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str) -> str:
        return i18n.t(f"url_notice_{self.kind}", lang, **dict(self.args))


# The keys of a link the filters read (the wall's screen=1 and a page's own keys aside).
LINK_KEYS: tuple[str, ...] = ("province", "city", "metric", "campaign", "from", "to", "lang")


def _raw(value: object) -> str | None:
    """The link's value as given (last of a list, stripped), however long; None if blank."""
    if isinstance(value, list):
        value = value[-1] if value else None
    text = "" if value is None else str(value).strip()
    return text or None


def quoted(value: str, limit: int = URL_VALUE_SHOWN) -> str:
    """A link's value to quote back: control and format characters left out (a U+202E in
    a link turned the app's own sentence around: newcomer review), whitespace folded, cut
    to `limit` chars with "…"."""
    value = "".join(ch for ch in value
                    if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf"))
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def accepted_range(start: date | None, end: date | None, accepted: tuple[date, date]
                   ) -> tuple[date | None, date | None]:
    """A link's from/to moved into ``accepted`` (the span the date pickers take); (None, None)
    — the default window — when the range lies wholly outside it (?from=2099-01-01&to=2099-12-31
    once became the one day 2027-12-31, every card empty)."""
    lo, hi = accepted
    if (start is not None and start > hi) or (end is not None and end < lo):
        return None, None

    def clamp(day: date | None) -> date | None:
        return None if day is None else min(max(day, lo), hi)
    return clamp(start), clamp(end)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "…"


def url_notices(params: Mapping[str, object], used: Filters,
                accepted: tuple[date, date], municipal: bool = False) -> list[UrlNotice]:
    """What a reader of this link must be told: each filter value of `params` that `used`
    (the filters the page shows) does not carry, and dates moved into `accepted` (the span
    the date pickers take). Unknown keys are not filters and are not mentioned. ``municipal``:
    the province shown is a municipality, whose second level is a district (区县, 全市)."""
    notices = []
    for key in LINK_KEYS:
        given = params.get(key)
        if isinstance(given, list) and len({str(v).strip() for v in given}) > 1:
            # ?province=广东省&province=湖南省: the last one is used, and said so (newcomer
            # review 12); the key is one of ours, the value is quoted as plain text
            notices.append(UrlNotice("repeated", (("name", key), ("value", quoted(_raw(given) or "")))))
    province = _raw(params.get("province"))
    if province and province != used.province:
        notices.append(UrlNotice("province", (("value", quoted(province)),)))
    city = _raw(params.get("city"))
    if city and city != used.city and city != province:  # 北京市/北京市 is the municipality
        if not province:
            notices.append(UrlNotice("city_alone", (("value", quoted(city)),)))
        elif province == used.province:  # an unknown province already said it all
            notices.append(UrlNotice("district" if municipal else "city",
                                     (("value", quoted(city)), ("province", province))))
    for key, kept in (("metric", used.metric), ("campaign", used.campaign), ("lang", used.lang)):
        value = _raw(params.get(key))
        if value and value != kept:
            notices.append(UrlNotice(key, (("value", quoted(value)),)))
    asked = []
    for key in ("from", "to"):
        value = _raw(params.get(key))
        day = _iso_date(value)
        if value and day is None:
            notices.append(UrlNotice("date", (("value", quoted(value)),)))
        asked.append(day)
    start, end = asked
    if start and end and start > end:
        start, end = end, start
        # swapped, as typed dates are (window_reversed); said as they are (newcomer review 12)
        notices.append(UrlNotice("dates_swapped", (("start", _day(start)), ("end", _day(end)))))
    if (start or end) and used.start is None and used.end is None:
        # the whole range lies outside what the app accepts: the default window is shown
        notices.append(UrlNotice("dates_outside", (
            ("start", _day(start)), ("end", _day(end)),
            ("min", accepted[0].isoformat()), ("max", accepted[1].isoformat()))))
    elif (start or end) and (start, end) != (used.start, used.end):
        notices.append(UrlNotice("dates_clamped", (
            ("start", _day(start)), ("end", _day(end)),
            ("min", accepted[0].isoformat()), ("max", accepted[1].isoformat()),
            ("shown_start", _day(used.start)), ("shown_end", _day(used.end)))))
    return notices
