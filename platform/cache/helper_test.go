package cache

import (
	"context"
	"crypto/rand"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"shop/platform/fault"
)

const redisAddr = "127.0.0.1:6379"

var errProductNotFound = fault.New(fault.NotFound, "product not found")

// product is the value type of the test caches.
type product struct {
	ID    int
	Name  string
	Price int64
}

// testBundle is what a test shares between its instances: one Redis and a
// namespace of its own.
type testBundle struct {
	rdb *redis.Client
	cfg Config
}

// setup connects to the test Redis and gives the test a fresh namespace whose
// keys it deletes at the end.
func setup(t *testing.T) *testBundle {
	t.Helper()
	name := "test-" + rand.Text()
	rdb := redis.NewClient(&redis.Options{Addr: redisAddr, ClientName: name})
	t.Cleanup(func() { _ = rdb.Close() })
	ctx := context.Background()
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("these tests need Redis at %s: %v", redisAddr, err)
	}
	cfg := Config{
		Namespace:    name,
		L1MaxEntries: 1000,
		L1TTL:        time.Minute,
		L2TTL:        time.Minute,
		NegativeTTL:  time.Minute,
		Jitter:       0.1,
	}
	t.Cleanup(func() {
		keys, err := rdb.Keys(ctx, name+":*").Result()
		if err == nil && len(keys) > 0 {
			rdb.Del(ctx, keys...)
		}
	})
	return &testBundle{rdb: rdb, cfg: cfg}
}

// instance starts a Bus on the bundle's Redis, as another process would, and
// waits until it is subscribed. It stops the bus when the test ends.
func (tb *testBundle) instance(t *testing.T) *Bus {
	t.Helper()
	return startBus(t, NewBus(tb.rdb, tb.cfg, nil, nil), true)
}

// startBus runs b until the test ends and, if wait, waits for its subscription
// (and so its initial resync) before returning.
func startBus(t *testing.T, b *Bus, wait bool) *Bus {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	})
	if wait {
		waitFor(t, "subscription", b.Subscribed)
	}
	return b
}

// waitFor polls cond until it holds, failing the test after a deadline.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// source is a loader's source of truth: it counts its loads and can hold them
// until released.
type source struct {
	mu    sync.Mutex
	value product
	tags  []string
	err   error
	calls atomic.Int64

	entered chan struct{} // if not nil, receives once per load as it starts
	release chan struct{} // if not nil, each load waits for it to close
}

func (s *source) set(v product, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.value, s.err = v, err
}

func (s *source) load(ctx context.Context) (product, []string, error) {
	s.calls.Add(1)
	if s.entered != nil {
		s.entered <- struct{}{}
	}
	if s.release != nil {
		<-s.release
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value, s.tags, s.err
}
