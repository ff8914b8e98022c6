"""The page list, in one place so other editions can extend it.

Public pages come from PUBLIC_PAGES; another module (briefing screen, internal edition) adds
its own PageSpecs under a section name: build_navigation(lang, {"内部": [PageSpec(...)]}).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import streamlit as st

from dashboard import deeplink, i18n
from dashboard.i18n import t

LANG_PARAM = "lang"
LOGIN_LANG_KEY = "login_lang"
# sidebar.py keeps the run's filters here; read directly so this module stays import-light.
_FILTERS_STATE = "_filters"


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to app.py
    url_path: str
    title_key: str  # i18n key, or a literal title when the key is unknown
    # Material icons would also become the favicon, which Streamlit fetches from
    # fonts.gstatic.com; the app must not touch the network, so pages have none by default.
    icon: str | None = None
    default: bool = False


PUBLIC_PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard/pages/overview.py", "overview", "page_overview", default=True),
    PageSpec("dashboard/pages/map.py", "map", "page_map"),
    PageSpec("dashboard/pages/money.py", "money", "page_money"),
    PageSpec("dashboard/pages/campaigns.py", "campaigns", "page_campaigns"),
    PageSpec("dashboard/pages/evidence.py", "evidence", "page_evidence"),
)


def to_page(spec: PageSpec, lang: str) -> st.Page:
    return st.Page(spec.path, title=t(spec.title_key, lang), icon=spec.icon,
                   url_path=spec.url_path, default=spec.default)


def build_navigation(
    lang: str,
    extra_sections: Mapping[str, Sequence[PageSpec]] | None = None,
    public: Sequence[PageSpec] = PUBLIC_PAGES,
) -> list[st.Page] | dict[str, list[st.Page]]:
    """What st.navigation takes: a flat list, or sections when other editions add pages."""
    pages = [to_page(spec, lang) for spec in public]
    if not extra_sections:
        return pages
    sections = {t("app_title", lang): pages}
    for name, specs in extra_sections.items():
        sections[t(name, lang)] = [to_page(spec, lang) for spec in specs]
    return sections


def _browser_url() -> str | None:
    """The page's URL in the browser, without its query (None in AppTest)."""
    try:
        return st.context.url
    except Exception:  # noqa: BLE001 - no browser, no URL
        return None


def link_names_one_of(url_paths: Sequence[str]) -> bool:
    """True when the browser's URL names one of these url paths (dashboard.deeplink)."""
    return deeplink.page_asked_for(_browser_url(), list(url_paths)) is not None


def keep_linked_page(lang: str, extra_sections: Mapping[str, Sequence[PageSpec]]) -> None:
    """Under the login form: when the URL names one of these pages (/map?…), declare them
    to Streamlit, hidden and none of them run, so the page survives the login
    (dashboard.deeplink says why it would not). The root URL and unknown paths declare
    nothing, as before; the caller chooses which pages a logged-out session may know of."""
    specs = [*PUBLIC_PAGES, *(spec for group in extra_sections.values() for spec in group)]
    if deeplink.page_asked_for(_browser_url(), [spec.url_path for spec in specs]) is None:
        return
    st.navigation(build_navigation(lang, extra_sections), position="hidden")


def current_lang() -> str:
    """The session's UI language: the sidebar's choice for this run once it exists, else
    the login page's toggle, else ?lang= in the URL, else Chinese."""
    filters = st.session_state.get(_FILTERS_STATE)
    if filters is not None and getattr(filters, "lang", None) in i18n.LANGS:
        return filters.lang
    chosen = st.session_state.get(LOGIN_LANG_KEY)
    if chosen in i18n.LANGS:
        return chosen
    wanted = st.query_params.get(LANG_PARAM)
    return wanted if wanted in i18n.LANGS else i18n.DEFAULT_LANG


def _follow_login_lang() -> None:
    # Into the URL, so the sidebar starts in the same language after the login.
    chosen = st.session_state.get(LOGIN_LANG_KEY)
    if chosen in i18n.LANGS:
        st.query_params[LANG_PARAM] = chosen


def login_language_toggle() -> str:
    """中文 / English above the login form (the sidebar is not drawn before the login)."""
    if LOGIN_LANG_KEY not in st.session_state:
        st.session_state[LOGIN_LANG_KEY] = current_lang()
    st.segmented_control(t("language"), options=list(i18n.LANGS), key=LOGIN_LANG_KEY,
                         format_func=lambda code: {"zh": "中文", "en": "English"}[code],
                         on_change=_follow_login_lang)
    return current_lang()


def keep_own_params(page: st.Page | None) -> None:
    """Drop from the URL the page values (filters.PAGE_PARAMS) of pages other than ``page``:
    ?pick= names the campaigns page's campaign, and means nothing on the map. ``None`` (the
    wall, which has no picker on any URL) drops them all, so a wall link carries none."""
    from dashboard.filters import PAGE_PARAMS

    for key, owner in PAGE_PARAMS.items():
        if (page is None or owner != page.url_path) and key in st.query_params:
            del st.query_params[key]


WALL_PATH = "screen"  # the wall's own page (auth.screen_spec); any page's URL with ?screen=1 is the wall too
_LAST_PAGE = "_last_page_path"  # the last dashboard page a reader saw (not the wall)
_WALL_EXIT = "_wall_exit_path"


def note_page(page: st.Page, wall: bool) -> None:
    """Remember where the wall's 退出大屏 leads (wall_exit_path). A dashboard page is
    remembered as the reader's last page; the wall leads back to the page its URL names
    (/map?screen=1 → map) or, on its own page (reached from the menu), to the last page the
    reader saw — before, it always led to the overview (newcomer review 12)."""
    path = page.url_path
    if not wall and path != WALL_PATH:
        st.session_state[_LAST_PAGE] = path
        return
    known = {"" if spec.default else spec.url_path for spec in PUBLIC_PAGES}
    last = st.session_state.get(_LAST_PAGE, "")
    st.session_state[_WALL_EXIT] = path if path in known else (last if isinstance(last, str) else "")


def wall_exit_path() -> str:
    """The url path 退出大屏 leads to ("" = the overview); one of our pages' own paths."""
    path = st.session_state.get(_WALL_EXIT, "")
    return path if isinstance(path, str) else ""


def run_page(page: st.Page, lang: str) -> None:
    """Run the chosen page under a spinner: while its data loads or its numbers are
    computed the reader sees 正在计算… rather than a title over a blank page (Streamlit
    shows the spinner only when the run takes longer than half a second)."""
    with st.spinner(t("computing", lang)):
        page.run()
