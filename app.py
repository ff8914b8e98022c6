"""反诈通报看板 — Streamlit entry point: page config, sidebar filters, navigation."""
from __future__ import annotations

import streamlit as st

from dashboard import auth, i18n, loading, navigation, screen, sidebar

# ?screen=1 on any URL opens the wall display: decided before navigation, without the sidebar.
screen_mode = screen.is_screen_requested(st.query_params.to_dict())
# No page_icon: a material-icon favicon is fetched from fonts.gstatic.com (no network at run time).
st.set_page_config(layout="wide", page_title="反诈通报看板",
                   initial_sidebar_state="collapsed" if screen_mode else "auto")
auth.require_login()  # internal edition: nothing below runs until the password is right

try:
    dataset = loading.get_dataset()
except Exception as error:  # noqa: BLE001 - a missing/unbuildable cache is shown, not raised
    st.error(i18n.t("cache_missing", error=f"{type(error).__name__}: {error}"))
    st.stop()

if screen_mode:
    # Every page's URL shows the screen, so /map?screen=1 works as well as /?screen=1.
    screen_everywhere = [st.Page("dashboard/pages/screen.py", title="反诈通报大屏",
                                 url_path=spec.url_path, default=spec.default)
                         for spec in (*navigation.PUBLIC_PAGES, auth.screen_spec())]
    st.navigation(screen_everywhere, position="hidden").run()
    st.stop()

filters = sidebar.render_filters(dataset)
auth.logout_button()
extra = auth.extra_sections(auth.current_edition(), auth.is_authenticated())
st.navigation(navigation.build_navigation(filters.lang, extra)).run()
