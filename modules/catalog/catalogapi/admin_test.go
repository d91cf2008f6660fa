package catalogapi_test

import (
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"shop/modules/catalog"
)

// pageView is the part of a product page these tests look at.
type pageView struct {
	Product struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"product"`
	Pricing struct {
		Min struct {
			Amount int64 `json:"amount"`
		} `json:"min"`
	} `json:"pricing"`
	Inventory struct {
		Variants []struct {
			SKU       string `json:"sku"`
			Available int    `json:"available"`
		} `json:"variants"`
	} `json:"inventory"`
	Recommendations []struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"recommendations"`
}

// cachedPage reads a product page through the optimized reader, twice, and
// checks that the second read is a cache hit.
func cachedPage(t *testing.T, b *testBundle, slug string) pageView {
	t.Helper()
	b.get(t, "/v1/products/"+slug, catalog.Optimized)
	resp := b.get(t, "/v1/products/"+slug, catalog.Optimized)
	if resp.status != http.StatusOK || resp.header.Get("X-Cache") != "hit" {
		t.Fatalf("second read of %s: status %d, X-Cache %q", slug, resp.status, resp.header.Get("X-Cache"))
	}
	var p pageView
	resp.decode(t, &p)
	return p
}

func freshPage(t *testing.T, b *testBundle, slug string) pageView {
	t.Helper()
	resp := b.get(t, "/v1/products/"+slug, catalog.Optimized)
	if resp.header.Get("X-Cache") != "miss" {
		t.Errorf("read of %s after a write: X-Cache %q, want miss", slug, resp.header.Get("X-Cache"))
	}
	var p pageView
	resp.decode(t, &p)
	return p
}

func TestWritesInvalidateWhatTheyAffect(t *testing.T) {
	t.Parallel()
	b := setup(t, 60)
	slugs := b.slugs(t, 60)

	// Find a page with a recommendation, and cache both products' pages.
	var page pageView
	for _, s := range slugs {
		if page = cachedPage(t, b, s); len(page.Recommendations) > 0 {
			break
		}
	}
	if len(page.Recommendations) == 0 {
		t.Fatal("no product page with recommendations in the seed")
	}
	rec := page.Recommendations[0]
	var recSlug string
	b.db.Raw(`SELECT slug FROM products WHERE id = ?`, rec.ID).Scan(&recSlug)
	var unrelated string
	b.db.Raw(`SELECT slug FROM products WHERE category_id <> (SELECT category_id FROM products WHERE id = ?) AND status = 'active' ORDER BY id LIMIT 1`, page.Product.ID).Scan(&unrelated)
	cachedPage(t, b, unrelated)

	// Renaming the recommended product refreshes its own page and the page
	// that recommends it, but not an unrelated one.
	if resp := b.admin(t, http.MethodPatch, fmt.Sprintf("/admin/v1/products/%d", rec.ID), map[string]any{"name": "Renamed Thing"}); resp.status != http.StatusOK {
		t.Fatalf("PATCH: %d %s", resp.status, resp.body)
	}
	if got := freshPage(t, b, recSlug).Product.Name; got != "Renamed Thing" {
		t.Errorf("recommended product's page name = %q", got)
	}
	var recommending pageView
	b.get(t, "/v1/products/"+slugOf(t, b, page.Product.ID), catalog.Optimized).decode(t, &recommending)
	if !hasRecNamed(recommending, "Renamed Thing") {
		t.Errorf("recommending page still shows the old name: %+v", recommending.Recommendations)
	}
	if resp := b.get(t, "/v1/products/"+unrelated, catalog.Optimized); resp.header.Get("X-Cache") != "hit" {
		t.Errorf("unrelated page was invalidated too (X-Cache %q)", resp.header.Get("X-Cache"))
	}

	// A price change and a stock adjustment show on the next read.
	target := cachedPage(t, b, unrelated)
	sku := target.Inventory.Variants[0].SKU
	if resp := b.admin(t, http.MethodPut, "/admin/v1/variants/"+sku+"/price", map[string]any{"amount": 1, "currency": "USD"}); resp.status != http.StatusOK {
		t.Fatalf("PUT price: %d %s", resp.status, resp.body)
	}
	if got := freshPage(t, b, unrelated).Pricing.Min.Amount; got != 1 {
		t.Errorf("min price after PUT = %d, want 1", got)
	}
	before := cachedPage(t, b, unrelated).Inventory.Variants[0].Available
	if resp := b.admin(t, http.MethodPost, "/admin/v1/variants/"+sku+"/stock-adjustments", map[string]any{"delta": 3, "reason": "restock"}); resp.status != http.StatusOK {
		t.Fatalf("POST adjustment: %d %s", resp.status, resp.body)
	}
	if got := freshPage(t, b, unrelated).Inventory.Variants[0].Available; got != before+3 {
		t.Errorf("available after +3 = %d, want %d", got, before+3)
	}
}

func slugOf(t *testing.T, b *testBundle, id int64) string {
	t.Helper()
	var slug string
	if err := b.db.Raw(`SELECT slug FROM products WHERE id = ?`, id).Scan(&slug).Error; err != nil {
		t.Fatal(err)
	}
	return slug
}

func hasRecNamed(p pageView, name string) bool {
	for _, r := range p.Recommendations {
		if r.Name == name {
			return true
		}
	}
	return false
}

func TestCreateProduct(t *testing.T) {
	t.Parallel()
	b := setup(t, 10)
	var cat, brand string
	b.db.Raw(`SELECT slug FROM categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1`).Scan(&cat)
	b.db.Raw(`SELECT slug FROM brands ORDER BY id LIMIT 1`).Scan(&brand)

	// Asking first caches the not-found; creating the product clears it.
	if resp := b.get(t, "/v1/products/harbor-canvas-tote", catalog.Optimized); resp.status != http.StatusNotFound {
		t.Fatalf("before create: %d", resp.status)
	}
	body := map[string]any{
		"name": "Harbor Canvas Tote", "description": "A sturdy tote.", "brand": brand, "category": cat,
		"images": []map[string]string{{"url": "/media/products/harbor-canvas-tote/1.jpg", "alt": "Tote"}},
		"variants": []map[string]any{
			{"sku": "HCT-1", "attributes": map[string]string{"color": "Sand"}, "price": map[string]any{"amount": 3900, "currency": "USD"}, "compare_at_amount": 4900, "stock": 4},
			{"sku": "HCT-2", "attributes": map[string]string{"color": "Navy"}, "price": map[string]any{"amount": 3500, "currency": "USD"}, "stock": 0},
		},
	}
	resp := b.admin(t, http.MethodPost, "/admin/v1/products", body)
	if resp.status != http.StatusCreated {
		t.Fatalf("create: %d %s", resp.status, resp.body)
	}
	var page struct {
		Product struct {
			Slug string `json:"slug"`
		} `json:"product"`
		Pricing struct {
			OnSale bool `json:"on_sale"`
		} `json:"pricing"`
		Inventory struct {
			InStock bool `json:"in_stock"`
		} `json:"inventory"`
	}
	got := b.get(t, "/v1/products/harbor-canvas-tote", catalog.Optimized)
	if got.status != http.StatusOK {
		t.Fatalf("after create: %d %s", got.status, got.body)
	}
	got.decode(t, &page)
	if page.Product.Slug != "harbor-canvas-tote" || !page.Pricing.OnSale || !page.Inventory.InStock {
		t.Errorf("created page = %+v", page)
	}

	// A retry is refused and creates nothing more.
	if resp := b.admin(t, http.MethodPost, "/admin/v1/products", body); resp.status != http.StatusConflict {
		t.Errorf("retried create: %d %s", resp.status, resp.body)
	}
	body["slug"] = "another-tote"
	if resp := b.admin(t, http.MethodPost, "/admin/v1/products", body); resp.status != http.StatusConflict {
		t.Errorf("create reusing SKUs: %d %s", resp.status, resp.body)
	}
	var n int
	b.db.Raw(`SELECT count(*) FROM products WHERE slug IN ('harbor-canvas-tote', 'another-tote')`).Scan(&n)
	if n != 1 {
		t.Errorf("%d products after retries, want 1", n)
	}
}

// TestConcurrentAdjustmentsNeverGoBelowZero takes stock down from many
// goroutines at once: exactly the stock on hand succeeds, the rest conflict.
func TestConcurrentAdjustmentsNeverGoBelowZero(t *testing.T) {
	t.Parallel()
	b := setup(t, 5)
	var sku string
	b.db.Raw(`SELECT sku FROM variants ORDER BY id LIMIT 1`).Scan(&sku)
	b.db.Exec(`UPDATE inventory SET on_hand = 5 FROM variants v WHERE v.id = variant_id AND v.sku = ?`, sku)

	const attempts = 20
	counts := atOnce(attempts, func() response {
		return b.admin(t, http.MethodPost, "/admin/v1/variants/"+sku+"/stock-adjustments",
			map[string]any{"delta": -1, "reason": "sold at the counter"})
	})
	if diff := cmp.Diff(map[int]int{200: 5, 409: attempts - 5}, counts); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	var onHand int
	b.db.Raw(`SELECT i.on_hand FROM inventory i JOIN variants v ON v.id = i.variant_id WHERE v.sku = ?`, sku).Scan(&onHand)
	if onHand != 0 {
		t.Errorf("on_hand = %d, want 0", onHand)
	}
}

func TestAdjustmentRetryWithIdempotencyKey(t *testing.T) {
	t.Parallel()
	b := setup(t, 5)
	var sku string
	b.db.Raw(`SELECT sku FROM variants ORDER BY id LIMIT 1`).Scan(&sku)
	path := "/admin/v1/variants/" + sku + "/stock-adjustments"
	body := map[string]any{"delta": 7, "reason": "delivery 42"}

	counts := atOnce(5, func() response {
		return b.admin(t, http.MethodPost, path, body, "Idempotency-Key", "delivery-42")
	})
	if diff := cmp.Diff(map[int]int{200: 5}, counts); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	var applied int
	b.db.Raw(`SELECT count(*) FROM stock_adjustments WHERE idempotency_key = 'delivery-42'`).Scan(&applied)
	if applied != 1 {
		t.Errorf("adjustment applied %d times, want 1", applied)
	}
	if resp := b.admin(t, http.MethodPost, path, map[string]any{"delta": 8, "reason": "x"}, "Idempotency-Key", "delivery-42"); resp.status != http.StatusConflict {
		t.Errorf("key reused for another adjustment: %d, want 409", resp.status)
	}
}

// atOnce sends n requests concurrently and counts their statuses.
func atOnce(n int, send func() response) map[int]int {
	statuses := make(chan int, n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { statuses <- send().status })
	}
	wg.Wait()
	close(statuses)
	counts := map[int]int{}
	for s := range statuses {
		counts[s]++
	}
	return counts
}
