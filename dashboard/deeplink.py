"""Which page a link asked for, read from the browser's URL (pure: no Streamlit).

Why it matters: in the internal edition the first runs of a session show only the login
form and never call st.navigation. Streamlit's frontend then takes the main script's hash
as the session's current page and sends it with every rerun; when the login succeeds,
st.navigation finds no page with that hash and runs the default one, and the frontend
rewrites /map?… to /?… — the page a shared link named is lost (its query string is not).
The login form therefore declares the pages (hidden, none of them run) when the URL names
one of them, so Streamlit itself resolves /map and keeps it through the login.

The URL is written by anyone: its path is only ever compared with our own url paths,
never shown nor passed on.
"""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

# No url path of ours comes near this; a longer path is nobody's page.
MAX_PATH_CHARS = 512


def page_asked_for(url: str | None, url_paths: Iterable[str]) -> str | None:
    """The url path (one of `url_paths`) that the URL's path ends with, as Streamlit
    matches a page (the app may be served under a path prefix); None for the app's root,
    an unknown page, or no URL at all (AppTest, a bare script)."""
    if not url or len(url) > MAX_PATH_CHARS:
        return None
    try:
        path = unquote(urlsplit(url).path, errors="strict").rstrip("/")
    except (UnicodeDecodeError, ValueError):
        return None
    for url_path in url_paths:
        if url_path and path.endswith(f"/{url_path}"):
            return url_path
    return None
