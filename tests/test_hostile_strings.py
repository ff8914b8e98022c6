"""Issue 10 items 1–2: text from bulletins, URLs or users is never rendered as Markdown or
HTML, on every page, the wall screen and the briefing export (AppTest side; the browser
side is tests/e2e/test_hostile_e2e.py).

The dataset is the hand-made sample with hostile titles, sources, campaign names and text
(tests/fixtures/hostile.py); the URL carries hostile values for every filter. A check walks
every element Streamlit was asked to draw and looks at the fields Streamlit interprets as
Markdown (headings, captions, alerts, metric and expander labels, button and option labels):
no hostile marker may be there. st.html bodies must hold hostile text only escaped, and no
element but a table may echo the 100,000-character value.
"""
from __future__ import annotations

import json
import html
from datetime import date
from pathlib import Path

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from dashboard import filters as filters_module
from dashboard.safe_html import MAX_SHOWN_CHARS, heading_html, is_missing, shown
from tests.fixtures.hostile import (BY_NAME, HOSTILE, LONG_CHAR, LONG_MARKERS, LONG_URL_VALUE,
                                    SHORT, hostile_frames, hostile_query_params,
                                    write_hostile_cache)

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["dashboard/pages/overview.py", "dashboard/pages/map.py", "dashboard/pages/money.py",
         "dashboard/pages/campaigns.py", "dashboard/pages/evidence.py"]
# Proto fields Streamlit renders through its Markdown component.
MARKDOWN_FIELDS = {"body", "label", "help", "content", "placeholder"}
# Elements whose text is never Markdown: st.text, tables, charts (checked in the browser),
# code; st.html is checked for escaping instead.
PLAIN_TYPES = {"Text", "Arrow", "Dataframe", "PlotlyChart", "Code", "Html"}


# ---------------------------------------------------------------- walking what was drawn

def _elements(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _elements(child)


def _strings(value, key: str | None = None):
    """(field name, string) for every string in a proto-as-dict."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield key, value


def rendering_problems(at: AppTest) -> list[str]:
    problems = []
    for element in _elements(at._tree):
        proto = getattr(element, "proto", None)
        if proto is None or not hasattr(proto, "DESCRIPTOR"):
            continue
        kind = type(proto).__name__
        fields = list(_strings(MessageToDict(proto)))
        where = f"{kind} {getattr(element, 'type', '')}"
        for field, text in fields:
            # a chart's spec is JSON: the run may be there \u-escaped (the json module's way)
            if any(m in text or json.dumps(m)[1:-1] in text for m in LONG_MARKERS) \
                    and kind not in {"Arrow", "Dataframe"}:
                problems.append(f"{where}.{field} echoes the 100k value ({len(text)} chars)")
        if kind == "Html":
            for field, text in fields:
                for h in SHORT:
                    if "<" in h.text and h.text in text:
                        problems.append(f"{where}.{field} holds raw HTML of {h.name}")
            continue
        if kind in PLAIN_TYPES:
            continue
        options_are_markdown = kind in {"Radio", "ButtonGroup"}
        for field, text in fields:
            if field not in MARKDOWN_FIELDS and not (options_are_markdown and field == "options"):
                continue
            for h in HOSTILE:
                if h.marker in text:
                    problems.append(f"{where}.{field} renders {h.name} as Markdown: {text[:80]!r}")
    return problems


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def hostile_cache(tmp_path_factory) -> Path:
    return write_hostile_cache(tmp_path_factory.mktemp("hostile_cache"))


def start(monkeypatch, cache: Path, params: dict[str, str] | None = None) -> AppTest:
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache))
    monkeypatch.setenv("FRAUD_EDITION", "public")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(params or {})
    at.run()
    assert not at.exception, at.exception
    return at


# ---------------------------------------------------------------- pure helpers

@pytest.mark.parametrize("missing", [None, float("nan"), "nan", "NaN", "", "  ", "None"])
def test_missing_values_show_a_dash(missing):
    assert is_missing(missing)
    assert shown(missing) == "—"


def test_shown_clips_long_values_and_folds_lines():
    assert shown(LONG_CHAR * 100_000) == LONG_CHAR * (MAX_SHOWN_CHARS - 1) + "…"
    assert shown("标题\n第二行") == "标题 第二行"


@pytest.mark.parametrize("hostile", SHORT, ids=lambda h: h.name)
def test_heading_html_is_escaped_text(hostile):
    out = heading_html(hostile.text)
    assert out == f"<h1>{html.escape(hostile.text, quote=True)}</h1>"


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda h: h.name)
def test_url_values_are_checked_against_the_data(hostile):
    documents, facts, campaigns = hostile_frames()
    params = {"province": hostile.text, "city": hostile.text, "campaign": "不存在的行动",
              "metric": hostile.text, "lang": hostile.text, "from": hostile.text}
    checked = filters_module.known_only(filters_module.from_query_params(params),
                                        facts, campaigns)
    assert checked == filters_module.Filters()


def test_a_known_name_from_the_url_survives_the_check():
    documents, facts, campaigns = hostile_frames()
    name = min(campaigns["name"], key=len)  # a real name is short; long ones are cut first
    params = {"province": "甘肃省", "city": "兰州市", "campaign": name}
    checked = filters_module.known_only(filters_module.from_query_params(params),
                                        facts, campaigns)
    assert (checked.province, checked.city, checked.campaign) == ("甘肃省", "兰州市", name)


# ---------------------------------------------------------------- every page

def test_every_page_with_hostile_url_and_data(hostile_cache, monkeypatch):
    at = start(monkeypatch, hostile_cache, hostile_query_params())
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert rendering_problems(at) == [], page
        # unknown values are dropped from the URL; the one campaign the data knows stays
        params = {k: v[-1] if isinstance(v, list) else v for k, v in at.query_params.items()}
        assert params.pop("campaign") == BY_NAME["md_link"].text, page
        if page.endswith("campaigns.py"):  # the page's own value: the campaign it shows
            assert params.pop("pick") == BY_NAME["md_link"].text, page
        assert set(params) <= {"from", "to"}, page  # the window the sidebar chose, as dates
        for value in params.values():
            date.fromisoformat(value)


@pytest.mark.parametrize("hostile", SHORT, ids=lambda h: h.name)
def test_every_page_with_a_hostile_campaign_selected(hostile_cache, monkeypatch, hostile):
    at = start(monkeypatch, hostile_cache)
    at.sidebar.selectbox(key="f_campaign").select(hostile.text).run()
    assert not at.exception
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert rendering_problems(at) == [], page


def test_evidence_source_line_is_plain_and_shows_dash_for_missing(hostile_cache, monkeypatch):
    documents = hostile_frames()[0]
    undated = documents.loc[documents["published"].isna(), "title"].iloc[0]
    at = start(monkeypatch, hostile_cache)
    at.switch_page("dashboard/pages/evidence.py").run()
    table = at.dataframe[0].value
    published = next(c for c in table.columns if "发布" in c)
    rows = [i for i, value in enumerate(table[published]) if is_missing(value) or value == "—"]
    assert rows, "the undated bulletin is listed"
    at.session_state["evidence_table"] = {"selection": {"rows": [rows[0]], "columns": []}}
    at.run()
    assert not at.exception
    lines = [t.value for t in at.text if " · " in t.value]
    assert len(lines) == 1, "the source line is drawn with st.text"
    title, date_shown, source = lines[0].split(" · ")
    assert (date_shown, source) == ("—", "—")
    assert title == shown(undated)
    assert rendering_problems(at) == []


# ---------------------------------------------------------------- the wall screen

def _headings(at: AppTest) -> list[str]:
    return [e.proto.body for e in _elements(at._tree)
            if type(getattr(e, "proto", None)).__name__ == "Html" and "<h1>" in e.proto.body]


def test_wall_screen_ignores_hostile_url_values(hostile_cache, monkeypatch):
    unknown = {**hostile_query_params(), "campaign": BY_NAME["md_image"].text + "不存在"}
    at = start(monkeypatch, hostile_cache, {"screen": "1", **unknown})
    assert rendering_problems(at) == []
    (heading,) = _headings(at)
    assert "全国" in heading  # unknown names are dropped, not echoed
    for h in SHORT:
        assert html.escape(h.text, quote=True) not in heading and h.marker not in heading


@pytest.mark.parametrize("hostile", SHORT, ids=lambda h: h.name)
def test_wall_screen_shows_a_known_hostile_campaign_as_plain_text(hostile_cache, monkeypatch,
                                                                  hostile):
    at = start(monkeypatch, hostile_cache, {"screen": "1", "campaign": hostile.text})
    assert rendering_problems(at) == []
    (heading,) = _headings(at)
    if len(hostile.text) > filters_module.MAX_PARAM_CHARS:  # too long to be a name: dropped
        assert "全国" in heading and hostile.marker not in heading
    else:
        assert html.escape(hostile.text, quote=True) in heading


def test_wall_screen_never_echoes_a_100k_value(hostile_cache, monkeypatch):
    at = start(monkeypatch, hostile_cache,
               {"screen": "1", "province": LONG_URL_VALUE, "campaign": LONG_URL_VALUE[:-1]})
    assert rendering_problems(at) == []
    (heading,) = _headings(at)
    assert "QQ" not in heading and "全国" in heading


# ---------------------------------------------------------------- the briefing export

def test_briefing_export_escapes_every_hostile_string(hostile_cache, monkeypatch):
    from dashboard import data, views
    from dashboard.filters import Filters

    monkeypatch.setenv("FRAUD_CACHE_DIR", str(hostile_cache))
    ds = data.derive(*hostile_frames())
    for hostile in SHORT:
        page = views.briefing_html(ds, Filters(campaign=hostile.text), "zh")
        if "<" in hostile.text:
            assert hostile.text not in page, hostile.name
        assert f'href="http://{BY_NAME["md_link"].text}' not in page
        assert '<img src="http://evil' not in page and "<script>alert('x')" not in page
