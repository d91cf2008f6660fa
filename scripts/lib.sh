# Shared by the scripts: wait for Postgres and Redis on their usual ports (or
# the ones in SHOP_DATABASE_URL / SHOP_REDIS_URL) and fail with a clear message.

# wait_for_port HOST PORT NAME: wait up to 30 s for a TCP listener.
wait_for_port() {
	local host=$1 port=$2 name=$3
	for _ in $(seq 1 60); do
		if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
			return 0
		fi
		sleep 0.5
	done
	echo "$name is not listening on $host:$port; start it (see README, Requirements) and try again" >&2
	return 1
}

# host_port URL DEFAULT_PORT: print "host port" of a postgres:// or redis:// URL.
host_port() {
	local rest=${1#*://}
	rest=${rest#*@}
	rest=${rest%%/*}
	rest=${rest%%\?*}
	local host=${rest%%:*} port=$2
	[[ $rest == *:* ]] && port=${rest##*:}
	echo "${host:-127.0.0.1} $port"
}

wait_for_backends() {
	wait_for_port $(host_port "${SHOP_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/shop}" 5432) Postgres
	wait_for_port $(host_port "${SHOP_REDIS_URL:-redis://127.0.0.1:6379/0}" 6379) Redis
}
