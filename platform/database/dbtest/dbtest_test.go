package dbtest_test

import (
	"cmp"
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"shop/platform/database"
	"shop/platform/database/dbtest"
)

func TestNewIsMigrated(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx := t.Context()

	var name string
	var version int64
	var slowQueries *string
	err := db.WithContext(ctx).Raw(`
		SELECT current_database(), max(version_id), to_regclass('slow_queries')::text
		FROM goose_db_version`).Row().Scan(&name, &version, &slowQueries)
	if err != nil {
		t.Fatalf("querying the schema: %v", err)
	}
	if slowQueries == nil {
		t.Error("slow_queries table missing")
	}
	if !strings.HasPrefix(name, "shop_test_") {
		t.Errorf("current_database() = %q, want a shop_test_ database", name)
	}
	if version < 2 {
		t.Errorf("goose version = %d, want at least 2", version)
	}
}

func TestNewIsolatesTests(t *testing.T) {
	t.Parallel()
	a, b := dbtest.New(t), dbtest.New(t)
	ctx := t.Context()

	if err := a.WithContext(ctx).Exec("CREATE TABLE only_in_a (id int)").Error; err != nil {
		t.Fatal(err)
	}
	var found *string
	if err := b.WithContext(ctx).Raw("SELECT to_regclass('only_in_a')::text").Scan(&found).Error; err != nil {
		t.Fatal(err)
	}
	if found != nil {
		t.Error("a table created in one test database is visible in another")
	}
}

func TestNewURLDropsDatabase(t *testing.T) {
	t.Parallel()
	var (
		mu    sync.Mutex
		names []string
		dbs   []*database.DB
	)
	// The group returns once its parallel subtests and their cleanups are done.
	t.Run("group", func(t *testing.T) {
		for _, sub := range []string{"a", "b"} {
			t.Run(sub, func(t *testing.T) {
				t.Parallel()
				url := dbtest.NewURL(t)
				db, err := database.Open(t.Context(), database.Config{URL: url}, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				// Left open on purpose: the drop must force it closed.
				_ = db.Ping(t.Context())
				mu.Lock()
				names = append(names, db.Migrator().CurrentDatabase())
				dbs = append(dbs, db)
				mu.Unlock()
			})
		}
	})

	for _, db := range dbs {
		_ = db.Close() // its connections were terminated by the drop
	}
	conn := maintenance(t)
	for _, name := range names {
		var exists bool
		err := conn.QueryRow(t.Context(), "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists)
		if err != nil {
			t.Fatal(err)
		}
		if exists {
			t.Errorf("database %s still exists after its test ended", name)
		}
	}
	if len(names) != 2 {
		t.Errorf("recorded %d database names, want 2", len(names))
	}
}

func TestTemplateIsComplete(t *testing.T) {
	t.Parallel()
	dbtest.NewURL(t) // builds the template if needed
	conn := maintenance(t)

	tmpl := "shop_tmpl_" + database.MigrationsDigest()
	rows, err := conn.Query(t.Context(), "SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname", tmpl+"%")
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != tmpl {
		t.Errorf("template databases = %v, want just %s", names, tmpl)
	}
}

func maintenance(t *testing.T) *pgx.Conn {
	t.Helper()
	url := cmp.Or(os.Getenv(dbtest.EnvURL), "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}
