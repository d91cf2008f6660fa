package netdelay

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

const (
	redisAddr    = "127.0.0.1:6379"
	postgresAddr = "127.0.0.1:5432"
)

// TestMain checks, after every test has closed its proxies, that no
// goroutine of toxiproxy outlives them.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if stacks := lingeringToxiproxy(5 * time.Second); stacks != "" {
			fmt.Fprintf(os.Stderr, "toxiproxy goroutines left after every proxy was closed:\n%s\n", stacks)
			code = 1
		}
	}
	os.Exit(code)
}

// lingeringToxiproxy waits up to timeout for the goroutines running
// toxiproxy code to end and returns the stacks of those still running.
func lingeringToxiproxy(timeout time.Duration) string {
	deadline := time.Now().Add(timeout)
	for {
		var buf bytes.Buffer
		_ = pprof.Lookup("goroutine").WriteTo(&buf, 2)
		var left []string
		for stack := range strings.SplitSeq(buf.String(), "\n\n") {
			if strings.Contains(stack, "github.com/Shopify/toxiproxy") {
				left = append(left, stack)
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			return strings.Join(left, "\n\n")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// discard is a logger for tests that do not look at the logs.
func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// startProxy starts a proxy for the test and closes it when the test ends.
func startProxy(t *testing.T, upstream string, delay time.Duration, logger *slog.Logger) *Proxy {
	t.Helper()
	p, err := Start(t.Context(), t.Name(), upstream, delay, logger)
	if err != nil {
		t.Fatalf("Start(%s, %v): %v", upstream, delay, err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

// newRedis returns a client of addr that does not retry, with one connection
// already made, closed when the test ends.
func newRedis(t testing.TB, addr string) *redis.Client {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1, PoolSize: 1})
	t.Cleanup(func() { _ = rdb.Close() })
	if err := rdb.Ping(t.Context()).Err(); err != nil {
		t.Fatalf("these tests need Redis at %s: %v", redisAddr, err)
	}
	return rdb
}

// timed returns how long f took.
func timed(t *testing.T, f func(ctx context.Context) error) time.Duration {
	t.Helper()
	start := time.Now()
	if err := f(t.Context()); err != nil {
		t.Fatal(err)
	}
	return time.Since(start)
}

// record is what the capture handler keeps of a slog record.
type record struct {
	Level slog.Level
	Msg   string
	Attrs map[string]any
}

// capture is a slog.Handler that keeps every record at or above its level.
type capture struct {
	level slog.Level
	mu    sync.Mutex
	recs  []record
}

func (c *capture) Enabled(_ context.Context, l slog.Level) bool { return l >= c.level }

func (c *capture) Handle(_ context.Context, r slog.Record) error {
	rec := record{Level: r.Level, Msg: r.Message, Attrs: map[string]any{}}
	r.Attrs(func(a slog.Attr) bool {
		rec.Attrs[a.Key] = a.Value.Any()
		return true
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	c.recs = append(c.recs, rec)
	return nil
}

func (c *capture) WithAttrs([]slog.Attr) slog.Handler { return c }

func (c *capture) WithGroup(string) slog.Handler { return c }

// records returns a copy of the records kept so far.
func (c *capture) records() []record {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]record(nil), c.recs...)
}
