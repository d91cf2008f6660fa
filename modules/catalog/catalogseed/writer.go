package catalogseed

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// writer loads batches over its own connection, which holds the session's
// staging table.
type writer struct {
	conn *pgx.Conn
	ids  refs
	// reserveVariants and reserveReviews take $1 ids from the tables'
	// sequences, so that rows can be copied with their ids (inventory needs
	// the variants' ids) and ids do not depend on which writer got there
	// first.
	reserveVariants string
	reserveReviews  string
}

// createStaging makes the session's staging table for products. It empties
// itself at every commit, so each batch starts clean.
const createStaging = `CREATE TEMP TABLE IF NOT EXISTS catalogseed_products (
	idx int NOT NULL,
	slug text NOT NULL,
	name text NOT NULL,
	description text NOT NULL,
	brand_id bigint NOT NULL,
	category_id bigint NOT NULL,
	status text NOT NULL,
	images jsonb NOT NULL,
	created_at timestamptz NOT NULL
) ON COMMIT DELETE ROWS`

// newWriter connects to the database and prepares the session. The work_mem
// lets a batch's staged products be sorted in memory.
func newWriter(ctx context.Context, databaseURL string) (*writer, error) {
	conn, err := pgx.Connect(ctx, databaseURL)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	w := &writer{conn: conn}
	if err := w.prepareSession(ctx); err != nil {
		w.close(ctx)
		return nil, err
	}
	return w, nil
}

func (w *writer) prepareSession(ctx context.Context) error {
	if _, err := w.conn.Exec(ctx, "SET work_mem = '64MB'"); err != nil {
		return fmt.Errorf("set work_mem: %w", err)
	}
	if _, err := w.conn.Exec(ctx, createStaging); err != nil {
		return fmt.Errorf("create staging table: %w", err)
	}
	var variants, reviews string
	err := w.conn.QueryRow(ctx, `SELECT pg_get_serial_sequence('variants', 'id'),
		pg_get_serial_sequence('reviews', 'id')`).Scan(&variants, &reviews)
	if err != nil {
		return fmt.Errorf("find sequences: %w", err)
	}
	w.reserveVariants, w.reserveReviews = reserveSQL(variants), reserveSQL(reviews)
	return nil
}

// reserveSQL is a query that takes $1 values from the sequence. The name is
// a literal so that Postgres resolves it once, not once per row.
func reserveSQL(sequence string) string {
	literal := "'" + strings.ReplaceAll(sequence, "'", "''") + "'"
	return "SELECT nextval(" + literal + "::regclass) FROM generate_series(1, $1::int)"
}

// close ends the session; it runs even when ctx is done.
func (w *writer) close(ctx context.Context) {
	_ = w.conn.Close(context.WithoutCancel(ctx))
}

// reserve takes n ids from a sequence with the query made by reserveSQL.
func reserve(ctx context.Context, tx pgx.Tx, query string, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, query, n)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
}
