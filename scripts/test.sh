#!/usr/bin/env bash
# The whole test suite, with the race detector, against the real Postgres and
# Redis on their usual ports. Each test makes its own database (from a migrated
# template) and its own Redis key namespace, so tests run in parallel.
#
#   scripts/test.sh [go test flags, e.g. -run TestName ./modules/catalog/...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

wait_for_backends
go vet ./...
if [ $# -eq 0 ]; then
	set -- ./...
fi
go test -race -count=1 -timeout 20m "$@"
