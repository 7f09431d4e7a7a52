#!/usr/bin/env bash
# Set up .venv and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q -n auto --dist worksteal "$@"  # one worker per core (pytest-xdist); an idle one takes tests queued for another
