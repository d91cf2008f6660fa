// Package cache is the read cache of the shop: a tiered cache with an
// in-process L1 (otter, bounded by entry count, per-entry TTL) in front of a
// shared L2 in Redis, invalidated by tag across every instance.
//
// A module wraps its reads with a [Tiered] cache, one per kind of result:
//
//	pages := cache.NewTiered[ProductPage](bus, "product-page")
//	page, _, err := pages.Get(ctx, id, func(ctx context.Context) (ProductPage, []string, error) {
//		p, err := store.ProductPage(ctx, id)
//		return p, []string{"product:" + id, "brand:" + p.BrandID}, err
//	})
//
// and, after a write, drops what depended on it through the [Bus]:
//
//	err := bus.Invalidate(ctx, "product:"+id)
//
// # Reads
//
// [Tiered.Get] looks in L1, then in L2 (a JSON document under
// <namespace>:<name>:<key> with a TTL), then calls the loader. Concurrent
// misses of one key in one process share one L2 read and one load
// (singleflight); the load runs on a context that keeps the first caller's
// values but not its cancellation, bounded by Config.LoadTimeout, so one
// caller giving up does not fail the others. A loader error of kind
// fault.NotFound is cached as a tombstone for Config.NegativeTTL; any other
// error is returned as is and not cached. Values are shared between callers:
// treat them as immutable.
//
// Every TTL is randomised by ±Config.Jitter so that entries written together
// do not expire together.
//
// # Invalidation
//
// The loader returns the tags its result depends on ("product:42"). A stored
// result is recorded in the Redis set <namespace>:tag:<tag> of each of its tags,
// in the same MULTI as the value, and its L1 entry remembers the tags.
// [Bus.Invalidate] drops the L1 entries of this process carrying any of the
// tags, then, in one Lua script (atomic, one round trip), deletes the L2 keys of
// the tag sets and the sets and publishes the tags on <namespace>:invalidate,
// so every other instance drops its own L1 entries. The script uses keys it
// does not declare: it needs a standalone (or Sentinel) Redis, not Cluster.
//
// # Stale writes
//
// A load that started before an invalidation must not store its result after
// it. The Bus keeps an epoch, bumped by every invalidation it applies (local,
// received, or a resync); a fill notes the epoch before it reads L2 and stores
// nothing if the epoch has moved. For L1 the check and the write happen under
// a lock that invalidations take, so there is no gap. For L2 the write is
// checked again after it lands, and deleted if an invalidation came in
// between.
//
// What remains: an invalidation from another instance is known here only when
// its message arrives. A load that read the database before that instance's
// write and stores after its L2 delete but before its message arrives stores a
// stale value. The message then drops it from L1, and the receiving instance
// deletes the tags' L2 keys again to remove it from L2; but a third instance
// that read the stale L2 value in that short window, after its own copy of the
// message, keeps it in L1. Messages lost while an instance was disconnected
// are covered by a resync: on every (re)subscription the instance drops its
// whole L1. Each of these leftovers lives at most one TTL (L1TTL or L2TTL,
// plus jitter), which is the bound on staleness.
//
// # Redis outages
//
// When Redis is unreachable, Get serves from L1 and the loader and never
// returns a Redis error: it counts the failure in
// shop_cache_l2_errors_total, logs at most one line per cache every ten
// seconds, and leaves L2 alone for a second (a breaker shared by the caches of
// the Bus) so that each miss of an outage does not wait for Redis. An
// Invalidate that fails drops the local L1 entries only: L2 and the other
// instances keep theirs until their TTL, or until Invalidate is retried.
// [Bus.Run] resubscribes with capped exponential backoff; [Bus.Subscribed]
// tells whether invalidations from other instances are being received, for
// readiness checks.
package cache
