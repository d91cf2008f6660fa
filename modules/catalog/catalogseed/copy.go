package catalogseed

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// batch is a run of consecutive products, loaded in one transaction.
// Batches may be loaded concurrently, but each takes its product, variant and
// review ids only after the batch before it, so ids follow product order.
type batch struct {
	products  []product
	after     <-chan struct{} // closed when the previous batch has its ids
	allocated chan struct{}   // closed when this batch has its ids
}

// counts is what one batch added.
type counts struct {
	products, skipped, variants, reviews int
}

// insertStaged moves the staged products that are not in the catalog yet into
// it, in index order, and returns the ids and slugs of exactly those. The
// NOT EXISTS keeps present products from using up ids (an insert that ends
// in ON CONFLICT DO NOTHING has taken its id already); ON CONFLICT covers a
// concurrent run inserting the same product.
const insertStaged = `INSERT INTO products
	(slug, name, description, brand_id, category_id, status, images, created_at, updated_at)
SELECT s.slug, s.name, s.description, s.brand_id, s.category_id, s.status, s.images, s.created_at, s.created_at
FROM catalogseed_products s
WHERE NOT EXISTS (SELECT FROM products p WHERE p.slug = s.slug)
ORDER BY s.idx
ON CONFLICT (slug) DO NOTHING
RETURNING id, slug`

// write loads one batch in one transaction: the products through the
// staging table, then the variants, inventory, reviews and rating summaries
// of the products that were new.
func (w *writer) write(ctx context.Context, b *batch) (counts, error) {
	var c counts
	err := pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
		if err := w.stage(ctx, tx, b.products); err != nil {
			return err
		}
		select {
		case <-b.after:
		case <-ctx.Done():
			return ctx.Err()
		}
		a, err := w.allocate(ctx, tx, b.products)
		if err != nil {
			return err
		}
		close(b.allocated)
		c = counts{products: len(a.fresh), skipped: len(b.products) - len(a.fresh),
			variants: len(a.variantIDs), reviews: len(a.reviewIDs)}
		if len(a.fresh) == 0 {
			return nil
		}
		if err := copyVariants(ctx, tx, a.fresh, a.variantIDs); err != nil {
			return err
		}
		return copyReviews(ctx, tx, a.fresh, a.reviewIDs)
	})
	return c, err
}

// stage copies the batch into the staging table.
func (w *writer) stage(ctx context.Context, tx pgx.Tx, products []product) error {
	row := make([]any, 9)
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"catalogseed_products"},
		[]string{"idx", "slug", "name", "description", "brand_id", "category_id", "status", "images", "created_at"},
		pgx.CopyFromSlice(len(products), func(i int) ([]any, error) {
			p := &products[i]
			row[0], row[1], row[2], row[3] = int32(p.index), p.slug, p.name, p.description
			row[4], row[5], row[6] = w.ids.brands[p.brand], w.ids.categories[p.leaf], p.status
			row[7], row[8] = p.images, p.createdAt
			return row, nil
		}))
	if err != nil {
		return fmt.Errorf("copy products: %w", err)
	}
	return nil
}

// newProduct is a product the current batch inserted, with its id.
type newProduct struct {
	id int64
	*product
}

// allocation is the outcome of a batch's ordered step: the products it
// inserted and the ids reserved for their variants and reviews.
type allocation struct {
	fresh      []newProduct
	variantIDs []int64
	reviewIDs  []int64
}

// allocate inserts the staged products that are missing and reserves ids for
// the variants and reviews of those.
func (w *writer) allocate(ctx context.Context, tx pgx.Tx, products []product) (allocation, error) {
	var a allocation
	rows, err := tx.Query(ctx, insertStaged)
	if err != nil {
		return a, fmt.Errorf("insert products: %w", err)
	}
	inserted := make(map[string]int64, len(products))
	var id int64
	var slug string
	if _, err := pgx.ForEachRow(rows, []any{&id, &slug}, func() error {
		inserted[slug] = id
		return nil
	}); err != nil {
		return a, fmt.Errorf("insert products: %w", err)
	}
	var variants, reviews int
	a.fresh = make([]newProduct, 0, len(inserted))
	for i := range products {
		if id, ok := inserted[products[i].slug]; ok {
			a.fresh = append(a.fresh, newProduct{id: id, product: &products[i]})
			variants += len(products[i].variants)
			reviews += len(products[i].reviews)
		}
	}
	if a.variantIDs, err = reserve(ctx, tx, w.reserveVariants, variants); err != nil {
		return a, fmt.Errorf("reserve variant ids: %w", err)
	}
	if a.reviewIDs, err = reserve(ctx, tx, w.reserveReviews, reviews); err != nil {
		return a, fmt.Errorf("reserve review ids: %w", err)
	}
	return a, nil
}

// explainSKUClash turns a unique violation on a SKU into advice: SKUs are
// derived from the product index, so they clash when a catalog made with one
// seed is extended with another.
func explainSKUClash(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == "variants_sku_key" {
		return fmt.Errorf("%w (the catalog was seeded with another seed; use Reset)", err)
	}
	return err
}
