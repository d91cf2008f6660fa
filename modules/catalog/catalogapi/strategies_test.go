package catalogapi_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"

	"shop/modules/catalog"
)

var allStrategies = []catalog.Strategy{catalog.Baseline, catalog.OptimizedNoCache, catalog.Optimized}

// sameForAllStrategies requests path with every strategy (the cached one
// twice: its miss and its hit) and fails unless every answer is the
// baseline's, byte for byte. It returns the baseline's response.
func sameForAllStrategies(t *testing.T, b *testBundle, path string) response {
	t.Helper()
	want := b.get(t, path, catalog.Baseline)
	for _, s := range append(allStrategies, catalog.Optimized) {
		got := b.get(t, path, s)
		if got.header.Get("X-Shop-Strategy") != string(s) {
			t.Errorf("GET %s as %s: X-Shop-Strategy = %q", path, s, got.header.Get("X-Shop-Strategy"))
		}
		if got.status != want.status {
			t.Fatalf("GET %s as %s: status %d, baseline %d", path, s, got.status, want.status)
		}
		if diff := cmp.Diff(string(want.body), string(got.body)); diff != "" {
			t.Fatalf("GET %s as %s differs from baseline (-baseline +%s):\n%s", path, s, s, diff)
		}
	}
	return want
}

func TestStrategiesAgreeOnProductPages(t *testing.T) {
	t.Parallel()
	b := setup(t, 120)
	for _, slug := range append(b.slugs(t, 40), "no-such-product") {
		sameForAllStrategies(t, b, "/v1/products/"+slug)
	}
}

func TestStrategiesAgreeOnListings(t *testing.T) {
	t.Parallel()
	b := setup(t, 150)
	var taxonomy struct {
		Items []struct {
			Slug     string `json:"slug"`
			ParentID *int64 `json:"parent_id"`
		} `json:"items"`
	}
	b.get(t, "/v1/categories", catalog.Optimized).decode(t, &taxonomy)
	var brands struct {
		Items []struct {
			Slug string `json:"slug"`
		} `json:"items"`
	}
	b.get(t, "/v1/brands", catalog.Optimized).decode(t, &brands)
	if len(taxonomy.Items) < 2 || len(brands.Items) == 0 {
		t.Fatalf("seed gave %d categories, %d brands", len(taxonomy.Items), len(brands.Items))
	}

	filters := []url.Values{
		{},
		{"limit": {"7"}},
		{"category": {taxonomy.Items[0].Slug}, "limit": {"10"}}, // a department: includes its children
		{"category": {taxonomy.Items[1].Slug}, "limit": {"5"}},
		{"brand": {brands.Items[0].Slug}},
		{"category": {"no-such-category"}},
	}
	for _, f := range filters {
		pages := 0
		for query := f; ; pages++ {
			resp := sameForAllStrategies(t, b, "/v1/products?"+query.Encode())
			if resp.status != http.StatusOK {
				break
			}
			var list struct {
				Items      []map[string]any `json:"items"`
				NextCursor *string          `json:"next_cursor"`
			}
			resp.decode(t, &list)
			if list.NextCursor == nil || pages > 50 {
				break
			}
			query = cloneWith(f, "cursor", *list.NextCursor)
		}
	}
}

func cloneWith(v url.Values, key, value string) url.Values {
	c := url.Values{}
	for k, vs := range v {
		c[k] = vs
	}
	c.Set(key, value)
	return c
}
