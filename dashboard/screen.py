"""The briefing screen (大屏) without Streamlit: what it shows, in which order, and its CSS.

The wall display has no sidebar, so everything it needs is decided here from the dataset
and the URL: which KPI counters (the same no-double-counting aggregates as the overview,
passed in by the page), which panel is on in rotation slot N, and the ticker of the latest
campaign results. The stylesheet is a constant: no parsed text is ever interpolated into it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dashboard import i18n
from parsers import lexicon

if TYPE_CHECKING:  # light at import: app.py reads is_screen_requested before pandas loads
    import pandas as pd

    from dashboard.aggregate import Aggregate

SCREEN_PARAM = "screen"
ROTATE_SECONDS = 20
# One full scroll of the ticker; its fragment refreshes once per scroll, so a refresh
# (which restarts the CSS animation) never cuts a scroll short.
TICKER_SECONDS = 120
# A wall link's unused values (filters.url_notices) are said over the ticker's band for the
# first this-many timer runs (a minute), then go: the wall has no button to dismiss them;
# laid out above the counters they pushed the ticker off the 1080-px screen (newcomer review),
# and over the header's right side they hid the counters' labels (newcomer review 12).
NOTICE_TICKS = 3
# The counters, in order: the first N_KPIS are shown, in place, value or not (select_kpis).
SCREEN_KPI_METRICS: tuple[str, ...] = lexicon.WALL_METRICS  # from the one metric table
N_KPIS = 4
# Panels that take turns beside the (always visible) map.
PANELS: tuple[str, ...] = ("money", "regions", "campaigns")
TICKER_SEPARATOR = "　◆　"

def label(key: str, lang: str = i18n.DEFAULT_LANG, **kwargs: object) -> str:
    """A wall-screen string from the one table (i18n.STRINGS, keys screen_*):
    label("panel_money", "en") reads STRINGS["screen_panel_money"]."""
    full = key if key in i18n.STRINGS else f"screen_{key}"
    return i18n.t(full, lang, **kwargs)


def panel_heading(name: str, lang: str, uneven: bool = False) -> str:
    """A rotating panel's heading; '各省冻结资金（统计期长短不一）' when its figures cover
    periods of different lengths (views.comparison_caption is not empty): the wall has no
    room for the full caption, and a 6-month 内蒙古 beside a 1-month 山东 must not pass
    for a like-for-like bar (newcomer review)."""
    heading = label(f"panel_{name}", lang)
    return label("uneven", lang, panel=heading) if uneven else heading


def is_screen_requested(params: Mapping[str, object]) -> bool:
    """True for ?screen=1 / true / yes / on (st.query_params gives str, parse_qs lists)."""
    value = params.get(SCREEN_PARAM)
    if isinstance(value, list):
        value = value[-1] if value else None
    return str(value).strip().lower() in {"1", "true", "yes", "on"} if value is not None else False


# ---------------------------------------------------------------- rotation

def rotation_order(available: Mapping[str, bool],
                   panels: Sequence[str] = PANELS) -> tuple[str, ...]:
    """The panels that have something to show, in their fixed order. An empty panel would
    leave a blank third of the wall for a whole turn, so it is skipped; if none has data
    the first panel still shows (with its own 'no data' message)."""
    order = tuple(p for p in panels if available.get(p))
    return order or tuple(panels[:1])


def panel_at(tick: int, order: Sequence[str]) -> str:
    """The panel for the tick-th timer run (tick counts from 0)."""
    if not order:
        raise ValueError("no panels to rotate")
    return order[tick % len(order)]


# ---------------------------------------------------------------- KPI counters

@dataclass(frozen=True)
class KpiTile:
    metric: str
    label: str
    value_text: str
    caption: str


def select_kpis(results: Mapping[str, Aggregate], n: int = N_KPIS,
                preference: Sequence[str] = SCREEN_KPI_METRICS) -> list[str]:
    """The n counters' metrics: the first n of ``preference`` that were computed, value or
    not. A briefing screen keeps its counters in place, one with no figure for the window
    showing —; before, metrics with a value moved forward, so 破获案件 vanished from a
    2025H2 wall and 紧急止付 took its place (newcomer review 12)."""
    return [m for m in preference if m in results][:n]


def _partial(result: Aggregate) -> bool:
    """Whether some figure of the total covers less than the total's window (both bounds
    known): the tile then says its total is not the whole window's."""
    lo, hi = result.window
    facts = result.facts
    if lo is None or hi is None or facts.empty or "period_start" not in facts:
        return False
    window = (lo.isoformat(), hi.isoformat())
    return any((s, e) != window for s, e in zip(facts["period_start"].astype(str).str[:10],
                                                facts["period_end"].astype(str).str[:10]))


def _tile_caption(result: Aggregate, metric: str, lang: str) -> str:
    if result.value is None:
        return i18n.t("kpi_no_value", lang)
    parts = [i18n.t("kpi_sources", lang, n=result.n_sources)]
    if _partial(result):
        # its figures do not each cover the window the header names (a one-day 紧急止付 as
        # 全国's 2025H2: newcomer review 12) — said in place of the span from the earliest
        # start to the latest end, which read as the whole window (and so the caption keeps
        # to two lines and the ticker to the 1080-px wall)
        parts.append(i18n.t("tile_partial", lang))
    elif result.period_start or result.period_end:
        parts.append(i18n.format_period(result.period_start, result.period_end, lang))
    if result.basis in ("sum_of_parts", "mixed"):
        # a 全国 tile built from one city's bulletin must say so, in a word, and from how
        # many regions
        parts.append(i18n.t(f"tile_{result.basis}", lang, n=result.n_regions))
    if result.parts_value is not None:  # the figure covers only part (aggregate step 6)
        parts.append(i18n.t("tile_parts_larger", lang,
                            value=i18n.format_amount(result.parts_value, metric, "exact", lang)))
    return " · ".join(parts)


def kpi_tiles(results: Mapping[str, Aggregate], lang: str = i18n.DEFAULT_LANG,
              n: int = N_KPIS) -> list[KpiTile]:
    return [
        KpiTile(metric=m, label=i18n.metric_label(m, lang),
                value_text=i18n.format_amount(results[m].value, m, results[m].qualifier, lang),
                caption=_tile_caption(results[m], m, lang))
        for m in select_kpis(results, n)
    ]


# ---------------------------------------------------------------- ticker

@dataclass(frozen=True)
class TickerItem:
    published: str | None
    text: str


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def ticker_items(facts: pd.DataFrame, campaigns: pd.DataFrame, lang: str = i18n.DEFAULT_LANG,
                 limit: int = 12, per_campaign: int = 3) -> list[TickerItem]:
    """The latest campaign results, newest bulletin first: one item per figure tied to a
    campaign ("2021-07-12 · 山西省 · 晋城市 · 宣传月：破获案件 75起"). Campaigns named in
    the news without a figure follow, so a new operation still shows up on the wall.
    The same claim repeated in several bulletins appears once (its newest report), and one
    campaign gets at most `per_campaign` figures so a long bulletin cannot fill the ticker."""
    from dashboard.regions import region_label

    items: list[tuple[str, TickerItem]] = []
    seen: set[tuple] = set()
    shown_per_campaign: dict[str, int] = {}
    tied = facts[facts["campaign"].map(_text).notna()] if "campaign" in facts else facts.iloc[:0]
    tied = tied.sort_values(["published", "span_start"], ascending=[False, True],
                            na_position="last") if len(tied) else tied
    for row in tied.itertuples(index=False):
        region = region_label(row.province, row.city, row.county, lang,
                              getattr(row, "nationwide", None))
        key = (row.campaign, row.metric, float(row.value), region)
        if key in seen or shown_per_campaign.get(row.campaign, 0) >= per_campaign:
            continue
        seen.add(key)
        shown_per_campaign[row.campaign] = shown_per_campaign.get(row.campaign, 0) + 1
        amount = i18n.format_amount(row.value, row.metric, row.qualifier, lang)
        date = _text(row.published)
        head = " · ".join(x for x in (date, region, row.campaign) if x)
        colon = ": " if lang == "en" else "："
        text = f"{head}{colon}{i18n.metric_label(row.metric, lang)} {amount}"
        items.append((date or "", TickerItem(date, text)))

    named = {str(c) for c in tied["campaign"]} if len(tied) else set()
    if len(campaigns):
        mentions = campaigns.sort_values("published", ascending=False, na_position="last")
        for row in mentions.drop_duplicates("name").itertuples(index=False):
            if row.name in named:
                continue
            date = _text(getattr(row, "published", None))
            kind = i18n.t(f"kind_{row.kind}", lang) if row.kind in ("operation", "case") else ""
            head = " · ".join(x for x in (date, row.name) if x)
            items.append((date or "", TickerItem(date, f"{head}（{kind}）" if kind else head)))
            named.add(row.name)
    # Figures before bare mentions of the same day; newest day first overall.
    items.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in items[:limit]]


def ticker_line(items: Sequence[TickerItem], lang: str = i18n.DEFAULT_LANG) -> str:
    if not items:
        return label("no_results", lang)
    return TICKER_SEPARATOR.join(item.text for item in items)


# Where the ticker's items come from (views.ticker): the wall's window; the wall's region
# and campaign at another time; the whole country (the region and campaign have none).
TICKER_WINDOW = "window"
TICKER_LATEST = "latest"
TICKER_NATIONWIDE = "nationwide"
_TICKER_TITLES = {TICKER_WINDOW: "ticker_title", TICKER_LATEST: "ticker_title_latest",
                  TICKER_NATIONWIDE: "ticker_title_nationwide"}


def ticker_text(items: Sequence[TickerItem], lang: str = i18n.DEFAULT_LANG,
                source: str = TICKER_WINDOW) -> str:
    """The ticker's whole strip: '最新战果：A ◆ B ◆ ' twice. The stylesheet scrolls the
    strip left by exactly half its width and starts over, so the second copy takes the
    first one's place seamlessly and the band is never blank (not at the start either).
    `source` (views.ticker: TICKER_*) other than the window: the title says where the items
    come from. Raises KeyError for another source."""
    title = label(_TICKER_TITLES[source], lang)
    unit = f"{title}{'：' if lang != 'en' else ': '}" \
        f"{ticker_line(items, lang)}{TICKER_SEPARATOR}"
    return unit * 2


# ---------------------------------------------------------------- wall-sized figures
# The wall is 1920×1080 with no scrolling: header, counters, one row of panels and the
# ticker must fit, so a panel's chart is this tall.
PANEL_HEIGHT = 550
# Secondary text on the wall (axis ticks, legends, colour bars, basis lines) is at least
# this many CSS px: readable from the back of a briefing room.
WALL_SECONDARY_PX = 24


def wall_sized(fig, height: int = PANEL_HEIGHT):
    """A panel figure for the wall: fixed height (the ticker stays on screen) and axis
    ticks, axis titles and legend in light text of at least WALL_SECONDARY_PX."""
    readable = {"size": WALL_SECONDARY_PX, "color": "#e6edf3"}
    fig.update_xaxes(tickfont=readable, title_font=readable)
    fig.update_yaxes(tickfont=readable, title_font=readable)
    fig.update_layout(height=height, legend={"font": readable}, bargap=0.35,
                      hoverlabel={"font": {"size": WALL_SECONDARY_PX}})
    rows = fig.layout.yaxis.categoryarray
    if rows is not None and len(rows):
        # every row named (the campaign timeline): plotly's automatic ticks dropped every
        # other campaign's name once the chart was shorter than 550 px (newcomer review 12);
        # wall_campaigns keeps the rows few enough for each to hold its 24-px name
        fig.update_yaxes(tickmode="array", tickvals=list(rows), ticktext=list(rows))
    room = _outside_label_room(fig)
    if room > (fig.layout.margin.r or 0):
        # a bar's value written past its end (3.59亿元) was cut at the panel's edge on a
        # 1366-px wall: the right margin holds the longest label (newcomer review 12)
        fig.update_layout(margin={"r": room})
    return fig


def _outside_label_room(fig) -> int:
    """CSS px needed right of the plot for bar labels drawn outside their bars, at the
    wall's text size: a Han character or full-width sign an em, anything else 0.6 em."""
    longest = 0.0
    for trace in fig.data:
        if getattr(trace, "type", None) != "bar" or trace.textposition != "outside" or trace.text is None:
            continue
        for text in trace.text:
            longest = max(longest, sum(1.0 if ord(c) > 0x2E80 else 0.6 for c in str(text)))
    return int(longest * WALL_SECONDARY_PX) + 16 if longest else 0


# Rows of the campaigns panel: at 24 px labels in a 550 px chart with its axis and legend,
# more rows than this overlap and plotly drops every other label.
WALL_CAMPAIGN_ROWS = 8


def wall_campaigns(summary: pd.DataFrame, rows: int = WALL_CAMPAIGN_ROWS) -> pd.DataFrame:
    """The campaigns the wall's panel draws: at most ``rows``, those with the most figures
    first (then the latest start), so each name stays readable from the back of the room;
    the 专项行动 page keeps them all."""
    if len(summary) <= rows:
        return summary
    order = summary.assign(_n=summary["n_facts"].fillna(0), _s=summary["start"].fillna("").astype(str))
    kept = order.sort_values(["_n", "_s"], ascending=[False, False], kind="stable").head(rows).index
    return summary.loc[summary.index.isin(kept)]


def data_until(documents: pd.DataFrame) -> str | None:
    """The newest publication date in the data (ISO), for the header."""
    dates = [d for d in (documents["published"] if "published" in documents else [])
             if _text(d)]
    return max(dates) if dates else None


# ---------------------------------------------------------------- stylesheet
# A constant: the page injects exactly this string and nothing built from data.
# Streamlit marks a keyed container with the class st-key-<key>, which scopes the rules.
# Stale elements keep full opacity: each timer run would otherwise dim the whole wall.
# Loading placeholders (skeletons, the first-load app skeleton, a chart not yet drawn) take
# the wall's colour, so nothing grey flashes on the dark screen while data loads.
# Every secondary text (captions, basis lines, the header's date line) is ≥ 24 px.
# Built for 1920×1080 (CSS zoom for smaller windows would shrink plotly's charts twice); a
# laptop's narrower window (1366 px) gets smaller amounts, so they are not cut off (the
# secondary text keeps its 24 px).
SCREEN_CSS = """
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stSidebarNav"], [data-testid="stMainMenu"], #MainMenu, footer { display: none !important; }
html, body, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] { background: #111418 !important; color: #e6edf3; }
[data-testid="stMainBlockContainer"], .block-container { padding: 0.75rem 2rem 0 2rem !important; max-width: 100% !important; }
[data-testid="stMainBlockContainer"] > div > [data-testid="stVerticalBlock"] { gap: 0.6rem !important; }
.stApp h1, .stApp h2, .stApp h3, .stApp p, .stApp span, .stApp label { color: #e6edf3; }
[data-testid="stSkeleton"], [data-testid="stAppSkeleton"], [data-testid="stSkeleton"] *, [data-testid="stAppSkeleton"] * {
  background: #111418 !important; border-color: #111418 !important; animation: none !important; }
[data-testid="stPlotlyChart"] { background: #111418 !important; }
[data-testid="stSpinner"], [data-testid="stSpinner"] * { color: #9fb3c8 !important; font-size: 28px !important; }
.st-key-screen_header h1 { font-size: 44px !important; padding: 0 !important; margin: 0 !important; line-height: 1.2 !important; letter-spacing: 0.08em; }
.st-key-screen_header [data-testid="stText"], .st-key-screen_header [data-testid="stText"] * { font-size: 24px !important; color: #9fb3c8 !important; }
.st-key-screen_header a.screen-exit { position: fixed; top: 10px; right: 24px; z-index: 10; font-size: 20px; color: #6f8296 !important; text-decoration: none; }
[data-testid="stLayoutWrapper"]:has(> .st-key-screen_notices) { position: absolute !important; }
.st-key-screen_notices { position: fixed !important; bottom: 8px; left: 24px; right: 24px; z-index: 10; width: auto !important;
  background: #3a2a12; border: 1px solid #f28f3b; border-radius: 6px; padding: 4px 14px; }
.st-key-screen_notices [data-testid="stText"], .st-key-screen_notices [data-testid="stText"] * { font-size: 24px !important; color: #ffd9a8 !important; }
.st-key-screen_kpis [data-testid="stMetric"] { background: #18212d; border: 1px solid #24466f; border-radius: 10px; padding: 8px 20px; }
.st-key-screen_kpis [data-testid="stMetricLabel"], .st-key-screen_kpis [data-testid="stMetricLabel"] * { font-size: 28px !important; color: #9fb3c8 !important; }
.st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 64px !important; line-height: 1.15 !important; color: #ffd166 !important; font-variant-numeric: tabular-nums; }
.st-key-screen_kpis [data-testid="stCaptionContainer"], .st-key-screen_kpis [data-testid="stCaptionContainer"] * { font-size: 24px !important; color: #a9bacb !important; }
.st-key-screen_panels h3 { font-size: 30px !important; padding: 0 0 4px 0 !important; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.st-key-screen_panels [data-testid="stAlert"], .st-key-screen_panels [data-testid="stAlert"] * { font-size: 24px !important; }
.st-key-screen_ticker { background: #18212d; border-top: 2px solid #f28f3b; overflow: hidden !important; padding: 8px 0; }
.st-key-screen_ticker [data-testid="stText"] { width: max-content !important; max-width: none !important; animation: screen-ticker __TICKER_SECONDS__s linear infinite; }
.st-key-screen_ticker [data-testid="stText"], .st-key-screen_ticker [data-testid="stText"] * {
  white-space: nowrap !important; font-family: inherit !important; font-size: 30px !important; color: #e6edf3 !important; }
[data-testid="stElementContainer"][data-stale="true"], [data-stale="true"] { opacity: 1 !important; transition: none !important; }
@media (max-width: 1600px) {
  .st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 44px !important; }
  .st-key-screen_header h1 { font-size: 34px !important; }
}
/* A laptop or projector under 1080 px tall (1366×768): header, counters and ticker smaller,
   and the two charts as tall as the height left (100vh less the header, counters with
   captions of up to two lines, panel titles and ticker: 385 px), so the wall fills the screen
   without scrolling. Streamlit lays a
   chart out at its figure's 550 px (flex-basis) and plotly draws it at the height it is given,
   so both are set. (Before, the panel row was scaled by 0.7 as a whole: plotly then measured
   the scaled box and drew each chart at 0.7 × 0.7 of its height, leaving 130 px empty above
   the ticker, with 11-px ticks: newcomer review 12.) The charts' own text stays at its 24 px.
   Only below 860 px: the 1920×1080 wall is unchanged. */
@media (max-height: 860px) {
  .st-key-screen_header h1 { font-size: 30px !important; }
  .st-key-screen_header [data-testid="stText"], .st-key-screen_header [data-testid="stText"] * { font-size: 16px !important; }
  .st-key-screen_kpis [data-testid="stMetric"] { padding: 2px 14px; }
  .st-key-screen_kpis [data-testid="stMetricLabel"], .st-key-screen_kpis [data-testid="stMetricLabel"] * { font-size: 18px !important; }
  .st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 36px !important; }
  .st-key-screen_kpis [data-testid="stCaptionContainer"], .st-key-screen_kpis [data-testid="stCaptionContainer"] * { font-size: 14px !important; }
  .st-key-screen_panels h3 { font-size: 24px !important; }
  .st-key-screen_panels .st-key-screen_map, .st-key-screen_panels [class*="st-key-screen_panel_"],
  .st-key-screen_panels [data-testid="stFullScreenFrame"], .st-key-screen_panels [data-testid="stPlotlyChart"] {
    height: calc(100vh - 385px) !important; flex: 0 0 calc(100vh - 385px) !important; }
  .st-key-screen_ticker [data-testid="stText"], .st-key-screen_ticker [data-testid="stText"] * { font-size: 20px !important; }
  .st-key-screen_ticker { padding: 4px 0; }
  .st-key-screen_notices [data-testid="stText"], .st-key-screen_notices [data-testid="stText"] * { font-size: 16px !important; }
}
@keyframes screen-ticker { from { transform: translateX(0); } to { transform: translateX(-50%); } }
""".replace("__TICKER_SECONDS__", str(TICKER_SECONDS))

# English amounts are longer ("≥19,262 people" against "≥1.93万人"): at the Chinese size they
# overran a counter's width at 1920 px and were cut ("≥19,262 p…"). Constant, like SCREEN_CSS.
SCREEN_CSS_EN = """
.st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 46px !important; }
@media (max-width: 1600px) {
  .st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 32px !important; }
}
.st-key-screen_panels h3 { font-size: 26px !important; }
@media (max-height: 860px) {
  .st-key-screen_kpis [data-testid="stMetricValue"], .st-key-screen_kpis [data-testid="stMetricValue"] * { font-size: 26px !important; }
  .st-key-screen_kpis [data-testid="stMetricLabel"], .st-key-screen_kpis [data-testid="stMetricLabel"] * { font-size: 15px !important; }
  .st-key-screen_panels h3 { font-size: 20px !important; }
}
"""
