package cache

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
)

func TestL2IsShared(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tb := setup(t)
	a := NewTiered[product](tb.instance(t), "product-page")
	b := NewTiered[product](tb.instance(t), "product-page")
	src := &source{value: product{ID: 7, Name: "sofa", Price: 99900}, tags: []string{"product:7"}}

	var gots []got
	for _, c := range []*Tiered[product]{a, b, b} {
		v, o, err := c.Get(ctx, "7", src.load)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		gots = append(gots, got{v, o})
	}
	want := []got{{src.value, Miss}, {src.value, HitL2}, {src.value, HitL1}}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("Gets of A, B, B (-want +got):\n%s", diff)
	}
	if n := src.calls.Load(); n != 1 {
		t.Errorf("loads = %d, want 1", n)
	}
}

func TestInvalidateReachesOtherInstances(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tb := setup(t)
	busA := tb.instance(t)
	a := NewTiered[product](busA, "product-page")
	b := NewTiered[product](tb.instance(t), "product-page")
	src := &source{value: product{ID: 8, Price: 100}, tags: []string{"product:8", "brand:1"}}
	other := &source{value: product{ID: 9}, tags: []string{"product:9"}}

	for _, c := range []*Tiered[product]{a, b} {
		for _, s := range []*source{src, other} {
			if _, _, err := c.Get(ctx, fmt.Sprint(s.value.ID), s.load); err != nil {
				t.Fatalf("Get: %v", err)
			}
		}
	}
	updated := product{ID: 8, Price: 80}
	src.set(updated, nil)
	if err := busA.Invalidate(ctx, "brand:1"); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}

	// A drops its own entry at once.
	if v, _, err := a.Get(ctx, "8", src.load); err != nil || v != updated {
		t.Errorf("A.Get after Invalidate = %v, %v; want %v", v, err, updated)
	}
	// B serves its L1 entry until the message arrives, then the new value.
	var last got
	waitFor(t, "B to drop its entry", func() bool {
		v, o, err := b.Get(ctx, "8", src.load)
		if err != nil {
			t.Fatalf("B.Get: %v", err)
		}
		last = got{v, o}
		return o != HitL1
	})
	if diff := cmp.Diff(updated, last.Value); diff != "" {
		t.Errorf("B.Get after the message (-want +got):\n%s", diff)
	}
	// Entries without the tag stay.
	if _, o, _ := b.Get(ctx, "9", other.load); o != HitL1 {
		t.Errorf("B.Get of an untouched entry: outcome %v, want %v", o, HitL1)
	}
}

func TestRaceGuard(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		remote bool // invalidated by another instance, not the loading one
	}{
		{name: "local invalidation"},
		{name: "remote invalidation", remote: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			tb := setup(t)
			bus := tb.instance(t)
			invalidator := bus
			if tt.remote {
				invalidator = tb.instance(t)
			}
			c := NewTiered[product](bus, "product-page")
			src := &source{
				value:   product{ID: 10, Price: 500},
				tags:    []string{"product:10"},
				entered: make(chan struct{}, 2),
				release: make(chan struct{}),
			}

			res := make(chan got, 1)
			go func() {
				v, o, err := c.Get(ctx, "10", src.load)
				if err != nil {
					t.Errorf("Get: %v", err)
				}
				res <- got{v, o}
			}()
			<-src.entered
			epoch := bus.epoch.Load()
			if err := invalidator.Invalidate(ctx, "product:10"); err != nil {
				t.Fatalf("Invalidate: %v", err)
			}
			waitFor(t, "the invalidation to reach the loading bus", func() bool {
				return bus.epoch.Load() != epoch
			})
			close(src.release)

			if diff := cmp.Diff(got{src.value, Miss}, <-res); diff != "" {
				t.Errorf("Get (-want +got):\n%s", diff)
			}
			n, err := tb.rdb.Exists(ctx, tb.cfg.Namespace+":product-page:10").Result()
			if err != nil || n != 0 {
				t.Errorf("L2 key exists = %d, %v; want 0", n, err)
			}
			if _, o, _ := c.Get(ctx, "10", src.load); o != Miss {
				t.Errorf("Get after the raced load: outcome %v, want %v", o, Miss)
			}
		})
	}
}

func TestRedisDown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	t.Cleanup(func() { _ = rdb.Close() })
	bus := startBus(t, NewBus(rdb, Config{Namespace: "test-down"}, nil, nil), false)
	c := NewTiered[product](bus, "product-page")
	src := &source{value: product{ID: 11}, tags: []string{"product:11"}}

	var gots []got
	for range 2 {
		v, o, err := c.Get(ctx, "11", src.load)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		gots = append(gots, got{v, o})
	}
	if diff := cmp.Diff([]got{{src.value, Miss}, {src.value, HitL1}}, gots); diff != "" {
		t.Errorf("Gets (-want +got):\n%s", diff)
	}
	if s := c.Stats(); s.L2Errors == 0 {
		t.Errorf("Stats().L2Errors = 0, want > 0")
	}

	if err := bus.Invalidate(ctx, "product:11"); err == nil {
		t.Errorf("Invalidate error = nil, want the Redis error")
	}
	if _, o, err := c.Get(ctx, "11", src.load); err != nil || o != Miss {
		t.Errorf("Get after Invalidate = %v, %v; want %v, nil (L1 dropped all the same)", o, err, Miss)
	}
	if bus.Subscribed() {
		t.Errorf("Subscribed() = true with Redis down")
	}
}

func TestRunResubscribesAndResyncs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tb := setup(t)
	busA := tb.instance(t)
	busB := tb.instance(t)
	b := NewTiered[product](busB, "product-page")
	src := &source{value: product{ID: 12}, tags: []string{"product:12"}}
	if _, _, err := b.Get(ctx, "12", src.load); err != nil {
		t.Fatalf("Get: %v", err)
	}

	killPubSub(t, tb)
	waitFor(t, "B to resubscribe", func() bool { return busB.resyncs.Load() >= 2 && busB.Subscribed() })

	// The resync dropped B's L1: the entry comes back from L2.
	if _, o, _ := b.Get(ctx, "12", src.load); o != HitL2 {
		t.Errorf("Get after resync: outcome %v, want %v", o, HitL2)
	}
	// And invalidations reach B again.
	if err := busA.Invalidate(ctx, "product:12"); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	waitFor(t, "B to drop its entry", func() bool {
		_, ok := b.l1.GetIfPresent("12")
		return !ok
	})
}

// killPubSub kills the bundle's subscribed Redis connections (of every bus of
// the test: they share its client name).
func killPubSub(t *testing.T, tb *testBundle) {
	t.Helper()
	ctx := context.Background()
	list, err := tb.rdb.ClientList(ctx).Result()
	if err != nil {
		t.Fatalf("CLIENT LIST: %v", err)
	}
	killed := 0
	for line := range strings.Lines(list) {
		f := fields(line)
		if f["name"] != tb.cfg.Namespace || f["sub"] == "0" {
			continue
		}
		if err := tb.rdb.ClientKillByFilter(ctx, "ID", f["id"]).Err(); err != nil {
			t.Fatalf("CLIENT KILL ID %s: %v", f["id"], err)
		}
		killed++
	}
	if killed == 0 {
		t.Fatalf("no subscribed connection named %s", tb.cfg.Namespace)
	}
}

// fields parses a CLIENT LIST line: "id=3 addr=… name=… sub=1 …".
func fields(line string) map[string]string {
	m := make(map[string]string)
	for _, kv := range strings.Fields(line) {
		k, v, _ := strings.Cut(kv, "=")
		m[k] = v
	}
	return m
}

func TestNewMetricsRegistersOnce(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewPedanticRegistry()
	m := NewMetrics(reg)
	if again := NewMetrics(reg); again.requests != m.requests {
		t.Errorf("a second NewMetrics on one registry made new counters")
	}
	tb := setup(t)
	c := NewTiered[product](NewBus(tb.rdb, tb.cfg, nil, m), "listing")
	src := &source{value: product{ID: 13}}
	if _, _, err := c.Get(context.Background(), "13", src.load); err != nil {
		t.Fatalf("Get: %v", err)
	}

	families, err := reg.Gather()
	if err != nil {
		t.Fatalf("Gather: %v", err)
	}
	var names []string
	for _, f := range families {
		names = append(names, f.GetName())
	}
	want := []string{"shop_cache_invalidations_total", "shop_cache_l2_errors_total", "shop_cache_loads_total", "shop_cache_requests_total"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("metric families (-want +got):\n%s", diff)
	}
}
