package catalogseed

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// snapshot is everything a seed writes, read back in a stable order.
type snapshot struct {
	Categories []categoryRow
	Brands     []brandRow
	Products   []productRow
	Variants   []variantRow
	Reviews    []reviewRow
	Ratings    []ratingRow
}

type categoryRow struct {
	ID       int64
	Parent   *string
	Slug     string
	Name     string
	Position int32
}

type brandRow struct {
	ID   int64
	Slug string
	Name string
}

type productRow struct {
	ID          int64
	Slug        string
	Name        string
	Description string
	Brand       string
	Category    string
	Status      string
	Images      string
	CreatedAt   time.Time
}

type variantRow struct {
	ID         int64
	ProductID  int64
	SKU        string
	Attributes string
	Price      int64
	CompareAt  *int64
	Currency   string
	Position   int32
	OnHand     int32
	Reserved   int32
}

type reviewRow struct {
	ID        int64
	ProductID int64
	Rating    int16
	Title     string
	Body      string
	Author    string
	CreatedAt time.Time
}

type ratingRow struct {
	ProductID int64
	Count     int32
	Sum       int32
	Avg       string
	Stars     []int32
}

// takeSnapshot reads the whole catalog of the database at databaseURL.
func takeSnapshot(t *testing.T, databaseURL string) snapshot {
	t.Helper()
	ctx := t.Context()
	conn, err := pgx.Connect(ctx, databaseURL)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	return snapshot{
		Categories: query[categoryRow](ctx, t, conn, `SELECT c.id, p.slug, c.slug, c.name, c.position
			FROM categories c LEFT JOIN categories p ON p.id = c.parent_id ORDER BY c.id`),
		Brands: query[brandRow](ctx, t, conn, `SELECT id, slug, name FROM brands ORDER BY id`),
		Products: query[productRow](ctx, t, conn, `SELECT p.id, p.slug, p.name, p.description, b.slug, c.slug,
				p.status, p.images::text, p.created_at
			FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
			ORDER BY p.id`),
		Variants: query[variantRow](ctx, t, conn, `SELECT v.id, v.product_id, v.sku, v.attributes::text,
				v.price_amount, v.compare_at_amount, v.currency, v.position, i.on_hand, i.reserved
			FROM variants v JOIN inventory i ON i.variant_id = v.id ORDER BY v.id`),
		Reviews: query[reviewRow](ctx, t, conn, `SELECT id, product_id, rating, title, body, author, created_at
			FROM reviews ORDER BY id`),
		Ratings: query[ratingRow](ctx, t, conn, `SELECT product_id, review_count, rating_sum, rating_avg::text,
				ARRAY[stars_1, stars_2, stars_3, stars_4, stars_5]
			FROM product_ratings ORDER BY product_id`),
	}
}

// only keeps the parts of s that belong to the given products.
func (s snapshot) only(products map[int64]bool) snapshot {
	out := snapshot{Categories: s.Categories, Brands: s.Brands}
	out.Products = keep(s.Products, func(r productRow) bool { return products[r.ID] })
	out.Variants = keep(s.Variants, func(r variantRow) bool { return products[r.ProductID] })
	out.Reviews = keep(s.Reviews, func(r reviewRow) bool { return products[r.ProductID] })
	out.Ratings = keep(s.Ratings, func(r ratingRow) bool { return products[r.ProductID] })
	return out
}

// productIDs is the set of the snapshot's product ids.
func (s snapshot) productIDs() map[int64]bool {
	ids := make(map[int64]bool, len(s.Products))
	for _, p := range s.Products {
		ids[p.ID] = true
	}
	return ids
}

func keep[T any](rows []T, ok func(T) bool) []T {
	var out []T
	for _, r := range rows {
		if ok(r) {
			out = append(out, r)
		}
	}
	return out
}

func query[T any](ctx context.Context, t *testing.T, conn *pgx.Conn, sql string) []T {
	t.Helper()
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		t.Fatalf("query %q: %v", sql, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[T])
	if err != nil {
		t.Fatalf("query %q: %v", sql, err)
	}
	return out
}
