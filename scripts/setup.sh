#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh. Source it, then call:
#   setup_python_env requirements.txt        # .venv + pinned packages (skipped when unchanged)
#   ensure_browser                           # chromium + CJK fonts for the e2e tests
# Idempotent: a second call costs a hash comparison and a dpkg query.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"
VENV_PY="$VENV/bin/python"

say() { printf '[setup] %s\n' "$*" >&2; }

# Seconds since this step began, for the timing lines the scripts print.
_step_start() { _STEP_T0=$(date +%s.%N); }
_step_end() { say "$1 ($(awk -v a="$_STEP_T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f s", b-a}'))"; }

_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
    else return 1
    fi
}

_pick_python() {
    local candidate
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    say "error: Python 3.11 or newer is required (tried python3.11, python3)"
    return 1
}

_apt_updated=0
_apt_update_once() {
    if [ "$_apt_updated" -eq 0 ]; then
        _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        _apt_updated=1
    fi
}

_apt_install() {
    _apt_update_once && _as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

_deb_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

ensure_venv() {
    # A .venv copied from another machine (or half-created) is rebuilt rather than trusted.
    if [ -x "$VENV_PY" ] && "$VENV_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local python
    python="$(_pick_python)"
    say "creating $VENV with $python"
    rm -rf "$VENV"
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
        # Debian splits ensurepip into pythonX.Y-venv.
        local version
        version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        say "venv module incomplete; installing python${version}-venv"
        rm -rf "$VENV"
        _apt_install "python${version}-venv" || _apt_install python3-venv
        "$python" -m venv "$VENV"
    fi
}

# Hash of a requirements file plus every file it pulls in with -r, so a change to
# requirements.txt also invalidates the dev stamp.
_requirements_hash() {
    local file="$1" dir
    dir="$(dirname "$file")"
    {
        cat "$file"
        sed -n 's/^[[:space:]]*-r[[:space:]]*//p' "$file" | while read -r included; do
            _requirements_hash "$dir/$included"
        done
    } | sha256sum | cut -d' ' -f1
}

setup_python_env() {
    local requirements="$REPO_ROOT/${1:-requirements.txt}"
    _step_start
    ensure_venv
    local stamp="$VENV/.stamp-$(basename "$requirements")" wanted
    wanted="$(_requirements_hash "$requirements") $("$VENV_PY" -c 'import sys; print(sys.version)' | head -1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        _step_end "python env up to date: $(basename "$requirements")"
        return 0
    fi
    say "installing $(basename "$requirements") into .venv"
    "$VENV_PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV_PY" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" > "$stamp"
    _step_end "installed $(basename "$requirements")"
}

# Chromium (system build: playwright cannot download its own here) and CJK fonts so
# screenshots show 汉字 rather than boxes. chromium-driver is nice to have, not needed.
# Returns non-zero when chromium is still missing; the caller decides if that is fatal.
ensure_browser() {
    _step_start
    local missing=() package
    [ -x /usr/bin/chromium ] || _deb_installed chromium || missing+=(chromium)
    _deb_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing ${missing[*]} (apt-get)"
        if ! _apt_install "${missing[@]}"; then
            say "could not install ${missing[*]}: not root and no password-less sudo, or apt failed"
        fi
    fi
    if ! _deb_installed chromium-driver; then
        _apt_install chromium-driver 2>/dev/null || say "chromium-driver not installed (optional)"
    fi
    _step_end "browser packages checked"
    [ -x /usr/bin/chromium ]
}
