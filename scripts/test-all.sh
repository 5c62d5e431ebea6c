#!/usr/bin/env bash
# Runs every test suite on a fresh machine (Node 20 + npm): installs pnpm, the dependencies,
# Debian's Chromium, PostgreSQL, LibreOffice Impress and poppler when missing, starts a
# throw-away PostgreSQL, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# LibreOffice opens the PPTX deck in a test; without recommends it is a fraction of the size.
# DejaVu carries the Arabic-script glyphs the Persian deck falls back to.
need_apt_lean=()
command -v soffice >/dev/null 2>&1 || need_apt_lean+=(libreoffice-impress fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ] || [ ${#need_apt_lean[@]} -gt 0 ]; then
  echo "==> installing ${need_apt[*]} ${need_apt_lean[*]} (Debian packages)"
  SUDO=""
  [ "$(id -u)" = "0" ] || SUDO="sudo"
  $SUDO apt-get update -qq
  [ ${#need_apt[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  [ ${#need_apt_lean[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt_lean[@]}" >/dev/null
fi

echo "==> installing dependencies"
pnpm install --frozen-lockfile

echo "==> starting PostgreSQL"
TEST_POSTGRES_URL="$(bash scripts/start-postgres.sh | tail -n 1)"
export TEST_POSTGRES_URL

echo "==> build"
pnpm run build

echo "==> static checks"
pnpm run typecheck
pnpm run lint
pnpm --filter @omcheck/client run codegen:check

echo "==> migration drift (SQLite and PostgreSQL)"
DRIFT_DB="$(mktemp -d)/drift.sqlite"
DATABASE_URL="$DRIFT_DB" node server/dist/cli/omcheck.js migration:check
DATABASE_URL="$TEST_POSTGRES_URL" node server/dist/cli/omcheck.js migration:check

echo "==> tests"
pnpm test
