#!/usr/bin/env bash
# The seed-and-benchmark demo: migrate, seed, start `shop serve --bench-modes`
# (optionally with injected backend latency), run a quick benchmark of every
# scenario in the baseline, optimized-nocache and optimized strategies, print
# the summary and the report's path, and stop the server.
#
#   scripts/demo.sh [PRODUCTS] [--latency 1ms] [extra `shop bench` flags…]
#
# PRODUCTS defaults to 10000. The report goes to bench-results/<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

products=10000
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
	products=$1
	shift
fi
latency=0s
bench_flags=()
while [ $# -gt 0 ]; do
	case $1 in
	--latency) latency=$2; shift 2 ;;
	--latency=*) latency=${1#*=}; shift ;;
	*) bench_flags+=("$1"); shift ;;
	esac
done

wait_for_backends
mkdir -p bin
go build -o bin/shop ./cmd/shop
bin/shop migrate
bin/shop seed --products "$products"

port=${DEMO_PORT:-18080}
log=$(mktemp -t shop-demo.XXXXXX.log)
SHOP_HTTP_ADDR=127.0.0.1:$port SHOP_LOG_LEVEL=warn bin/shop serve --bench-modes --backend-latency "$latency" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
	if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
	if ! kill -0 $server 2>/dev/null; then echo "the server did not start:" >&2; cat "$log" >&2; exit 1; fi
	sleep 0.1
done

# The quick profile; a flag given on the command line replaces its default.
given() {
	local f
	for f in "${bench_flags[@]}"; do [[ $f == "$1" || $f == "$1="* ]] && return 0; done
	return 1
}
profile=()
given --strategies || profile+=(--strategies baseline,optimized-nocache,optimized)
given --concurrency || profile+=(--concurrency 1,10,50)
given --duration || profile+=(--duration 3s)
given --warmup || profile+=(--warmup 1s)
given --rounds || profile+=(--rounds 2)
given --out || profile+=(--out "bench-results/$(date -u +%Y%m%dT%H%M%SZ)")

bin/shop bench --target "http://127.0.0.1:$port" "${profile[@]}" "${bench_flags[@]}"
