"""Proves the browser harness itself on a throwaway two-line Streamlit page.

It runs whether or not app.py exists, so a broken harness is never mistaken for a broken
dashboard: server start-up and health check, Chromium, CJK rendering, the console-error and
external-request watchdogs, and screenshots.
"""
from __future__ import annotations


import pytest

from tests.e2e.conftest import PageFactory, is_local, start_streamlit, wait_for_app

TINY_APP = '''
import streamlit as st

def home():
    st.title("反诈通报看板 harness")
    st.write("测试页面：本页只用于检查浏览器测试环境。")

def second():
    st.title("第二页")

st.navigation([st.Page(home, title="首页", default=True),
               st.Page(second, title="第二页", url_path="second")]).run()
'''


@pytest.fixture(scope="module")
def tiny_app_url(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("tiny_app")
    script = root / "tiny_app.py"
    script.write_text(TINY_APP, encoding="utf-8")
    with start_streamlit(script, log_dir=root) as server:
        yield server.url


def test_tiny_page_renders_its_chinese_heading(tiny_app_url, page_for, screenshot):
    page = page_for("desktop")
    page.goto(tiny_app_url)
    wait_for_app(page)

    heading = page.locator("h1")
    assert heading.first.inner_text().strip() == "反诈通报看板 harness"
    assert "测试页面" in page.locator('[data-testid="stMarkdown"]').first.inner_text()
    path = screenshot(page, "harness_desktop")
    assert path.exists() and path.stat().st_size > 1000


def test_deep_link_to_a_page_renders_without_console_errors(tiny_app_url, page_for):
    page = page_for("wall")
    page.goto(f"{tiny_app_url}/second")
    wait_for_app(page)

    assert page.locator("h1").first.inner_text().strip() == "第二页"


def test_phone_viewport_is_applied(tiny_app_url, page_for):
    page = page_for("mobile")
    page.goto(tiny_app_url)
    wait_for_app(page)

    assert page.evaluate("window.innerWidth") == 390


def test_watchdog_records_console_errors_and_external_requests(browser):
    """The watchdog itself (without failing this test): a page that logs an error and
    tries to reach a non-local host must produce both kinds of problem."""
    factory = PageFactory(browser)
    try:
        page = factory("desktop")
        page.route("**/*", lambda route: route.abort())  # never actually leave the machine
        page.set_content(
            "<script>console.error('boom')</script><img src='https://cdn.example.com/x.png'>"
        )
        page.wait_for_timeout(300)
    finally:
        factory.close()
    assert any("boom" in e for e in factory.problems.console_errors)
    assert any("cdn.example.com" in r for r in factory.problems.external_requests)


@pytest.mark.parametrize(
    "url, local",
    [
        ("http://127.0.0.1:8501/_stcore/stream", True),
        ("ws://localhost:8501/_stcore/stream", True),
        ("data:image/png;base64,AAAA", True),
        ("https://fonts.googleapis.com/css2?family=Noto", False),
        ("https://api.mapbox.com/tiles", False),
        ("http://127.0.0.1.example.org/x", False),
    ],
)
def test_is_local(url, local):
    assert is_local(url) is local
