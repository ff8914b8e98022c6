#!/usr/bin/env bash
# Run the whole test suite (unit + browser tests). Extra arguments go to pytest.
# In CI (CI=true) a missing chromium is a failure; elsewhere the e2e tests skip.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$REPO_ROOT"

setup_python_env requirements-dev.txt

if ! ensure_browser; then
    if [ "${CI:-}" = "true" ]; then
        say "error: /usr/bin/chromium is missing and could not be installed; CI needs the browser tests"
        exit 1
    fi
    say "note: /usr/bin/chromium is missing; the e2e browser tests will be skipped"
fi

mkdir -p artifacts/screenshots
_step_start
set +e
# Two xdist workers roughly halve the suite on 2 cores (measured: 213 s -> 121 s for the
# unit tests). --dist loadfile keeps each e2e file on one worker, so a file's tests share
# one Streamlit server and one browser. PYTEST_WORKERS=0 runs in a single process.
workers="${PYTEST_WORKERS:-2}"
xdist_args=()
[ "$workers" != "0" ] && xdist_args=(-n "$workers" --dist loadfile)
"$VENV_PY" -m pytest --timeout=300 "${xdist_args[@]}" "$@"
status=$?
set -e
_step_end "pytest finished with status $status"

case "$status" in
    0) ;;
    5) say "error: pytest collected no tests — check pytest.ini testpaths and the arguments"; exit 1 ;;
    *) say "error: tests failed (pytest exit status $status)" ;;
esac
exit "$status"
