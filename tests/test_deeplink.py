"""dashboard.deeplink: which of our pages a browser URL names (the login keeps it)."""
from __future__ import annotations

import pytest

from dashboard import deeplink

PATHS = ["overview", "map", "money", "campaigns", "evidence", "screen"]


@pytest.mark.parametrize(("url", "expected"), [
    ("http://host/map", "map"),
    ("http://host/map/", "map"),
    ("https://host:8501/evidence", "evidence"),
    ("http://host/prefix/app/money", "money"),  # served under a path prefix
    ("http://host/map?province=湖南省&from=2024-01-01", "map"),  # the query is not the path
    ("http://host/screen#top", "screen"),
    ("http://host/%6Dap", "map"),  # percent-encoded, as a browser may send it
])
def test_a_url_naming_one_of_our_pages(url, expected):
    assert deeplink.page_asked_for(url, PATHS) == expected


@pytest.mark.parametrize("url", [
    None, "", "http://host", "http://host/",  # no URL (AppTest) or the app's root
    "http://host/ingest", "http://host/corrections",  # not among the given pages
    "http://host/nomap", "http://host/map/extra", "http://host/?page=map",
    "http://host/%ff%fe", "http://host/" + "a" * 600 + "/map",  # undecodable, over-long
    "http://host/map<script>",
])
def test_anything_else_names_no_page(url):
    assert deeplink.page_asked_for(url, PATHS) is None


def test_an_empty_url_path_never_matches():
    assert deeplink.page_asked_for("http://host/", ["", "map"]) is None
