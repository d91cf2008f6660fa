// Package dbtest gives each test its own freshly migrated Postgres database.
//
// The first call in a test process builds a template database holding the
// schema of the embedded migrations (or reuses the one an earlier or
// concurrent process built for the same migrations); every test then gets a
// cheap copy of it, dropped when the test ends. The server is taken from
// $SHOP_TEST_DATABASE_URL, by default the local Postgres.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"shop/platform/database"
)

// EnvURL names the environment variable holding the URL of the test server's
// maintenance database.
const EnvURL = "SHOP_TEST_DATABASE_URL"

const defaultURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// cleanupTimeout bounds dropping a test database.
const cleanupTimeout = 30 * time.Second

// New returns a connection pool to a new, fully migrated database that only
// this test uses. The pool is closed and the database dropped when the test
// and its subtests finish.
func New(t testing.TB) *database.DB {
	t.Helper()
	db, err := database.Open(t.Context(), database.Config{
		URL:              NewURL(t),
		MaxOpenConns:     8,
		MaxIdleConns:     2,
		ConnMaxIdleTime:  time.Minute,
		StatementTimeout: time.Minute,
	}, nil, nil)
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("dbtest: %v", err)
		}
	})
	return db
}

// NewURL creates a new, fully migrated database that only this test uses and
// returns its URL, for tests that open their own connections. The database is
// dropped (with any connections left to it) when the test and its subtests
// finish.
func NewURL(t testing.TB) string {
	t.Helper()
	base := serverURL()
	tmpl, err := template(base)
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	name := "shop_test_" + randomHex(8)
	t.Cleanup(func() { drop(t, base, name) })
	if err := exec(t.Context(), base, "CREATE DATABASE "+ident(name)+" TEMPLATE "+ident(tmpl)); err != nil {
		t.Fatalf("dbtest: create database: %v", err)
	}
	return withDatabase(base, name)
}

func drop(t testing.TB, base, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), cleanupTimeout)
	defer cancel()
	if err := exec(ctx, base, "DROP DATABASE IF EXISTS "+ident(name)+" WITH (FORCE)"); err != nil {
		t.Errorf("dbtest: drop database: %v", err)
	}
}

// serverURL returns the URL of the test server's maintenance database.
func serverURL() string {
	if u := os.Getenv(EnvURL); u != "" {
		return u
	}
	return defaultURL
}

// withDatabase returns base with its database name replaced by name.
func withDatabase(base, name string) string {
	u, err := url.Parse(base)
	if err != nil {
		panic(err) // base was already parsed by pgx when the template was built
	}
	u.Path = "/" + name
	return u.String()
}

// exec runs one statement on a new connection to the database at rawURL.
func exec(ctx context.Context, rawURL, sql string) error {
	conn, err := pgx.Connect(ctx, rawURL)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}

func ident(name string) string { return pgx.Identifier{name}.Sanitize() }

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}
