package database

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// maintenanceDB is the database connected to for creating others.
const maintenanceDB = "postgres"

// Postgres error codes (SQLSTATE) this file handles.
const (
	codeInvalidCatalogName = "3D000" // the database does not exist
	codeDuplicateDatabase  = "42P04"
	codeUniqueViolation    = "23505" // pg_database's name index, in a create race
)

// ensureDatabase creates cfg's database if connecting to it fails because it
// does not exist. When several processes race to create it, the losers'
// errors are ignored.
func ensureDatabase(ctx context.Context, cfg *pgx.ConnConfig, logger *slog.Logger) error {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err == nil {
		return conn.Close(ctx)
	}
	if !hasCode(err, codeInvalidCatalogName) {
		return fmt.Errorf("connect: %w", err)
	}

	mcfg := cfg.Copy()
	mcfg.Database = maintenanceDB
	mconn, err := pgx.ConnectConfig(ctx, mcfg)
	if err != nil {
		return fmt.Errorf("connect to maintenance database: %w", err)
	}
	defer mconn.Close(context.WithoutCancel(ctx))

	_, err = mconn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{cfg.Database}.Sanitize())
	switch {
	case err == nil:
		logger.InfoContext(ctx, "database created", slog.String("database", cfg.Database))
		return nil
	case hasCode(err, codeDuplicateDatabase, codeUniqueViolation):
		return nil // another process created it first
	default:
		return fmt.Errorf("create database %s: %w", cfg.Database, err)
	}
}

// hasCode reports whether err is a Postgres error with one of codes.
func hasCode(err error, codes ...string) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	for _, c := range codes {
		if pgErr.Code == c {
			return true
		}
	}
	return false
}
