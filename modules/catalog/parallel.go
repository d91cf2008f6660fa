package catalog

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// Parallel is the optimized Reader without a cache: the product page's five
// reads run at once (errgroup) and the listing's lookups are batched, one IN
// query each for the whole page, also at once. The number of queries does
// not grow with the page size.
type Parallel struct {
	store Store
}

var _ Reader = (*Parallel)(nil)

// NewParallel returns the fan-out, batching reader over store.
func NewParallel(store Store) *Parallel { return &Parallel{store: store} }

// ProductPage makes the five product page reads at once.
func (r *Parallel) ProductPage(ctx context.Context, slug string) (ProductPage, CacheStatus, error) {
	var p pageParts
	if err := runAtOnce(ctx, p.reads(r.store, slug)); err != nil {
		return ProductPage{}, NotCached, fmt.Errorf("catalog.Parallel.ProductPage: %w", err)
	}
	return p.page(), NotCached, nil
}

// ListProducts reads the page, then the brands, prices, stock and ratings of
// all its products with one batched query each, at once.
func (r *Parallel) ListProducts(ctx context.Context, q ListQuery) (ProductList, CacheStatus, error) {
	items, next, err := listPage(ctx, r.store, q)
	if err != nil {
		return ProductList{}, NotCached, fmt.Errorf("catalog.Parallel.ListProducts: %w", err)
	}
	if len(items) > 0 {
		l := newListingLookups()
		ids, brandIDs := productIDs(items)
		if err := runAtOnce(ctx, l.reads(r.store, ids, brandIDs)); err != nil {
			return ProductList{}, NotCached, fmt.Errorf("catalog.Parallel.ListProducts: %w", err)
		}
		l.fill(items)
	}
	return ProductList{Items: items, NextAfterID: next}, NotCached, nil
}

// runAtOnce runs reads concurrently; the first error cancels the others.
func runAtOnce(ctx context.Context, reads []read) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, r := range reads {
		g.Go(func() error { return r(ctx) })
	}
	return g.Wait()
}
