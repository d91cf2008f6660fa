// Package netdelay puts an in-process TCP proxy in front of a backend
// (Postgres, Redis, Elasticsearch) that adds a fixed delay to every
// request/response round trip, so that a benchmark on loopback (about 0.1 ms
// per round trip) sees the 0.5–2 ms of a data centre network.
//
//	pg, err := netdelay.Start(ctx, "postgres", "127.0.0.1:5432", time.Millisecond, logger)
//	if err != nil { ... }
//	defer pg.Close()
//	// dial pg.Addr() instead of 127.0.0.1:5432
//
// The proxy is github.com/Shopify/toxiproxy/v2 used as a library: a
// toxiproxy.Proxy holding one "latency" toxic, whose links (one per
// direction of each connection) carry the bytes through the toxic chain. No
// toxiproxy HTTP API is started. netdelay owns only the listener on
// 127.0.0.1:0, the dials to the upstream and the list of open connections,
// instead of toxiproxy.Proxy.Start's accept loop, which in v2.5.0 leaks the
// latency toxic's goroutine and the data it holds whenever a connection
// closes with more than one chunk of a response in flight, dials the
// upstream inside the accept loop with no timeout, and gives Close no way to
// wait for the connections to finish (see drain.go).
//
// # What the delay means
//
// The latency toxic stamps each chunk the proxy reads from a socket (one
// read, at most 32 KiB) with the time it arrived and holds it until that time
// plus the latency; chunks keep their order and their spacing, so a burst of
// chunks is shifted in time by the latency once, not delayed once per chunk.
// netdelay puts the whole delay on the downstream stream (backend to client)
// and none on the upstream one. A request/response exchange therefore costs
// exactly one delay more than without the proxy, however large the request or
// the response; pipelined requests share one delay, as they would on a real
// network. A protocol exchange of n round trips (a connection handshake, pgx
// preparing a statement before executing it) costs n delays. Messages the
// backend sends unasked (pub/sub, LISTEN/NOTIFY) arrive one full delay late
// rather than half of it.
//
// Toxiproxy v2.5.0 counts latency in whole milliseconds (LatencyToxic.Latency
// is an int64 of milliseconds), so a delay with a sub-millisecond part is
// rejected with [ErrInvalidDelay] rather than rounded; splitting the delay
// half upstream and half downstream would need sub-millisecond halves for the
// common 1 ms case, which is why all of it goes downstream. A delay of 0
// starts a pass-through proxy without the toxic, which measures the cost of
// the proxy itself; callers that want no delay and no proxy should dial the
// backend directly.
//
// # Upstream errors
//
// [Start] dials the upstream once and fails if the address is malformed or
// the upstream does not accept, so a wrong address is reported at start-up.
// If the upstream stops accepting later, the proxy still accepts each client
// connection, fails to dial the upstream (within 5 s), logs that at error
// level and closes the client connection: the client sees EOF or a reset on
// its first read.
//
// # Logging and metrics
//
// netdelay logs to the *slog.Logger given to Start, with a "proxy" attribute:
// an upstream it cannot reach, at error level, once per client connection.
// Toxiproxy logs through zerolog; each proxy gets a zerolog logger that
// forwards to the same slog logger, toxiproxy's errors at slog.LevelError and
// its per-connection chatter (link set up, source closed or reset) at
// slog.LevelDebug, formatted only when that level is enabled. Each proxy has
// its own toxiproxy server value with a private, empty Prometheus registry,
// so no metric is registered globally and any number of proxies can start and
// stop in one process.
package netdelay
