"""Public vs internal edition, and the internal edition's password gate.

One setting picks the edition: env FRAUD_EDITION, else `edition` in .streamlit/secrets.toml.
The internal edition (corrections, uploads) needs a password kept in secrets only:
`internal_password_sha256` (hex sha256 of the password, preferred) or `internal_password`.
With no password configured the internal edition refuses everyone: failing closed means a
forgotten secret never opens the write pages to the world.

The functions are pure (env / secrets are passed in); `read_env` / `read_secrets` are the
thin adapters the pages use.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import warnings
from collections.abc import Mapping
from typing import Any

PUBLIC = "public"
INTERNAL = "internal"
EDITIONS: tuple[str, ...] = (PUBLIC, INTERNAL)
ENV_VAR = "FRAUD_EDITION"
SECRET_EDITION_KEY = "edition"
SECRET_HASH_KEY = "internal_password_sha256"
SECRET_PLAIN_KEY = "internal_password"

NO_PASSWORD_MESSAGE = (
    "内部版未配置密码，已拒绝所有登录。请在 .streamlit/secrets.toml 中设置 "
    "internal_password_sha256（密码的 SHA-256 十六进制摘要）。"
    " / The internal edition has no password configured, so every login is refused. "
    "Set internal_password_sha256 in .streamlit/secrets.toml."
)
WRONG_PASSWORD_MESSAGE = "密码错误。 / Wrong password."


def read_env() -> Mapping[str, str]:
    return os.environ


def read_secrets() -> Mapping[str, Any]:
    """st.secrets as a plain dict, or {} when there is no secrets file.

    st.secrets raises (FileNotFoundError / StreamlitSecretNotFoundError, depending on the
    version) when no secrets.toml exists, so any failure here means "no secrets".
    """
    try:
        import streamlit as st

        return dict(st.secrets)
    except Exception:  # noqa: BLE001 - missing/invalid secrets file means no secrets
        return {}


def current_edition(
    env: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None
) -> str:
    """'public' or 'internal'. The environment wins over secrets; unknown values fall
    back to public (the edition that cannot write) with a warning."""
    env = read_env() if env is None else env
    secrets = read_secrets() if secrets is None else secrets
    raw = env.get(ENV_VAR)
    source = ENV_VAR
    if raw is None or not str(raw).strip():
        raw = secrets.get(SECRET_EDITION_KEY)
        source = f"secrets[{SECRET_EDITION_KEY!r}]"
    if raw is None or not str(raw).strip():
        return PUBLIC
    value = str(raw).strip().lower()
    if value in EDITIONS:
        return value
    warnings.warn(
        f"{source}={raw!r} is not one of {EDITIONS}; using the public edition",
        stacklevel=2,
    )
    return PUBLIC


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def expected_password_digest(secrets: Mapping[str, Any]) -> str | None:
    """The hex sha256 the candidate must match, or None when no password is configured."""
    hashed = secrets.get(SECRET_HASH_KEY)
    if hashed is not None and str(hashed).strip():
        digest = str(hashed).strip().lower()
        if _HEX64.fullmatch(digest):
            return digest
        # A malformed hash must not silently fall through to the plain password.
        warnings.warn(f"{SECRET_HASH_KEY} is not a 64-digit hex sha256; internal login disabled")
        return None
    plain = secrets.get(SECRET_PLAIN_KEY)
    if plain is not None and str(plain) != "":
        return _sha256_hex(str(plain))
    return None


def password_configured(secrets: Mapping[str, Any]) -> bool:
    return expected_password_digest(secrets) is not None


def check_password(candidate: str, secrets: Mapping[str, Any]) -> bool:
    """True only if a password is configured and the candidate matches it.

    Both sides are compared as sha256 hex digests with hmac.compare_digest, so the time
    taken does not depend on how much of the password was right (nor on its length).
    """
    expected = expected_password_digest(secrets)
    if expected is None or not candidate:
        return False
    return hmac.compare_digest(_sha256_hex(candidate), expected)


def login_refusal_message(candidate: str, secrets: Mapping[str, Any]) -> str | None:
    """Why a login fails (for the page to show), or None when it succeeds."""
    if not password_configured(secrets):
        return NO_PASSWORD_MESSAGE
    return None if check_password(candidate, secrets) else WRONG_PASSWORD_MESSAGE


def is_write_allowed(edition: str, authenticated: bool) -> bool:
    """Writes (corrections, uploads) happen only in an authenticated internal session."""
    return edition == INTERNAL and authenticated is True
