#!/usr/bin/env bash
# One command for a fresh machine: install everything the tests need (Python packages, Debian
# chromium for the browser tests, a private PostgreSQL server on loopback) and run the suite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh test
bash scripts/setup-browser.sh
eval "$(bash scripts/setup-postgres.sh)"
export PICKETLINE_TEST_PG_URL
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
