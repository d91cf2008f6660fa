package database_test

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"shop/platform/database"
	"shop/platform/database/dbtest"
)

// serverURL is the test server's maintenance database.
func serverURL() string {
	return cmp.Or(os.Getenv(dbtest.EnvURL), "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
}

// freshURL returns the URL of a database that does not exist yet, and drops
// it, if something created it, when the test ends.
func freshURL(t *testing.T) string {
	t.Helper()
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	name := "shop_test_fresh_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		mustExec(t, ctx, serverURL(), "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	})
	u, err := url.Parse(serverURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func mustExec(t testing.TB, ctx context.Context, rawURL, sql string) {
	t.Helper()
	conn, err := pgx.Connect(ctx, rawURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// openDB opens a pool to a new migrated database with cfg (its URL is set
// here) and closes it when the test ends.
func openDB(t *testing.T, cfg database.Config, logger *slog.Logger) *database.DB {
	t.Helper()
	cfg.URL = dbtest.NewURL(t)
	db, err := database.Open(t.Context(), cfg, logger, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// recorder is a slog.Handler keeping the messages logged.
type recorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *recorder) WithGroup(string) slog.Handler            { return r }

func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, rec.Message)
	return nil
}

// take returns the messages logged since the last take.
func (r *recorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	msgs := r.msgs
	r.msgs = nil
	return msgs
}
