"""大屏 Briefing screen: dark 1920×1080 wall display with KPI counters, the map, a panel
that rotates on a timer, and a ticker of the latest campaign results.

Open it as ?screen=1 on any URL (no sidebar, no menus) or from the navigation. The body is
one st.fragment with run_every: each timer run redraws only the fragment (no page reload),
re-reads the dataset (so new bulletins appear) and moves the rotation on by one panel.
"""
from dataclasses import replace

import streamlit as st

from dashboard import figures, i18n, loading, navigation, screen, sidebar, views
from dashboard.filters import accepted_range, from_query_params, known_only, to_query_params, url_notices
from dashboard.pages import map_chart
from dashboard.safe_html import exit_link_html, heading_html, shown

PANEL_HEIGHT = screen.PANEL_HEIGHT  # fits header, counters, panels and ticker in 1080 px
TICK = "_screen_tick"

# Constant CSS only (hides chrome, enlarges counters, runs the ticker); never data. First,
# so nothing grey shows while the data loads.
st.html(f"<style>{screen.SCREEN_CSS}</style>")

if screen.is_screen_requested(st.query_params.to_dict()):
    # A wall link is public: names it carries count only when the data knows them (and
    # are then shown as plain text), so a crafted URL can neither inject nor echo text.
    _ds = loading.get_dataset()
    _params = sidebar.link_params()
    filters = known_only(from_query_params(_params), _ds.facts, _ds.campaigns)
    # dates wholly beyond what the pages accept give the default window, as on every page
    _start, _end = accepted_range(filters.start, filters.end, sidebar.accepted_span())
    filters = replace(filters, start=_start, end=_end)
    # what of the link the wall does not show is said, as on every page (plain text)
    notices = url_notices(_params, filters, sidebar.accepted_span(),
                          municipal=bool(filters.province) and sidebar.is_municipal(_ds, filters.province))
else:  # reached from the menu: keep the sidebar's view, and make the URL the wall link
    filters = sidebar.current_filters()
    notices = sidebar.take_url_notices()  # a link to /screen: said over the ticker band
    st.query_params[screen.SCREEN_PARAM] = "1"
lang = filters.lang
if lang == "en":  # (constant too: the counters' size for longer English amounts)
    st.html(f"<style>{screen.SCREEN_CSS_EN}</style>")


def _wall_sized(fig):
    """Axis ticks and legend ≥ 24 px in light text on the dark wall (dashboard.screen)."""
    return screen.wall_sized(fig, PANEL_HEIGHT)


def _map_figure(ds, metric: str):
    """The nation, or the chosen province drilled into (its cities by their own figures)."""
    values, bubbles, focus, _, _ = views.map_inputs(ds, filters, metric)
    return figures.province_choropleth(values, metric_label=i18n.metric_label(metric, lang),
                                       lang=lang, bubbles=bubbles, focus_province=focus,
                                       height=PANEL_HEIGHT, dark=True, metric=metric)


def _panel_figures(ds) -> tuple[dict, dict]:
    """Each rotating panel's figure, or None when it has nothing to show; and which panels
    compare periods of different lengths (their heading says so)."""
    spans = views.money_spans(ds, filters)
    money = None if spans.empty else figures.money_trend(spans, lang=lang, height=PANEL_HEIGHT,
                                                         dark=True)
    frozen = views.region_values(ds, filters, "money_frozen")
    regions = None if frozen["value"].notna().sum() == 0 else figures.region_comparison(
        frozen, metric_label=i18n.metric_label("money_frozen", lang), lang=lang, dark=True,
        metric="money_frozen")
    summary, reports = views.campaign_summary_in_view(ds, filters)  # the wall's window and region
    window = views.window_bounds(ds, filters)
    if summary.empty:  # none active in the view: every campaign, rather than an empty panel
        summary, reports = views.campaign_summary(ds)
        window = None
    campaigns = None if summary.empty else figures.campaign_timeline(
        screen.wall_campaigns(summary), reports, lang=lang, height=PANEL_HEIGHT, dark=True, window=window)
    panels = {"money": money, "regions": regions, "campaigns": campaigns}
    uneven = {"regions": bool(views.comparison_caption(frozen, lang))}
    # The wall has a fixed height: no panel may push the ticker off the screen.
    return ({name: _wall_sized(fig) if fig is not None else None for name, fig in panels.items()},
            uneven)


@st.fragment(run_every=screen.ROTATE_SECONDS)
def screen_body() -> None:
    tick = st.session_state.get(TICK, -1) + 1
    st.session_state[TICK] = tick
    ds = loading.get_dataset()

    with st.container(key="screen_header"):
        scope = " · ".join(shown(x) for x in (filters.province, filters.city, filters.campaign)
                           if x) or i18n.t("nationwide", lang)
        window = views.window_of(ds, filters)
        scope += " · " + (window.label(lang) if window else i18n.t("window_none", lang))
        # st.html of escaped text, not st.title: the scope comes from the URL and the data.
        st.html(heading_html(f"{screen.label('screen_title', lang)} — {scope}"))
        until = screen.data_until(ds.documents)
        st.text(screen.label("data_until", lang, date=until or "—", n=len(ds.documents)))
        # the way back to the dashboard with the same view (the wall hides the sidebar) — its
        # region, metric, window and language; not the campaign, a bulletin's free text that
        # could carry an address into a link (the hostile-data browser test)
        st.html(exit_link_html(screen.label("exit", lang), to_query_params(replace(filters, campaign=None)),
                                navigation.wall_exit_path()))
    if notices and tick < screen.NOTICE_TICKS:
        # over the ticker's band (screen.SCREEN_CSS), for the first minute: laid out in the
        # page they pushed the ticker off the screen, over the header they hid counters
        with st.container(key="screen_notices"):
            for notice in notices:
                st.text(notice.text(lang))

    tiles = screen.kpi_tiles(views.kpis(ds, filters, screen.SCREEN_KPI_METRICS), lang)
    with st.container(key="screen_kpis"):
        for column, tile in zip(st.columns(len(tiles) or 1), tiles):
            with column:
                st.metric(tile.label, tile.value_text)
                st.caption(tile.caption)

    panels, uneven = _panel_figures(ds)
    order = screen.rotation_order({name: fig is not None for name, fig in panels.items()})
    current = screen.panel_at(tick, order)
    with st.container(key="screen_panels"):
        left, right = st.columns([11, 9])
        with left:
            metric = filters.metric_or_default
            st.subheader(f"{i18n.t('page_map', lang)} · {i18n.metric_label(metric, lang)}")
            map_chart(_map_figure(ds, metric), width="stretch", key="screen_map",
                      config={"displayModeBar": False, "scrollZoom": False})
        with right:
            st.subheader(screen.panel_heading(current, lang, uneven.get(current, False)))
            figure = panels[current]
            if figure is None:
                st.info(i18n.t("no_data", lang))
            else:
                st.plotly_chart(figure, width="stretch", key=f"screen_panel_{current}",
                                config={"displayModeBar": False})



@st.fragment(run_every=screen.TICKER_SECONDS)
def screen_ticker() -> None:
    """Its own timer: a rerun restarts the scroll, so it refreshes once per full scroll."""
    items, source = views.ticker(loading.get_dataset(), filters, lang)
    with st.container(key="screen_ticker"):
        # st.text: the ticker is data, so it is shown as plain text (never markup).
        st.text(screen.ticker_text(items, lang, source))  # the strip twice: a seamless loop


screen_body()
screen_ticker()
