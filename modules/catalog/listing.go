package catalog

import (
	"context"
	"fmt"
)

// Listing page sizes.
const (
	DefaultListLimit = 24
	MaxListLimit     = 100
)

// ListQuery selects a page of active products, in id order.
type ListQuery struct {
	CategorySlug string // a top-level category includes its children
	BrandSlug    string
	Limit        int
	AfterID      int64 // keyset: the last id of the previous page
}

// ProductList is one page of a listing. NextAfterID is 0 on the last page.
type ProductList struct {
	Items       []ProductSummary
	NextAfterID int64
}

// listPage runs the listing's first query, asking for one extra row to learn
// whether a next page exists, and checks the filters when nothing matched, so
// that an unknown category or brand is an error rather than an empty page.
func listPage(ctx context.Context, s Store, q ListQuery) ([]ProductSummary, int64, error) {
	q.Limit++
	items, err := s.ListProducts(ctx, q)
	if err != nil {
		return nil, 0, err
	}
	if len(items) == 0 {
		return nil, 0, checkFilters(ctx, s, q)
	}
	var next int64
	if len(items) == q.Limit {
		items = items[:len(items)-1]
		next = items[len(items)-1].ID
	}
	return items, next, nil
}

func checkFilters(ctx context.Context, s Store, q ListQuery) error {
	if q.CategorySlug != "" {
		ok, err := s.CategoryExists(ctx, q.CategorySlug)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("category %q: %w", q.CategorySlug, ErrCategoryNotFound)
		}
	}
	if q.BrandSlug != "" {
		ok, err := s.BrandExists(ctx, q.BrandSlug)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("brand %q: %w", q.BrandSlug, ErrBrandNotFound)
		}
	}
	return nil
}

// productIDs returns the ids of items, and brandIDs their distinct brand ids.
func productIDs(items []ProductSummary) (ids, brandIDs []int64) {
	seen := make(map[int64]bool)
	for _, it := range items {
		ids = append(ids, it.ID)
		if !seen[it.Brand.ID] {
			seen[it.Brand.ID] = true
			brandIDs = append(brandIDs, it.Brand.ID)
		}
	}
	return ids, brandIDs
}

// listingLookups are the four per-product facts a listing adds to its rows.
type listingLookups struct {
	brands  map[int64]Brand
	prices  map[int64]Money
	inStock map[int64]bool
	ratings map[int64]Rating
}

func (l listingLookups) fill(items []ProductSummary) {
	for i := range items {
		it := &items[i]
		it.Brand = l.brands[it.Brand.ID]
		it.Price = l.prices[it.ID]
		it.InStock = l.inStock[it.ID]
		it.Rating = l.ratings[it.ID]
	}
}
