package catalogseed

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func newTestGenerator(seed int64) *generator {
	return newGenerator(newVocabulary(), seed, testNow)
}

var allowProduct = cmp.AllowUnexported(product{}, variant{}, review{}, rating{})

func TestProductDependsOnlyOnSeedAndIndex(t *testing.T) {
	t.Parallel()
	forward, backward := newTestGenerator(42), newTestGenerator(42)
	// Generate in opposite orders: product i must not depend on what the
	// generator made before it.
	var want []product
	for i := 1; i <= 50; i++ {
		want = append(want, forward.product(i))
	}
	got := make([]product, 50)
	for i := 50; i >= 1; i-- {
		got[i-1] = backward.product(i)
	}
	if diff := cmp.Diff(want, got, allowProduct); diff != "" {
		t.Errorf("products differ by generation order (-forward +backward):\n%s", diff)
	}
	other := newTestGenerator(43)
	same := 0
	for i := 1; i <= 50; i++ {
		if other.product(i).name == want[i-1].name {
			same++
		}
	}
	if same > 2 {
		t.Errorf("%d of 50 names are the same under another seed", same)
	}
}

func TestProductInvariants(t *testing.T) {
	t.Parallel()
	g := newTestGenerator(1)
	for i := 1; i <= 2000; i++ {
		p := g.product(i)
		if !strings.HasSuffix(p.slug, "-"+strconv.Itoa(i)) || strings.Contains(p.description, "{") {
			t.Fatalf("product %d: slug %q, description %q", i, p.slug, p.description)
		}
		var images []struct{ URL, Alt string }
		if err := json.Unmarshal([]byte(p.images), &images); err != nil || len(images) < 1 || len(images) > 4 {
			t.Fatalf("product %d: images %s (%v)", i, p.images, err)
		}
		if n := len(p.variants); n < 1 || n > 4 {
			t.Fatalf("product %d has %d variants", i, n)
		}
		for _, v := range p.variants {
			var attrs map[string]string
			if err := json.Unmarshal([]byte(v.attributes), &attrs); err != nil || len(attrs) == 0 {
				t.Fatalf("product %d: attributes %s (%v)", i, v.attributes, err)
			}
			if v.price <= 0 || (v.compareAt != 0 && v.compareAt <= v.price) {
				t.Fatalf("product %d: price %d, compare at %d", i, v.price, v.compareAt)
			}
		}
		checkReviews(t, p)
	}
}

// checkReviews checks that a product's rating summary adds up its reviews
// and that the reviews are dated between the product's creation and now.
func checkReviews(t *testing.T, p product) {
	t.Helper()
	var want rating
	for _, r := range p.reviews {
		want.count++
		want.sum += int32(r.rating)
		want.stars[r.rating-1]++
		if r.createdAt.Before(p.createdAt) || r.createdAt.After(testNow) || r.title == "" || r.body == "" || r.author == "" {
			t.Fatalf("product %d: review %+v", p.index, r)
		}
	}
	if diff := cmp.Diff(want, p.rating, cmp.AllowUnexported(rating{})); diff != "" {
		t.Fatalf("product %d: rating (-want +got):\n%s", p.index, diff)
	}
}

func TestCatalogShape(t *testing.T) {
	t.Parallel()
	g := newTestGenerator(1)
	const n = 20000
	var reviews, outOfStock, variants, onSale, notActive int
	var stars [5]int
	for i := 1; i <= n; i++ {
		p := g.product(i)
		reviews += len(p.reviews)
		for k, c := range p.rating.stars {
			stars[k] += int(c)
		}
		for _, v := range p.variants {
			variants++
			if v.onHand == 0 {
				outOfStock++
			}
		}
		if p.variants[0].compareAt > 0 {
			onSale++
		}
		if p.status != "active" {
			notActive++
		}
	}
	share := func(part, whole int) float64 { return float64(part) / float64(whole) }
	tests := []struct {
		name     string
		got      float64
		min, max float64
	}{
		{"reviews per product", share(reviews, n), 9, 11},
		{"share out of stock", share(outOfStock, variants), 0.05, 0.10},
		{"share on sale", share(onSale, n), 0.1, 0.3},
		{"share not active", share(notActive, n), 0.02, 0.08},
		{"share of 5 stars", share(stars[4], reviews), 0.45, 0.7},
		{"share of 4 stars", share(stars[3], reviews), 0.12, 0.3},
		{"share of 1 star", share(stars[0], reviews), 0.06, 0.18},
		{"share of 2 and 3 stars", share(stars[1]+stars[2], reviews), 0.06, 0.16},
	}
	for _, tt := range tests {
		if tt.got < tt.min || tt.got > tt.max {
			t.Errorf("%s = %.3f, want between %.2f and %.2f", tt.name, tt.got, tt.min, tt.max)
		}
	}
}

func TestProductName(t *testing.T) {
	t.Parallel()
	g := newTestGenerator(1)
	for i := 1; i <= 500; i++ {
		p := g.product(i)
		lf := g.vocab.leaves[p.leaf]
		if !strings.HasPrefix(p.name, g.vocab.brands[p.brand]+" ") {
			t.Fatalf("%q does not start with its brand %q", p.name, g.vocab.brands[p.brand])
		}
		if !hasSuffixIn(p.name, lf.leaf.nouns) {
			t.Fatalf("%q does not end in a noun of %s", p.name, lf.slug)
		}
	}
}

func hasSuffixIn(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, " "+x) {
			return true
		}
	}
	return false
}
