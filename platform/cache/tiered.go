package cache

import (
	"context"
	"time"

	"github.com/maypok86/otter/v2"
	"golang.org/x/sync/singleflight"
)

// Loader reads a value from its source of truth and reports the tags it
// depends on ("product:42"). An error of kind fault.NotFound is cached, with
// the tags; any other error is not.
type Loader[V any] func(ctx context.Context) (V, []string, error)

// Tiered is a read-through cache of values of type V: L1 in process, L2 in
// Redis, invalidated by tag through its Bus. It is safe for concurrent use.
type Tiered[V any] struct {
	bus    *Bus
	name   string
	prefix string // of its L2 keys: "<namespace>:<name>:"
	l1     *otter.Cache[string, *entry[V]]
	group  singleflight.Group
	count  *counters
	l2Log  *throttledLog
}

// NewTiered returns the cache called name on bus. The name tells caches apart
// in Redis keys and metrics ("product-page", "listing"); it must be unique on
// the bus, not empty, without ':' and not "tag", or NewTiered panics.
func NewTiered[V any](bus *Bus, name string) *Tiered[V] {
	t := &Tiered[V]{
		bus:    bus,
		name:   name,
		prefix: bus.cfg.Namespace + ":" + name + ":",
		l1: otter.Must(&otter.Options[string, *entry[V]]{
			MaximumSize: bus.cfg.L1MaxEntries,
			ExpiryCalculator: otter.ExpiryWritingFunc(func(e otter.Entry[string, *entry[V]]) time.Duration {
				return e.Value.ttl
			}),
		}),
		count: newCounters(bus.metrics, name),
		l2Log: newThrottledLog(bus.logger, errorLogInterval),
	}
	bus.register(name, t)
	return t
}

// Get returns the value of key: from L1, else from L2, else from load, whose
// result it stores in both. Concurrent misses of one key share one load, which
// the cancellation of ctx does not stop: ctx only stops this caller's wait. A
// cached not-found returns an error that matches the loader's sentinel with
// errors.Is. Get never returns a Redis error: without Redis it works from L1
// and the loader.
func (t *Tiered[V]) Get(ctx context.Context, key string, load Loader[V]) (V, Outcome, error) {
	if e, ok := t.l1.GetIfPresent(key); ok {
		t.count.hitL1()
		v, err := e.result()
		return v, HitL1, err
	}
	t.count.missL1()
	var zero V
	if err := ctx.Err(); err != nil {
		return zero, Miss, err
	}

	ch := t.group.DoChan(key, func() (any, error) { return t.fill(ctx, key, load) })
	select {
	case <-ctx.Done():
		return zero, Miss, ctx.Err()
	case r := <-ch:
		f, _ := r.Val.(filled[V])
		return f.value, f.outcome, r.Err
	}
}

// Stats returns the counts of this cache since it was created.
func (t *Tiered[V]) Stats() Stats { return t.count.stats() }

// dropTagged drops the L1 entries that carry any of tags. The Bus calls it
// with its lock held, so no fill writes L1 meanwhile.
func (t *Tiered[V]) dropTagged(tags map[string]struct{}) {
	for k, e := range t.l1.All() {
		if e.hasAny(tags) {
			t.l1.Invalidate(k)
		}
	}
}

// dropAll empties L1.
func (t *Tiered[V]) dropAll() { t.l1.InvalidateAll() }
