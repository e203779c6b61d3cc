#!/usr/bin/env bash
# One command for a fresh machine: install everything the tests need (Python packages at the
# versions of requirements.lock, Debian chromium for the browser tests, a private PostgreSQL
# server on loopback) and run the suite. Extra arguments go to pytest.
# The PostgreSQL server (data in /tmp/picketline-pg-N, one per checkout) is stopped when the
# run ends, unless it was already running before.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh test
bash scripts/setup-browser.sh
started_pg=1
if bash scripts/setup-postgres.sh status; then started_pg=0; fi
eval "$(bash scripts/setup-postgres.sh)"
export PICKETLINE_TEST_PG_URL
if [ "$started_pg" = 1 ]; then trap 'bash scripts/setup-postgres.sh stop' EXIT; fi
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
