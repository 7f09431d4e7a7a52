#!/usr/bin/env bash
# Set up .venv and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# pytest-xdist workers: one more than the cores, since every end-to-end test waits on git and
# impact processes part of the time (2 cores: 94 s with 3 workers, 112 s with 2); an idle
# worker takes tests queued for another (worksteal)
workers=$(.venv/bin/python -c 'import os
cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
print(cores + 1)')
.venv/bin/python -m pytest -q -n "$workers" --dist worksteal "$@"
