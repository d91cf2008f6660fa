#!/usr/bin/env bash
# Quick start: build the shop, migrate the database (creating it if missing),
# seed a demo catalog and serve on $SHOP_HTTP_ADDR (default :8080).
#
#   scripts/run.sh [PRODUCTS]      # default 10000 products
#
# Any SHOP_* variable is passed through; SHOP_ADMIN_TOKEN enables the admin API.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

products=${1:-10000}
wait_for_backends
mkdir -p bin
go build -o bin/shop ./cmd/shop
bin/shop migrate
bin/shop seed --products "$products"
exec bin/shop serve
