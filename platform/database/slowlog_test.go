package database

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSlowQueryLogAggregates(t *testing.T) {
	t.Parallel()
	l := newSlowQueryLog(10, slog.New(slog.DiscardHandler))
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

	l.record("SELECT * FROM a WHERE id = $1", 20*time.Millisecond, t0)
	l.record("SELECT * FROM b WHERE id IN ($1,$2)", 100*time.Millisecond, t0.Add(time.Second))
	l.record("SELECT  * FROM a WHERE id = $2", 50*time.Millisecond, t0.Add(2*time.Second))
	l.record("SELECT * FROM a WHERE id = $3", 40*time.Millisecond, t0.Add(3*time.Second))

	want := []SlowQuery{
		{
			Fingerprint: "SELECT * FROM a WHERE id = ?", Calls: 3,
			Total: 110 * time.Millisecond, Max: 50 * time.Millisecond,
			Sample:    "SELECT  * FROM a WHERE id = $2",
			FirstSeen: t0, LastSeen: t0.Add(3 * time.Second),
		},
		{
			Fingerprint: "SELECT * FROM b WHERE id IN (...)", Calls: 1,
			Total: 100 * time.Millisecond, Max: 100 * time.Millisecond,
			Sample:    "SELECT * FROM b WHERE id IN ($1,$2)",
			FirstSeen: t0.Add(time.Second), LastSeen: t0.Add(time.Second),
		},
	}
	if diff := cmp.Diff(want, l.Snapshot()); diff != "" {
		t.Errorf("Snapshot() mismatch (-want +got):\n%s", diff)
	}
}

func TestSlowQueryLogEvictsLeastRecentlySeen(t *testing.T) {
	t.Parallel()
	l := newSlowQueryLog(2, slog.New(slog.DiscardHandler))
	t0 := time.Now()

	l.record("SELECT 1 FROM a", time.Second, t0)
	l.record("SELECT 1 FROM b", time.Second, t0)
	l.record("SELECT 2 FROM a", time.Second, t0) // a is now the most recent
	l.record("SELECT 1 FROM c", time.Second, t0) // evicts b

	var got []string
	for _, q := range l.Snapshot() {
		got = append(got, q.Fingerprint)
	}
	want := []string{"SELECT ? FROM a", "SELECT ? FROM c"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fingerprints mismatch (-want +got):\n%s", diff)
	}
}

func TestSlowQueryLogTruncatesSample(t *testing.T) {
	t.Parallel()
	l := newSlowQueryLog(10, slog.New(slog.DiscardHandler))
	long := "SELECT '" + strings.Repeat("é", 2*maxSampleLen) + "'"

	l.record(long, time.Second, time.Now())

	got := l.Snapshot()[0].Sample
	if len(got) > maxSampleLen || !strings.HasPrefix(long, got) || !strings.HasSuffix(got, "é") {
		t.Errorf("Sample is %d bytes, want a prefix of at most %d ending on a whole rune", len(got), maxSampleLen)
	}
}

func TestSlowQueryLogDrainEmpties(t *testing.T) {
	t.Parallel()
	l := newSlowQueryLog(10, slog.New(slog.DiscardHandler))
	l.record("SELECT 1", time.Second, time.Now())

	if got := len(l.drain()); got != 1 {
		t.Errorf("drain() returned %d aggregates, want 1", got)
	}
	if got := l.Snapshot(); len(got) != 0 {
		t.Errorf("Snapshot() after drain = %v, want empty", got)
	}
}
