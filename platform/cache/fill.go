package cache

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"time"
)

// filled is the result of one fill, shared by the Gets that waited for it.
type filled[V any] struct {
	value   V
	outcome Outcome
}

// fill fills L1 for key from L2 or, failing that, from load, on behalf of
// every Get of key waiting in the singleflight group. It runs on a context
// that no caller can cancel, bounded by LoadTimeout, and stores nothing if an
// invalidation came in since it began.
func (t *Tiered[V]) fill(ctx context.Context, key string, load Loader[V]) (filled[V], error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), t.bus.cfg.LoadTimeout)
	defer cancel()
	epoch := t.bus.epoch.Load()

	if e, ok := t.readL2(ctx, key); ok {
		e.ttl = t.l1TTL(e)
		t.storeL1(epoch, key, e)
		v, err := e.result()
		return filled[V]{value: v, outcome: HitL2}, err
	}

	v, tags, err := callLoader(ctx, load)
	t.count.loaded()
	e := &entry[V]{Value: v, Tags: tags}
	if err != nil {
		ts, ok := tombstone[V](err, tags)
		if !ok {
			return filled[V]{outcome: Miss}, err
		}
		e = ts
	}
	e.ttl = t.l1TTL(e)
	if t.storeL1(epoch, key, e) {
		t.writeL2(ctx, epoch, key, e)
	}
	return filled[V]{value: e.Value, outcome: Miss}, err
}

// storeL1 stores e under key unless the epoch moved past epoch, and reports
// whether it did. Holding the Bus's read lock makes the check and the write
// one step for invalidations.
func (t *Tiered[V]) storeL1(epoch uint64, key string, e *entry[V]) bool {
	t.bus.mu.RLock()
	defer t.bus.mu.RUnlock()
	if t.bus.epoch.Load() != epoch {
		return false
	}
	t.l1.Set(key, e)
	return true
}

// l1TTL is the jittered L1 lifetime of e.
func (t *Tiered[V]) l1TTL(e *entry[V]) time.Duration {
	cfg := t.bus.cfg
	d := cfg.L1TTL
	if e.Missing != nil {
		d = min(d, cfg.NegativeTTL)
	}
	return jitter(d, cfg.Jitter, rand.Float64)
}

// callLoader calls load, turning a panic into an error: in a singleflight
// DoChan a panic could not be recovered by any caller and would end the
// process.
func callLoader[V any](ctx context.Context, load Loader[V]) (v V, tags []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cache: loader panicked: %v\n%s", r, debug.Stack())
		}
	}()
	return load(ctx)
}
