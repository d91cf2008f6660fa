package catalogdb

import (
	"context"
	"strings"

	"shop/modules/catalog"
)

// ListProducts reads one page of active products in id order, with their
// category; brand, price, stock and rating are left to the lookups.
func (s *Store) ListProducts(ctx context.Context, q catalog.ListQuery) ([]catalog.ProductSummary, error) {
	var where strings.Builder
	args := []any{q.AfterID}
	where.WriteString(`p.status = 'active' AND p.id > ?`)
	if q.CategorySlug != "" {
		where.WriteString(` AND p.category_id IN (
			SELECT id FROM categories WHERE slug = ?
			UNION ALL
			SELECT child.id FROM categories child JOIN categories parent ON parent.id = child.parent_id
			WHERE parent.slug = ?)`)
		args = append(args, q.CategorySlug, q.CategorySlug)
	}
	if q.BrandSlug != "" {
		where.WriteString(` AND p.brand_id = (SELECT id FROM brands WHERE slug = ?)`)
		args = append(args, q.BrandSlug)
	}
	args = append(args, q.Limit)
	var rows []summaryRow
	err := s.db.WithContext(ctx).Raw(`
		SELECT p.id, p.slug, p.name, p.brand_id,
		       c.id AS category_id, coalesce(c.parent_id, 0) AS category_parent_id,
		       c.slug AS category_slug, c.name AS category_name
		FROM products p JOIN categories c ON c.id = p.category_id
		WHERE `+where.String()+`
		ORDER BY p.id
		LIMIT ?`, args...).Scan(&rows).Error
	if err != nil {
		return nil, wrap("ListProducts", err)
	}
	return mapAll(rows, toSummary), nil
}

// BrandsByID reads brands by id.
func (s *Store) BrandsByID(ctx context.Context, brandIDs []int64) (map[int64]catalog.Brand, error) {
	m, err := scanMap(ctx, s.db, `SELECT id, slug, name FROM brands WHERE id IN ?`, brandIDs,
		func(r brandRow) int64 { return r.ID }, toBrand)
	return m, wrap("BrandsByID", err)
}

// FromPrices reads the lowest variant price of each product.
func (s *Store) FromPrices(ctx context.Context, productIDs []int64) (map[int64]catalog.Money, error) {
	type priceRow struct {
		ProductID   int64  `gorm:"column:product_id"`
		PriceAmount int64  `gorm:"column:price_amount"`
		Currency    string `gorm:"column:currency"`
	}
	m, err := scanMap(ctx, s.db, `
		SELECT DISTINCT ON (product_id) product_id, price_amount, currency
		FROM variants WHERE product_id IN ?
		ORDER BY product_id, price_amount, position, id`, productIDs,
		func(r priceRow) int64 { return r.ProductID },
		func(r priceRow) catalog.Money { return catalog.Money{Amount: r.PriceAmount, Currency: r.Currency} })
	return m, wrap("FromPrices", err)
}

// StockFlags reads whether each product has a variant in stock.
func (s *Store) StockFlags(ctx context.Context, productIDs []int64) (map[int64]bool, error) {
	type flagRow struct {
		ProductID int64 `gorm:"column:product_id"`
		InStock   bool  `gorm:"column:in_stock"`
	}
	m, err := scanMap(ctx, s.db, `
		SELECT v.product_id, bool_or(i.on_hand > i.reserved) AS in_stock
		FROM variants v JOIN inventory i ON i.variant_id = v.id
		WHERE v.product_id IN ?
		GROUP BY v.product_id`, productIDs,
		func(r flagRow) int64 { return r.ProductID },
		func(r flagRow) bool { return r.InStock })
	return m, wrap("StockFlags", err)
}

// Ratings reads the review average and count of each product.
func (s *Store) Ratings(ctx context.Context, productIDs []int64) (map[int64]catalog.Rating, error) {
	type ratingRow struct {
		ProductID   int64   `gorm:"column:product_id"`
		RatingAvg   float64 `gorm:"column:rating_avg"`
		ReviewCount int     `gorm:"column:review_count"`
	}
	m, err := scanMap(ctx, s.db, `
		SELECT product_id, rating_avg, review_count FROM product_ratings WHERE product_id IN ?`, productIDs,
		func(r ratingRow) int64 { return r.ProductID },
		func(r ratingRow) catalog.Rating { return catalog.Rating{Average: r.RatingAvg, Count: r.ReviewCount} })
	return m, wrap("Ratings", err)
}

// CategoryExists reports whether a category has slug.
func (s *Store) CategoryExists(ctx context.Context, slug string) (bool, error) {
	ok, err := s.exists(ctx, `SELECT 1 FROM categories WHERE slug = ? LIMIT 1`, slug)
	return ok, wrap("CategoryExists", err)
}

// BrandExists reports whether a brand has slug.
func (s *Store) BrandExists(ctx context.Context, slug string) (bool, error) {
	ok, err := s.exists(ctx, `SELECT 1 FROM brands WHERE slug = ? LIMIT 1`, slug)
	return ok, wrap("BrandExists", err)
}

// Categories reads the category tree, parents first, then by position.
func (s *Store) Categories(ctx context.Context) ([]catalog.Category, error) {
	var rows []categoryRow
	err := s.db.WithContext(ctx).Raw(`
		SELECT c.id, c.parent_id, c.slug, c.name FROM categories c
		LEFT JOIN categories parent ON parent.id = c.parent_id
		ORDER BY coalesce(parent.position, c.position), coalesce(parent.id, c.id), c.parent_id NULLS FIRST, c.position, c.id`).
		Scan(&rows).Error
	if err != nil {
		return nil, wrap("Categories", err)
	}
	return mapAll(rows, toCategory), nil
}

// Brands reads every brand by name.
func (s *Store) Brands(ctx context.Context) ([]catalog.Brand, error) {
	var rows []brandRow
	if err := s.db.WithContext(ctx).Raw(`SELECT id, slug, name FROM brands ORDER BY name, id`).Scan(&rows).Error; err != nil {
		return nil, wrap("Brands", err)
	}
	return mapAll(rows, toBrand), nil
}
