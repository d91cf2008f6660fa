package cache

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"time"

	"github.com/redis/go-redis/v9"
)

// Bounds of the wait between two subscription attempts.
const (
	minBackoff = 100 * time.Millisecond
	maxBackoff = 10 * time.Second
)

// Run receives the invalidations of other instances and applies them to the
// L1 of this process' caches, until ctx is done; then it returns nil. When
// Redis is unreachable it retries with capped exponential backoff, logging at
// most one line per ten seconds. Each time it (re)subscribes it drops the whole
// L1, since invalidations may have been missed.
func (b *Bus) Run(ctx context.Context) error {
	backoff := minBackoff
	for {
		subscribed, err := b.subscribe(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if subscribed {
			backoff = minBackoff
		}
		wait := jitter(backoff, 0.2, rand.Float64)
		b.runLog.error(ctx, "cache: invalidation channel lost, resubscribing", err,
			slog.String("channel", b.channel), slog.Duration("retry_in", wait))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// subscribe subscribes to the channel and applies its messages until the
// connection fails or ctx is done. It reports whether the subscription was
// established.
func (b *Bus) subscribe(ctx context.Context) (bool, error) {
	ps := b.rdb.Subscribe(ctx, b.channel)
	defer ps.Close()
	// A blocked read ignores ctx; closing the connection ends it.
	stop := context.AfterFunc(ctx, func() { _ = ps.Close() })
	defer stop()

	msg, err := ps.ReceiveTimeout(ctx, b.cfg.RedisTimeout)
	if err != nil {
		return false, fmt.Errorf("subscribe: %w", err)
	}
	if _, ok := msg.(*redis.Subscription); !ok {
		return false, fmt.Errorf("subscribe: unexpected reply %T", msg)
	}
	b.apply(originResync, nil)
	b.resyncs.Add(1)
	b.subscribed.Store(true)
	defer b.subscribed.Store(false)
	return true, b.receive(ctx, ps)
}

// receive applies the messages of ps until its connection fails. When ps is
// idle for healthInterval it pings, and gives up if the ping goes unanswered
// for another interval.
func (b *Bus) receive(ctx context.Context, ps *redis.PubSub) error {
	pinged := false
	for {
		msg, err := ps.ReceiveTimeout(ctx, b.healthInterval)
		if err != nil {
			if !isTimeout(err) {
				return fmt.Errorf("receive: %w", err)
			}
			if pinged {
				return errors.New("receive: no answer to ping")
			}
			if err := ps.Ping(ctx); err != nil {
				return fmt.Errorf("ping: %w", err)
			}
			pinged = true
			continue
		}
		pinged = false
		if m, ok := msg.(*redis.Message); ok {
			b.received(ctx, m.Payload)
		}
	}
}

// received applies an invalidation published by another instance, then
// deletes the L2 entries of its tags again: a fill of this instance may have
// stored a stale value after the publisher purged L2 but before this message
// arrived (see the package doc).
func (b *Bus) received(ctx context.Context, payload string) {
	var m message
	if err := json.Unmarshal([]byte(payload), &m); err != nil || len(m.Tags) == 0 {
		b.runLog.error(ctx, "cache: unreadable invalidation, dropping all of L1",
			fmt.Errorf("payload %q: %v", payload, err))
		b.apply(originResync, nil)
		return
	}
	if m.Origin == b.id {
		return
	}
	b.apply(originRemote, m.Tags)
	ctx, cancel := context.WithTimeout(ctx, b.cfg.RedisTimeout)
	defer cancel()
	if err := b.purgeL2(ctx, m.Tags, ""); err != nil {
		b.runLog.error(ctx, "cache: purging L2 after a remote invalidation", err)
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
