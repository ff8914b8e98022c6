"""Server-wide limits on password guessing, and the signed login cookie.

Pure Python (no Streamlit), so both are tested directly; dashboard.auth wires them in.

Guessing. One `LoginGuard` per server process counts failed logins from every session, so
opening new sessions (or browsers) does not reset anything:
  - the first FREE_FAILURES failures cost nothing (a person mistypes);
  - after that each failure closes the form for a backoff that doubles, up to MAX_BACKOFF s;
    attempts made inside the backoff are refused without looking at the password;
  - LOCKOUT_AFTER failures lock the login for LOCKOUT_SECONDS: even the right password is
    refused until the lock expires. Locking and unlocking are logged (logger
    "dashboard.auth"), as is every refused attempt.
A success resets the counter. Failures older than WINDOW_SECONDS are forgotten. The price
of a global lock is that a guesser can keep analysts out for LOCKOUT_SECONDS at a time;
it cannot get in, and the log says when it happened.

Staying logged in. Streamlit starts a new session on every page load, so a login kept only
in st.session_state is lost on reload. After a login the browser gets a cookie holding a
token signed with itsdangerous (HMAC-SHA1 over a timestamp); the key is the server's
cookie secret (secrets `cookie_secret`, else random per process) combined with the
password's digest, so changing the password or restarting without a configured secret
ends every such login. Tokens expire after TOKEN_MAX_AGE s and log-out revokes the token.
"""
from __future__ import annotations

import logging
import secrets as _secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

LOG = logging.getLogger("dashboard.auth")

FREE_FAILURES = 3
BASE_BACKOFF = 2.0  # seconds after failure FREE_FAILURES + 1; doubles with each failure
MAX_BACKOFF = 60.0
LOCKOUT_AFTER = 10
LOCKOUT_SECONDS = 15 * 60
WINDOW_SECONDS = 60 * 60

COOKIE_NAME = "fraud_internal_login"
TOKEN_MAX_AGE = 12 * 60 * 60
SECRET_COOKIE_KEY = "cookie_secret"
_SALT = "fraud-dashboard-internal-login"

LOCKED_MESSAGE = ("登录失败次数过多，内部版登录已暂时锁定，请约 {minutes} 分钟后再试。"
                  " / Too many failed logins: the internal login is locked for about "
                  "{minutes} min.")
WAIT_MESSAGE = ("登录失败次数较多，请 {seconds} 秒后再试。"
                " / Too many failed logins: try again in {seconds} s.")


@dataclass(frozen=True)
class Refusal:
    """Why an attempt is refused before the password is looked at."""

    reason: str  # "backoff" | "locked"
    retry_after: float  # seconds

    def message(self) -> str:
        if self.reason == "locked":
            return LOCKED_MESSAGE.format(minutes=max(1, round(self.retry_after / 60)))
        return WAIT_MESSAGE.format(seconds=max(1, int(self.retry_after + 0.999)))


class LoginGuard:
    """Thread-safe failure counter shared by every session of the server.

    `before_attempt()` → Refusal or None; then `failed()` or `succeeded()` with the outcome.
    `clock` returns seconds (time.monotonic by default; tests pass a fake one).
    """

    def __init__(self, *, free_failures: int = FREE_FAILURES, base_backoff: float = BASE_BACKOFF,
                 max_backoff: float = MAX_BACKOFF, lockout_after: int = LOCKOUT_AFTER,
                 lockout_seconds: float = LOCKOUT_SECONDS, window_seconds: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free_failures = free_failures
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.lockout_after = lockout_after
        self.lockout_seconds = lockout_seconds
        self.window_seconds = window_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: list[float] = []  # times of recent failures
        self._locked_until = 0.0

    def _forget_old(self, now: float) -> None:
        if self._locked_until and now >= self._locked_until:
            LOG.warning("internal login unlocked after %d failed attempts", len(self._failures))
            self._locked_until = 0.0
            self._failures.clear()
        self._failures = [t for t in self._failures if now - t < self.window_seconds]

    def backoff_after(self, failures: int) -> float:
        """Seconds the form stays closed after the n-th failure in a row."""
        if failures <= self.free_failures:
            return 0.0
        return min(self.max_backoff, self.base_backoff * 2 ** (failures - self.free_failures - 1))

    def before_attempt(self) -> Refusal | None:
        with self._lock:
            now = self._clock()
            self._forget_old(now)
            if self._locked_until > now:
                refusal = Refusal("locked", self._locked_until - now)
            elif self._failures:
                wait = self._failures[-1] + self.backoff_after(len(self._failures)) - now
                refusal = Refusal("backoff", wait) if wait > 0 else None
            else:
                refusal = None
        if refusal is not None:
            LOG.warning("internal login attempt refused (%s, %.0f s left)", refusal.reason,
                        refusal.retry_after)
        return refusal

    def failed(self) -> None:
        with self._lock:
            now = self._clock()
            self._forget_old(now)
            self._failures.append(now)
            count = len(self._failures)
            if count >= self.lockout_after and not self._locked_until:
                self._locked_until = now + self.lockout_seconds
                LOG.warning("internal login locked for %.0f s after %d failed attempts",
                            self.lockout_seconds, count)
            else:
                LOG.warning("internal login failed (%d in a row)", count)

    def succeeded(self) -> None:
        with self._lock:
            self._failures.clear()
            self._locked_until = 0.0
        LOG.info("internal login succeeded")

    @property
    def failures(self) -> int:
        with self._lock:
            return len(self._failures)


# ---------------------------------------------------------------- the login cookie

_PROCESS_SECRET = _secrets.token_hex(32)  # used when secrets.toml names no cookie_secret
_REVOKED: set[str] = set()
_REVOKED_LOCK = threading.Lock()


def _serializer(password_digest: str, secrets: Mapping[str, Any]) -> URLSafeTimedSerializer:
    configured = str(secrets.get(SECRET_COOKIE_KEY) or "").strip()
    return URLSafeTimedSerializer(f"{configured or _PROCESS_SECRET}:{password_digest}",
                                  salt=_SALT)


def issue_token(password_digest: str, secrets: Mapping[str, Any]) -> str:
    """A signed, timestamped token for the cookie (opaque ASCII, cookie-safe)."""
    return _serializer(password_digest, secrets).dumps({"n": _secrets.token_hex(8)})


def token_is_valid(token: str | None, password_digest: str | None, secrets: Mapping[str, Any],
                   *, max_age: float = TOKEN_MAX_AGE) -> bool:
    """True for a token this server signed for the current password, younger than max_age
    and not revoked. Anything else (missing, tampered, expired, other password) is False."""
    if not token or not password_digest:
        return False
    with _REVOKED_LOCK:
        if token in _REVOKED:
            return False
    try:
        _serializer(password_digest, secrets).loads(token, max_age=max_age)
    except BadSignature:  # SignatureExpired is a BadSignature
        return False
    return True


def revoke_token(token: str | None) -> None:
    if token:
        with _REVOKED_LOCK:
            _REVOKED.add(token)
