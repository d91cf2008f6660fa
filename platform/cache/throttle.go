package cache

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// errorLogInterval is the least time between two log lines of one throttle.
const errorLogInterval = 10 * time.Second

// throttledLog logs an error at most once per interval and counts the ones it
// left out, so that an outage is one line every few seconds, not one per
// request.
type throttledLog struct {
	logger     *slog.Logger
	interval   time.Duration
	next       atomic.Int64 // unix nanoseconds before which nothing is logged
	suppressed atomic.Int64
}

func newThrottledLog(logger *slog.Logger, interval time.Duration) *throttledLog {
	return &throttledLog{logger: logger, interval: interval}
}

// error logs msg with err and attrs at warning level unless a line was logged
// less than an interval ago.
func (l *throttledLog) error(ctx context.Context, msg string, err error, attrs ...slog.Attr) {
	now := time.Now().UnixNano()
	next := l.next.Load()
	if now < next || !l.next.CompareAndSwap(next, now+int64(l.interval)) {
		l.suppressed.Add(1)
		return
	}
	attrs = append(attrs,
		slog.String("error", err.Error()),
		slog.Int64("suppressed", l.suppressed.Swap(0)),
	)
	l.logger.LogAttrs(ctx, slog.LevelWarn, msg, attrs...)
}
