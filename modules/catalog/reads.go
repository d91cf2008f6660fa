package catalog

import (
	"context"
	"maps"
)

// read is one round trip to the store. The readers differ only in how they
// run the same reads: one after another, or at once.
type read func(ctx context.Context) error

// pageReads are the product page's five reads, each filling its part of p.
func (p *pageParts) reads(s Store, slug string) []read {
	return []read{
		func(ctx context.Context) (err error) { p.product, err = s.ProductBySlug(ctx, slug); return err },
		func(ctx context.Context) (err error) { p.variants, err = s.VariantsBySlug(ctx, slug); return err },
		func(ctx context.Context) (err error) { p.stock, err = s.StockBySlug(ctx, slug); return err },
		func(ctx context.Context) (err error) {
			p.reviews, err = s.ReviewSummaryBySlug(ctx, slug, RecentReviewLimit)
			return err
		},
		func(ctx context.Context) (err error) {
			p.recs, err = s.RecommendationsBySlug(ctx, slug, RecommendationLimit)
			return err
		},
	}
}

// reads are the four lookups of the listed products ids (with brands
// brandIDs), each merging its answer into its own map of l.
func (l listingLookups) reads(s Store, ids, brandIDs []int64) []read {
	return []read{
		func(ctx context.Context) error { return merge(ctx, l.brands, brandIDs, s.BrandsByID) },
		func(ctx context.Context) error { return merge(ctx, l.prices, ids, s.FromPrices) },
		func(ctx context.Context) error { return merge(ctx, l.inStock, ids, s.StockFlags) },
		func(ctx context.Context) error { return merge(ctx, l.ratings, ids, s.Ratings) },
	}
}

func merge[V any](ctx context.Context, dst map[int64]V, ids []int64, lookup func(context.Context, []int64) (map[int64]V, error)) error {
	m, err := lookup(ctx, ids)
	if err != nil {
		return err
	}
	maps.Copy(dst, m)
	return nil
}

func newListingLookups() listingLookups {
	return listingLookups{
		brands:  make(map[int64]Brand),
		prices:  make(map[int64]Money),
		inStock: make(map[int64]bool),
		ratings: make(map[int64]Rating),
	}
}

// runInTurn runs reads one after another, stopping at the first error.
func runInTurn(ctx context.Context, reads []read) error {
	for _, r := range reads {
		if err := r(ctx); err != nil {
			return err
		}
	}
	return nil
}
