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
# An editable install leaves impact's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE
# is set Python never caches their bytecode: every `impact` run would compile them all again
# (a third of a warm run). Compile them now, as `pip install` of a wheel does.
.venv/bin/python -m compileall -q impact
# The same for the methods `dataclasses` writes for impact's classes (impact/method_code.py).
.venv/bin/python -c "from impact.method_code import write_for_every_module; write_for_every_module()"
