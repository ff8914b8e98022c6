"""反诈通报看板 — Streamlit entry point: page config, sidebar filters, navigation."""
from __future__ import annotations

import logging

import streamlit as st

# Light modules only up here (no pandas/plotly): the first visitor after a server start
# sees the spinner below while the heavy ones import, not a blank page.
from dashboard import auth, editions, i18n, navigation, screen

# ?screen=1 on any URL opens the wall display: decided before navigation, without the sidebar.
screen_mode = screen.is_screen_requested(st.query_params.to_dict())
# No page_icon: a material-icon favicon is fetched from fonts.gstatic.com (no network at run time).
st.set_page_config(layout="wide", page_title=i18n.t("app_title", navigation.current_lang()),
                   initial_sidebar_state="collapsed" if screen_mode else "auto")
if screen_mode:
    # The wall's dark stylesheet before anything loads: no white or grey flash on the wall.
    st.html(f"<style>{screen.SCREEN_CSS}</style>")
if auth.needs_login():
    navigation.login_language_toggle()  # the login form speaks the chosen language
auth.require_login()  # internal edition: nothing below runs until the password is right

lang = navigation.current_lang()
# A first load (imports, a cache build, reading the tables, the sidebar's window choices)
# can take seconds: the spinner says so instead of a blank page.
with st.spinner(i18n.t("loading", lang)):
    from dashboard import loading, sidebar

    try:
        dataset = loading.get_dataset()
    except Exception as error:  # noqa: BLE001 - a missing/unbuildable cache is shown, not raised
        # The message may hold server paths: it goes to the server log, the page names the kind only.
        logging.getLogger("dashboard").error("dataset unavailable: %s", getattr(error, "detail", error),
                                             exc_info=error)
        st.error(i18n.t("cache_missing", lang, error=type(error).__name__))
        st.stop()
    filters = None if screen_mode else sidebar.render_filters(dataset)

if screen_mode:
    # Every page's URL shows the screen, so /map?screen=1 works as well as /?screen=1.
    screen_everywhere = [st.Page("dashboard/pages/screen.py",
                                 title=i18n.t("screen_title", lang),
                                 url_path=spec.url_path, default=spec.default)
                         for spec in (*navigation.PUBLIC_PAGES, auth.screen_spec())]
    navigation.keep_own_params(None)  # (/campaigns?pick=…&screen=1: the wall picks nothing)
    wall = st.navigation(screen_everywhere, position="hidden")
    navigation.note_page(wall, wall=True)
    wall.run()
    st.stop()

auth.logout_button()
extra = auth.extra_sections(auth.current_edition(), auth.is_authenticated())
page = st.navigation(navigation.build_navigation(filters.lang, extra))
navigation.keep_own_params(page)
navigation.note_page(page, wall=False)
if page.url_path != navigation.WALL_PATH:  # the wall says a link's notices its own way
    sidebar.show_url_notices(filters)
navigation.run_page(page, filters.lang)
# The page is drawn: the other pages' results for these filters are built in the background
# (once per dataset and filters), so a first visit to the map does not pay its cold build.
loading.warm_pages(dataset, filters)
