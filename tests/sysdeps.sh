#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: poppler-utils
# (pdftoppm, pdftotext for looking at packs) and a PostgreSQL server (store tests run on
# SQLite and on a real PostgreSQL the test run starts). Needs root or sudo when it installs.
set -euo pipefail
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)  # installer tests
command -v makensis >/dev/null 2>&1 || need+=(nsis)  # Windows installer script check
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
