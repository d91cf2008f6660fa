package database_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"shop/platform/database"
	"shop/platform/database/dbtest"
)

// migrationFiles lists the migration files in version order.
func migrationFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestMigrateCreatesDatabaseAndIsIdempotent(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	url := freshURL(t)
	rec := &recorder{}
	logger := slog.New(rec)

	if err := database.Migrate(ctx, url, logger); err != nil {
		t.Fatalf("first Migrate: %v", err)
	}
	want := []string{"database created"}
	for range migrationFiles(t) {
		want = append(want, "migration applied")
	}
	if diff := cmp.Diff(want, rec.take()); diff != "" {
		t.Errorf("first Migrate logged (-want +got):\n%s", diff)
	}

	if err := database.Migrate(ctx, url, logger); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	if diff := cmp.Diff([]string{"database schema up to date"}, rec.take()); diff != "" {
		t.Errorf("second Migrate logged (-want +got):\n%s", diff)
	}
	assertMigrated(t, ctx, url)
}

func TestMigrateConcurrently(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	url := freshURL(t)

	const n = 3
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = database.Migrate(ctx, url, nil) })
	}
	wg.Wait()

	for i, err := range errs {
		if err != nil {
			t.Errorf("Migrate #%d: %v", i, err)
		}
	}
	assertMigrated(t, ctx, url)
}

// assertMigrated checks that every migration was applied exactly once.
func assertMigrated(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var applied int
	err = conn.QueryRow(ctx, "SELECT count(*) FROM goose_db_version WHERE version_id > 0 AND is_applied").Scan(&applied)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(migrationFiles(t)); applied != want {
		t.Errorf("goose_db_version holds %d applied migrations, want %d", applied, want)
	}
	var table *string
	if err := conn.QueryRow(ctx, "SELECT to_regclass('slow_queries')::text").Scan(&table); err != nil || table == nil {
		t.Errorf("slow_queries table missing (err %v)", err)
	}
}

func TestMigrationStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		url     func(t *testing.T) string
		applied bool
	}{
		{"migrated", func(t *testing.T) string { return dbtest.NewURL(t) }, true},
		{"empty", func(t *testing.T) string {
			url := freshURL(t)
			mustExec(t, t.Context(), serverURL(), "CREATE DATABASE "+pgx.Identifier{dbName(url)}.Sanitize())
			return url
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := database.MigrationStatus(t.Context(), tt.url(t), &buf); err != nil {
				t.Fatalf("MigrationStatus: %v", err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")

			want := [][]string{{"VERSION", "NAME", "APPLIED", "AT"}}
			for _, name := range migrationFiles(t) {
				version, _, _ := strings.Cut(name, "_")
				v, _ := strconv.Atoi(version)
				want = append(want, []string{strconv.Itoa(v), name, "pending"})
			}
			var got [][]string
			for _, line := range lines {
				fields := strings.Fields(line)
				if tt.applied && len(got) > 0 && len(fields) == 3 {
					if _, err := time.Parse(time.RFC3339, fields[2]); err != nil {
						t.Errorf("applied at %q: %v", fields[2], err)
					}
					fields[2] = "pending" // compared above
				}
				got = append(got, fields)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("MigrationStatus fields mismatch (-want +got):\n%s", diff)
			}
			col := strings.Index(lines[0], "APPLIED AT")
			for _, line := range lines[1:] {
				if len(line) < col || line[col-1] != ' ' || line[col] == ' ' {
					t.Errorf("line %q: third column not aligned at %d", line, col)
				}
			}
		})
	}
}

func dbName(url string) string {
	path, _, _ := strings.Cut(url[strings.LastIndex(url, "/")+1:], "?")
	return path
}
