package catalogdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"shop/modules/catalog"
	"shop/platform/fault"
)

// uniqueViolation reports whether err is Postgres' unique_violation on constraint.
func uniqueViolation(err error, constraint string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == constraint
}

// lookupID resolves a slug in table to its id, or returns an invalid-argument
// error naming field: a write that names an unknown brand or category is a
// mistake in the request, not a missing resource.
func lookupID(tx *gorm.DB, table, field, slug string) (int64, error) {
	var ids []int64
	if err := tx.Raw(`SELECT id FROM `+table+` WHERE slug = ?`, slug).Scan(&ids).Error; err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, fault.InvalidArg(field, fmt.Sprintf("no %s with slug %q", field, slug))
	}
	return ids[0], nil
}

// productByID reads a product in any status, locking its row when lock is set.
func productByID(tx *gorm.DB, id int64, lock bool) (catalog.Product, error) {
	q := tx.Raw(`SELECT `+productColumns+productFrom+` WHERE p.id = ?`, id)
	if lock {
		q = tx.Raw(`SELECT `+productColumns+productFrom+` WHERE p.id = ? FOR UPDATE OF p`, id)
	}
	var row productRow
	if err := q.Take(&row).Error; err != nil {
		return catalog.Product{}, notFound(err, catalog.ErrProductNotFound)
	}
	return toProduct(row)
}

// CreateProduct inserts a product, its variants, their inventory and an empty
// rating summary in one transaction.
func (s *Store) CreateProduct(ctx context.Context, np catalog.NewProduct) (catalog.Product, error) {
	var created catalog.Product
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		brandID, err := lookupID(tx, "brands", "brand", np.BrandSlug)
		if err != nil {
			return err
		}
		categoryID, err := lookupID(tx, "categories", "category", np.CategorySlug)
		if err != nil {
			return err
		}
		images, err := fromImages(np.Images)
		if err != nil {
			return err
		}
		status := np.Status
		if status == "" {
			status = catalog.StatusActive
		}
		var id int64
		err = tx.Raw(`INSERT INTO products (slug, name, description, brand_id, category_id, status, images)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			np.Slug, np.Name, np.Description, brandID, categoryID, string(status), string(images)).Scan(&id).Error
		if uniqueViolation(err, "products_slug_key") {
			return catalog.ErrSlugTaken
		}
		if err != nil {
			return err
		}
		for i, v := range np.Variants {
			if err := insertVariant(tx, id, i, v); err != nil {
				return err
			}
		}
		if err := tx.Exec(`INSERT INTO product_ratings (product_id) VALUES (?)`, id).Error; err != nil {
			return err
		}
		created, err = productByID(tx, id, false)
		return err
	})
	return created, wrap("CreateProduct", err)
}

func insertVariant(tx *gorm.DB, productID int64, position int, v catalog.NewVariant) error {
	attrs, err := json.Marshal(v.Attributes)
	if err != nil {
		return err
	}
	var compareAt *int64
	if v.CompareAt != nil {
		compareAt = &v.CompareAt.Amount
	}
	var variantID int64
	err = tx.Raw(`INSERT INTO variants (product_id, sku, attributes, price_amount, compare_at_amount, currency, position)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		productID, v.SKU, string(attrs), v.Price.Amount, compareAt, v.Price.Currency, position).Scan(&variantID).Error
	if uniqueViolation(err, "variants_sku_key") {
		return fmt.Errorf("%s: %w", v.SKU, catalog.ErrSKUTaken)
	}
	if err != nil {
		return err
	}
	return tx.Exec(`INSERT INTO inventory (variant_id, on_hand) VALUES (?, ?)`, variantID, v.OnHand).Error
}

// UpdateProduct applies patch to product id under a row lock and returns the
// product before and after.
func (s *Store) UpdateProduct(ctx context.Context, id int64, patch catalog.ProductPatch) (before, after catalog.Product, err error) {
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		if before, err = productByID(tx, id, true); err != nil {
			return err
		}
		set := map[string]any{"updated_at": gorm.Expr("now()")}
		if patch.Name != nil {
			set["name"] = *patch.Name
		}
		if patch.Description != nil {
			set["description"] = *patch.Description
		}
		if patch.Status != nil {
			set["status"] = string(*patch.Status)
		}
		if patch.CategorySlug != nil {
			if set["category_id"], err = lookupID(tx, "categories", "category", *patch.CategorySlug); err != nil {
				return err
			}
		}
		if patch.BrandSlug != nil {
			if set["brand_id"], err = lookupID(tx, "brands", "brand", *patch.BrandSlug); err != nil {
				return err
			}
		}
		if err := tx.Table("products").Where("id = ?", id).Updates(set).Error; err != nil {
			return err
		}
		after, err = productByID(tx, id, false)
		return err
	})
	return before, after, wrap("UpdateProduct", err)
}

// SetPrice sets a variant's price and compare-at price.
func (s *Store) SetPrice(ctx context.Context, sku string, price catalog.Money, compareAt *catalog.Money) (int64, error) {
	var compareAtAmount *int64
	if compareAt != nil {
		compareAtAmount = &compareAt.Amount
	}
	var productIDs []int64
	err := s.db.WithContext(ctx).Raw(`UPDATE variants SET price_amount = ?, compare_at_amount = ?, currency = ?
		WHERE sku = ? RETURNING product_id`, price.Amount, compareAtAmount, price.Currency, sku).Scan(&productIDs).Error
	if err != nil {
		return 0, wrap("SetPrice", err)
	}
	if len(productIDs) == 0 {
		return 0, wrap("SetPrice", fmt.Errorf("%s: %w", sku, catalog.ErrVariantNotFound))
	}
	return productIDs[0], nil
}

// adjustedRow is what a stock adjustment returns.
type adjustedRow struct {
	ProductID int64 `gorm:"column:product_id"`
	VariantID int64 `gorm:"column:variant_id"`
	stockRow
}

// AdjustStock changes a variant's stock on hand in one conditional UPDATE, so
// concurrent adjustments can never take available stock below zero, and logs
// the adjustment in the same transaction. With an idempotency key, a repeat
// of an applied adjustment changes nothing and returns the current level.
func (s *Store) AdjustStock(ctx context.Context, adj catalog.StockAdjustment) (int64, catalog.StockLevel, error) {
	var out adjustedRow
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		if adj.IdempotencyKey != "" {
			replayed, err := replayAdjustment(tx, adj)
			if err != nil {
				return err
			}
			if replayed != nil {
				out = *replayed
				return nil
			}
		}
		var rows []adjustedRow
		err := tx.Raw(`UPDATE inventory i SET on_hand = i.on_hand + ?, updated_at = now()
			FROM variants v
			WHERE v.id = i.variant_id AND v.sku = ? AND i.on_hand + ? >= i.reserved
			RETURNING v.product_id, v.id AS variant_id, v.sku, i.on_hand, i.reserved`,
			adj.Delta, adj.SKU, adj.Delta).Scan(&rows).Error
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return missingOrInsufficient(tx, adj.SKU)
		}
		out = rows[0]
		var key *string
		if adj.IdempotencyKey != "" {
			key = &adj.IdempotencyKey
		}
		return tx.Exec(`INSERT INTO stock_adjustments (variant_id, delta, reason, idempotency_key, on_hand_after)
			VALUES (?, ?, ?, ?, ?)`, out.VariantID, adj.Delta, adj.Reason, key, out.OnHand).Error
	})
	if uniqueViolation(err, "stock_adjustments_idempotency_key_key") {
		// A concurrent request with the same key won; answer as its replay.
		return s.AdjustStock(ctx, adj)
	}
	if err != nil {
		return 0, catalog.StockLevel{}, wrap("AdjustStock", err)
	}
	return out.ProductID, toStockLevel(out.stockRow), nil
}

// replayAdjustment returns the current stock of the adjustment already made
// with adj's idempotency key, nil when there is none, or a conflict when the
// key was used for a different adjustment.
func replayAdjustment(tx *gorm.DB, adj catalog.StockAdjustment) (*adjustedRow, error) {
	var rows []struct {
		ProductID int64  `gorm:"column:product_id"`
		VariantID int64  `gorm:"column:variant_id"`
		SKU       string `gorm:"column:sku"`
		OnHand    int    `gorm:"column:on_hand"`
		Reserved  int    `gorm:"column:reserved"`
		Delta     int    `gorm:"column:delta"`
	}
	err := tx.Raw(`SELECT v.product_id, v.id AS variant_id, v.sku, i.on_hand, i.reserved, a.delta
		FROM stock_adjustments a
		JOIN variants v ON v.id = a.variant_id
		JOIN inventory i ON i.variant_id = v.id
		WHERE a.idempotency_key = ?`, adj.IdempotencyKey).Scan(&rows).Error
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	r := rows[0]
	if r.SKU != adj.SKU || r.Delta != adj.Delta {
		return nil, fault.New(fault.Conflict, "Idempotency-Key was already used for a different adjustment")
	}
	return &adjustedRow{ProductID: r.ProductID, VariantID: r.VariantID, stockRow: stockRow{SKU: r.SKU, OnHand: r.OnHand, Reserved: r.Reserved}}, nil
}

func missingOrInsufficient(tx *gorm.DB, sku string) error {
	var n []int
	if err := tx.Raw(`SELECT 1 FROM variants WHERE sku = ?`, sku).Scan(&n).Error; err != nil {
		return err
	}
	if len(n) == 0 {
		return fmt.Errorf("%s: %w", sku, catalog.ErrVariantNotFound)
	}
	return catalog.ErrInsufficientStock
}
