#!/usr/bin/env bash
# One command for a fresh machine: create .venv, install picketline, ingest the bundled sample
# corpus into the default SQLite database and print what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
.venv/bin/picketline demo
