package database

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the migration files at the root of an fs.FS.
func migrations() fs.FS {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		panic(err) // the directory is embedded; fs.Sub cannot fail
	}
	return sub
}

// MigrationsDigest returns a short hex digest of the embedded migrations'
// names and contents. Two builds with the same digest create the same schema.
func MigrationsDigest() string {
	h := sha256.New()
	fsys := migrations()
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		fmt.Fprintf(h, "%s\x00%d\x00%s", name, len(b), b)
		return err
	})
	if err != nil {
		panic(err) // reading an embed.FS cannot fail
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Migrate creates the database named in url if it does not exist and applies
// the pending embedded migrations. A session advisory lock serialises
// instances migrating the same database at once; the later ones find
// nothing to do.
func Migrate(ctx context.Context, url string, logger *slog.Logger) error {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return fmt.Errorf("migrate: parse url: %w", err)
	}
	if err := ensureDatabase(ctx, cfg, logger); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return withProvider(cfg, func(p *goose.Provider) error {
		results, err := p.Up(ctx)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		for _, r := range results {
			logger.InfoContext(ctx, "migration applied",
				slog.Int64("version", r.Source.Version),
				slog.String("file", path.Base(r.Source.Path)),
				slog.Duration("duration", r.Duration))
		}
		if len(results) == 0 {
			version, err := p.GetDBVersion(ctx)
			if err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
			logger.InfoContext(ctx, "database schema up to date", slog.Int64("version", version))
		}
		return nil
	})
}

// MigrationStatus writes a table of the embedded migrations to w: version,
// file name, and when each was applied or "pending".
func MigrationStatus(ctx context.Context, url string, w io.Writer) error {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return fmt.Errorf("migration status: parse url: %w", err)
	}
	return withProvider(cfg, func(p *goose.Provider) error {
		statuses, err := p.Status(ctx)
		if err != nil {
			return fmt.Errorf("migration status: %w", err)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "VERSION\tNAME\tAPPLIED AT")
		for _, s := range statuses {
			applied := string(goose.StatePending)
			if s.State == goose.StateApplied {
				applied = s.AppliedAt.UTC().Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\n", s.Source.Version, path.Base(s.Source.Path), applied)
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("migration status: %w", err)
		}
		return nil
	})
}

// withProvider runs fn with a goose provider over the embedded migrations and
// a connection pool to cfg's database, closed afterwards.
func withProvider(cfg *pgx.ConnConfig, fn func(*goose.Provider) error) error {
	// Poll for the lock every second, for up to ten minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 600))
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	sqlDB := stdlib.OpenDB(*cfg)
	p, err := goose.NewProvider(goose.DialectPostgres, sqlDB, migrations(),
		goose.WithSessionLocker(locker),
		goose.WithDisableGlobalRegistry(true))
	if err != nil {
		_ = sqlDB.Close()
		return fmt.Errorf("migration provider: %w", err)
	}
	err = fn(p)
	if cerr := p.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close migration connection: %w", cerr)
	}
	return err
}
