package cache

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand/v2"

	"github.com/redis/go-redis/v9"
)

// readL2 returns the L2 entry of key, or false on a miss, any failure, which
// it counts and logs, or while the breaker is open.
func (t *Tiered[V]) readL2(ctx context.Context, key string) (*entry[V], bool) {
	if !t.bus.l2.allow() {
		t.count.missL2()
		return nil, false
	}
	ctx, cancel := context.WithTimeout(ctx, t.bus.cfg.RedisTimeout)
	defer cancel()
	raw, err := t.bus.rdb.Get(ctx, t.prefix+key).Bytes()
	if err != nil {
		if !errors.Is(err, redis.Nil) {
			t.redisFailed(ctx, "read", key, err)
		}
		t.count.missL2()
		return nil, false
	}
	var e entry[V]
	if err := json.Unmarshal(raw, &e); err != nil {
		t.l2Failed(ctx, "decode", key, err)
		t.count.missL2()
		return nil, false
	}
	t.count.hitL2()
	return &e, true
}

// writeL2 stores e under key with a jittered TTL and adds key to the set of
// each of its tags, in one MULTI. If an invalidation came in while it wrote,
// it deletes the key again: the invalidation may have purged L2 before the
// write landed. It writes nothing while the breaker is open.
func (t *Tiered[V]) writeL2(ctx context.Context, epoch uint64, key string, e *entry[V]) {
	if !t.bus.l2.allow() {
		return
	}
	raw, err := json.Marshal(e)
	if err != nil {
		t.l2Failed(ctx, "encode", key, err)
		return
	}
	cfg := t.bus.cfg
	ttl := cfg.L2TTL
	if e.Missing != nil {
		ttl = cfg.NegativeTTL
	}
	ttl = jitter(ttl, cfg.Jitter, rand.Float64)

	ctx, cancel := context.WithTimeout(ctx, cfg.RedisTimeout)
	defer cancel()
	rkey := t.prefix + key
	_, err = t.bus.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, rkey, raw, ttl)
		for _, tag := range e.Tags {
			p.SAdd(ctx, t.bus.tagKey(tag), rkey)
			p.Expire(ctx, t.bus.tagKey(tag), cfg.tagTTL())
		}
		return nil
	})
	if err != nil {
		t.redisFailed(ctx, "write", key, err)
		return
	}
	if t.bus.epoch.Load() != epoch {
		if err := t.bus.rdb.Del(ctx, rkey).Err(); err != nil {
			t.redisFailed(ctx, "delete", key, err)
		}
	}
}

// redisFailed is l2Failed for a failed Redis command: it also opens the
// breaker if Redis seems unreachable.
func (t *Tiered[V]) redisFailed(ctx context.Context, op, key string, err error) {
	t.bus.l2.failed(err)
	t.l2Failed(ctx, op, key, err)
}

// l2Failed counts a failed L2 operation and logs it, at most once per
// errorLogInterval for this cache.
func (t *Tiered[V]) l2Failed(ctx context.Context, op, key string, err error) {
	t.count.errorL2()
	t.l2Log.error(ctx, "cache: L2 failed, going on without it", err,
		slog.String("cache", t.name), slog.String("op", op), slog.String("key", key))
}
