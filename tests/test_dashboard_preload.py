"""Chart pages ask for plotly.js at the start of their run (navigation.preload_charts)."""
from __future__ import annotations

import pytest

from dashboard import navigation


@pytest.mark.parametrize("url, screen, expected", [
    ("http://127.0.0.1:8501/map", False, True),
    ("http://127.0.0.1:8501/money", False, True),
    ("http://127.0.0.1:8501/campaigns/", False, True),
    ("http://host/prefix/map", False, True),
    ("http://127.0.0.1:8501/", False, False),
    ("http://127.0.0.1:8501/evidence", False, False),
    ("http://127.0.0.1:8501/", True, True),  # the wall screen draws charts on every URL
    (None, False, False),  # no browser (AppTest): nothing to load
])
def test_only_chart_pages_preload_plotly(url, screen, expected):
    assert navigation.wants_charts(url, screen) is expected


def test_the_preload_imports_streamlits_own_plotly_chunk():
    chunk = navigation._plotly_chunk()
    assert chunk and chunk.startswith("PlotlyChart.") and chunk.endswith(".js")
    html = navigation.preload_charts_html()
    # hidden, local (resolved next to Streamlit's own index script), failure-tolerant
    assert ".st-key-chart_preload{display:none}" in html
    assert f"'{chunk}'" in html and "http" not in html and ".catch(" in html
