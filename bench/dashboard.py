"""Dashboard benchmark: server work per page at 1k / 10k / 100k bulletins, browser and load.

    .venv/bin/python bench/dashboard.py                      # 1k, 10k, 100k server-side report
    .venv/bin/python bench/dashboard.py --sizes 1000 10000
    .venv/bin/python bench/dashboard.py --browser            # + Chromium on the 10k cache
    .venv/bin/python bench/dashboard.py --load --sessions 40 # + 40 concurrent sessions

Caches are realistic rather than random: the seeds and the dev pages are parsed once with
`python -m parsers extract`, and each synthetic bulletin is one of those real parsed
bulletins moved to another place of the gazetteer (its facts keep their region level:
province / city / county / nationwide), another year (periods and publication shifted
together), with values scaled; one bulletin in five is a verbatim reprint by another outlet.
One claim, one number: the scale belongs to the claim, not to the bulletin that prints it —
a template moved to the same province and year is scaled alike wherever it lands, and the
nation's figure for a year is scaled once per (template, year) and only a little (there is
one nation: a year's national total is not 0.3× in one bulletin and 3× in the next). Before,
every bulletin drew its own scale, so one national 46.4万起 became seven conflicting numbers
each year and the overview's year table showed the largest, 139.2万起, in every year.
They are written under bench/out/ (git-ignored) in the parsers.cache layout; a cache made by
an older generator (GENERATOR in its manifest) is made again.

Each size runs in its own process (so peak RSS is that size's). Server work is measured
with Streamlit's AppTest running app.py and each page script for real: cold, direct (every
cache cleared, the boundary files' memos too: app.py + load + the page, as a browser sent
straight to that page's address on a server that holds nothing yet), cold after the
overview (the overview's cold visit, which loads the data, plus the page's first visit: a
visitor who lands on the overview and clicks through; the first visit is shown apart), warm
(same page again), and a filter change (a province, then another year). Times are CPU seconds of the process (time.process_time; the machine's load does not
inflate them) with wall seconds beside; the floor is reading the three Parquet tables in the
same process. Each page's cold visit is made --repeat times (default 3, each in a new AppTest
with the caches cleared) and the median is reported, with the cold CPU of every run beside it:
one sample swings by up to ±0.3 s of kernel time (page faults while the tables are read again).
Streamlit's component registry is scanned once for all AppTests, as a server scans it once at
start (before, each new AppTest rescanned the installed packages, ~0.07-0.2 s per cold visit). The
scripts are compiled once and kept for every later run, as a server keeps them (AppTest compiled
app.py and the page again on every rerun, ~0.03-0.06 s CPU); a cold visit compiles them anew. Nothing is asserted: it prints a report. The AppTest runs set FRAUD_WARMUP=0 (each
page pays its own cold build); the browser and load runs serve the app as deployed: through
dashboard.serve (as scripts/run.sh does), which imports the libraries and loads the default
view before opening the port (its CPU is printed as the server's start), and whose first page
starts a background warm-up of the other pages (loading.warm_pages). The browser run also
times its floor in the same run: bench/floor_app.py, a Streamlit page with one Plotly chart
and no data (what Streamlit's bundle and the Plotly chunk cost a fresh browser here), and
prints each page's first visit as a ratio of it.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "bench" / "out"
REAL = OUT / "real_facts.jsonl"
SOURCES = [REPO / "seeds", Path("/work/shared/eval/dev/texts")]
PAGES = {
    "overview": "dashboard/pages/overview.py", "map": "dashboard/pages/map.py",
    "money": "dashboard/pages/money.py", "campaigns": "dashboard/pages/campaigns.py",
    "evidence": "dashboard/pages/evidence.py",
}
URL_PATHS = {"overview": "", "map": "map", "money": "money", "campaigns": "campaigns",
             "evidence": "evidence"}
CONTENT = {  # what "the page's content is there" means in the browser
    "overview": "[data-testid=stMetric]",
    "map": ".js-plotly-plot .geo, .js-plotly-plot .main-svg",
    "money": ".js-plotly-plot .main-svg, [data-testid=stAlert]",
    "campaigns": ".js-plotly-plot .main-svg, [data-testid=stAlert]",
    "evidence": "[data-testid=stDataFrame]",
}


# ---------------------------------------------------------------- building caches

def real_documents() -> list[dict]:
    """The seeds and dev pages parsed once (bench/out/real_facts.jsonl)."""
    if not REAL.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        inputs = [str(p) for p in SOURCES if p.exists()]
        with REAL.open("w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "parsers", "extract", *inputs, "--format",
                            "jsonl"], cwd=REPO, stdout=out, check=True)
    docs = [json.loads(line) for line in REAL.read_text(encoding="utf-8").splitlines()]
    for doc in docs:
        path = Path(doc.get("path") or "")
        doc["text"] = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    return [d for d in docs if d["facts"]]


def _shift(iso: str | None, years: int) -> str | None:
    if not iso:
        return iso
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 Feb
        return day.replace(year=day.year + years, day=28).isoformat()


GENERATOR = 2  # bump when make_frames changes what it makes (old caches are made again)
SCALES = (0.3, 0.5, 0.8, 1, 1.2, 2, 3)  # a place's size against the template's


def _claim_scale(seed: int, where: str | None, template: int, years: int) -> float:
    """The scale of template `template` moved by `years` to province `where` (None: the
    nation), the same for every bulletin that carries it, so one claim has one number. A
    province is one of SCALES (places differ in size); the nation has one size, so its
    figure follows a trend, 4 % a year from the template's year, ±3 %."""
    rng = random.Random(f"{seed}|{where or 'nation'}|{template}|{years}")
    if where:
        return rng.choice(SCALES)
    return round((1 + 0.04 * years) * rng.uniform(0.97, 1.03), 3)


def make_frames(n_docs: int, seed: int = 8, templates: list[dict] | None = None):
    """(documents, facts, campaigns) frames for n_docs synthetic bulletins made from
    `templates` (parsed bulletins as real_documents gives them; by default those)."""
    import pandas as pd

    from parsers.gazetteer import load_gazetteer
    from parsers.records import CAMPAIGN_COLUMNS, DOCUMENT_COLUMNS, FACT_COLUMNS

    rng = random.Random(seed)
    templates = real_documents() if templates is None else templates
    places = [p for p in load_gazetteer().all_places() if p.level == "county"]
    documents, facts, campaigns = [], [], []
    made: list[tuple[dict, list[dict], list[dict]]] = []
    for i in range(n_docs):
        doc_id = f"b{i:06d}"
        if made and rng.random() < 0.2:  # a reprint: same facts, another outlet, a day later
            original, its_facts, its_campaigns = made[rng.randrange(len(made))]
            doc = {**original, "doc_id": doc_id, "source": "转载",
                   "published": _shift(original["published"], 0)}
            rows = [{**f, "doc_id": doc_id, "fact_id": f"{doc_id}-{k}"}
                    for k, f in enumerate(its_facts)]
            camps = [{**c, "doc_id": doc_id} for c in its_campaigns]
        else:
            t = rng.randrange(len(templates))
            template = templates[t]
            place = places[rng.randrange(len(places))]
            published = template.get("published") or "2020-06-30"
            # move the bulletin to a year in 2016–2025, keeping every date it carries
            # (its periods may end after its own publication year) inside 2025
            dates = [published] + [d for f in template["facts"]
                                   for d in (f.get("period_start"), f.get("period_end")) if d]
            latest = max(int(d[:4]) for d in dates)
            years = rng.randint(2016, 2025) - int(published[:4])
            years = min(years, 2025 - latest)
            local = _claim_scale(seed, place.province, t, years)
            nation = _claim_scale(seed, None, t, years)
            doc = {"doc_id": doc_id, "title": template["title"],
                   "published": _shift(published, years), "source": template.get("source"),
                   "script": template.get("script"), "path": None,
                   "sha256": f"{i:064x}", "encoding": "utf-8",
                   "n_facts": len(template["facts"]), "original_text": template["text"],
                   "clean_text": template["text"]}
            rows = []
            for k, f in enumerate(template["facts"]):
                scale = local
                if f.get("province") is None:  # a nationwide figure stays nationwide
                    region = (None, None, None, None)
                    scale = nation
                elif f.get("county"):
                    region = (place.province, place.city, place.county, place.adcode)
                elif f.get("city"):
                    region = (place.province, place.city, None, place.adcode[:4] + "00")
                else:
                    region = (place.province, None, None, place.adcode[:2] + "0000")
                rows.append({
                    "fact_id": f"{doc_id}-{k}", "doc_id": doc_id, "metric": f["metric"],
                    "label": f.get("label"), "value": round(float(f["value"]) * scale),
                    "qualifier": f["qualifier"], "value_text": f["value_text"],
                    "province": region[0], "city": region[1], "county": region[2],
                    "adcode": region[3],
                    "period_start": _shift(f.get("period_start"), years),
                    "period_end": _shift(f.get("period_end"), years),
                    "period_precision": f.get("period_precision"), "campaign": f.get("campaign"),
                    "scope": f.get("scope"), "unit_kind": f.get("unit_kind"),
                    "unit_index": f.get("unit_index"), "evidence": f["evidence"],
                    "span_start": f["span"][0], "span_end": f["span"][1],
                    "sentence": f.get("sentence"), "sentence_start": f["sentence_span"][0],
                    "sentence_end": f["sentence_span"][1],
                })
            camps = [{"doc_id": doc_id, "name": c["name"], "kind": c["kind"],
                      "start": _shift(c.get("start"), years), "end": _shift(c.get("end"), years),
                      "organizer": c.get("organizer"), "evidence": c.get("evidence"),
                      "span_start": (c.get("span") or [0, 0])[0],
                      "span_end": (c.get("span") or [0, 0])[1]}
                     for c in template.get("campaigns", [])]
            made.append((doc, rows, camps))
        documents.append(doc)
        facts.extend(rows)
        campaigns.extend(camps)
    return (pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS)),
            pd.DataFrame(facts, columns=list(FACT_COLUMNS)),
            pd.DataFrame(campaigns, columns=list(CAMPAIGN_COLUMNS)))


def write_cache(folder: Path, frames) -> Path:
    """The frames as a cache folder in parsers.cache's layout (tables, then manifest)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from parsers.cache import MANIFEST, SCHEMAS, TABLE_NAMES

    folder.mkdir(parents=True, exist_ok=True)
    tables = {}
    for name, frame in zip(TABLE_NAMES, frames):
        table = pa.Table.from_pandas(frame.astype(object).where(frame.notna(), None),
                                     schema=SCHEMAS[name], preserve_index=False)
        tables[name] = f"{name}.bench{len(frame)}.parquet"
        pq.write_table(table, folder / tables[name], compression="zstd")
    manifest = {"schema": 1, "parser_version": f"bench:{folder.name}", "tables": tables,
                "files": {}, "errors": {}, "generator": GENERATOR}
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def ensure_cache(n_docs: int) -> Path:
    folder = OUT / f"cache_{n_docs}"
    manifest = folder / "manifest.json"
    made_by = json.loads(manifest.read_text(encoding="utf-8")).get("generator") \
        if manifest.exists() else None
    if made_by != GENERATOR:
        for old in folder.glob("*.parquet"):
            old.unlink()
        write_cache(folder, make_frames(n_docs))
    return folder


# ---------------------------------------------------------------- server-side timing

class Clock:
    def __enter__(self):
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu = time.process_time() - self.cpu
        self.wall = time.perf_counter() - self.wall


def _clear_caches(geometry: bool = False) -> None:
    """Streamlit's caches (the dataset and every page result); with ``geometry``, also the
    process-wide memos of boundary files and centroids (what a server holds from its first
    map on, whatever the data)."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    if _SCRIPT_CACHE is not None:  # a server that holds nothing yet compiles the scripts
        _SCRIPT_CACHE.clear()
    if geometry:
        from dashboard import data, geo

        data.centroids.cache_clear()
        for value in vars(geo).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


_SCRIPT_CACHE = None


def _share_script_cache() -> None:
    """One compiled-script cache for every AppTest run, as a server keeps one for all its
    sessions (Runtime's ScriptCache): AppTest makes a new one for each run, so every rerun
    compiled app.py and the page again, with Streamlit's magic pass (~0.03-0.06 s CPU a
    run, which a server pays once per script). _clear_caches empties it for a cold visit."""
    global _SCRIPT_CACHE
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    _SCRIPT_CACHE = ScriptCache()
    for module in (app_test, local_script_runner):
        module.ScriptCache = lambda: _SCRIPT_CACHE


def _component_registry():
    """Streamlit's custom-component registry, scanned once. AppTest scans the installed
    packages' component manifests again for every new AppTest (~0.07-0.2 s CPU of reading
    package metadata); a server does it once at start, so a page's cold run does not pay it.
    None when this Streamlit has no such registry (each AppTest then scans as before)."""
    try:
        from streamlit.components.v2.component_manager import BidiComponentManager
    except ImportError:
        return None
    registry = BidiComponentManager()
    registry.discover_and_register_components(start_file_watching=False)
    return registry


def _measure_page(app: str, name: str, timeout: float, components, province, other_year
                  ) -> dict:
    """One cold visit of page `name` (caches cleared: load + app.py + overview, then the
    page), a warm rerun and the filter changes, in a new AppTest."""
    from streamlit.testing.v1 import AppTest

    _clear_caches()
    at = AppTest.from_file(app, default_timeout=timeout)
    if components is not None and hasattr(at, "_bidi_component_manager"):
        at._bidi_component_manager = components
    row: dict = {}
    try:
        with Clock() as boot:  # app.py + the default page, caches cleared: includes load
            at.run()
        if name != "overview":
            with Clock() as cold:
                at.switch_page(PAGES[name]).run()
            row.update(cold_cpu=cold.cpu + boot.cpu, cold_wall=cold.wall + boot.wall,
                       first_visit_cpu=cold.cpu, first_visit_wall=cold.wall)
            # a browser sent straight to this page of a server that holds nothing yet:
            # app.py + load + this page, without the overview the column above includes
            _clear_caches(geometry=True)
            with Clock() as direct:
                at.run()
            row.update(direct_cpu=direct.cpu, direct_wall=direct.wall)
        else:
            row.update(cold_cpu=boot.cpu, cold_wall=boot.wall,
                       direct_cpu=boot.cpu, direct_wall=boot.wall)
        row.update(boot_cpu=boot.cpu, boot_wall=boot.wall)
        with Clock() as warm:
            at.run()
        row.update(warm_cpu=warm.cpu, warm_wall=warm.wall)
        changes = []
        if province:
            with Clock() as change:
                at.sidebar.selectbox(key="f_province").select(province).run()
            changes.append((change.cpu, change.wall))
        if other_year:
            with Clock() as change:
                at.sidebar.selectbox(key="f_window").select(other_year).run()
            changes.append((change.cpu, change.wall))
        row.update(change_cpu=max((c for c, _ in changes), default=None),
                   change_wall=max((w for _, w in changes), default=None))
        row["exception"] = [str(e.value)[:200] for e in at.exception] or None
    except Exception as error:  # noqa: BLE001 - a report, not a test
        row["error"] = f"{type(error).__name__}: {error}"[:300]
    return row


def _median_row(runs: list[dict]) -> dict:
    """The median of each timing over the repeated cold visits (the first error or
    exception is kept): one cold sample swings by ±0.3 s CPU with the kernel's time
    (page faults of freed and re-read tables), the median does not."""
    failed = next((r for r in runs if "error" in r), None)
    if failed:
        return failed
    row = {key: statistics.median(r[key] for r in runs) for key in runs[0]
           if key != "exception" and runs[0][key] is not None}
    row["exception"] = next((r["exception"] for r in runs if r.get("exception")), None)
    row["cold_cpu_runs"] = [round(r["cold_cpu"], 3) for r in runs]
    return row


def _peak_rss_mb() -> float:
    """This process's peak RSS in MB: VmHWM, the high-water mark of its own address space.

    Not getrusage's ru_maxrss: Linux carries that across execve from the forked copy of the
    parent, so a child started by a parent that had just generated a cache (~600 MB)
    reported the parent's peak as its own (629 MB where the pages took 363 MB)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _memory_now() -> dict:
    """This process's resident memory now, and how much of it is transparent huge pages
    (/proc/self/smaps_rollup; Linux only, else {}): THP backing (whole 2 MB pages for a
    part-used region) is ~100 MB of the 10k serving RSS."""
    try:
        rollup = Path("/proc/self/smaps_rollup").read_text()
    except OSError:
        return {}
    kb = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:]
          if line.split()[-1] == "kB"}
    return {"rss_now_mb": kb.get("Rss", 0) / 1024, "anon_huge_mb": kb.get("AnonHugePages", 0) / 1024}


def measure_size(n_docs: int, pages: list[str], repeat: int = 3) -> dict:
    """One size, in this process: floor, load, then per page cold / warm / filter change."""
    os.environ["FRAUD_CACHE_DIR"] = str(ensure_cache(n_docs))
    os.environ.setdefault("FRAUD_DATA_DIR", str(OUT / "data_none"))
    os.environ["FRAUD_WARMUP"] = "0"  # each page's own cold build, not a warm-up thread's
    from streamlit.testing.v1 import AppTest

    from dashboard import data, views
    from dashboard.filters import Filters
    from parsers.cache import load_tables

    cache = Path(os.environ["FRAUD_CACHE_DIR"])
    report: dict = {"size": n_docs}
    app = str(REPO / "app.py")
    timeout = max(120, n_docs / 100)
    # Peak RSS first, while this process has held nothing else: one session visiting every
    # page (what a server holds for one visitor), then the overview again.
    at = AppTest.from_file(app, default_timeout=timeout)
    at.run()
    report["rss_overview_mb"] = _peak_rss_mb()
    for name in pages:
        at.switch_page(PAGES[name]).run()
        report[f"rss_after_{name}_mb"] = _peak_rss_mb()
    report["serving_rss_mb"] = _peak_rss_mb()
    report.update(_memory_now())
    del at
    _clear_caches()
    with Clock() as floor:
        documents, facts, campaigns = load_tables(cache)
    report.update(floor_cpu=floor.cpu, floor_wall=floor.wall, n_facts=len(facts))
    del documents, facts, campaigns
    with Clock() as load:
        ds = data.load(cache)
    report.update(load_cpu=load.cpu, load_wall=load.wall)
    with Clock() as kpi_clock:  # the call the issue measured at 53.7 s for 1k
        views.kpis(ds, Filters())
    report.update(kpis_cpu=kpi_clock.cpu)
    # a busy province and an earlier year with data, for the filter change
    busy = ds.facts["province"].value_counts()
    province = str(busy.index[0]) if len(busy) else None
    years = [w.code for w in views.window_options(ds, "year")]
    other_year = years[1] if len(years) > 1 else (years[0] if years else None)
    del ds

    report["pages"] = {}
    report["repeat"] = repeat
    components = _component_registry()
    _share_script_cache()
    for name in pages:
        runs = [_measure_page(app, name, timeout, components, province, other_year)
                for _ in range(repeat)]
        row = _median_row(runs)
        if name == "overview" and "cold_cpu" in row:
            row.update(first_visit_cpu=row["cold_cpu"] - load.cpu,
                       first_visit_wall=row["cold_wall"] - load.wall)
        report["pages"][name] = row
    report["peak_rss_mb"] = _peak_rss_mb()
    return report


# ---------------------------------------------------------------- browser and load

def _content_time(page, url: str, selector: str, timeout_ms: float) -> float:
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
    page.wait_for_selector(selector, state="visible", timeout=timeout_ms)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                           timeout=timeout_ms)
    return time.perf_counter() - start


def browser_report(n_docs: int) -> dict:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, start_streamlit

    cache = ensure_cache(n_docs)
    env = {"FRAUD_CACHE_DIR": str(cache), "FRAUD_DATA_DIR": str(OUT / "data_none")}
    out: dict = {}
    with start_streamlit(REPO / "app.py", env=env, log_dir=OUT) as server, \
            sync_playwright() as playwright:
        out["_server_start_cpu"] = _process_cpu(server.process.pid)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        for name, path in URL_PATHS.items():
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            page = context.new_page()
            url = f"{server.url}/{path}"
            try:
                first = _content_time(page, url, CONTENT[name], 600_000)
                again = _content_time(page, url, CONTENT[name], 600_000)
                out[name] = {"first": first, "again": again}
                page.screenshot(path=str(OUT / f"bench_{n_docs}_{name}.png"), full_page=True)
            except Exception as error:  # noqa: BLE001
                out[name] = {"error": f"{type(error).__name__}: {error}"[:200]}
            context.close()
        browser.close()
    with start_streamlit(REPO / "bench" / "floor_app.py", log_dir=OUT) as server, \
            sync_playwright() as playwright:
        # the same measure on a page with one Plotly chart and nothing else (bench/floor_app.py)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        try:
            _content_time(page, server.url, CONTENT["map"], 600_000)  # the server's first run
            context.close()
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            page = context.new_page()
            first = _content_time(page, server.url, CONTENT["map"], 600_000)
            again = _content_time(page, server.url, CONTENT["map"], 600_000)
            out["_floor"] = {"first": first, "again": again}
        except Exception as error:  # noqa: BLE001
            out["_floor"] = {"error": f"{type(error).__name__}: {error}"[:200]}
        context.close()
        browser.close()
    return out


async def _one_session(browser, url: str, selector: str, timeout_ms: float) -> float | None:
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    start = time.perf_counter()
    try:
        await page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
        await page.wait_for_selector(selector, state="visible", timeout=timeout_ms)
        await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]",
                                     timeout=timeout_ms)
        return time.perf_counter() - start
    except Exception:  # noqa: BLE001 - counted as a failure
        return None
    finally:
        await context.close()


async def _load(url: str, sessions: int, timeout_s: float) -> list[float | None]:
    from playwright.async_api import async_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                                   args=CHROMIUM_ARGS)
        # warm the server once (the first visitor after a restart pays for loading)
        await _one_session(browser, url, CONTENT["overview"], timeout_s * 1000)
        results = await asyncio.gather(*[
            _one_session(browser, url, CONTENT["overview"], timeout_s * 1000)
            for _ in range(sessions)])
        await browser.close()
    return list(results)


async def _protocol_session(base: str, timeout_s: float) -> float | None:
    """One Streamlit session over its websocket, as the browser opens it: connect, ask for
    a run of the default page (the overview), wait for the server's "script finished".
    Time to content without a browser's rendering (which would measure Chromium on a shared
    2-core machine, not the server)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.asyncio.client import connect

    url = base.replace("http://", "ws://") + "/_stcore/stream"
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_s):
            async with connect(url, origin=base, max_size=None) as ws:
                msg = BackMsg()
                msg.rerun_script.query_string = ""
                msg.rerun_script.page_script_hash = ""
                await ws.send(msg.SerializeToString())
                saw_metric = False
                while True:
                    forward = ForwardMsg()
                    forward.ParseFromString(await ws.recv())
                    kind = forward.WhichOneof("type")
                    if kind == "delta" and "metric" in str(forward.delta)[:400]:
                        saw_metric = True
                    if kind == "script_finished":
                        return time.perf_counter() - start if saw_metric else None
    except Exception:  # noqa: BLE001 - a failed session is counted, not raised
        return None


async def _protocol_load(base: str, sessions: int, timeout_s: float) -> list[float | None]:
    await _protocol_session(base, timeout_s)  # the first visitor after a start pays the load
    return list(await asyncio.gather(*[_protocol_session(base, timeout_s)
                                       for _ in range(sessions)]))


def _summary(results: list[float | None], sessions: int) -> dict:
    done = sorted(r for r in results if r is not None)
    q = statistics.quantiles(done, n=20) if len(done) >= 2 else done * 19
    return {"sessions": sessions, "ok": len(done), "failed": len(results) - len(done),
            "p50": statistics.median(done) if done else None,
            "p95": q[18] if done else None, "max": done[-1] if done else None}


def load_report(n_docs: int, sessions: int, timeout_s: float = 300,
                browser: bool = False) -> dict:
    """`sessions` concurrent sessions on the overview (loopback only), time to content.
    browser=False: Streamlit's websocket protocol (server time to content); True: one
    Chromium context per session (includes rendering)."""
    from tests.e2e.conftest import start_streamlit

    cache = ensure_cache(n_docs)
    env = {"FRAUD_CACHE_DIR": str(cache), "FRAUD_DATA_DIR": str(OUT / "data_none")}
    with start_streamlit(REPO / "app.py", env=env, log_dir=OUT) as server:
        if browser:
            results = asyncio.run(_load(server.url + "/", sessions, timeout_s))
            server_cpu = None
        else:
            asyncio.run(_protocol_session(server.url, timeout_s))  # load the dataset first
            before = _process_cpu(server.process.pid)
            results = asyncio.run(_protocol_load(server.url, sessions, timeout_s))
            server_cpu = _process_cpu(server.process.pid) - before
    return {**_summary(results, sessions), "server_cpu": server_cpu}


def _process_cpu(pid: int) -> float:
    """utime + stime of a process in seconds (/proc), so the server's own work under the
    load is known whatever else the machine is running."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- the report

def _fmt(value: float | None, unit: str = "s") -> str:
    return "—" if value is None else f"{value:.2f}{unit}" if value < 100 else f"{value:.0f}{unit}"


def print_report(results: list[dict]) -> None:
    print("\n== server work (CPU s; wall s in brackets) — AppTest running app.py + page; "
          "median of the repeated cold visits ==")
    for r in results:
        print(f"\n{r['size']:,} bulletins · {r['n_facts']:,} facts · peak RSS serving every "
              f"page in one session {r['serving_rss_mb']:.0f} MB (after the overview "
              f"{r['rss_overview_mb']:.0f} MB; "
              + ", ".join(f"{n} {r[f'rss_after_{n}_mb']:.0f}" for n in r["pages"]
                          if f"rss_after_{n}_mb" in r)
              + f"); whole benchmark process {r['peak_rss_mb']:.0f} MB"
              + (f"; resident after the pages {r['rss_now_mb']:.0f} MB, of which transparent "
                 f"huge pages {r['anon_huge_mb']:.0f} MB" if "rss_now_mb" in r else ""))
        print(f"  floor (read Parquet tables) {_fmt(r['floor_cpu'])}   load+derive "
              f"{_fmt(r['load_cpu'])}   views.kpis nationwide, cold {_fmt(r['kpis_cpu'])}")
        print(f"  {'page':<10} {'cold, direct':>16} {'cold, after overview':>22} {'first visit':>16} "
              f"{'warm rerun':>16} {'filter change':>16}")
        for name, row in r["pages"].items():
            if "error" in row:
                print(f"  {name:<10} error: {row['error']}")
                continue
            cell = lambda c, w: f"{_fmt(row.get(c))} ({_fmt(row.get(w))})"  # noqa: E731
            print(f"  {name:<10} {cell('direct_cpu', 'direct_wall'):>16} {cell('cold_cpu', 'cold_wall'):>22} "
                  f"{cell('first_visit_cpu', 'first_visit_wall'):>16} "
                  f"{cell('warm_cpu', 'warm_wall'):>16} {cell('change_cpu', 'change_wall'):>16}"
                  + (f"  runs {row['cold_cpu_runs']}" if len(row.get("cold_cpu_runs", [])) > 1
                     else "")
                  + (f"  exception: {row['exception']}" if row.get("exception") else ""))
    by_size = {r["size"]: r for r in results}
    if 10_000 in by_size and 100_000 in by_size:
        small, big = by_size[10_000], by_size[100_000]
        print("\n  100k / 10k ratio (CPU): " + ", ".join(
            f"{name} cold {big['pages'][name].get('cold_cpu', 0) / max(1e-9, row.get('cold_cpu', 0)):.1f}×"
            for name, row in small["pages"].items() if "cold_cpu" in row
            and "cold_cpu" in big["pages"].get(name, {}))
            + f"; floor {big['floor_cpu'] / max(1e-9, small['floor_cpu']):.1f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=list(PAGES))
    parser.add_argument("--repeat", type=int, default=3,
                        help="cold visits per page (the report shows their median)")
    parser.add_argument("--browser", action="store_true", help="Chromium on the 10k cache")
    parser.add_argument("--load", action="store_true", help="concurrent sessions, 10k cache")
    parser.add_argument("--load-browser", action="store_true",
                        help="the load run with one Chromium context per session")
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--browser-size", type=int, default=10_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:  # one size in this process; JSON on the last line of stdout
        print(json.dumps(measure_size(args.child, args.pages, args.repeat)))
        return 0
    results = []
    for size in args.sizes:
        with Clock() as build:
            ensure_cache(size)
        print(f"cache {size:,}: ready ({build.wall:.0f} s)", flush=True)
        proc = subprocess.run([sys.executable, __file__, "--child", str(size), "--repeat",
                               str(args.repeat), "--pages", *args.pages], capture_output=True, text=True, cwd=REPO)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode or not lines:
            print(f"size {size}: failed\n{proc.stderr[-2000:]}")
            continue
        results.append(json.loads(lines[-1]))
    print_report(results)
    if args.browser:
        print(f"\n== browser: navigation → page content, {args.browser_size:,} cache "
              "(first visit of each page in a new context, then a reload) ==")
        rows = browser_report(args.browser_size)
        print(f"  server start, until it serves (CPU, warm-up included) "
              f"{_fmt(rows.pop('_server_start_cpu', None))}; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        floor_row = rows.pop("_floor", {})
        floor_first = floor_row.get("first")
        print(f"  floor: a Streamlit page with one Plotly chart and no data (bench/floor_app.py) "
              + (floor_row["error"] if "error" in floor_row else
                 f"first {_fmt(floor_first)}   again {_fmt(floor_row.get('again'))}"))
        for name, row in rows.items():
            ratio = (f"   first ÷ floor {row['first'] / floor_first:.2f}"
                     if floor_first and "first" in row else "")
            print(f"  {name:<10} " + (row["error"] if "error" in row else
                                      f"first {_fmt(row['first'])}   again {_fmt(row['again'])}{ratio}"))
    if args.load:
        row = load_report(args.browser_size, args.sessions, browser=args.load_browser)
        how = "Chromium contexts" if args.load_browser else "websocket protocol, no rendering"
        print(f"\n== load: {row['sessions']} concurrent sessions on the overview, "
              f"{args.browser_size:,} cache, loopback ({how}) ==")
        print(f"  ok {row['ok']}, failed {row['failed']}; time to content p50 "
              f"{_fmt(row['p50'])}, p95 {_fmt(row['p95'])}, max {_fmt(row['max'])}")
        if row.get("server_cpu") is not None:
            print(f"  server CPU for the {row['sessions']} sessions {_fmt(row['server_cpu'])} "
                  f"({row['server_cpu'] / max(1, row['sessions']):.3f} s a session; one "
                  f"process, so ≈ the floor of p95 on an idle machine); load average "
                  f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
