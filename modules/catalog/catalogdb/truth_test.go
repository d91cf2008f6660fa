package catalogdb_test

import (
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"shop/modules/catalog"
)

// listingTruth is what a listed product must show, computed straight from
// the tables (ratings from the reviews themselves, not the summary table).
type listingTruth struct {
	ID           int64
	BrandSlug    string
	CategorySlug string
	Price        int64
	InStock      bool
	ReviewCount  int
	RatingAvg    float64
}

// TestReadersTellTheTruth checks the readers' answers against queries
// written independently of the store, so that strategies agreeing with each
// other cannot hide a shared mistake.
func TestReadersTellTheTruth(t *testing.T) {
	t.Parallel()
	store, db := seededStore(t, 120)
	ctx := t.Context()

	var want []listingTruth
	err := db.Raw(`
		SELECT p.id, b.slug AS brand_slug, c.slug AS category_slug,
		       (SELECT min(price_amount) FROM variants v WHERE v.product_id = p.id) AS price,
		       EXISTS (SELECT 1 FROM variants v JOIN inventory i ON i.variant_id = v.id
		               WHERE v.product_id = p.id AND i.on_hand - i.reserved > 0) AS in_stock,
		       (SELECT count(*) FROM reviews r WHERE r.product_id = p.id) AS review_count,
		       coalesce((SELECT round(avg(rating), 2) FROM reviews r WHERE r.product_id = p.id), 0) AS rating_avg
		FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
		WHERE p.status = 'active' ORDER BY p.id LIMIT 30`).Scan(&want).Error
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]catalog.Reader{"baseline": catalog.NewSequential(store), "parallel": catalog.NewParallel(store)} {
		list, _, err := r.ListProducts(ctx, catalog.ListQuery{Limit: 30})
		if err != nil {
			t.Fatal(err)
		}
		var got []listingTruth
		for _, it := range list.Items {
			got = append(got, listingTruth{it.ID, it.Brand.Slug, it.Category.Slug, it.Price.Amount, it.InStock, it.Rating.Count, it.Rating.Average})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s listing differs from the tables (-want +got):\n%s", name, diff)
		}
	}

	// One product page, checked part by part.
	var slug string
	db.Raw(`SELECT p.slug FROM products p WHERE p.status = 'active'
		AND (SELECT count(*) FROM reviews r WHERE r.product_id = p.id) > 5 ORDER BY p.id LIMIT 1`).Scan(&slug)
	page, _, err := catalog.NewParallel(store).ProductPage(ctx, slug)
	if err != nil {
		t.Fatal(err)
	}
	var truth struct {
		BrandSlug, CategorySlug string
		Variants                int
	}
	db.Raw(`SELECT b.slug AS brand_slug, c.slug AS category_slug,
		(SELECT count(*) FROM variants v WHERE v.product_id = p.id) AS variants
		FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
		WHERE p.slug = ?`, slug).Scan(&truth)
	if page.Product.Brand.Slug != truth.BrandSlug || page.Product.Category.Slug != truth.CategorySlug ||
		len(page.Variants) != truth.Variants || len(page.Inventory.Variants) != truth.Variants {
		t.Errorf("page of %s: brand %q category %q, %d variants, %d stock rows; want %+v",
			slug, page.Product.Brand.Slug, page.Product.Category.Slug, len(page.Variants), len(page.Inventory.Variants), truth)
	}
	var stars []struct{ Rating, N int }
	db.Raw(`SELECT rating, count(*) AS n FROM reviews r JOIN products p ON p.id = r.product_id
		WHERE p.slug = ? GROUP BY rating`, slug).Scan(&stars)
	var hist [5]int
	total, sum := 0, 0
	for _, s := range stars {
		hist[s.Rating-1] = s.N
		total += s.N
		sum += s.Rating * s.N
	}
	if page.Reviews.Histogram != hist || page.Reviews.Rating.Count != total ||
		page.Reviews.Rating.Average != math.Round(float64(sum)/float64(total)*100)/100 {
		t.Errorf("reviews of %s = %+v %v, want histogram %v, %d reviews averaging %d/%d",
			slug, page.Reviews.Rating, page.Reviews.Histogram, hist, total, sum, total)
	}
	if len(page.Reviews.Recent) != catalog.RecentReviewLimit ||
		!slices.IsSortedFunc(page.Reviews.Recent, func(a, b catalog.Review) int { return b.CreatedAt.Compare(a.CreatedAt) }) {
		t.Errorf("recent reviews are not the %d newest: %+v", catalog.RecentReviewLimit, page.Reviews.Recent)
	}
	for i, rec := range page.Recommendations {
		if rec.ID == page.Product.ID || rec.Category.ID != page.Product.Category.ID || rec.Brand.Slug == "" {
			t.Errorf("recommendation %d = %+v: must be another product of category %d", i, rec, page.Product.Category.ID)
		}
		if i > 0 && rec.Rating.Average > page.Recommendations[i-1].Rating.Average {
			t.Errorf("recommendations are not best rated first: %v after %v", rec.Rating, page.Recommendations[i-1].Rating)
		}
	}
}
