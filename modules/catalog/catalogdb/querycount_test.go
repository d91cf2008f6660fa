package catalogdb_test

import (
	"context"
	"log/slog"
	"testing"

	"shop/modules/catalog"
	"shop/modules/catalog/catalogdb"
	"shop/modules/catalog/catalogseed"
	"shop/platform/database"
	"shop/platform/database/dbtest"
)

// seededStore returns a Store over a fresh database seeded with n products.
func seededStore(t *testing.T, n int) (*catalogdb.Store, *database.DB) {
	t.Helper()
	url := dbtest.NewURL(t)
	if _, err := catalogseed.Run(t.Context(), url, catalogseed.Options{Products: n, Seed: 3}); err != nil {
		t.Fatalf("seed: %v", err)
	}
	db, err := database.Open(t.Context(), database.Config{URL: url, MaxOpenConns: 8}, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return catalogdb.New(db), db
}

// countQueries runs fn and returns how many statements it sent to Postgres.
func countQueries(t *testing.T, fn func(ctx context.Context) error) int64 {
	t.Helper()
	ctx, counter := database.WithQueryCounter(t.Context())
	if err := fn(ctx); err != nil {
		t.Fatal(err)
	}
	return counter.Load()
}

func TestListingQueryCounts(t *testing.T) {
	t.Parallel()
	store, _ := seededStore(t, 200)
	readers := map[string]catalog.Reader{
		"baseline": catalog.NewSequential(store),
		"parallel": catalog.NewParallel(store),
	}
	// The baseline makes one query for the page and four per product; the
	// optimized reader one for the page and one per lookup, whatever the size.
	tests := []struct {
		reader string
		limit  int
		want   int64
	}{
		{"baseline", 24, 1 + 4*24},
		{"baseline", 12, 1 + 4*12},
		{"parallel", 24, 5},
		{"parallel", 12, 5},
		{"parallel", 100, 5},
	}
	for _, tt := range tests {
		got := countQueries(t, func(ctx context.Context) error {
			list, _, err := readers[tt.reader].ListProducts(ctx, catalog.ListQuery{Limit: tt.limit})
			if err == nil && len(list.Items) != tt.limit {
				t.Errorf("%s: %d items, want %d", tt.reader, len(list.Items), tt.limit)
			}
			return err
		})
		if got != tt.want {
			t.Errorf("%s listing of %d: %d queries, want %d", tt.reader, tt.limit, got, tt.want)
		}
	}
}

func TestProductPageQueryCounts(t *testing.T) {
	t.Parallel()
	store, db := seededStore(t, 50)
	var slug string
	if err := db.Raw(`SELECT slug FROM products WHERE status = 'active' ORDER BY id LIMIT 1`).Scan(&slug).Error; err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]catalog.Reader{"baseline": catalog.NewSequential(store), "parallel": catalog.NewParallel(store)} {
		got := countQueries(t, func(ctx context.Context) error {
			_, _, err := r.ProductPage(ctx, slug)
			return err
		})
		if got != 5 {
			t.Errorf("%s product page: %d queries, want 5", name, got)
		}
	}
}
