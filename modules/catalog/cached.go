package catalog

import (
	"context"
	"fmt"
	"strconv"

	"shop/platform/cache"
)

// Cache tags. An entry carries the tags of everything it shows, and a write
// invalidates the tags of what it changed, so it drops exactly the entries
// that show the changed data.
const (
	listingsTag = "listings" // every listing page: membership or order may change
	catalogTag  = "catalog"  // every entry: for writes that bypass the Service
)

func productTag(id int64) string                 { return "product:" + strconv.FormatInt(id, 10) }
func recommendationsTag(categoryID int64) string { return "recs:" + strconv.FormatInt(categoryID, 10) }
func slugTag(slug string) string                 { return "slug:" + slug }

// Cached is the optimized Reader: Parallel behind the tiered cache (L1 in
// process, L2 Redis), with concurrent misses for one key coalesced into one
// load.
type Cached struct {
	next     Reader
	pages    *cache.Tiered[ProductPage]
	listings *cache.Tiered[ProductList]
}

var _ Reader = (*Cached)(nil)

// NewCached returns next behind the caches of bus.
func NewCached(next Reader, bus *cache.Bus) *Cached {
	return &Cached{
		next:     next,
		pages:    cache.NewTiered[ProductPage](bus, "product-page"),
		listings: cache.NewTiered[ProductList](bus, "listing"),
	}
}

// ProductPage serves the page from the cache, loading it on a miss. An
// unknown slug is cached too (briefly), so that a crawler asking for it again
// does not reach the database.
func (r *Cached) ProductPage(ctx context.Context, slug string) (ProductPage, CacheStatus, error) {
	page, outcome, err := r.pages.Get(ctx, slug, func(ctx context.Context) (ProductPage, []string, error) {
		page, _, err := r.next.ProductPage(ctx, slug)
		if err != nil {
			return ProductPage{}, []string{catalogTag, slugTag(slug)}, err
		}
		return page, pageTags(page), nil
	})
	if err != nil {
		return ProductPage{}, cacheStatus(outcome), fmt.Errorf("catalog.Cached.ProductPage: %w", err)
	}
	return page, cacheStatus(outcome), nil
}

// ListProducts serves a listing page from the cache, loading it on a miss.
func (r *Cached) ListProducts(ctx context.Context, q ListQuery) (ProductList, CacheStatus, error) {
	key := fmt.Sprintf("c=%s|b=%s|n=%d|a=%d", q.CategorySlug, q.BrandSlug, q.Limit, q.AfterID)
	list, outcome, err := r.listings.Get(ctx, key, func(ctx context.Context) (ProductList, []string, error) {
		list, _, err := r.next.ListProducts(ctx, q)
		if err != nil {
			return ProductList{}, []string{catalogTag, listingsTag}, err
		}
		return list, listTags(list), nil
	})
	if err != nil {
		return ProductList{}, cacheStatus(outcome), fmt.Errorf("catalog.Cached.ListProducts: %w", err)
	}
	return list, cacheStatus(outcome), nil
}

func cacheStatus(o cache.Outcome) CacheStatus {
	if o == cache.Miss {
		return CacheMiss
	}
	return CacheHit
}

// pageTags are the tags of everything a product page shows: the product, the
// products it recommends, and its category's ranking.
func pageTags(p ProductPage) []string {
	tags := []string{catalogTag, slugTag(p.Product.Slug), productTag(p.Product.ID), recommendationsTag(p.Product.Category.ID)}
	for _, rec := range p.Recommendations {
		tags = append(tags, productTag(rec.ID))
	}
	return tags
}

func listTags(l ProductList) []string {
	tags := []string{catalogTag, listingsTag}
	for _, it := range l.Items {
		tags = append(tags, productTag(it.ID))
	}
	return tags
}

// InvalidateAll drops every cached catalog entry on every instance. Writes
// that bypass the Service, such as `shop seed`, call it when they are done.
func InvalidateAll(ctx context.Context, inv Invalidator) error {
	return inv.Invalidate(ctx, catalogTag)
}
