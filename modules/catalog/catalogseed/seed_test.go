package catalogseed

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"shop/platform/database/dbtest"
)

// testNow pins the dates of every test catalog.
var testNow = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// seedFor runs the seed into databaseURL and fails the test on error.
func seedFor(t *testing.T, databaseURL string, opts Options) Summary {
	t.Helper()
	opts.Now = testNow
	sum, err := Run(t.Context(), databaseURL, opts)
	if err != nil {
		t.Fatalf("Run(%+v): %v", opts, err)
	}
	return sum
}

func TestRunSeedsConsistentCatalog(t *testing.T) {
	t.Parallel()
	databaseURL := dbtest.NewURL(t)
	sum := seedFor(t, databaseURL, Options{Products: 200, Seed: 7})

	want := map[string]int{
		"categories":      48,
		"brands":          152,
		"products":        200,
		"variants":        sum.Variants,
		"inventory":       sum.Variants,
		"reviews":         sum.Reviews,
		"product_ratings": 200,
	}
	got := map[string]int{
		"categories": sum.Categories, "brands": sum.Brands, "products": sum.Products,
	}
	conn := connect(t, databaseURL)
	for table := range want {
		got[table] = count(t, conn, "SELECT count(*) FROM "+table)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("row counts (-want +got):\n%s", diff)
	}
	if sum.Skipped != 0 || sum.Variants < 200 || sum.Reviews < 1000 {
		t.Errorf("summary = %+v, want no skips, at least one variant and about 10 reviews per product", sum)
	}
	checkInvariants(t, conn)
}

// checkInvariants runs queries that count rows breaking a rule of the seed.
func checkInvariants(t *testing.T, conn *pgx.Conn) {
	t.Helper()
	tests := []struct {
		name  string
		query string
		args  []any
	}{
		{"departments have 3-6 children", `SELECT count(*) FROM categories p
			WHERE p.parent_id IS NULL AND (SELECT count(*) FROM categories c WHERE c.parent_id = p.id) NOT BETWEEN 3 AND 6`, nil},
		{"products sit in leaf categories", `SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id
			WHERE c.parent_id IS NULL`, nil},
		{"products have 1-4 variants", `SELECT count(*) FROM products p
			WHERE (SELECT count(*) FROM variants v WHERE v.product_id = p.id) NOT BETWEEN 1 AND 4`, nil},
		{"variants have inventory", `SELECT count(*) FROM variants v
			LEFT JOIN inventory i ON i.variant_id = v.id
			WHERE i.variant_id IS NULL OR i.on_hand NOT BETWEEN 0 AND 200 OR i.reserved <> 0`, nil},
		{"slugs are unique and end in the index", `SELECT count(*) - count(DISTINCT slug)
			+ count(*) FILTER (WHERE slug !~ '^[a-z0-9]+(-[a-z0-9]+)*-[0-9]+$') FROM products`, nil},
		{"SKUs look like VEL-000123-2", `SELECT count(*) FROM variants WHERE sku !~ '^[A-Z]{3}-[0-9]{6}-[1-4]$'`, nil},
		{"prices are positive and sales are discounts", `SELECT count(*) FROM variants
			WHERE price_amount <= 0 OR compare_at_amount <= price_amount OR currency <> 'USD'`, nil},
		{"images point at the product", `SELECT count(*) FROM products
			WHERE jsonb_array_length(images) NOT BETWEEN 1 AND 4
			OR images->0->>'url' <> '/media/products/' || slug || '/1.jpg' OR images->0->>'alt' <> name`, nil},
		{"ratings are 1-5", `SELECT count(*) FROM reviews WHERE rating NOT BETWEEN 1 AND 5`, nil},
		{"reviews follow their product", `SELECT count(*) FROM reviews r JOIN products p ON p.id = r.product_id
			WHERE r.created_at < p.created_at OR r.created_at > $1`, []any{testNow}},
		{"every product has a rating summary", `SELECT count(*) FROM products p
			LEFT JOIN product_ratings r ON r.product_id = p.id WHERE r.product_id IS NULL`, nil},
		{"rating summaries match the reviews", `SELECT count(*) FROM product_ratings r
			LEFT JOIN (SELECT product_id, count(*) AS n, sum(rating) AS total,
					count(*) FILTER (WHERE rating = 1) AS s1, count(*) FILTER (WHERE rating = 2) AS s2,
					count(*) FILTER (WHERE rating = 3) AS s3, count(*) FILTER (WHERE rating = 4) AS s4,
					count(*) FILTER (WHERE rating = 5) AS s5
				FROM reviews GROUP BY product_id) a ON a.product_id = r.product_id
			WHERE r.review_count <> coalesce(a.n, 0) OR r.rating_sum <> coalesce(a.total, 0)
			OR r.stars_1 <> coalesce(a.s1, 0) OR r.stars_2 <> coalesce(a.s2, 0) OR r.stars_3 <> coalesce(a.s3, 0)
			OR r.stars_4 <> coalesce(a.s4, 0) OR r.stars_5 <> coalesce(a.s5, 0)`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := count(t, conn, tt.query, tt.args...); n != 0 {
				t.Errorf("%d rows break the rule", n)
			}
		})
	}
}

func TestRunIsDeterministic(t *testing.T) {
	t.Parallel()
	first, second := dbtest.NewURL(t), dbtest.NewURL(t)
	seedFor(t, first, Options{Products: 120, Seed: 3})
	// Small batches over more connections must not change a single row, ids
	// included.
	if _, err := run(t.Context(), second, Options{Products: 120, Seed: 3, Now: testNow},
		config{batchSize: 7, writers: 3}); err != nil {
		t.Fatalf("run: %v", err)
	}
	if diff := cmp.Diff(takeSnapshot(t, first), takeSnapshot(t, second)); diff != "" {
		t.Errorf("same seed, different catalogs (-first +second):\n%s", diff)
	}
}

func TestRunWithoutResetAddsNothing(t *testing.T) {
	t.Parallel()
	databaseURL := dbtest.NewURL(t)
	seedFor(t, databaseURL, Options{Products: 80, Seed: 5})
	before := takeSnapshot(t, databaseURL)

	sum := seedFor(t, databaseURL, Options{Products: 80, Seed: 5})
	want := Summary{Skipped: 80}
	if diff := cmp.Diff(want, sum, ignoreElapsed); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, takeSnapshot(t, databaseURL)); diff != "" {
		t.Errorf("second run changed the catalog (-before +after):\n%s", diff)
	}
}

func TestRunGrowsCatalog(t *testing.T) {
	t.Parallel()
	grown, direct := dbtest.NewURL(t), dbtest.NewURL(t)
	seedFor(t, grown, Options{Products: 100, Seed: 11})
	before := takeSnapshot(t, grown)

	sum := seedFor(t, grown, Options{Products: 150, Seed: 11})
	if sum.Products != 50 || sum.Skipped != 100 {
		t.Errorf("growing to 150 added %d and skipped %d, want 50 and 100", sum.Products, sum.Skipped)
	}
	after := takeSnapshot(t, grown)
	if diff := cmp.Diff(before, after.only(before.productIDs())); diff != "" {
		t.Errorf("the first 100 products changed (-before +after):\n%s", diff)
	}
	seedFor(t, direct, Options{Products: 150, Seed: 11})
	if diff := cmp.Diff(takeSnapshot(t, direct), after); diff != "" {
		t.Errorf("grown catalog differs from one seeded at once (-direct +grown):\n%s", diff)
	}
}

func TestRunResetReseeds(t *testing.T) {
	t.Parallel()
	reset, fresh := dbtest.NewURL(t), dbtest.NewURL(t)
	seedFor(t, reset, Options{Products: 150, Seed: 2})
	sum := seedFor(t, reset, Options{Products: 80, Seed: 9, Reset: true})
	if sum.Products != 80 || sum.Skipped != 0 || sum.Categories != 48 || sum.Brands != 152 {
		t.Errorf("reset run summary = %+v, want 80 products, 48 categories and 152 brands", sum)
	}
	seedFor(t, fresh, Options{Products: 80, Seed: 9})
	if diff := cmp.Diff(takeSnapshot(t, fresh), takeSnapshot(t, reset)); diff != "" {
		t.Errorf("reset catalog differs from a fresh one (-fresh +reset):\n%s", diff)
	}
}

func TestRunProgress(t *testing.T) {
	t.Parallel()
	databaseURL := dbtest.NewURL(t)
	tests := []struct {
		name        string
		interactive bool
		wantOutput  bool
	}{
		{name: "interactive draws a bar", interactive: true, wantOutput: true},
		{name: "non-interactive stays quiet", interactive: false, wantOutput: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			seedFor(t, databaseURL, Options{Products: 30, Seed: 1, Progress: &out, Interactive: tt.interactive})
			if got := out.Len() > 0; got != tt.wantOutput {
				t.Errorf("wrote %q, want output: %v", out.String(), tt.wantOutput)
			}
		})
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	databaseURL := dbtest.NewURL(t)
	ctx, cancel := context.WithCancel(t.Context())
	const after = 300 * time.Millisecond
	time.AfterFunc(after, cancel)
	start := time.Now()
	_, err := run(ctx, databaseURL, Options{Products: 1_000_000, Seed: 1, Now: testNow},
		config{batchSize: 100, writers: 2})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run = %v, want context.Canceled", err)
	}
	wait := time.Since(start) - after
	if wait > 2*time.Second {
		t.Errorf("run returned %s after cancellation", wait)
	}
	conn := connect(t, databaseURL)
	n := count(t, conn, "SELECT count(*) FROM products")
	if n%100 != 0 {
		t.Errorf("%d products after cancellation, want whole batches of 100", n)
	}
	t.Logf("stopped %s after cancellation with %d products loaded", wait, n)
	checkInvariants(t, conn)
}

var ignoreElapsed = cmp.FilterPath(func(p cmp.Path) bool {
	return p.Last().String() == ".Elapsed"
}, cmp.Ignore())

func connect(t *testing.T, databaseURL string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), databaseURL)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.WithoutCancel(t.Context())) })
	return conn
}

func count(t *testing.T, conn *pgx.Conn, query string, args ...any) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(t.Context(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestRunExplainsAnotherSeed(t *testing.T) {
	t.Parallel()
	databaseURL := dbtest.NewURL(t)
	seedFor(t, databaseURL, Options{Products: 1000, Seed: 1})
	// Product i of another seed has another slug but may have the same SKU.
	_, err := Run(t.Context(), databaseURL, Options{Products: 1000, Seed: 2, Now: testNow})
	if err == nil || !strings.Contains(err.Error(), "use Reset") {
		t.Errorf("Run with another seed = %v, want advice to use Reset", err)
	}
}
