package catalogseed

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// copyVariants copies the variants of the new products under the reserved
// ids, in product order, and an inventory row for each.
func copyVariants(ctx context.Context, tx pgx.Tx, fresh []newProduct, ids []int64) error {
	type ref struct {
		productID int64
		v         *variant
		position  int32
	}
	all := make([]ref, 0, len(ids))
	for _, p := range fresh {
		for k := range p.variants {
			all = append(all, ref{p.id, &p.variants[k], int32(k + 1)})
		}
	}
	row := make([]any, 8)
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"variants"},
		[]string{"id", "product_id", "sku", "attributes", "price_amount", "compare_at_amount", "currency", "position"},
		pgx.CopyFromSlice(len(all), func(i int) ([]any, error) {
			r := all[i]
			row[0], row[1], row[2], row[3] = ids[i], r.productID, r.v.sku, r.v.attributes
			row[4], row[5], row[6], row[7] = r.v.price, nil, "USD", r.position
			if r.v.compareAt > 0 {
				row[5] = r.v.compareAt
			}
			return row, nil
		}))
	if err != nil {
		return fmt.Errorf("copy variants: %w", explainSKUClash(err))
	}
	row = row[:2]
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"inventory"}, []string{"variant_id", "on_hand"},
		pgx.CopyFromSlice(len(all), func(i int) ([]any, error) {
			row[0], row[1] = ids[i], all[i].v.onHand
			return row, nil
		}))
	if err != nil {
		return fmt.Errorf("copy inventory: %w", err)
	}
	return nil
}

// copyReviews copies the reviews of the new products under the reserved ids
// and one product_ratings row per product that sums them up.
func copyReviews(ctx context.Context, tx pgx.Tx, fresh []newProduct, ids []int64) error {
	type ref struct {
		productID int64
		r         *review
	}
	all := make([]ref, 0, len(ids))
	for _, p := range fresh {
		for k := range p.reviews {
			all = append(all, ref{p.id, &p.reviews[k]})
		}
	}
	row := make([]any, 7)
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"reviews"},
		[]string{"id", "product_id", "rating", "title", "body", "author", "created_at"},
		pgx.CopyFromSlice(len(all), func(i int) ([]any, error) {
			r := all[i]
			row[0], row[1], row[2], row[3] = ids[i], r.productID, r.r.rating, r.r.title
			row[4], row[5], row[6] = r.r.body, r.r.author, r.r.createdAt
			return row, nil
		}))
	if err != nil {
		return fmt.Errorf("copy reviews: %w", err)
	}
	row = make([]any, 8)
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"product_ratings"},
		[]string{"product_id", "review_count", "rating_sum", "stars_1", "stars_2", "stars_3", "stars_4", "stars_5"},
		pgx.CopyFromSlice(len(fresh), func(i int) ([]any, error) {
			p := fresh[i]
			row[0], row[1], row[2] = p.id, p.rating.count, p.rating.sum
			for k, n := range p.rating.stars {
				row[3+k] = n
			}
			return row, nil
		}))
	if err != nil {
		return fmt.Errorf("copy product ratings: %w", err)
	}
	return nil
}
