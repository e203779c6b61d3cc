#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install picketline into it, editable, with the exact
# versions of requirements.lock (the ones the test suite passes with).
#   scripts/setup-venv.sh          runtime dependencies
#   scripts/setup-venv.sh test     plus the test dependencies
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "picketline needs Python 3.11 or newer ($PY is $("$PY" --version 2>&1))" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install --quiet --upgrade pip
# setuptools' editable build always adds an informational "Editable installation." note
# (a BuildBackendWarning, not a problem); it is the only warning silenced here.
PYTHONWARNINGS="ignore:Editable installation:UserWarning" \
  .venv/bin/python -m pip install --quiet -c requirements.lock -e ".${extra}"
# the dashboard's browser libraries (map, API docs) and axe-core for the browser tests, from npm
bash scripts/vendor-web.sh
