package database_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"shop/platform/database"
)

// slowCfg records every statement taking 10ms or more.
var slowCfg = database.Config{SlowQueryThreshold: 10 * time.Millisecond}

func TestSlowQueryLogRecordsSlowStatements(t *testing.T) {
	t.Parallel()
	db := openDB(t, slowCfg, nil)
	ctx := t.Context()

	for _, q := range []struct {
		sql  string
		args []any
	}{
		{"SELECT pg_sleep(0.05)", nil},
		{"SELECT pg_sleep(?) WHERE 1 IN ?", []any{0.02, []int{1, 2, 3}}},
		{"SELECT pg_sleep(?) WHERE 1 IN ?", []any{0.03, []int{1, 2}}},
		{"SELECT   pg_sleep(0.02)  WHERE 1 IN (1, 2, 3, 4)", nil},
	} {
		if err := db.WithContext(ctx).Exec(q.sql, q.args...).Error; err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}

	got := db.SlowQueries().Snapshot()
	want := []database.SlowQuery{
		{Fingerprint: "SELECT pg_sleep(?)", Calls: 1},
		{Fingerprint: "SELECT pg_sleep(?) WHERE ? IN (...)", Calls: 3},
	}
	opts := cmp.Options{
		cmpopts.IgnoreFields(database.SlowQuery{}, "Total", "Max", "Sample", "FirstSeen", "LastSeen"),
		cmpopts.SortSlices(func(a, b database.SlowQuery) bool { return a.Fingerprint < b.Fingerprint }),
	}
	if diff := cmp.Diff(want, got, opts); diff != "" {
		t.Errorf("Snapshot() mismatch (-want +got):\n%s", diff)
	}
	for _, q := range got {
		if q.Total < q.Max || q.Max <= 0 || !strings.Contains(q.Sample, "pg_sleep") || q.LastSeen.Before(q.FirstSeen) {
			t.Errorf("inconsistent aggregate %+v", q)
		}
	}
}

func TestSlowQueryLogOffWithoutThreshold(t *testing.T) {
	t.Parallel()
	db := openDB(t, database.Config{}, nil)
	if err := db.WithContext(t.Context()).Exec("SELECT pg_sleep(0.02)").Error; err != nil {
		t.Fatal(err)
	}
	if got := db.SlowQueries().Snapshot(); len(got) != 0 {
		t.Errorf("Snapshot() = %v, want empty", got)
	}
}

// slowRow is one row of slow_queries, the columns a test can predict.
type slowRow struct {
	Fingerprint string
	Calls       int64
}

func readSlowQueries(t *testing.T, ctx context.Context, db *database.DB) []slowRow {
	t.Helper()
	rows, err := db.SQL().QueryContext(ctx, `
		SELECT fingerprint, calls FROM slow_queries
		WHERE total_ms >= max_ms AND max_ms > 0 AND sample <> '' AND last_seen >= first_seen
		ORDER BY fingerprint`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []slowRow
	for rows.Next() {
		var r slowRow
		if err := rows.Scan(&r.Fingerprint, &r.Calls); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSlowQueryLogFlush(t *testing.T) {
	t.Parallel()
	db := openDB(t, slowCfg, nil)
	ctx := t.Context()
	sleep := func(sql string) {
		t.Helper()
		if err := db.WithContext(ctx).Exec(sql).Error; err != nil {
			t.Fatal(err)
		}
	}
	flush := func() {
		t.Helper()
		if err := db.SlowQueries().Flush(ctx, db); err != nil {
			t.Fatalf("Flush: %v", err)
		}
		if got := db.SlowQueries().Snapshot(); len(got) != 0 {
			t.Errorf("Snapshot() after Flush = %v, want empty", got)
		}
	}

	sleep("SELECT pg_sleep(0.02)")
	sleep("SELECT pg_sleep(0.03)")
	flush()
	want := []slowRow{{"SELECT pg_sleep(?)", 2}}
	if diff := cmp.Diff(want, readSlowQueries(t, ctx, db)); diff != "" {
		t.Errorf("after first Flush (-want +got):\n%s", diff)
	}

	sleep("SELECT pg_sleep(0.02)")
	sleep("SELECT pg_sleep(0.02), 'x'")
	flush()
	flush() // nothing to add
	want = []slowRow{{"SELECT pg_sleep(?)", 3}, {"SELECT pg_sleep(?), ?", 1}}
	if diff := cmp.Diff(want, readSlowQueries(t, ctx, db)); diff != "" {
		t.Errorf("after second Flush (-want +got):\n%s", diff)
	}
}

func TestSlowQueryLogFlushFailureKeepsAggregates(t *testing.T) {
	t.Parallel()
	db := openDB(t, slowCfg, nil)
	ctx := t.Context()
	if err := func() error { _, err := db.SQL().ExecContext(ctx, "DROP TABLE slow_queries"); return err }(); err != nil {
		t.Fatal(err)
	}
	if err := db.WithContext(ctx).Exec("SELECT pg_sleep(0.02)").Error; err != nil {
		t.Fatal(err)
	}

	if err := db.SlowQueries().Flush(ctx, db); err == nil {
		t.Fatal("Flush without the table succeeded")
	}
	if got := db.SlowQueries().Snapshot(); len(got) != 1 || got[0].Calls != 1 {
		t.Errorf("Snapshot() after failed Flush = %+v, want the one aggregate kept", got)
	}
}

func TestSlowQueryLogRunFlusher(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		every time.Duration
		wait  bool // wait for a periodic flush before stopping
	}{
		{"periodic", 10 * time.Millisecond, true},
		{"final flush on stop", time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := openDB(t, slowCfg, nil)
			ctx, cancel := context.WithCancel(t.Context())
			done := make(chan struct{})
			go func() {
				defer close(done)
				db.SlowQueries().RunFlusher(ctx, db, tt.every)
			}()

			if err := db.WithContext(ctx).Exec("SELECT pg_sleep(0.02)").Error; err != nil {
				t.Fatal(err)
			}
			for tt.wait && len(readSlowQueries(t, t.Context(), db)) == 0 {
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
			<-done

			want := []slowRow{{"SELECT pg_sleep(?)", 1}}
			if diff := cmp.Diff(want, readSlowQueries(t, t.Context(), db)); diff != "" {
				t.Errorf("slow_queries (-want +got):\n%s", diff)
			}
		})
	}
}
