package database

import (
	"cmp"
	"container/list"
	"log/slog"
	"slices"
	"sync"
	"time"
	"unicode/utf8"
)

const (
	// defaultSlowQueryCapacity bounds the fingerprints a SlowQueryLog keeps.
	defaultSlowQueryCapacity = 1000
	// maxSampleLen bounds the sample SQL kept per fingerprint, in bytes.
	maxSampleLen = 2048
)

// SlowQuery aggregates the slow executions of one statement shape.
type SlowQuery struct {
	// Fingerprint is the statement with literals, parameters and IN-lists
	// collapsed and whitespace normalised.
	Fingerprint string
	// Calls is the number of slow executions.
	Calls int64
	// Total is the summed duration of those executions.
	Total time.Duration
	// Max is the longest of them.
	Max time.Duration
	// Sample is the SQL (with $n placeholders, not values) of the slowest
	// execution, truncated to about 2KB.
	Sample string
	// FirstSeen and LastSeen bound when the executions ended.
	FirstSeen, LastSeen time.Time
}

// SlowQueryLog aggregates slow statements in memory by fingerprint. It keeps
// at most a fixed number of fingerprints, dropping the least recently seen.
// It is safe for concurrent use.
type SlowQueryLog struct {
	logger   *slog.Logger
	capacity int

	mu      sync.Mutex
	entries map[string]*list.Element // values are *SlowQuery
	order   *list.List               // most recently seen first
}

func newSlowQueryLog(capacity int, logger *slog.Logger) *SlowQueryLog {
	return &SlowQueryLog{
		logger:   logger,
		capacity: capacity,
		entries:  make(map[string]*list.Element),
		order:    list.New(),
	}
}

// record adds one execution of sql that took d and ended at now, and returns
// its fingerprint.
func (l *SlowQueryLog) record(sql string, d time.Duration, now time.Time) string {
	fp := fingerprint(sql)
	l.merge(SlowQuery{
		Fingerprint: fp, Calls: 1, Total: d, Max: d,
		Sample: truncate(sql, maxSampleLen), FirstSeen: now, LastSeen: now,
	})
	return fp
}

// merge adds q to the aggregate of its fingerprint.
func (l *SlowQueryLog) merge(q SlowQuery) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if el, ok := l.entries[q.Fingerprint]; ok {
		combine(el.Value.(*SlowQuery), q)
		if !q.LastSeen.Before(el.Value.(*SlowQuery).LastSeen) {
			l.order.MoveToFront(el)
		}
		return
	}
	l.entries[q.Fingerprint] = l.order.PushFront(&q)
	for l.order.Len() > l.capacity {
		oldest := l.order.Back()
		l.order.Remove(oldest)
		delete(l.entries, oldest.Value.(*SlowQuery).Fingerprint)
	}
}

// combine adds q into agg.
func combine(agg *SlowQuery, q SlowQuery) {
	agg.Calls += q.Calls
	agg.Total += q.Total
	if q.Max > agg.Max {
		agg.Max = q.Max
		agg.Sample = q.Sample
	}
	if q.FirstSeen.Before(agg.FirstSeen) {
		agg.FirstSeen = q.FirstSeen
	}
	if q.LastSeen.After(agg.LastSeen) {
		agg.LastSeen = q.LastSeen
	}
}

// Snapshot returns a copy of the aggregates, the largest total duration first.
func (l *SlowQueryLog) Snapshot() []SlowQuery {
	l.mu.Lock()
	out := make([]SlowQuery, 0, len(l.entries))
	for el := l.order.Front(); el != nil; el = el.Next() {
		out = append(out, *el.Value.(*SlowQuery))
	}
	l.mu.Unlock()
	slices.SortFunc(out, func(a, b SlowQuery) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return out
}

// drain returns the aggregates and empties the log.
func (l *SlowQueryLog) drain() []SlowQuery {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]SlowQuery, 0, len(l.entries))
	for el := l.order.Front(); el != nil; el = el.Next() {
		out = append(out, *el.Value.(*SlowQuery))
	}
	l.entries = make(map[string]*list.Element)
	l.order.Init()
	return out
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
