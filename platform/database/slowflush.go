package database

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
)

// upsertSlowQueries adds a batch of aggregates to slow_queries. The batch is
// sorted by fingerprint so concurrent flushes from several instances lock rows
// in the same order.
const upsertSlowQueries = `
INSERT INTO slow_queries AS s (fingerprint, calls, total_ms, max_ms, sample, first_seen, last_seen)
SELECT * FROM unnest($1::text[], $2::bigint[], $3::double precision[], $4::double precision[],
                     $5::text[], $6::timestamptz[], $7::timestamptz[])
ON CONFLICT (fingerprint) DO UPDATE SET
    calls      = s.calls + EXCLUDED.calls,
    total_ms   = s.total_ms + EXCLUDED.total_ms,
    max_ms     = GREATEST(s.max_ms, EXCLUDED.max_ms),
    sample     = CASE WHEN EXCLUDED.max_ms > s.max_ms THEN EXCLUDED.sample ELSE s.sample END,
    first_seen = LEAST(s.first_seen, EXCLUDED.first_seen),
    last_seen  = GREATEST(s.last_seen, EXCLUDED.last_seen)`

// Flush adds the in-memory aggregates to the slow_queries table of db and
// empties the log. If the write fails the aggregates are put back, to be
// retried by the next Flush.
func (l *SlowQueryLog) Flush(ctx context.Context, db *DB) error {
	batch := l.drain()
	if len(batch) == 0 {
		return nil
	}
	slices.SortFunc(batch, func(a, b SlowQuery) int { return strings.Compare(a.Fingerprint, b.Fingerprint) })
	if _, err := db.SQL().ExecContext(ctx, upsertSlowQueries, columns(batch)...); err != nil {
		for _, q := range batch {
			l.merge(q)
		}
		return fmt.Errorf("flush slow queries: %w", err)
	}
	return nil
}

// columns turns batch into the seven column arrays of upsertSlowQueries.
func columns(batch []SlowQuery) []any {
	var (
		fps, samples        = make([]string, len(batch)), make([]string, len(batch))
		calls               = make([]int64, len(batch))
		totals, maxes       = make([]float64, len(batch)), make([]float64, len(batch))
		firstSeen, lastSeen = make([]time.Time, len(batch)), make([]time.Time, len(batch))
	)
	for i, q := range batch {
		fps[i], samples[i], calls[i] = q.Fingerprint, q.Sample, q.Calls
		totals[i], maxes[i] = millis(q.Total), millis(q.Max)
		firstSeen[i], lastSeen[i] = q.FirstSeen, q.LastSeen
	}
	return []any{fps, calls, totals, maxes, samples, firstSeen, lastSeen}
}

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// finalFlushTimeout bounds the flush RunFlusher makes after ctx is done.
const finalFlushTimeout = 5 * time.Second

// RunFlusher flushes the log to db every interval until ctx is done, then
// flushes once more. Failures are logged, not returned; the aggregates of a
// failed flush are kept for the next one.
func (l *SlowQueryLog) RunFlusher(ctx context.Context, db *DB, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			final, cancel := context.WithTimeout(context.WithoutCancel(ctx), finalFlushTimeout)
			l.flushAndLog(final, db)
			cancel()
			return
		case <-ticker.C:
			l.flushAndLog(ctx, db)
		}
	}
}

func (l *SlowQueryLog) flushAndLog(ctx context.Context, db *DB) {
	if err := l.Flush(ctx, db); err != nil {
		l.logger.WarnContext(ctx, "slow query flush failed", slog.Any("error", err))
	}
}
