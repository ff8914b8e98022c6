"""The briefing screen and the internal edition in a real browser.

- ?screen=1 at 1920×1080: dark wall screen, no sidebar/header, counters ≥ 48 px, everything
  on one screen, the rotating panel changes without a page reload (screenshot saved).
- Internal edition: a deep link (/map?province=…&from=…, or a write page such as /ingest) opened logged out lands, after the
  login, on that page with those filters; a reload keeps the login (signed cookie) until
  log-out; log in, paste a bulletin naming a region the seeds do not have (拉萨) and
  carrying <script>alert(1)</script>, confirm, then find its figures on the evidence and map
  pages of the same running server. No dialog may open at any point.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from dashboard import screen as screen_helpers
from tests.e2e.conftest import (REPO, SEEDS, rerun_after, start_streamlit, wait_for_app,
                                wait_for_charts, watch_dialogs)

PASSWORD = "wall-反诈-e2e"
BULLETIN = (
    "拉萨警方通报\n2023年5月1日 来源：高原法治报\n"
    "今年以来，拉萨市公安局共破获电信网络诈骗案件321起<script>alert(1)</script>，"
    "抓获犯罪嫌疑人45名，冻结涉案资金1280万元。\n"
)
NEW_EVIDENCE = {"破获电信网络诈骗案件321起", "抓获犯罪嫌疑人45名", "冻结涉案资金1280万元"}


@pytest.fixture(scope="module")
def internal_server(tmp_path_factory) -> Iterator[str]:
    """The app in the internal edition; the password hash sits in a secrets file under a
    temporary HOME (~/.streamlit/secrets.toml), so nothing is written into the repo."""
    from parsers.cache import build_cache

    root = tmp_path_factory.mktemp("internal_app")
    cache, data, home = root / "cache", root / "data", root / "home"
    data.mkdir()
    (home / ".streamlit").mkdir(parents=True)
    digest = hashlib.sha256(PASSWORD.encode()).hexdigest()
    (home / ".streamlit" / "secrets.toml").write_text(
        f'internal_password_sha256 = "{digest}"\n', encoding="utf-8")
    build_cache([SEEDS], cache)
    env = {"FRAUD_CACHE_DIR": str(cache), "FRAUD_DATA_DIR": str(data),
           "FRAUD_EDITION": "internal", "HOME": str(home)}
    with start_streamlit(REPO / "app.py", env=env, log_dir=root) as server:
        yield server.url


def follow_nav(page, path: str) -> None:
    rerun_after(page, page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').first.click)


def plotted_text(page) -> str:
    """All hover/location text of every plotly chart on the page (charts are canvas)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot'))
        .flatMap(p => (p.data || []).flatMap(t => [].concat(t.hovertext || [], t.locations || [],
                                                            t.text || [])))
        .join('\\n')""")


# ---------------------------------------------------------------- the wall screen

@pytest.fixture(scope="module")
def wall_server(tmp_path_factory) -> Iterator[str]:
    """The app over the hand-made sample, where three panels have data to rotate through
    (what the seeds give depends on the parser and the default window of the day)."""
    from tests.fixtures.dashboard_sample import write_sample_cache

    root = tmp_path_factory.mktemp("wall_app")
    cache = write_sample_cache(root / "cache")
    env = {"FRAUD_CACHE_DIR": str(cache), "FRAUD_DATA_DIR": str(root / "data")}
    with start_streamlit(REPO / "app.py", env=env, log_dir=root) as server:
        yield server.url


@pytest.mark.timeout(900)  # its waits add up to more than the suite's 300 s under load
def test_screen_fills_the_wall_and_rotates_without_reload(wall_server, page_for, screenshot):
    """Waits only for Streamlit's script state, plotly's drawing and the DOM changes the
    test is about, each with a generous limit: a busy machine makes it slower, not red."""
    page = page_for("wall")
    dialogs = watch_dialogs(page)
    page.goto(f"{wall_server}/?screen=1")
    wait_for_app(page)
    wait_for_charts(page, 2)  # the map and the rotating panel
    path = screenshot(page, "screen_wall_1920x1080", full_page=False)
    assert path.stat().st_size > 20_000

    assert page.locator('[data-testid="stSidebar"]:visible').count() == 0
    assert page.locator('header[data-testid="stHeader"]:visible').count() == 0
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll(
        '[data-testid="stMetricValue"]')).map(e => parseFloat(getComputedStyle(e).fontSize))""")
    assert len(sizes) == 4 and min(sizes) >= 48
    background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert background == "rgb(17, 20, 24)"
    ticker = page.locator(".st-key-screen_ticker").inner_text()
    assert ticker.startswith("最新战果")
    assert page.evaluate("document.documentElement.scrollHeight") <= 1080 + 40

    # The timer moves the right-hand panel on; a marker on window proves no reload, and
    # the ticker keeps scrolling through the rotation instead of starting over.
    page.evaluate("window.__screenMarker = 'still here'")
    ticker_x = """() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector(
        '.st-key-screen_ticker [data-testid="stText"]')).transform).m41"""
    before = page.evaluate(ticker_x)
    title = page.locator(".st-key-screen_panels h3").nth(1).inner_text()
    # Several rotation periods of slack: under load a fragment run can start late.
    page.wait_for_function(
        "t => document.querySelectorAll('.st-key-screen_panels h3')[1]?.innerText !== t",
        arg=title, timeout=(4 * screen_helpers.ROTATE_SECONDS + 120) * 1000)
    assert page.evaluate("window.__screenMarker") == "still here"
    assert "screen=1" in page.url
    page.wait_for_function(f"() => ({ticker_x})() < {before - 100}", timeout=120_000)
    wait_for_app(page)
    wait_for_charts(page, 2)
    screenshot(page, "screen_wall_1920x1080_rotated", full_page=False)
    assert dialogs == []


def test_briefing_downloads_as_offline_html(app_server, page_for):
    page = page_for("desktop")
    page.goto(app_server)
    wait_for_app(page)
    follow_nav(page, "evidence")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="下载简报 HTML").click()
    download = download_info.value
    assert download.suggested_filename.startswith("反诈通报简报_")
    html = Path(download.path()).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert "关键指标" in html and "破获案件" in html and "数据来源" in html
    assert not re.search(r"<script[^>]+src=", html)  # plotly.js inline, nothing fetched
    assert "<mark>" in html  # the sources carry their evidence sentences


def test_public_edition_has_no_ingest_page(app_server, page_for):
    page = page_for("desktop")
    page.goto(app_server)
    wait_for_app(page)
    links = page.locator('[data-testid="stSidebarNav"] a').evaluate_all(
        "els => els.map(e => e.getAttribute('href'))")
    assert links and not any(h.endswith(("/ingest", "/corrections")) for h in links)
    assert page.locator('[data-testid="stFileUploader"]').count() == 0
    assert page.locator('input[type="password"]').count() == 0


# ---------------------------------------------------------------- the internal edition

def log_in(page, url: str, password: str) -> None:
    page.goto(url)
    wait_for_app(page)
    page.locator('input[type="password"]').fill(password)
    rerun_after(page, page.locator('[data-testid="stFormSubmitButton"] button').click)


def test_wrong_password_shows_only_the_error(internal_server, page_for):
    page = page_for("desktop")
    log_in(page, internal_server, "not-the-password")
    page.wait_for_selector('[data-testid="stAlertContentError"]')
    assert "密码错误" in page.locator('[data-testid="stAlertContentError"]').inner_text()
    assert page.locator('[data-testid="stMetric"]').count() == 0
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0


def test_a_deep_link_opened_logged_out_lands_on_its_page_after_the_login(internal_server,
                                                                         page_for):
    """The page and the filters a shared link asks for survive the login form: the
    frontend must not swap /map for the default page while the form is shown."""
    page = page_for("desktop")
    wanted = {"province": "甘肃省", "metric": "money_frozen", "from": "2020-01-01",
              "to": "2020-12-31"}
    log_in(page, f"{internal_server}/map?" + urlencode(wanted), PASSWORD)
    page.wait_for_selector('[data-testid="stSidebarNav"]')  # past the login form
    wait_for_app(page)
    url = urlsplit(page.url)
    assert url.path == "/map"
    assert parse_qs(url.query) == {key: [value] for key, value in wanted.items()}
    assert page.locator("h1").first.inner_text().startswith("地图")  # the map ran
    # the sidebar's choices (a selectbox shows its choice as its input's value)
    assert page.locator(".st-key-f_province input").input_value() == "甘肃省"
    assert page.locator(".st-key-f_window input").input_value() == "2020年"
    assert page.locator(".st-key-f_metric input").input_value() == "冻结资金"


def test_a_link_to_a_write_page_opened_logged_out_lands_there_after_the_login(internal_server, page_for):
    """/ingest sent to a colleague: the login form first (nothing of the page), then 录入 —
    not the overview, which a page declared only after the login used to give."""
    page = page_for("desktop")
    page.goto(f"{internal_server}/ingest")
    page.wait_for_selector('input[type="password"]')
    wait_for_app(page)
    # the page did not run: neither its title nor its own refusal (require_write_access) is drawn
    assert not any(h.startswith("录入通报") for h in page.locator("h1").all_inner_texts())
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    page.locator('input[type="password"]').fill(PASSWORD)
    rerun_after(page, page.locator('[data-testid="stFormSubmitButton"] button').click)
    page.wait_for_selector('[data-testid="stSidebarNav"]')  # past the login form
    wait_for_app(page)
    assert urlsplit(page.url).path == "/ingest"
    assert page.locator("h1").first.inner_text().startswith("录入通报")


def test_a_reload_keeps_the_analyst_logged_in_until_log_out(internal_server, page_for):
    page = page_for("desktop")
    log_in(page, internal_server, PASSWORD)
    page.wait_for_selector('[data-testid="stMetric"]')
    page.wait_for_function("document.cookie.includes('fraud_internal_login=')")

    page.reload()
    page.wait_for_selector('[data-testid="stMetric"]')  # the overview, not the login form
    wait_for_app(page)
    assert page.locator('input[type="password"]').count() == 0
    assert page.locator('[data-testid="stSidebarNav"] a[href$="/ingest"]').count() == 1

    rerun_after(page, page.locator(".st-key-internal_logout button").click)
    page.wait_for_function("!document.cookie.includes('fraud_internal_login=')")
    page.reload()
    page.wait_for_selector('input[type="password"]')  # the login form again
    wait_for_app(page)
    assert page.locator('[data-testid="stMetric"]').count() == 0


@pytest.mark.timeout(900)
def test_uploaded_bulletin_shows_on_evidence_and_map(internal_server, page_for, screenshot):
    page = page_for("wall")
    dialogs = watch_dialogs(page)
    log_in(page, internal_server, PASSWORD)
    page.wait_for_selector('[data-testid="stMetric"]')

    follow_nav(page, "ingest")
    rerun_after(page, page.locator(".st-key-ingest_mode").get_by_text("粘贴文本").click)
    page.locator("textarea").fill(BULLETIN)
    rerun_after(page, lambda: page.locator("textarea").press("Control+Enter"))
    rerun_after(page, page.locator(".st-key-ingest_preview button").click)
    page.wait_for_selector("mark")
    shown = page.locator('[data-testid="stHtml"]').all_inner_texts()
    assert any("<script>alert(1)</script>" in text for text in shown)  # text, not markup
    assert page.locator('[data-testid="stHtml"] script').count() == 0
    screenshot(page, "internal_ingest_preview", full_page=False)

    page.locator(".st-key-ingest_confirm button").click()
    page.get_by_text("已录入").wait_for()

    # A new page load (the login cookie keeps the session in) with the region and the
    # bulletin's year in the URL: the default window is the latest year of the seeds.
    page.goto(f"{internal_server}/evidence?" + urlencode(
        {"province": "西藏自治区", "from": "2023-01-01", "to": "2023-12-31"}))
    wait_for_app(page)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    wait_for_app(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 54)  # first row's selection box
    page.wait_for_selector("mark")
    assert page.locator("mark").first.inner_text() in NEW_EVIDENCE
    screenshot(page, "internal_evidence_new_bulletin", full_page=False)

    follow_nav(page, "map")
    wait_for_charts(page, 1)
    plotted = plotted_text(page)
    # drilled into 西藏 (the URL's province): its cities are drawn, 拉萨市 with the figure
    # (the province's own outline is no longer sent grey beneath them)
    assert "540100" in plotted  # 拉萨市's polygon
    assert "拉萨市" in plotted and "321" in plotted  # its hover, with the figure
    screenshot(page, "internal_map_new_bulletin", full_page=False)
    assert dialogs == []


@pytest.mark.timeout(600)
def test_a_file_of_another_type_or_over_the_limit_is_refused_in_the_pages_language(internal_server, page_for,
                                                                                   tmp_path, screenshot):
    # Streamlit's own refusals ("application/pdf files are not allowed", "File must be 2.0MB
    # or smaller") are English only: the uploader lets such files through to our check
    page = page_for("desktop")
    log_in(page, internal_server, PASSWORD)
    page.wait_for_selector('[data-testid="stMetric"]')
    follow_nav(page, "ingest")
    chooser = page.locator('.st-key-ingest_file input[type="file"]')
    # the page states one limit, its own: the widget's "10MB per file" line is not shown
    page.get_by_text("每个不超过").wait_for()
    page.locator('.st-key-ingest_file [data-testid="stFileUploaderDropzone"]').wait_for()
    # (waited for: on a loaded machine the page's style can reach the browser just after the widget)
    page.locator('[data-testid="stFileUploaderDropzoneInstructions"]').wait_for(state="hidden")
    assert "per file" not in page.locator("body").inner_text()
    screenshot(page, "internal_ingest_upload", full_page=False)
    pdf = tmp_path / "通报.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a bulletin")
    rerun_after(page, lambda: chooser.set_input_files(str(pdf)))
    page.get_by_text("只接受").wait_for()
    big = tmp_path / "big.txt"
    big.write_bytes("反诈".encode("utf-8") * (1024 * 1024))  # 6 MB over the 2 MB limit
    rerun_after(page, lambda: chooser.set_input_files(str(big)))
    page.get_by_text("文件过大").wait_for()
    body = page.locator("body").inner_text()
    assert "not allowed" not in body and "must be" not in body
