#!/usr/bin/env bash
# Run the dashboard: http://localhost:${PORT:-8501}
# Creates .venv and installs requirements.txt when needed, builds the cache when missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$REPO_ROOT"

setup_python_env requirements.txt

export FRAUD_CACHE_DIR="${FRAUD_CACHE_DIR:-cache}"
export FRAUD_DATA_DIR="${FRAUD_DATA_DIR:-data}"

if [ ! -f "$FRAUD_CACHE_DIR/manifest.json" ]; then
    inputs=(seeds corpus/*/texts)  # the seeds and the real public pages shipped with the app
    # Uploaded bulletins (internal edition) live here; the folder may not exist yet.
    [ -d "$FRAUD_DATA_DIR/bulletins" ] && inputs+=("$FRAUD_DATA_DIR/bulletins")
    say "building the cache in $FRAUD_CACHE_DIR from ${inputs[*]}"
    "$VENV_PY" -m parsers build "${inputs[@]}" --cache "$FRAUD_CACHE_DIR" --jobs 0 \
        || say "warning: cache build reported problems; the app will show what it has"
fi

# dashboard.serve loads the data and imports the heavy libraries first (so the first visitor
# does not wait for them), then runs `streamlit run app.py` in the same process.
exec "$VENV_PY" -m dashboard.serve app.py \
    --server.port "${PORT:-8501}" \
    --server.headless true \
    --browser.gatherUsageStats false \
    "$@"
