"""Issue 10 items 1–2 in a real browser: hostile strings from the data and the URL on every
page, the wall screen and the downloaded briefing, with no request off localhost.

The server reads the sample dataset with hostile titles, sources, campaign names and text
(tests/fixtures/hostile.py); the URL carries a hostile value for every filter. Links and
images point at evil.example, so an image that renders is also caught by the harness (a
request to a non-local host fails the test). The DOM checks look for what Markdown, HTML,
LaTeX and emoji shortcodes would have produced.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from dashboard.figures import OFFLINE_GEO_ASSETS_SCRIPT
from tests.e2e.conftest import (REPO, rerun_after, start_streamlit, wait_for_app, wait_for_charts,
                                watch_dialogs)
from tests.fixtures.hostile import BY_NAME, EVIL_HOST, SHORT, hostile_query_params, write_hostile_cache

PAGES = ["overview", "map", "money", "campaigns", "evidence"]
# What rendering a hostile string would have left in the page.
# The one script a page may carry in st.html: ours, constant, giving plotly.js its empty
# base maps before a map (dashboard.pages.map_chart). Any other script element fails.
OWN_SCRIPTS = [OFFLINE_GEO_ASSETS_SCRIPT.removeprefix("<script>").removesuffix("</script>")]
INJECTED = f"""([checkLong, ownScripts]) => {{
    const found = [];
    const evil = document.querySelectorAll('[src*="{EVIL_HOST}"], [href*="{EVIL_HOST}"], [*|href*="{EVIL_HOST}"]');
    if (evil.length) found.push(`${{evil.length}} element(s) pointing at {EVIL_HOST}`);
    if (document.querySelector('.katex, .katex-display')) found.push('LaTeX rendered');
    const text = document.body.innerText;
    if (text.includes('\\u{{1F604}}')) found.push(':smile: became an emoji');
    if (checkLong && text.includes('Q'.repeat(200)) || checkLong && text.includes('\\uFF31'.repeat(200)))
        found.push('a 100k value is echoed');
    const icons = Array.from(document.querySelectorAll('[data-testid="stIconMaterial"]'))
        .map(e => e.innerText);
    if (icons.includes('warning')) found.push(':material/warning: became an icon');
    for (const el of document.querySelectorAll('[data-testid="stMarkdown"] b, [data-testid="stHeading"] b,'
                                               + ' [data-testid="stHtml"] b, [data-testid="stHtml"] img')) {{
        if (el.innerText.includes('粗体') || el.tagName === 'IMG') found.push(`<${{el.tagName}}> from data`);
    }}
    const scripts = Array.from(document.querySelectorAll(
        '[data-testid="stHtml"] script, [data-testid="stMarkdown"] script'))
        .filter(s => !ownScripts.includes(s.textContent));
    if (scripts.length) found.push('a script element from data');
    return found;
}}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile_app")
    cache = write_hostile_cache(root / "cache")
    env = {"FRAUD_CACHE_DIR": str(cache), "FRAUD_DATA_DIR": str(root / "data"),
           "FRAUD_EDITION": "public"}
    with start_streamlit(REPO / "app.py", env=env, log_dir=root) as server:
        yield server.url


def open_with(page, url: str, path: str) -> None:
    page.goto(url)
    wait_for_app(page)
    if path != "overview":
        rerun_after(page, page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').first.click)
    wait_for_charts(page)  # every chart the page drew (a filtered page may have none)


def assert_nothing_injected(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.evaluate(INJECTED, [True, OWN_SCRIPTS]) == []


@pytest.mark.parametrize("path", PAGES)
def test_every_page_with_hostile_url_and_data(hostile_server, page_for, path):
    page = page_for("desktop")
    dialogs = watch_dialogs(page)
    open_with(page, f"{hostile_server}/?{urlencode(hostile_query_params())}", path)
    assert_nothing_injected(page)
    assert dialogs == []


@pytest.mark.parametrize("hostile", SHORT, ids=lambda h: h.name)
def test_campaigns_and_overview_with_each_hostile_campaign(hostile_server, page_for, hostile):
    """Each hostile string is a campaign name in the data: chosen through the URL it is a
    known name, so it reaches headings, the timeline and the tables."""
    page = page_for("desktop")
    dialogs = watch_dialogs(page)
    for path in ("overview", "campaigns"):
        open_with(page, f"{hostile_server}/?{urlencode({'campaign': hostile.text})}", path)
        assert_nothing_injected(page)
    assert dialogs == []


def test_wall_screen_with_hostile_url(hostile_server, page_for):
    page = page_for("wall")
    dialogs = watch_dialogs(page)
    # every value unknown to the data (the known-campaign case is the next test)
    params = {"screen": "1", **hostile_query_params(), "campaign": BY_NAME["md_link"].text + "x"}
    page.goto(f"{hostile_server}/?{urlencode(params)}")
    wait_for_app(page)
    wait_for_charts(page, 2)
    assert_nothing_injected(page)
    heading = page.locator(".st-key-screen_header h1").inner_text()
    assert heading.startswith("反诈通报大屏")
    assert "evil" not in heading and "Q" not in heading
    assert dialogs == []


@pytest.mark.parametrize("hostile", [BY_NAME["md_image"], BY_NAME["latex"], BY_NAME["emoji"]],
                         ids=lambda h: h.name)
def test_wall_screen_shows_a_known_hostile_campaign_as_text(hostile_server, page_for, hostile):
    page = page_for("wall")
    page.goto(f"{hostile_server}/?{urlencode({'screen': '1', 'campaign': hostile.text})}")
    wait_for_app(page)
    wait_for_charts(page, 2)
    assert_nothing_injected(page)
    heading = page.locator(".st-key-screen_header h1").inner_text()
    assert hostile.text in heading  # literally, as typed


def test_evidence_source_line_is_plain_text(hostile_server, page_for):
    page = page_for("wall")
    open_with(page, hostile_server, "evidence")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 54)  # the first row's selection box
    page.wait_for_selector("mark")
    wait_for_app(page)
    lines = [t for t in page.locator('[data-testid="stText"]').all_inner_texts() if " · " in t]
    assert lines and "nan" not in lines[0].split(" · ")[1:]
    assert_nothing_injected(page)


def test_briefing_export_with_a_hostile_campaign(hostile_server, page_for, tmp_path):
    page = page_for("desktop")
    dialogs = watch_dialogs(page)
    url = f"{hostile_server}/?{urlencode({'campaign': BY_NAME['html_link'].text})}"
    open_with(page, url, "evidence")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="下载简报 HTML").click()
    html_path = tmp_path / "briefing.html"  # the suffix makes Chromium open it as HTML
    download_info.value.save_as(html_path)
    exported = page_for("desktop")
    exported.goto(html_path.as_uri())
    exported.wait_for_load_state("load")
    found = exported.evaluate(INJECTED, [False, OWN_SCRIPTS])  # a long title may sit whole in the table
    assert found == []
    assert exported.locator("script:not(:empty)").count() >= 1  # plotly inline, not fetched
    assert dialogs == []
