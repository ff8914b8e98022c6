"""A CPU-time budget per document, so one pathological file cannot hold up a whole run.

`cpu_budget(seconds)` arms an ITIMER_PROF timer (process CPU time, user + system) and
raises `OverBudget` inside the parse when it fires. CPU time rather than wall time: on a
loaded machine a normal bulletin must not be cut off because other processes ran.

Signals reach only a process's main thread, so the budget is enforced where the parse
runs there (the CLI in-process, local worker processes) and is silently not enforced
elsewhere (a Dask worker's task thread, a Streamlit script thread). The regex engine
checks for signals while it matches, so a budget interrupts a long regex too.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


# The CPU seconds one document may take by default (the CLI's and build_cache's --budget).
# Kept here, not in parsers.cache, so `extract` never imports pandas and pyarrow.
DEFAULT_DOC_BUDGET_S = 30.0


class OverBudget(Exception):
    """The parse used more CPU seconds than its budget. str(e) is the reason line."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the time budget ({seconds:g} s CPU); skipped")
        self.seconds = seconds


def _can_arm() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0))


@contextlib.contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the block once it has used `seconds` of CPU time.

    None or 0 means no budget. Nested budgets and non-main threads run unlimited (see the
    module docstring). The previous SIGPROF handler is restored on exit.
    """
    if not seconds or seconds <= 0 or not _can_arm():
        yield
        return

    def fire(signum, frame):  # noqa: ARG001 — signal handler signature
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGPROF, fire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
