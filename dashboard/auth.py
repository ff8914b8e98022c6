"""The Streamlit side of the editions: the internal edition's login gate and write guard.

app.py calls `require_login()` before it draws anything: in the public edition it does
nothing; in the internal edition it shows only a password form (and stops the script) until
the session has logged in. The check itself lives in dashboard.editions (pure, tested).
Write pages call `require_write_access()` too, so a page reached some other way still refuses.
"""
from __future__ import annotations

import time

import streamlit as st

from dashboard import editions, i18n

AUTH_FLAG = "_internal_authenticated"
FAILURES = "_internal_login_failures"
# A wrong guess costs a little more each time within a session (capped), which slows
# a script guessing through one browser session without annoying a person who mistypes.
FAILURE_DELAY_SECONDS = 0.5
MAX_DELAY_SECONDS = 4.0

def _lang() -> str:
    from dashboard.navigation import current_lang  # lazy: navigation builds st.Page objects

    return current_lang()


# The strings live in the one table (i18n.STRINGS, keys auth_*); this view follows the
# session's language (?lang=en, or the toggle shown above the login form).
TEXT = i18n.Localized("auth_", _lang)


def current_edition() -> str:
    return editions.current_edition()


def is_authenticated() -> bool:
    return st.session_state.get(AUTH_FLAG) is True


def can_write() -> bool:
    return editions.is_write_allowed(current_edition(), is_authenticated())


def _failure_delay(failures: int) -> float:
    return min(MAX_DELAY_SECONDS, FAILURE_DELAY_SECONDS * max(1, failures))


def _login_form() -> None:
    st.title(TEXT["login_title"])
    st.caption(TEXT["login_hint"])
    with st.form("internal_login", clear_on_submit=True):
        password = st.text_input(TEXT["password"], type="password", key="internal_password")
        submitted = st.form_submit_button(TEXT["log_in"], type="primary")
    if not submitted:
        return
    refusal = editions.login_refusal_message(password or "", editions.read_secrets())
    if refusal is None:
        st.session_state[AUTH_FLAG] = True
        st.session_state.pop(FAILURES, None)
        st.rerun()
    failures = int(st.session_state.get(FAILURES, 0)) + 1
    st.session_state[FAILURES] = failures
    time.sleep(_failure_delay(failures))
    st.error(refusal)


def require_login() -> None:
    """Public edition: nothing. Internal edition: the login form, and nothing else, until
    the password is right (st.stop ends the run before any page or data is drawn)."""
    if current_edition() != editions.INTERNAL or is_authenticated():
        return
    _login_form()
    st.stop()


def require_write_access() -> None:
    """For the write pages (录入, 更正): refuse unless this is a logged-in internal session."""
    if not can_write():
        st.error(TEXT["no_write"])
        st.stop()


def _log_out() -> None:
    st.session_state.pop(AUTH_FLAG, None)


def logout_button() -> None:
    """In the sidebar of an authenticated internal session."""
    if is_authenticated():
        st.sidebar.button(TEXT["log_out"], on_click=_log_out, icon=":material/logout:",
                          key="internal_logout")


# ---------------------------------------------------------------- pages per edition

def screen_spec():
    # Imported lazily: navigation builds st.Page objects and is only needed by app.py.
    from dashboard.navigation import PageSpec

    # No icons: a page's material icon would become the favicon, fetched from the network.
    return PageSpec("dashboard/pages/screen.py", "screen", "screen_nav_title")


def internal_specs() -> tuple:
    from dashboard.navigation import PageSpec

    return (
        PageSpec("dashboard/pages/ingest.py", "ingest", "page_ingest"),
        PageSpec("dashboard/pages/corrections.py", "corrections", "page_corrections"),
    )


SCREEN_SECTION = "section_display"  # i18n keys: navigation shows them in the session's language
INTERNAL_SECTION = "section_internal"


def extra_sections(edition: str, authenticated: bool) -> dict[str, list]:
    """Pages beyond the public ones. The write pages are registered only for a logged-in
    internal session: in the public edition they do not exist, not even as a URL."""
    sections: dict[str, list] = {SCREEN_SECTION: [screen_spec()]}
    if editions.is_write_allowed(edition, authenticated):
        sections[INTERNAL_SECTION] = list(internal_specs())
    return sections
