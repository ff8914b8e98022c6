"""Edition choice and the internal edition's fail-closed password gate."""
from __future__ import annotations

import hashlib
import warnings

import pytest

from dashboard import editions
from dashboard.editions import (
    INTERNAL,
    PUBLIC,
    check_password,
    current_edition,
    is_write_allowed,
    login_refusal_message,
    password_configured,
    read_secrets,
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(
    "env, secrets, expected",
    [
        ({}, {}, PUBLIC),
        ({"FRAUD_EDITION": "internal"}, {}, INTERNAL),
        ({"FRAUD_EDITION": " Internal "}, {}, INTERNAL),
        ({}, {"edition": "internal"}, INTERNAL),
        ({"FRAUD_EDITION": "public"}, {"edition": "internal"}, PUBLIC),  # env wins
        ({"FRAUD_EDITION": "internal"}, {"edition": "public"}, INTERNAL),
        ({"FRAUD_EDITION": ""}, {"edition": "internal"}, INTERNAL),  # empty env = unset
    ],
)
def test_current_edition(env, secrets, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert current_edition(env, secrets) == expected


@pytest.mark.parametrize("bad", ["admin", "内部", "internal2"])
def test_unknown_edition_warns_and_falls_back_to_public(bad):
    with pytest.warns(UserWarning, match="public"):
        assert current_edition({"FRAUD_EDITION": bad}, {}) == PUBLIC
    with pytest.warns(UserWarning):
        assert current_edition({}, {"edition": bad}) == PUBLIC


def test_current_edition_reads_process_env_when_not_given(monkeypatch):
    monkeypatch.setenv("FRAUD_EDITION", "internal")
    assert current_edition(secrets={}) == INTERNAL


def test_read_secrets_without_a_secrets_file_is_empty(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert read_secrets() == {}


@pytest.mark.parametrize(
    "secrets, candidate, ok",
    [
        ({"internal_password_sha256": sha("反诈2024!")}, "反诈2024!", True),
        ({"internal_password_sha256": sha("反诈2024!").upper()}, "反诈2024!", True),
        ({"internal_password_sha256": sha("反诈2024!")}, "反诈2024", False),
        ({"internal_password_sha256": sha("反诈2024!")}, "", False),
        ({"internal_password": "s3cret"}, "s3cret", True),
        ({"internal_password": "s3cret"}, "S3cret", False),
        # the hash wins over the plain one when both are set
        ({"internal_password_sha256": sha("a"), "internal_password": "b"}, "b", False),
        ({"internal_password_sha256": sha("a"), "internal_password": "b"}, "a", True),
    ],
)
def test_check_password(secrets, candidate, ok):
    assert check_password(candidate, secrets) is ok


@pytest.mark.parametrize(
    "secrets", [{}, {"internal_password": ""}, {"internal_password_sha256": "  "}]
)
def test_no_password_configured_refuses_everyone(secrets):
    assert not password_configured(secrets)
    for candidate in ["", "admin", "password"]:
        assert check_password(candidate, secrets) is False
        assert login_refusal_message(candidate, secrets) == editions.NO_PASSWORD_MESSAGE


def test_malformed_hash_fails_closed_even_if_plain_password_set():
    secrets = {"internal_password_sha256": "not-a-hash-密码", "internal_password": "x"}
    with pytest.warns(UserWarning):
        assert check_password("x", secrets) is False
    with pytest.warns(UserWarning):
        assert check_password("not-a-hash-密码", secrets) is False


def test_login_refusal_message():
    secrets = {"internal_password_sha256": sha("pw")}
    assert login_refusal_message("pw", secrets) is None
    assert login_refusal_message("nope", secrets) == editions.WRONG_PASSWORD_MESSAGE


def test_comparison_goes_through_compare_digest(monkeypatch):
    calls = []
    real = editions.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(editions.hmac, "compare_digest", spy)
    check_password("guess", {"internal_password": "pw"})
    assert calls == [(sha("guess"), sha("pw"))]


@pytest.mark.parametrize(
    "edition, authenticated, allowed",
    [(INTERNAL, True, True), (INTERNAL, False, False), (PUBLIC, True, False), (PUBLIC, False, False),
     ("bogus", True, False), (INTERNAL, "yes", False)],
)
def test_is_write_allowed(edition, authenticated, allowed):
    assert is_write_allowed(edition, authenticated) is allowed
