package netdelay

import (
	"bytes"
	"context"
	"crypto/rand"
	"testing"
	"time"
)

// The timing tests check lower bounds only: a loaded machine may make any
// round trip slower, never faster than the delay.

func TestRedisPingTakesAtLeastTheDelay(t *testing.T) {
	t.Parallel()
	const delay = 5 * time.Millisecond
	rdb := newRedis(t, startProxy(t, redisAddr, delay, discard()).Addr())
	got := timed(t, func(ctx context.Context) error { return rdb.Ping(ctx).Err() })
	if got < delay {
		t.Errorf("PING through a %v proxy took %v", delay, got)
	}
}

func TestRedisSequentialPingsEachTakeTheDelay(t *testing.T) {
	t.Parallel()
	const delay, pings = 5 * time.Millisecond, 10
	rdb := newRedis(t, startProxy(t, redisAddr, delay, discard()).Addr())
	got := timed(t, func(ctx context.Context) error {
		for range pings {
			if err := rdb.Ping(ctx).Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if got < pings*delay {
		t.Errorf("%d sequential PINGs through a %v proxy took %v, want at least %v", pings, delay, got, pings*delay)
	}
}

func TestRedisLargeValueArrivesIntact(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t, startProxy(t, redisAddr, time.Millisecond, discard()).Addr())
	key := "netdelay-test:" + rand.Text()
	want := make([]byte, 1<<20)
	_, _ = rand.Read(want)
	if err := rdb.Set(t.Context(), key, want, time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdb.Del(context.Background(), key) })
	got, err := rdb.Get(t.Context(), key).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("GET returned %d bytes that differ from the %d SET", len(got), len(want))
	}
}

func TestRedisPassThroughWithZeroDelay(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t, startProxy(t, redisAddr, 0, discard()).Addr())
	if got, err := rdb.Echo(t.Context(), "hello").Result(); err != nil || got != "hello" {
		t.Errorf("ECHO hello through a pass-through proxy = %q, %v", got, err)
	}
}
