"""The shared sidebar: language and filters, mirrored into the URL.

On the first run of a session the widgets start from st.query_params (so a shared link
restores the view); afterwards the widgets are the state and the URL follows them. A link's
values that were not used (unknown province, dates out of range…) are said above the page,
as plain text, until the reader changes a filter or dismisses them (filters.url_notices).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import i18n, views, windows
from dashboard.data import Dataset
from dashboard.regions import municipal, second_level
from dashboard.filters import (Filters, accepted_range, from_query_params, page_params,
                               to_query_params, url_notices)

ALL = ""  # the "no filter" option of every selectbox
KEY = {"province": "f_province", "city": "f_city", "metric": "f_metric", "start": "f_from",
       "end": "f_to", "campaign": "f_campaign", "lang": "f_lang",
       "window_kind": "f_window_kind", "window": "f_window"}
_INITIALISED = "_filters_initialised"
_CURRENT = "_filters"
_LANG_SHOWN = "_filters_lang"  # the language the widgets were last drawn in
_NOTICES = "_url_notices"  # (notices, the view they were made for: Filters, lang aside)


def _options(values) -> list[str]:
    # distinct values first, in the column's own type (Arrow's unique, not one Python string
    # per fact): a column of 100k facts holds a few hundred names
    distinct = pd.Series(values, copy=False).dropna().unique()
    return [ALL] + sorted({str(v) for v in distinct if isinstance(v, str) and v})


def _column_options(ds: Dataset, table: str, column: str, province: str | None = None
                    ) -> list[str]:
    """_options of a dataset column, once per dataset. Cities are those within `province`,
    one level below it as regions.second_level reads it: a municipality's districts."""
    def compute() -> list[str]:
        frame = getattr(ds, table)
        if province is not None:
            frame = frame.loc[frame["province"] == province]
        if column == "city" and table == "facts":
            return _options(second_level(frame))
        return _options(frame[column])
    return ds.memo(("sidebar_options", table, column, province), compute)


def is_municipal(ds: Dataset, province: str) -> bool:
    """regions.municipal, once per dataset and province: its second level is 区县."""
    return ds.memo(("sidebar_municipal", province), lambda: municipal(ds.facts, province))


def _init_from_url(ds: Dataset) -> None:
    from_link = not st.session_state.get(_INITIALISED)
    if not from_link:
        if all(KEY[name] in st.session_state for name in ("province", "metric", "campaign")):
            return
        # Streamlit drops the state of widgets a finished run did not draw (a run that stopped
        # before the sidebar, on a loaded server): restore them from the last filters, not
        # from the defaults
        source = to_query_params(st.session_state.get(_CURRENT, Filters()))
    else:
        source = link_params()
    wanted = from_query_params(source)
    provinces = _column_options(ds, "facts", "province")
    province = wanted.province if wanted.province in provinces else ALL
    cities = _column_options(ds, "facts", "city", province)
    campaigns = _column_options(ds, "facts", "campaign") + _column_options(ds, "campaigns",
                                                                          "name")
    state = {
        KEY["lang"]: wanted.lang,
        KEY["province"]: province,
        KEY["city"]: wanted.city if province and wanted.city in cities else ALL,
        KEY["metric"]: wanted.metric or ALL,
        KEY["campaign"]: wanted.campaign if wanted.campaign in campaigns else ALL,
        _INITIALISED: True,
    }
    accepted = accepted_span()
    start, end = accepted_range(wanted.start, wanted.end, accepted)
    if from_link:
        # the link as the reader got it: what of it is not shown is said (url_notices)
        dates = (start, end)
        used = Filters(province=state[KEY["province"]] or None, city=state[KEY["city"]] or None,
                       metric=wanted.metric, start=dates[0], end=dates[1],
                       campaign=state[KEY["campaign"]] or None, lang=wanted.lang)
        notices = url_notices(source, used, accepted, municipal=bool(used.province) and is_municipal(
            ds, used.province))
        if notices:
            st.session_state[_NOTICES] = (tuple(notices), None)
    st.session_state.update(_window_state(ds, start, end))
    st.session_state.update(state)


def link_params() -> dict[str, object]:
    """The page's link: each key's value, a list when the key is given more than once
    (st.query_params.to_dict() keeps only the last, so a repeat could not be told)."""
    params: dict[str, object] = {}
    for key in st.query_params:
        values = st.query_params.get_all(key)
        params[key] = values if len(values) > 1 else (values[0] if values else "")
    return params


DATE_MIN = date(2010, 1, 1)  # the custom range's date pickers accept this span
# Year first, as dates are written in Chinese (2024/03/31), in both languages: the format is
# part of a date picker's identity in Streamlit, so a format that followed the language would
# empty the pickers at each switch.
DATE_FORMAT = "YYYY/MM/DD"


def _date_max() -> date:
    return date(date.today().year + 1, 12, 31)


def accepted_span() -> tuple[date, date]:
    """The dates a link may carry: what the custom range's pickers accept."""
    return DATE_MIN, _date_max()


def _clamp(day: date | None) -> date | None:
    return None if day is None else min(max(day, DATE_MIN), _date_max())


def _window_state(ds: Dataset, start: date | None, end: date | None) -> dict:
    """Widget state for a window from the URL's from/to: a year, half or quarter selects
    that kind and code; other dates are a custom range; none is the latest year with data."""
    if start is None and end is None:
        default = views.default_window(ds)
        return {KEY["window_kind"]: "year", KEY["window"]: default.code if default else None,
                KEY["start"]: None, KEY["end"]: None}
    window = windows.from_bounds(start, end)
    # (a shared link to a year, half or quarter with no data keeps that period, as a range,
    # so the pages say there is nothing for it rather than show another year's figures)
    if window.kind == "custom" or window.code not in {w.code for w in views.window_options(ds, window.kind)}:
        # a date from the URL outside what the date pickers accept (?to=2030-12-31) is
        # clamped, never passed on: Streamlit raises on a value beyond max_value
        return {KEY["window_kind"]: "custom", KEY["window"]: None,
                KEY["start"]: _clamp(start), KEY["end"]: _clamp(end)}
    return {KEY["window_kind"]: window.kind, KEY["window"]: window.code,
            KEY["start"]: None, KEY["end"]: None}


def _window_picker(ds: Dataset, lang: str) -> tuple[date | None, date | None]:
    """Year / half-year / quarter of those with data, or a custom range; every total on
    every page covers exactly this one window."""
    sb = st.sidebar
    kind = _segmented(i18n.t("window", lang), list(windows.KINDS), KEY["window_kind"],
                      lambda k: i18n.t(f"window_kind_{k}", lang), "year")
    if kind == "custom":
        previous = windows.parse_code(st.session_state.get(KEY["window"]))
        if previous and not st.session_state.get(KEY["start"]) \
                and not st.session_state.get(KEY["end"]):
            # a custom range starts from the window the reader was looking at
            st.session_state[KEY["start"]], st.session_state[KEY["end"]] = previous.bounds
        # Streamlit's calendar has no locale option (its month and day names stay
        # English): the labels, the help and the year-first format are what we can set.
        common = {"min_value": DATE_MIN, "max_value": _date_max(), "format": DATE_FORMAT,
                  "help": i18n.t("date_help", lang)}
        start = sb.date_input(i18n.t("date_from", lang), key=KEY["start"], **common)
        end = sb.date_input(i18n.t("date_to", lang), key=KEY["end"], **common)
        return start or None, end or None
    options = [w.code for w in views.window_options(ds, kind)]
    if not options:
        sb.caption(i18n.t("window_none", lang))
        return None, None
    if st.session_state.get(KEY["window"]) not in options:
        # switching kind keeps the year when it can (2022 → the newest half of 2022)
        previous = windows.parse_code(st.session_state.get(KEY["window"]))
        same_year = [c for c in options if previous and c.startswith(str(previous.start.year))]
        st.session_state[KEY["window"]] = (same_year or options)[0]
    code = sb.selectbox(i18n.t("window", lang), options, key=KEY["window"],
                        label_visibility="collapsed", placeholder=i18n.t("choose_option", lang),
                        format_func=lambda c: windows.parse_code(c).label(lang))
    return windows.parse_code(code).bounds


def _reset_city() -> None:
    st.session_state[KEY["city"]] = ALL


def set_region(province: str | None, city: str | None = None) -> None:
    """For callbacks (e.g. a click on the map): change the region before the next run."""
    st.session_state[KEY["province"]] = province or ALL
    st.session_state[KEY["city"]] = city or ALL


def _keep_choices_across_language(ds: Dataset) -> None:
    """Reseed the widgets whose option labels follow the language from the last run's
    filters. Streamlit (1.67) keeps a selectbox's choice as its displayed label and reads an
    unknown label back as the value itself, so after a switch 全国 / 全部指标 / 冻结资金 came back
    as the choice and every page showed no data (and wrote province=全国 into the URL)."""
    previous: Filters = st.session_state.get(_CURRENT, Filters())
    st.session_state.update(_window_state(ds, previous.start, previous.end))
    st.session_state.update({
        KEY["province"]: previous.province or ALL,
        KEY["city"]: previous.city or ALL,
        KEY["metric"]: previous.metric or ALL,
        KEY["campaign"]: previous.campaign or ALL,
    })


def _keep_selected(key: str) -> None:
    """on_change of a segmented control that must always hold a choice: clicking the option
    already chosen unselects it in Streamlit (the value turns None), which read as 'the
    default' — English clicked again switched the page to Chinese. Put the choice back."""
    last = f"_last_{key}"
    if st.session_state.get(key) is None:
        st.session_state[key] = st.session_state.get(last)
    st.session_state[last] = st.session_state.get(key)


def _segmented(label: str, options: list[str], key: str, format_func, default: str) -> str:
    st.session_state[f"_last_{key}"] = st.session_state.get(key) or default
    return st.sidebar.segmented_control(label, options=options, key=key, format_func=format_func,
                                        on_change=_keep_selected, args=(key,)) or default


def _language_toggle() -> str:
    return _segmented(i18n.t("language"), list(i18n.LANGS), KEY["lang"],
                      lambda code: {"zh": "中文", "en": "English"}[code], i18n.DEFAULT_LANG)


def render_filters(ds: Dataset) -> Filters:
    """Draw the sidebar and return the filters; keeps st.query_params in step."""
    _init_from_url(ds)
    lang = _language_toggle()
    if st.session_state.get(_LANG_SHOWN, lang) != lang:
        _keep_choices_across_language(ds)
    st.session_state[_LANG_SHOWN] = lang
    sb = st.sidebar
    sb.header(i18n.t("filters", lang))
    provinces = _column_options(ds, "facts", "province")
    province = sb.selectbox(
        i18n.t("province", lang), provinces, key=KEY["province"], on_change=_reset_city,
        placeholder=i18n.t("choose_option", lang),
        format_func=lambda p: p or i18n.t("nationwide", lang))
    cities = _column_options(ds, "facts", "city", province) if province else [ALL]
    if st.session_state.get(KEY["city"]) not in cities:
        st.session_state[KEY["city"]] = ALL
    district = bool(province) and is_municipal(ds, province)
    city = sb.selectbox(
        i18n.t("district" if district else "city", lang), cities, key=KEY["city"],
        disabled=not province, placeholder=i18n.t("choose_option", lang),
        format_func=lambda c: c or i18n.t("all_districts" if district else "all_cities", lang))
    metric = sb.selectbox(
        i18n.t("metric", lang), [ALL, *i18n.metric_options()], key=KEY["metric"],
        placeholder=i18n.t("choose_option", lang),
        format_func=lambda m: i18n.metric_label(m, lang) if m else i18n.t("all_metrics", lang))
    named = _column_options(ds, "campaigns", "name")
    campaigns = named + [c for c in _column_options(ds, "facts", "campaign")
                         if c and c not in set(named)]
    campaign = sb.selectbox(
        i18n.t("campaign", lang), campaigns, key=KEY["campaign"],
        placeholder=i18n.t("choose_option", lang),
        format_func=lambda c: c or i18n.t("all_campaigns", lang))
    start, end = _window_picker(ds, lang)
    sb.caption(i18n.t("window_rule", lang))

    used = windows.ordered(start or None, end or None)
    if used.reversed:
        # the pickers keep what the reader typed; this says which range the pages use
        sb.warning(i18n.t("window_reversed", lang, start=used.start.isoformat(),
                          end=used.end.isoformat()))
    filters = Filters(province=province or None, city=city or None, metric=metric or None,
                      start=used.start, end=used.end, campaign=campaign or None,
                      lang=lang)
    st.session_state[_CURRENT] = filters
    wanted = to_query_params(filters)
    wanted.update(page_params(st.query_params.to_dict()))  # a page's own value: it checks it
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
    return filters


def _dismiss_url_notices() -> None:
    st.session_state.pop(_NOTICES, None)


def take_url_notices() -> list:
    """The link's notices (filters.UrlNotice), handed over once and forgotten: the wall's
    own page says them over its ticker band for a minute (pages/screen.py), not in this
    bordered box with a button, which pushed its counters down (newcomer review 13)."""
    notices, _ = st.session_state.pop(_NOTICES, ((), None))
    return list(notices)


def show_url_notices(filters: Filters) -> None:
    """The link's unused values, above the page, in the page language, as plain text
    (they quote the link: never Markdown or HTML). Said while the view is still the one the
    link opened (a language switch keeps it); a changed filter or 知道了 ends them. Called
    by app.py once the page is known (the wall's page takes them instead)."""
    if _NOTICES not in st.session_state:
        return
    notices, view = st.session_state[_NOTICES]
    current = replace(filters, lang=i18n.DEFAULT_LANG)
    if view is None:  # the first run: the view the link opened
        st.session_state[_NOTICES] = (notices, current)
    elif view != current:
        del st.session_state[_NOTICES]
        return
    with st.container(border=True, key="url_notices"):
        for notice in notices:
            st.text(notice.text(filters.lang))
        st.button(i18n.t("url_notice_dismiss", filters.lang), key="url_notices_dismiss",
                  on_click=_dismiss_url_notices)


def current_filters() -> Filters:
    """The filters app.py computed for this run (pages call this)."""
    return st.session_state.get(_CURRENT, Filters())
