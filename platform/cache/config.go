package cache

import "time"

// Config sets the keys, sizes and lifetimes of the caches of one Bus. A zero
// field takes the default named in its comment, except Jitter, where zero
// means no jitter.
type Config struct {
	// Namespace prefixes every Redis key and the invalidation channel
	// (default "shop"). Instances that share a cache share a namespace.
	Namespace string
	// L1MaxEntries bounds the entries of each Tiered's L1 (default 10,000).
	L1MaxEntries int
	// L1TTL is the lifetime of an L1 entry (default 1m).
	L1TTL time.Duration
	// L2TTL is the lifetime of an L2 entry (default 10m).
	L2TTL time.Duration
	// NegativeTTL is the lifetime of a cached not-found (default 30s); in L1
	// it is at most L1TTL.
	NegativeTTL time.Duration
	// Jitter randomises each TTL by ±Jitter of itself (0.1 is ±10%), so that
	// entries written together do not expire together. It is clamped to [0, 1].
	Jitter float64
	// LoadTimeout bounds one load, which no single caller can cancel
	// (default 10s).
	LoadTimeout time.Duration
	// RedisTimeout bounds each Redis operation of a Get or an Invalidate
	// (default 1s).
	RedisTimeout time.Duration
}

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if c.Namespace == "" {
		c.Namespace = "shop"
	}
	if c.L1MaxEntries <= 0 {
		c.L1MaxEntries = 10_000
	}
	c.L1TTL = orDefault(c.L1TTL, time.Minute)
	c.L2TTL = orDefault(c.L2TTL, 10*time.Minute)
	c.NegativeTTL = orDefault(c.NegativeTTL, 30*time.Second)
	c.LoadTimeout = orDefault(c.LoadTimeout, 10*time.Second)
	c.RedisTimeout = orDefault(c.RedisTimeout, time.Second)
	c.Jitter = min(max(c.Jitter, 0), 1)
	return c
}

// tagTTL is how long a tag set lives after its latest write: at least as long
// as any member it can hold, so that no live key loses its tag.
func (c Config) tagTTL() time.Duration {
	longest := max(c.L2TTL, c.NegativeTTL)
	return time.Duration(float64(longest)*(1+c.Jitter)) + time.Minute
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// jitter returns d randomised by ±frac of itself: a value in
// [d·(1−frac), d·(1+frac)], never below a millisecond (Redis' resolution).
// rnd returns a number in [0, 1), as math/rand/v2's Float64 does.
func jitter(d time.Duration, frac float64, rnd func() float64) time.Duration {
	if d <= 0 || frac <= 0 {
		return d
	}
	frac = min(frac, 1)
	j := time.Duration(float64(d) * (1 + frac*(2*rnd()-1)))
	return max(j, time.Millisecond)
}
