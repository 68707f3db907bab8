#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the suites need when it is missing,
# starts PostgreSQL on 127.0.0.1, and runs every test project (one after another) on both databases.
# Usage: bash tests/run.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Account]
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The Web suite hosts well over a hundred in-process apps; each would watch its configuration files with inotify, and the
# default limit of 128 instances per user runs out ("The configured user limit (128) on the number of inotify instances").
# Test hosts do not reload configuration, and as root the limit is raised as well.
export DOTNET_hostBuilder__reloadConfigOnChange=false
if [ "$(id -u)" = 0 ] && [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  sysctl -q -w fs.inotify.max_user_instances=1024 2>/dev/null || echo "note: could not raise fs.inotify.max_user_instances" >&2
fi

# Debian packages: PostgreSQL server, the SMTP server tests read mail from, Chromium for end-to-end
# tests and PDF comparisons, the CJK (TrueType) and emoji fonts PDFs fall back to, poppler-utils to read PDFs,
# espeak-ng to speak the simulation's call.
packages=(postgresql python3-aiosmtpd chromium fonts-noto-cjk fonts-wqy-microhei fonts-symbola poppler-utils fonts-dejavu-core espeak-ng)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL on loopback (Debian's default listen_addresses is localhost), with a test role.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$pg_version" main status >/dev/null 2>&1 || pg_ctlcluster "$pg_version" main start
for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 && break; sleep 0.2; done
pg_isready -h 127.0.0.1
# Every test class runs the app on a database of its own, and the crash and two-node tests start
# real app processes: Debian's 100 connections are too few. Raise the limit once (it needs a restart).
if [ "$(su postgres -c "psql -tAc 'SHOW max_connections'")" -lt 300 ]; then
  su postgres -c "psql -q -c 'ALTER SYSTEM SET max_connections = 300'"
  pg_ctlcluster "$pg_version" main restart
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 && break; sleep 0.2; done
fi
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='hiring'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE hiring LOGIN SUPERUSER PASSWORD 'hiring'\""
export HIRING_TEST_PG="Host=127.0.0.1;Port=5432;Username=hiring;Password=hiring;Database=postgres"

dotnet tool restore >/dev/null
results=$(mktemp -d)
status=0
# Build once, then run the suites one after another, the browser suite last: run side by side (as `dotnet test
# Hiring.sln` does), the Web suite's hundred in-process apps and the browser suite's app processes shared two cores, and
# pages waited on in Chromium timed out in CI.
dotnet build Hiring.sln -c Release
for project in tests/Hiring.Core.Tests tests/Hiring.Documents.Tests tests/Hiring.Web.Tests tests/Hiring.E2E; do
  dotnet test "$project" -c Release --no-build --logger "trx" --results-directory "$results" "$@" || status=$?
done

# One closing line across all projects.
python3 - "$results" <<'PY' || true
import sys, glob, re
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    m = re.search(r'<Counters [^>]*', open(f, encoding="utf-8").read())
    if not m: continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)); skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
