#!/usr/bin/env bash
# Run the dashboard: http://localhost:${PORT:-8501}
# Creates .venv and installs requirements.txt when needed, builds or updates the cache (incremental).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$REPO_ROOT"

setup_python_env requirements.txt

export FRAUD_CACHE_DIR="${FRAUD_CACHE_DIR:-cache}"
export FRAUD_DATA_DIR="${FRAUD_DATA_DIR:-data}"

# Always brought up to date, not only built when missing: the build is incremental (a file is
# parsed again only when its content or the parser changed; nothing changed costs well under a
# second at 1k bulletins), so after an upgrade of the parser or new pages in corpus/ the
# dashboard shows what the current parser reads, never a stale dataset.
inputs=(seeds corpus/*/texts)  # the seeds and the real public pages shipped with the app
# Uploaded bulletins (internal edition) live here; the folder may not exist yet.
[ -d "$FRAUD_DATA_DIR/bulletins" ] && inputs+=("$FRAUD_DATA_DIR/bulletins")
if [ -f "$FRAUD_CACHE_DIR/manifest.json" ]; then
    say "updating the cache in $FRAUD_CACHE_DIR (files whose content or parser changed)"
else
    say "building the cache in $FRAUD_CACHE_DIR from ${inputs[*]}"
fi
"$VENV_PY" -m parsers build "${inputs[@]}" --cache "$FRAUD_CACHE_DIR" --jobs 0 \
    || say "warning: cache build reported problems; the app will show what it has"

# dashboard.serve loads the data and imports the heavy libraries first (so the first visitor
# does not wait for them), then runs `streamlit run app.py` in the same process.
exec "$VENV_PY" -m dashboard.serve app.py \
    --server.port "${PORT:-8501}" \
    --server.headless true \
    --browser.gatherUsageStats false \
    "$@"
