package netdelay

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// BenchmarkRedisPing measures one PING round trip directly and through
// proxies of 0 and 1 ms, and reports the median besides the mean:
//
//	go test -run '^$' -bench . -benchtime 200x ./platform/netdelay/
func BenchmarkRedisPing(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(c.name, func(b *testing.B) {
			rdb := newRedis(b, benchAddr(b, redisAddr, c.delay))
			measure(b, func(ctx context.Context) error { return rdb.Ping(ctx).Err() })
		})
	}
}

// BenchmarkPostgresSelectOne is BenchmarkRedisPing for a pgx SELECT 1 on one
// connection (its statement cache makes it one round trip after the first).
func BenchmarkPostgresSelectOne(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(c.name, func(b *testing.B) {
			addr := benchAddr(b, postgresAddr, c.delay)
			conn, err := pgx.Connect(b.Context(), "postgres://postgres@"+addr+"/postgres?sslmode=disable")
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = conn.Close(context.Background()) })
			var one int
			measure(b, func(ctx context.Context) error { return conn.QueryRow(ctx, "SELECT 1").Scan(&one) })
		})
	}
}

type benchCase struct {
	name  string
	delay time.Duration // negative: no proxy
}

func benchCases() []benchCase {
	return []benchCase{{"direct", -1}, {"proxy-0ms", 0}, {"proxy-1ms", time.Millisecond}}
}

// benchAddr is upstream itself for a negative delay, else a proxy to it.
func benchAddr(b *testing.B, upstream string, delay time.Duration) string {
	if delay < 0 {
		return upstream
	}
	p, err := Start(b.Context(), b.Name(), upstream, delay, discard())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = p.Close() })
	return p.Addr()
}

// measure runs op b.N times after a warm-up and reports the median.
func measure(b *testing.B, op func(ctx context.Context) error) {
	if err := op(b.Context()); err != nil {
		b.Fatal(err)
	}
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		if err := op(b.Context()); err != nil {
			b.Fatal(err)
		}
		durs = append(durs, time.Since(start))
	}
	slices.Sort(durs)
	b.ReportMetric(float64(durs[len(durs)/2])/float64(time.Millisecond), "median-ms")
}
