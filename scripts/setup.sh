#!/usr/bin/env bash
# Create .venv (if missing) and install impact with its test dependencies into it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# a .venv made before the distribution was renamed (impact -> impact-diff) holds the old one
if .venv/bin/python -m pip show -q impact >/dev/null 2>&1; then
  .venv/bin/python -m pip uninstall -q -y impact impact-diff
fi
.venv/bin/python -m pip install -q -e '.[test]'
