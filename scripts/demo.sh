#!/usr/bin/env bash
# Quick start: set up impact in .venv and run `impact diff HEAD~1` on the bundled replay of
# the Prisma incident (fixtures/prisma-wrapper-export-removal), at its Phase 2 commit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
demo=$(mktemp -d)/prisma-incident
.venv/bin/python scripts/fixture_repo.py prisma-wrapper-export-removal "$demo" >/dev/null
git -C "$demo" checkout -q HEAD~2   # 02-phase-2: the commit that took production down
echo "$ cd $demo && impact diff HEAD~1"
cd "$demo"
status=0
"$OLDPWD/.venv/bin/impact" diff HEAD~1 || status=$?
echo "(exit status $status: 1 means error-level findings)"
