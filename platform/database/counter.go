package database

import (
	"context"
	"sync/atomic"
)

// QueryCounter counts the statements gorm runs with a context derived from
// the one [WithQueryCounter] returned, across all goroutines sharing it.
type QueryCounter struct {
	n      atomic.Int64
	parent *QueryCounter
}

type counterKey struct{}

// WithQueryCounter returns a context carrying a new QueryCounter, and the
// counter. Every statement gorm runs with the context (or one derived from it)
// adds one: Create, Find, First, Update, Delete, Exec, Raw(...).Scan, Row and
// Rows each count once; preloads and association writes count their own
// statements. BEGIN and COMMIT are not counted.
//
// Counters nest: a statement counts in the innermost counter and in every
// counter of the contexts it was derived from.
func WithQueryCounter(ctx context.Context) (context.Context, *QueryCounter) {
	c := &QueryCounter{parent: counterFrom(ctx)}
	return context.WithValue(ctx, counterKey{}, c), c
}

// Load returns the number of statements counted so far.
func (c *QueryCounter) Load() int64 { return c.n.Load() }

func counterFrom(ctx context.Context) *QueryCounter {
	if ctx == nil {
		return nil
	}
	c, _ := ctx.Value(counterKey{}).(*QueryCounter)
	return c
}

// countQuery adds one to every counter carried by ctx.
func countQuery(ctx context.Context) {
	for c := counterFrom(ctx); c != nil; c = c.parent {
		c.n.Add(1)
	}
}
