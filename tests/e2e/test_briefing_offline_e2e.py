"""The downloaded briefing opens offline: a file on disk, plotly.js inline, every chart drawn,
no request to any host (page_for fails the test on one) and no console error."""
from __future__ import annotations


from dashboard import data, views
from dashboard.filters import Filters
from tests.e2e.conftest import screenshot
from tests.fixtures.dashboard_sample import write_sample_cache


def test_briefing_renders_offline_from_a_file(tmp_path, page_for):
    ds = data.load(write_sample_cache(tmp_path / "cache"))
    # all years, so the money chart and the campaign timeline both have something to draw
    from datetime import date
    html = views.briefing_html(ds, Filters(start=date(2010, 1, 1), end=date(2030, 12, 31)), "zh")
    n_charts = html.count("class='figure'")
    assert n_charts >= 2
    path = tmp_path / "briefing.html"
    path.write_text(html, encoding="utf-8")

    page = page_for("desktop")
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("file:", "data:", "blob:")) else route.abort())
    page.goto(path.as_uri())
    page.wait_for_function(
        """n => Array.from(document.querySelectorAll('.js-plotly-plot'))
                .filter(p => p._fullLayout && p.querySelector('.main-svg .trace')).length >= n""",
        arg=n_charts, timeout=60_000)
    assert page.locator("h2").all_inner_texts()[:2] == ["筛选条件", "关键指标"]
    assert page.locator("table.sources mark").count() > 0
    screenshot(page, "briefing_offline", full_page=False)
