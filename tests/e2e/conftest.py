"""Browser-test harness: a real Streamlit server, the system Chromium, and strict pages.

Fixtures
  app_server      (session) base URL of `streamlit run app.py` over a cache built from seeds/
  browser         (session) playwright Chromium (/usr/bin/chromium, headless, no network extras)
  page_for        factory: page_for("desktop" | "mobile" | "wall" | (w, h)) -> Page. Every
                  console error and every request to a host other than localhost fails the test.
  screenshot      fixture form of screenshot(page, name) -> Path (artifacts/screenshots/)

Helpers (import from tests.e2e.conftest): start_streamlit, wait_for_app, rerun_after,
wait_for_charts, screenshot, VIEWPORTS. Waits follow Streamlit's script state and plotly's drawing, with
generous limits, never a fixed time (the suite must pass on a busy machine).
Without /usr/bin/chromium the e2e tests skip, except in CI (CI=true) where they fail.
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "artifacts" / "screenshots"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Public dashboard on a laptop, on a phone, and the police briefing wall (数据大屏).
VIEWPORTS: dict[str, tuple[int, int]] = {
    "desktop": (1440, 900),
    "mobile": (390, 844),
    "wall": (1920, 1080),
}
# Limits are generous on purpose: a test waits for Streamlit's own state, never for a fixed
# time, so a slow (busy) machine only makes it slower, not red.
APP_TIMEOUT_MS = 180_000
CHART_TIMEOUT_MS = 120_000
IN_CI = os.environ.get("CI", "").lower() == "true"
# Opening a deep link such as /map, Streamlit's frontend first probes /map/_stcore/health
# and /map/_stcore/host-config (in case the app is served under a path prefix); the 404s
# it logs are its own and harmless. Nothing else is excused.
_STREAMLIT_BASE_PATH_PROBE = re.compile(r"^http://[^/]+/.+/_stcore/(health|host-config)$")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} not found (apt-get install chromium fonts-noto-cjk; scripts/test.sh does it)"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class StreamlitServer:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""


def _wait_healthy(server: StreamlitServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.process.returncode}:\n{server.log_tail()}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.25)
    raise RuntimeError(f"streamlit not healthy after {timeout:.0f} s:\n{server.log_tail()}")


@contextlib.contextmanager
def start_streamlit(
    script: Path, env: dict[str, str] | None = None, log_dir: Path | None = None, timeout: float = 90
) -> Iterator[StreamlitServer]:
    """Run `streamlit run script` from the repo root (so .streamlit/config.toml applies).
    The dashboard (app.py) starts as scripts/run.sh starts it: through dashboard.serve,
    which warms the process before serving and then runs `streamlit run`."""
    port = free_port()
    log_path = (log_dir or Path(os.environ.get("TMPDIR", "/tmp"))) / f"streamlit-{port}.log"
    launcher = ["dashboard.serve"] if Path(script).resolve() == REPO / "app.py" \
        else ["streamlit", "run"]
    command = [
        sys.executable, "-m", *launcher, str(script),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=REPO, env=full_env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = StreamlitServer(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_healthy(server, timeout)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app over a fresh cache built from seeds/ (uploads go to a temp data dir)."""
    app = REPO / "app.py"
    if not app.exists():
        pytest.skip("app.py is not written yet")
    from parsers.cache import build_cache

    root = tmp_path_factory.mktemp("app")
    cache_dir, data_dir = root / "cache", root / "data"
    data_dir.mkdir()
    build_cache([SEEDS], cache_dir)
    env = {"FRAUD_CACHE_DIR": str(cache_dir), "FRAUD_DATA_DIR": str(data_dir)}
    with start_streamlit(app, env=env, log_dir=root) as server:
        yield server.url


# ---------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https", "ws", "wss"}:
        return True  # data:, blob:, about: never leave the machine
    return (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class PageProblems:
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = []
        for title, items in (("console errors", self.console_errors),
                             ("uncaught page errors", self.page_errors),
                             ("requests to non-local hosts", self.external_requests)):
            if items:
                parts.append(f"{title}:\n  " + "\n  ".join(items))
        return "\n".join(parts)


class PageFactory:
    """page_for(viewport) → a fresh page in its own context, watched for problems."""

    def __init__(self, browser) -> None:
        self._browser = browser
        self._contexts: list = []
        self.problems = PageProblems()

    def __call__(self, viewport: str | tuple[int, int] = "desktop", **context_options):
        width, height = VIEWPORTS[viewport] if isinstance(viewport, str) else viewport
        context = self._browser.new_context(
            viewport={"width": width, "height": height}, locale="zh-CN",
            timezone_id="Asia/Shanghai", **context_options,
        )
        self._contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(APP_TIMEOUT_MS)
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.problems.page_errors.append(str(exc)))
        page.on("request", self._on_request)
        return page

    def _on_console(self, message) -> None:
        if message.type != "error":
            return
        url = message.location.get("url", "")
        if "status of 404" in message.text and _STREAMLIT_BASE_PATH_PROBE.match(url):
            return
        self.problems.console_errors.append(f"{message.text} @ {url}")

    def _on_request(self, request) -> None:
        if not is_local(request.url):
            self.problems.external_requests.append(f"{request.method} {request.url}")

    def close(self) -> None:
        for context in self._contexts:
            with contextlib.suppress(Exception):
                context.close()


@pytest.fixture
def page_for(browser) -> Iterator[Callable[..., object]]:
    factory = PageFactory(browser)
    yield factory
    factory.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Fail (not error) the test whose pages logged console errors or left the machine."""
    result = yield
    factory = getattr(item, "funcargs", {}).get("page_for")
    if isinstance(factory, PageFactory) and factory.problems.describe():
        pytest.fail(factory.problems.describe(), pytrace=False)
    return result


def wait_for_app(page, timeout: float = APP_TIMEOUT_MS) -> None:
    """Until Streamlit has connected, run the script and finished: the app root reports
    data-test-script-state=notRunning, something is drawn in the main area, and no element
    is stale (left over from the previous run and about to be replaced)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
            const main = document.querySelector('[data-testid="stMain"]')
                || document.querySelector('[data-testid="stAppViewContainer"]');
            const drawn = main && main.querySelector('[data-testid="stElementContainer"]');
            return Boolean(drawn) && !document.querySelector('[data-stale="true"]');
        }""",
        timeout=timeout,
    )


_COUNT_RUNS = """() => {
    if (window.__stRuns === undefined) {
        window.__stRuns = 0;
        // On the whole document: the app root may be re-rendered between runs.
        new MutationObserver(records => {
            for (const r of records) {
                const state = r.target.getAttribute('data-test-script-state');
                if (state === 'running' || state === 'rerunRequested') window.__stRuns += 1;
            }
        }).observe(document.documentElement,
                   {attributes: true, subtree: true, attributeFilter: ['data-test-script-state']});
    }
    return window.__stRuns;
}"""


def rerun_after(page, action: Callable[[], object], timeout: float = APP_TIMEOUT_MS,
                start_timeout: float = 60_000) -> None:
    """Do `action` (a click, a key press) and wait for the script run it causes to start
    and finish. wait_for_app alone can return before that run starts, while the state is
    still the previous run's notRunning: on a busy machine the next step then acts on the
    old page (e.g. presses "preview" before the pasted text reached the server). If no
    start is seen within `start_timeout` (a run too quick to observe), it falls back to
    wait_for_app; the caller's next wait for what it expects still guards the step."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    before = page.evaluate(_COUNT_RUNS)
    action()
    with contextlib.suppress(Exception):  # playwright's TimeoutError
        page.wait_for_function("n => window.__stRuns > n", arg=before, timeout=start_timeout)
    wait_for_app(page, timeout)


def wait_for_charts(page, count: int | None = None, timeout: float = CHART_TIMEOUT_MS) -> None:
    """Until Plotly charts are drawn: plotly.js has laid each out (_fullLayout) and put its
    SVG layers in the page. `count`: at least that many; None: every chart the page has
    (none is fine), so a page that shows "no data" instead of a chart does not hang."""
    page.wait_for_function(
        """n => {
            const holders = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'));
            const drawn = Array.from(document.querySelectorAll('.js-plotly-plot'))
                .filter(p => p._fullLayout && p.querySelector('.main-svg')
                             && p.getBoundingClientRect().height > 0);
            return n === null ? drawn.length >= holders.length : drawn.length >= n;
        }""",
        arg=count, timeout=timeout,
    )


def screenshot(page, name: str, full_page: bool = True) -> Path:
    """Save artifacts/screenshots/<name>.png (git-ignored) and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    safe_name = re.sub(r"[^\w.-]+", "_", name)
    path = SCREENSHOTS / f"{safe_name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture(name="screenshot")
def screenshot_fixture() -> Callable[..., Path]:
    return screenshot


def watch_dialogs(page) -> list[str]:
    """Every alert/confirm/prompt the page opens (dismissed at once)."""
    opened: list[str] = []

    def on_dialog(dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return opened
