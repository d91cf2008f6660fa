package dbtest

import (
	"context"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"shop/platform/database"
)

// templateTimeout bounds waiting for and building the template.
const templateTimeout = 5 * time.Minute

// templates caches, per server URL, the name of the template database this
// process uses. It is the package's only state: test processes are the entry
// point here, and building the template once per process is the point.
var templates sync.Map // server URL → func() (string, error)

// template returns the name of the template database for the embedded
// migrations on the server at base, building it on first use.
func template(base string) (string, error) {
	once, _ := templates.LoadOrStore(base, sync.OnceValues(func() (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), templateTimeout)
		defer cancel()
		return buildTemplate(ctx, base)
	}))
	return once.(func() (string, error))()
}

// buildTemplate makes sure the server holds a migrated template database and
// returns its name. Test processes running at once serialise on an advisory
// lock; the template is built under a temporary name and renamed when
// complete, so a half-built one is never copied.
func buildTemplate(ctx context.Context, base string) (string, error) {
	name := "shop_tmpl_" + database.MigrationsDigest()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", fmt.Errorf("connect to %s: %w", base, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))

	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", lockKey()); err != nil {
		return "", fmt.Errorf("lock template: %w", err)
	}
	// Closing the connection releases the lock too; unlocking first lets the
	// next process in without waiting for the disconnect.
	defer func() {
		_, _ = conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey())
	}()

	var exists bool
	err = conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists)
	if err != nil || exists {
		return name, err
	}
	if err := migrateAs(ctx, conn, base, name); err != nil {
		return "", fmt.Errorf("build template %s: %w", name, err)
	}
	return name, nil
}

// migrateAs creates and migrates name+"_building", then renames it to name.
func migrateAs(ctx context.Context, conn *pgx.Conn, base, name string) error {
	building := name + "_building"
	// A process that died while building left this behind.
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+ident(building)+" WITH (FORCE)"); err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+ident(building)); err != nil {
		return err
	}
	if err := database.Migrate(ctx, withDatabase(base, building), nil); err != nil {
		return err
	}
	_, err := conn.Exec(ctx, "ALTER DATABASE "+ident(building)+" RENAME TO "+ident(name))
	return err
}

// lockKey is the advisory lock key guarding template builds.
func lockKey() int64 {
	h := fnv.New64a()
	h.Write([]byte("shop/platform/database/dbtest template"))
	return int64(h.Sum64())
}
