"""Issue 10 item 5: password guessing is limited server-wide, and a reload keeps the login.

Before: the delay was per session, so 10 sessions made 30 guesses in 16 s and the right
password still worked after 48 failures; a reload logged the analyst out. Here the guard's
clock is fake (no test waits), sessions are separate AppTest runs in one process, as
sessions are in one Streamlit server.
"""
from __future__ import annotations

import hashlib
import logging
import re
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, editions, login_guard
from dashboard.login_guard import LoginGuard
from tests.fixtures.dashboard_sample import write_sample_cache

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PASSWORD = "内部-lockout-测试"
DIGEST = hashlib.sha256(PASSWORD.encode()).hexdigest()
SECRETS = {"internal_password_sha256": DIGEST}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def guard(clock, monkeypatch) -> LoginGuard:
    """A fresh server-wide guard on a fake clock, installed where auth looks for it."""
    fresh = LoginGuard(clock=clock)
    monkeypatch.setattr(auth, "GUARD", fresh)
    return fresh


# ---------------------------------------------------------------- the guard itself

def test_a_few_mistakes_cost_nothing(guard):
    for _ in range(login_guard.FREE_FAILURES):
        assert guard.before_attempt() is None
        guard.failed()
    assert guard.before_attempt() is None


def test_backoff_doubles_and_is_enforced_before_the_password(guard, clock):
    for _ in range(login_guard.FREE_FAILURES + 1):
        guard.failed()
    first = guard.before_attempt()
    assert first is not None and first.reason == "backoff"
    assert first.retry_after == pytest.approx(login_guard.BASE_BACKOFF)
    clock.advance(first.retry_after)
    assert guard.before_attempt() is None
    guard.failed()
    second = guard.before_attempt()
    assert second.retry_after == pytest.approx(2 * login_guard.BASE_BACKOFF)


def test_lockout_after_many_failures_then_unlocks(guard, clock, caplog):
    caplog.set_level(logging.WARNING, logger="dashboard.auth")
    for _ in range(login_guard.LOCKOUT_AFTER):
        clock.advance(login_guard.MAX_BACKOFF)  # a patient guesser waits out every backoff
        guard.failed()
    refusal = guard.before_attempt()
    assert refusal.reason == "locked"
    assert refusal.retry_after == pytest.approx(login_guard.LOCKOUT_SECONDS)
    assert "锁定" in refusal.message()
    assert any("locked" in r.getMessage() for r in caplog.records)
    clock.advance(login_guard.LOCKOUT_SECONDS)
    assert guard.before_attempt() is None
    assert any("unlocked" in r.getMessage() for r in caplog.records)


def test_success_resets_the_count(guard):
    for _ in range(login_guard.FREE_FAILURES + 2):
        guard.failed()
    guard.succeeded()
    assert guard.failures == 0 and guard.before_attempt() is None


def test_failures_from_many_threads_are_all_counted(guard):
    threads = [threading.Thread(target=lambda: [guard.failed() for _ in range(50)])
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert guard.failures == 400


# ---------------------------------------------------------------- the login cookie

def test_token_round_trip_and_what_breaks_it():
    token = login_guard.issue_token(DIGEST, SECRETS)
    assert login_guard.token_is_valid(token, DIGEST, SECRETS)
    assert re.fullmatch(r"[A-Za-z0-9_.\-]+", token)  # cookie-safe without quoting
    # Tamper with a character well inside the signature: the last base64 character carries
    # padding bits, so overwriting the tail could leave the decoded signature unchanged
    # (this test failed in CI about once in 64 runs that way).
    i = len(token) - 6
    tampered = token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1:]
    assert not login_guard.token_is_valid(tampered, DIGEST, SECRETS)
    other = hashlib.sha256(b"new password").hexdigest()
    assert not login_guard.token_is_valid(token, other, SECRETS)  # password changed
    assert not login_guard.token_is_valid(token, DIGEST, {"cookie_secret": "rotated"})
    assert not login_guard.token_is_valid(token, DIGEST, SECRETS, max_age=-1)  # expired
    assert not login_guard.token_is_valid(None, DIGEST, SECRETS)
    login_guard.revoke_token(token)
    assert not login_guard.token_is_valid(token, DIGEST, SECRETS)


# ---------------------------------------------------------------- through the app

@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return write_sample_cache(tmp_path_factory.mktemp("lockout_cache"))


@pytest.fixture()
def internal(cache_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("FRAUD_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("FRAUD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FRAUD_EDITION", "internal")


def new_session(cookie: str | None = None, monkeypatch=None) -> AppTest:
    """A fresh browser session (what a new tab or a reload is to Streamlit)."""
    if monkeypatch is not None:
        monkeypatch.setattr(auth, "_request_cookie", lambda name: cookie)
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in SECRETS.items():
        at.secrets[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def try_password(at: AppTest, password: str) -> AppTest:
    at.text_input(key="internal_password").input(password)
    at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def logged_in(at: AppTest) -> bool:
    return at.session_state[auth.AUTH_FLAG] if auth.AUTH_FLAG in at.session_state else False


def test_guesses_from_many_sessions_lock_out_even_the_right_password(internal, guard, clock,
                                                                     caplog):
    caplog.set_level(logging.WARNING, logger="dashboard.auth")
    errors = []
    for i in range(login_guard.LOCKOUT_AFTER):
        clock.advance(login_guard.MAX_BACKOFF)  # every guess after its backoff
        at = try_password(new_session(), f"guess-{i}")  # a new session each time
        errors.append(at.error[0].value)
    assert errors[0] == editions.WRONG_PASSWORD_MESSAGE
    assert guard.failures == login_guard.LOCKOUT_AFTER

    at = try_password(new_session(), PASSWORD)
    assert not logged_in(at)
    assert "锁定" in at.error[0].value
    assert any("locked" in r.getMessage() for r in caplog.records)

    clock.advance(login_guard.LOCKOUT_SECONDS)  # the lock is temporary
    at = try_password(new_session(), PASSWORD)
    assert logged_in(at)


def test_a_quick_guess_in_a_new_session_is_refused_unchecked(internal, guard, clock):
    for i in range(login_guard.FREE_FAILURES + 1):
        try_password(new_session(), f"guess-{i}")
    at = try_password(new_session(), PASSWORD)  # right password, but inside the backoff
    assert not logged_in(at)
    assert "秒后再试" in at.error[0].value
    assert guard.failures == login_guard.FREE_FAILURES + 1  # not counted, not checked


def test_a_reload_keeps_the_login_and_log_out_ends_it(internal, guard, monkeypatch):
    at = try_password(new_session(monkeypatch=monkeypatch), PASSWORD)
    assert logged_in(at)
    scripts = [f.proto.srcdoc for f in at.get("iframe")] if at.get("iframe") else []
    cookie = next(re.search(r"fraud_internal_login=([^;]+);", s).group(1) for s in scripts
                  if "fraud_internal_login=" in s)

    reloaded = new_session(cookie, monkeypatch)  # new session, same browser cookie
    assert logged_in(reloaded)
    assert not any(w.key == "internal_password" for w in reloaded.text_input)
    # no login controls either: one language toggle, the sidebar's (the login form's stayed
    # above every page when it was drawn before the cookie was read)
    assert [c.key for c in reloaded.get("segmented_control") if "lang" in (c.key or "")] == ["f_lang"]

    stranger = new_session("forged." + cookie[7:], monkeypatch)
    assert not logged_in(stranger)

    reloaded.sidebar.button(key="internal_logout").click().run()
    assert not logged_in(reloaded)
    cleared = [f.proto.srcdoc for f in reloaded.get("iframe")]
    assert any("max-age=0" in s for s in cleared)
    assert not logged_in(new_session(cookie, monkeypatch))  # the token is revoked
