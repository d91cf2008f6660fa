package cache

import (
	"errors"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// l2Cooldown is how long the caches of a Bus leave L2 alone after Redis failed
// to answer. Without it every L1 miss of an outage would wait for a failed
// read and a failed write (go-redis retries a refused dial for about 400ms).
const l2Cooldown = time.Second

// breaker skips L2 for a cooldown after a failure that says Redis is
// unreachable or too slow; the first operation after the cooldown tries again.
type breaker struct {
	cooldown  time.Duration
	openUntil atomic.Int64 // unix nanoseconds
}

// allow reports whether L2 should be tried now.
func (b *breaker) allow() bool { return time.Now().UnixNano() >= b.openUntil.Load() }

// failed opens the breaker if err is a failure to reach Redis, not a reply
// (such as WRONGTYPE) from a Redis that answers.
func (b *breaker) failed(err error) {
	var reply redis.Error
	if errors.As(err, &reply) {
		return
	}
	b.openUntil.Store(time.Now().Add(b.cooldown).UnixNano())
}
