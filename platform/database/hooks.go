package database

import (
	"errors"
	"log/slog"
	"time"

	"gorm.io/gorm"
)

// instrumentation is the gorm plugin that times, counts and slow-logs every
// statement gorm runs.
type instrumentation struct {
	metrics   *metrics
	slow      *SlowQueryLog
	threshold time.Duration
	logger    *slog.Logger
}

// startKey keys a statement's start time in its Settings.
type startKey struct{ stmt *gorm.Statement }

// Name implements gorm.Plugin.
func (*instrumentation) Name() string { return "shop:instrumentation" }

// Initialize implements gorm.Plugin: it wraps the callback of each operation
// that sends a statement (gorm:create, gorm:query, ...) in a before and an
// after hook, so nested statements (preloads, associations) are timed one by
// one and transaction begin/commit are not timed.
func (in *instrumentation) Initialize(db *gorm.DB) error {
	cb := db.Callback()
	type registerFunc func(name string, fn func(*gorm.DB)) error
	hooks := []struct {
		op            string
		before, after registerFunc
	}{
		{"create", cb.Create().Before("gorm:create").Register, cb.Create().After("gorm:create").Register},
		{"query", cb.Query().Before("gorm:query").Register, cb.Query().After("gorm:query").Register},
		{"update", cb.Update().Before("gorm:update").Register, cb.Update().After("gorm:update").Register},
		{"delete", cb.Delete().Before("gorm:delete").Register, cb.Delete().After("gorm:delete").Register},
		{"row", cb.Row().Before("gorm:row").Register, cb.Row().After("gorm:row").Register},
		{"raw", cb.Raw().Before("gorm:raw").Register, cb.Raw().After("gorm:raw").Register},
	}
	for _, h := range hooks {
		if err := h.before("shop:before_"+h.op, in.before); err != nil {
			return err
		}
		if err := h.after("shop:after_"+h.op, in.after(h.op)); err != nil {
			return err
		}
	}
	return nil
}

// before notes the start time of a statement that will be sent: one whose
// chain carries an error already is skipped by gorm, and not counted.
func (*instrumentation) before(db *gorm.DB) {
	if db.Error == nil {
		db.Statement.Settings.Store(startKey{db.Statement}, time.Now())
	}
}

func (in *instrumentation) after(op string) func(*gorm.DB) {
	return func(db *gorm.DB) {
		v, ok := db.Statement.Settings.LoadAndDelete(startKey{db.Statement})
		if !ok || db.DryRun || db.Statement.SQL.Len() == 0 {
			return // the statement was never sent
		}
		in.observe(db, op, time.Since(v.(time.Time)))
	}
}

func (in *instrumentation) observe(db *gorm.DB, op string, d time.Duration) {
	ctx := db.Statement.Context
	result := "ok"
	if db.Error != nil && !errors.Is(db.Error, gorm.ErrRecordNotFound) {
		result = "error"
	}
	in.metrics.queries.WithLabelValues(op, result).Inc()
	in.metrics.duration.WithLabelValues(op).Observe(d.Seconds())
	countQuery(ctx)

	if in.threshold <= 0 || d < in.threshold {
		return
	}
	sql := db.Statement.SQL.String()
	fp := in.slow.record(sql, d, time.Now())
	in.logger.WarnContext(ctx, "slow query",
		slog.String("op", op),
		slog.Duration("duration", d),
		slog.String("fingerprint", fp))
}
