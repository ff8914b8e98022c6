"""The Streamlit side of the editions: the internal edition's login gate and write guard.

app.py calls `require_login()` before it draws anything: in the public edition it does
nothing; in the internal edition it shows only a password form (and stops the script) until
the session has logged in. The check itself lives in dashboard.editions (pure, tested).
Write pages call `require_write_access()` too, so a page reached some other way still refuses.

Guessing is limited server-wide (dashboard.login_guard.LoginGuard: backoff, then a
temporary lockout, logged), not per session, so new sessions do not reset it. A login
survives a page reload through a signed cookie (login_guard.issue_token) set from the
browser: Streamlit can read cookies (st.context.cookies) but not set them, so a 1-pixel
st.iframe running one line of script writes it; log-out revokes the token and clears the cookie.
"""
from __future__ import annotations

import streamlit as st

from dashboard import editions, i18n, login_guard

AUTH_FLAG = "_internal_authenticated"
TOKEN = "_internal_login_token"
_COOKIE_TO_SET = "_internal_cookie_to_set"
_COOKIE_TO_CLEAR = "_internal_cookie_to_clear"
# One per server process: every session's failures count against the same limits.
GUARD = login_guard.LoginGuard()

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


def _login_form() -> None:
    st.title(TEXT["login_title"])
    st.caption(TEXT["login_hint"])
    with st.form("internal_login", clear_on_submit=True):
        password = st.text_input(TEXT["password"], type="password", key="internal_password")
        submitted = st.form_submit_button(TEXT["log_in"], type="primary")
    if not submitted:
        return
    # Checked before the password: inside a backoff or a lock nothing is compared at all.
    held = GUARD.before_attempt()
    if held is not None:
        st.error(held.message())
        return
    secrets = editions.read_secrets()
    refusal = editions.login_refusal_message(password or "", secrets)
    if refusal is None:
        GUARD.succeeded()
        token = login_guard.issue_token(editions.expected_password_digest(secrets) or "", secrets)
        st.session_state.update({AUTH_FLAG: True, TOKEN: token, _COOKIE_TO_SET: token})
        st.rerun()
    if editions.password_configured(secrets):  # a wrong guess, not a missing configuration
        GUARD.failed()
    st.error(refusal)


def _request_cookie(name: str) -> str | None:
    """The cookie the browser sent when this session connected (None without a browser)."""
    try:
        return st.context.cookies.get(name)
    except Exception:  # noqa: BLE001 - bare script / AppTest: no request, no cookie
        return None


def _login_from_cookie() -> None:
    """A reload starts a new session: a valid cookie from an earlier login logs it in."""
    token = _request_cookie(login_guard.COOKIE_NAME)
    secrets = editions.read_secrets()
    if login_guard.token_is_valid(token, editions.expected_password_digest(secrets), secrets):
        st.session_state.update({AUTH_FLAG: True, TOKEN: token})


def _write_cookie() -> None:
    """Set or clear the login cookie in the browser (once per login / log-out)."""
    name = login_guard.COOKIE_NAME
    if (token := st.session_state.pop(_COOKIE_TO_SET, None)) is not None:
        # The token is URL-safe base64 and dots: nothing here needs quoting.
        value = f"{name}={token}; path=/; max-age={login_guard.TOKEN_MAX_AGE}; SameSite=Strict"
    elif st.session_state.pop(_COOKIE_TO_CLEAR, False):
        value = f"{name}=; path=/; max-age=0; SameSite=Strict"
    else:
        return
    # st.iframe runs an HTML string same-origin, so the cookie is the app's. Only our own
    # constant script and the server-signed token go in: no user text.
    st.iframe(f"<script>document.cookie = {value!r};</script>", height=1)


def needs_login() -> bool:
    """Internal edition and not logged in — after the login cookie was tried, so a reload
    of a logged-in tab draws no login controls (the login language toggle stayed above
    every page when it was drawn before the cookie was read)."""
    if current_edition() != editions.INTERNAL:
        return False
    if not is_authenticated():
        _login_from_cookie()
    return not is_authenticated()


def require_login() -> None:
    """Public edition: nothing. Internal edition: the login form, and nothing else, until
    the password is right (st.stop ends the run before any page or data is drawn)."""
    if current_edition() != editions.INTERNAL:
        return
    if not is_authenticated():
        _login_from_cookie()
    _write_cookie()
    if is_authenticated():
        return
    _keep_linked_page()
    _login_form()
    st.stop()


def _keep_linked_page() -> None:
    """A link to /map?… or /ingest opened logged out lands on that page after the login: the
    pages a logged-out session may know of are declared hidden under the form — the write
    pages only when the link names one of them (Streamlit sends every declared page's path
    and title to the browser). None of them runs (the form's st.stop comes first), and the
    write pages check the login again themselves (require_write_access); the public edition
    never gets here, so there they still do not exist."""
    from dashboard.navigation import keep_linked_page, link_names_one_of  # lazy, as in _lang

    asks_write_page = link_names_one_of([spec.url_path for spec in internal_specs()])
    keep_linked_page(_lang(), extra_sections(current_edition(), authenticated=asks_write_page))


def require_write_access() -> None:
    """For the write pages (录入, 更正): refuse unless this is a logged-in internal session."""
    if not can_write():
        st.error(TEXT["no_write"])
        st.stop()


def _log_out() -> None:
    login_guard.revoke_token(st.session_state.pop(TOKEN, None))
    st.session_state.pop(AUTH_FLAG, None)
    st.session_state[_COOKIE_TO_CLEAR] = True


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
    internal session (and, hidden and never run, under the login form of a link that names
    one: _keep_linked_page): in the public edition they do not exist, not even as a URL."""
    sections: dict[str, list] = {SCREEN_SECTION: [screen_spec()]}
    if editions.is_write_allowed(edition, authenticated):
        sections[INTERNAL_SECTION] = list(internal_specs())
    return sections
