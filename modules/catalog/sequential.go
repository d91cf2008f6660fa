package catalog

import (
	"context"
	"fmt"
)

// Sequential is the baseline Reader: one read after another and no cache.
// The product page makes its five reads in turn; the listing makes one query
// for the page and then four queries for each product on it (N+1).
type Sequential struct {
	store Store
}

var _ Reader = (*Sequential)(nil)

// NewSequential returns the baseline reader over store.
func NewSequential(store Store) *Sequential { return &Sequential{store: store} }

// ProductPage reads the product, its variants, stock, reviews and
// recommendations one after another.
func (r *Sequential) ProductPage(ctx context.Context, slug string) (ProductPage, CacheStatus, error) {
	var p pageParts
	if err := runInTurn(ctx, p.reads(r.store, slug)); err != nil {
		return ProductPage{}, NotCached, fmt.Errorf("catalog.Sequential.ProductPage: %w", err)
	}
	return p.page(), NotCached, nil
}

// ListProducts reads the page, then the brand, price, stock and rating of
// each product with its own query.
func (r *Sequential) ListProducts(ctx context.Context, q ListQuery) (ProductList, CacheStatus, error) {
	items, next, err := listPage(ctx, r.store, q)
	if err != nil {
		return ProductList{}, NotCached, fmt.Errorf("catalog.Sequential.ListProducts: %w", err)
	}
	l := newListingLookups()
	for _, it := range items {
		if err := runInTurn(ctx, l.reads(r.store, []int64{it.ID}, []int64{it.Brand.ID})); err != nil {
			return ProductList{}, NotCached, fmt.Errorf("catalog.Sequential.ListProducts: %w", err)
		}
	}
	l.fill(items)
	return ProductList{Items: items, NextAfterID: next}, NotCached, nil
}
