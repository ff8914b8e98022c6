"""Start the dashboard warm: `python -m dashboard.serve [app.py] [streamlit run options]`.

`streamlit run` runs no app code until a browser connects, so the first visitor after a
start paid for importing pandas / pyarrow / plotly and loading the dataset (~1.5 s CPU at
10k bulletins). This launcher does that work first, in the server's own process, then
starts Streamlit exactly as `streamlit run` would (same CLI, same options, same
.streamlit/config.toml). What it fills are the process-wide caches the app reads anyway
(loading.get_dataset's st.cache_resource, the KPI totals and the other pages' results for
the default view, memoised on the dataset), through the very calls the pages make, so
nothing shown changes; and it does it before the port is opened, so no visitor can reach a
server that is not yet warm.

The warm-up is best effort: if anything fails (no cache, a damaged one), it is logged and
the server starts anyway; the app then shows the error as before. FRAUD_WARMUP=0 skips it.
"""
from __future__ import annotations

import gc
import logging
import os
import sys
import time

WARMUP_ENV = "FRAUD_WARMUP"  # the same switch as loading.warm_pages ("0" = off)
_LOG = logging.getLogger("dashboard.serve")


def default_filters(ds):
    """The filters a first visitor's sidebar produces (no URL parameters): no region,
    metric or campaign, the latest year with data, the default language — built the way
    sidebar._window_state / _window_picker build them."""
    from dashboard import i18n, views, windows
    from dashboard.filters import Filters

    default = views.default_window(ds)
    start, end = windows.parse_code(default.code).bounds if default else (None, None)
    return Filters(start=start or None, end=end or None, lang=i18n.DEFAULT_LANG)


def warm() -> None:
    """Import the heavy libraries and fill the caches a first visit reads (see module doc)."""
    import streamlit  # noqa: F401 - sets its loggers' levels on import; ours goes after

    # Outside a running server st.cache_data logs "No runtime found" once per call: expected here.
    quiet = logging.getLogger("streamlit.runtime.caching.cache_data_api")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        import plotly.io as pio
        from streamlit import dataframe_util

        from dashboard import exports, geo, loading, sidebar, views  # noqa: F401

        ds = loading.get_dataset()
        filters = default_filters(ds)
        # the sidebar's choices (memoised on the dataset)
        for table, column in (("facts", "province"), ("facts", "campaign"),
                              ("campaigns", "name")):
            sidebar._column_options(ds, table, column)
        views.window_options(ds, "year")
        # the overview: cards, year table, latest bulletins
        loading.kpis(ds, filters)
        year_metric = filters.metric or views.KPI_METRICS[0]
        years = loading.year_table(ds, filters, year_metric, filters.lang)
        latest = views.latest_documents(ds, filters, loading.window_of(ds, filters))
        # the other pages' results (the same calls app.py's background warm-up makes)
        loading._warm(ds, filters)
        # plotly's trace classes and JSON encoder, pyarrow's pandas conversion: imported
        # lazily on first use, so used once here
        charts = [loading.map_view(ds, filters, filters.metric_or_default, filters.lang).figure]
        if not loading.money_spans(ds, filters).empty:
            charts.append(loading.default_money_trend(ds, filters))
        timeline = loading.campaign_timeline(ds, filters, filters.lang)
        if timeline is not None:
            charts.append(timeline)
        for chart in charts:
            pio.to_json(chart, validate=False)
        for frame in (years, latest):
            dataframe_util.convert_anything_to_arrow_bytes(frame)
    except Exception:  # noqa: BLE001 - a warm-up only: the app reports the problem itself
        _LOG.warning("warm-up stopped; the first visit will load the data", exc_info=True)
    finally:
        quiet.setLevel(level)


def freeze_startup_objects() -> None:
    """Move everything alive after the warm-up (the libraries' modules, the dataset and the
    default view's results, ~200k objects) out of the garbage collector's reach.

    Every full collection walked all of them: the server spent ~0.07 s of its ~0.1 s CPU
    per overview session collecting (40 concurrent sessions at 10k bulletins: 4.0-4.4 s CPU,
    1.4-1.5 s with this). They live as long as the process anyway. When the dataset is
    loaded again (a rebuilt cache, a saved correction), loading._load unfreezes them, so
    the old dataset can be collected once it is dropped."""
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-"):
        args.insert(0, "app.py")
    if os.environ.get(WARMUP_ENV, "1") != "0":
        started = time.perf_counter()
        warm()
        print(f"[serve] warmed in {time.perf_counter() - started:.1f} s", file=sys.stderr,
              flush=True)
    freeze_startup_objects()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", *args]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
