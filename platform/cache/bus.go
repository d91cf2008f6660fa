package cache

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
)

// Origins of an invalidation, the label of shop_cache_invalidations_total.
const (
	originLocal  = "local"  // Bus.Invalidate in this process
	originRemote = "remote" // a message from another instance
	originResync = "resync" // (re)subscribed: messages may have been missed
)

// Bus connects the caches of one process to the invalidation channel shared by
// every instance, and holds what they share: the Redis client, the Config, the
// logger and metrics, and the invalidation epoch.
type Bus struct {
	rdb     *redis.Client
	cfg     Config
	logger  *slog.Logger
	metrics *Metrics
	id      string // marks this bus's messages, which it ignores on receipt
	channel string
	purge   *redis.Script

	// mu is held for writing while an invalidation bumps epoch and drops L1
	// entries, and for reading while a fill checks epoch and writes L1, so
	// that no fill that began before an invalidation stores after it.
	mu     sync.RWMutex
	epoch  atomic.Uint64
	caches map[string]l1 // by name; guarded by mu

	l2 breaker // shared by the caches: they share one Redis

	subscribed     atomic.Bool
	resyncs        atomic.Uint64
	healthInterval time.Duration // idle time after which Run pings Redis
	runLog         *throttledLog
	invalidations  map[string]prometheus.Counter // by origin
}

// l1 is what the Bus needs of a Tiered cache: dropping L1 entries.
type l1 interface {
	dropTagged(tags map[string]struct{})
	dropAll()
}

// message is an invalidation as published on the channel.
type message struct {
	Origin string   `json:"o"`
	Tags   []string `json:"t"`
}

// NewBus returns a Bus for the caches of this process. rdb is the shared
// go-redis client; logger and m may be nil. Call Run to receive the
// invalidations of other instances.
func NewBus(rdb *redis.Client, cfg Config, logger *slog.Logger, m *Metrics) *Bus {
	cfg = cfg.withDefaults()
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	b := &Bus{
		rdb:            rdb,
		cfg:            cfg,
		logger:         logger,
		metrics:        m,
		id:             rand.Text(),
		channel:        cfg.Namespace + ":invalidate",
		purge:          redis.NewScript(purgeScript),
		caches:         make(map[string]l1),
		l2:             breaker{cooldown: l2Cooldown},
		healthInterval: 15 * time.Second,
		runLog:         newThrottledLog(logger, errorLogInterval),
		invalidations:  make(map[string]prometheus.Counter),
	}
	for _, o := range []string{originLocal, originRemote, originResync} {
		b.invalidations[o] = m.invalidations.WithLabelValues(o)
	}
	return b
}

// Subscribed reports whether Run is subscribed to the invalidation channel,
// that is whether invalidations of other instances reach this one. It is false
// while Redis is unreachable.
func (b *Bus) Subscribed() bool { return b.subscribed.Load() }

// Invalidate drops every entry carrying any of tags: from the L1 of every cache
// of this bus, from L2, and, through the channel, from the L1 of every other
// instance. If Redis fails, the local L1 entries are dropped all the same and
// the error is returned; the caller logs it. L2 and the other instances then
// keep their entries until their TTL; calling Invalidate again is safe.
func (b *Bus) Invalidate(ctx context.Context, tags ...string) error {
	if len(tags) == 0 {
		return nil
	}
	b.apply(originLocal, tags)
	payload, err := json.Marshal(message{Origin: b.id, Tags: tags})
	if err != nil {
		return fmt.Errorf("cache: invalidate %s: %w", strings.Join(tags, " "), err)
	}
	ctx, cancel := context.WithTimeout(ctx, b.cfg.RedisTimeout)
	defer cancel()
	if err := b.purgeL2(ctx, tags, string(payload)); err != nil {
		return fmt.Errorf("cache: invalidate %s: %w", strings.Join(tags, " "), err)
	}
	return nil
}

// apply bumps the epoch and drops the L1 entries carrying any of tags, or all
// of them when tags is nil.
func (b *Bus) apply(origin string, tags []string) {
	set := make(map[string]struct{}, len(tags))
	for _, t := range tags {
		set[t] = struct{}{}
	}
	b.mu.Lock()
	b.epoch.Add(1)
	for _, c := range b.caches {
		if tags == nil {
			c.dropAll()
		} else {
			c.dropTagged(set)
		}
	}
	b.mu.Unlock()
	b.invalidations[origin].Inc()
}

// register adds c to the caches that invalidations reach. It panics if name is
// unfit for a Redis key or already taken: both are wiring mistakes.
func (b *Bus) register(name string, c l1) {
	if name == "" || name == "tag" || strings.Contains(name, ":") {
		panic(fmt.Sprintf("cache: invalid cache name %q: want a non-empty name without ':', other than \"tag\"", name))
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.caches[name]; ok {
		panic(fmt.Sprintf("cache: two caches named %q on one bus", name))
	}
	b.caches[name] = c
}

// tagKey is the Redis set of the L2 keys that carry tag.
func (b *Bus) tagKey(tag string) string { return b.cfg.Namespace + ":tag:" + tag }
