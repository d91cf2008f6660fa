package catalogdb

import (
	"context"

	"shop/modules/catalog"
)

// productColumns selects a productRow from products p, brands b and
// categories c.
const productColumns = `
	p.id, p.slug, p.name, p.description, p.status, p.images, p.created_at, p.updated_at,
	b.id AS brand_id, b.slug AS brand_slug, b.name AS brand_name,
	c.id AS category_id, coalesce(c.parent_id, 0) AS category_parent_id,
	c.slug AS category_slug, c.name AS category_name`

const productFrom = `
	FROM products p
	JOIN brands b ON b.id = p.brand_id
	JOIN categories c ON c.id = p.category_id`

// ProductBySlug reads an active product with its brand and category.
func (s *Store) ProductBySlug(ctx context.Context, slug string) (catalog.Product, error) {
	var row productRow
	err := s.db.WithContext(ctx).Raw(`SELECT `+productColumns+productFrom+`
		WHERE p.slug = ? AND p.status = 'active'`, slug).Take(&row).Error
	if err != nil {
		return catalog.Product{}, wrap("ProductBySlug", notFound(err, catalog.ErrProductNotFound))
	}
	p, err := toProduct(row)
	return p, wrap("ProductBySlug", err)
}

// VariantsBySlug reads the variants and prices of an active product.
func (s *Store) VariantsBySlug(ctx context.Context, slug string) ([]catalog.Variant, error) {
	var rows []variantRow
	err := s.db.WithContext(ctx).Raw(`
		SELECT v.sku, v.attributes, v.price_amount, v.compare_at_amount, v.currency
		FROM variants v JOIN products p ON p.id = v.product_id
		WHERE p.slug = ? AND p.status = 'active'
		ORDER BY v.position, v.id`, slug).Scan(&rows).Error
	if err != nil {
		return nil, wrap("VariantsBySlug", err)
	}
	vs, err := convertAll(rows, toVariant)
	return vs, wrap("VariantsBySlug", err)
}

// StockBySlug reads the inventory of each variant of an active product.
func (s *Store) StockBySlug(ctx context.Context, slug string) ([]catalog.StockLevel, error) {
	var rows []stockRow
	err := s.db.WithContext(ctx).Raw(`
		SELECT v.sku, i.on_hand, i.reserved
		FROM variants v
		JOIN products p ON p.id = v.product_id
		JOIN inventory i ON i.variant_id = v.id
		WHERE p.slug = ? AND p.status = 'active'
		ORDER BY v.position, v.id`, slug).Scan(&rows).Error
	if err != nil {
		return nil, wrap("StockBySlug", err)
	}
	return mapAll(rows, toStockLevel), nil
}

// ReviewSummaryBySlug reads the rating summary of an active product and its
// recent reviews in one query.
func (s *Store) ReviewSummaryBySlug(ctx context.Context, slug string, recent int) (catalog.ReviewSummary, error) {
	var rows []reviewSummaryRow
	err := s.db.WithContext(ctx).Raw(`
		SELECT coalesce(r.review_count, 0) AS review_count, coalesce(r.rating_avg, 0) AS rating_avg,
		       coalesce(r.stars_1, 0) AS stars_1, coalesce(r.stars_2, 0) AS stars_2, coalesce(r.stars_3, 0) AS stars_3,
		       coalesce(r.stars_4, 0) AS stars_4, coalesce(r.stars_5, 0) AS stars_5,
		       (SELECT coalesce(json_agg(x ORDER BY x.created_at DESC, x.id DESC), '[]')
		        FROM (SELECT rv.id, rv.rating, rv.title, rv.body, rv.author, rv.created_at
		              FROM reviews rv WHERE rv.product_id = p.id
		              ORDER BY rv.created_at DESC, rv.id DESC LIMIT ?) x) AS recent
		FROM products p LEFT JOIN product_ratings r ON r.product_id = p.id
		WHERE p.slug = ? AND p.status = 'active'`, recent, slug).Scan(&rows).Error
	if err != nil || len(rows) == 0 {
		return catalog.ReviewSummary{Recent: []catalog.Review{}}, wrap("ReviewSummaryBySlug", err)
	}
	sum, err := toReviewSummary(rows[0])
	return sum, wrap("ReviewSummaryBySlug", err)
}

// RecommendationsBySlug reads the best-rated active products of the same
// category as slug, excluding it.
func (s *Store) RecommendationsBySlug(ctx context.Context, slug string, limit int) ([]catalog.ProductSummary, error) {
	var rows []summaryRow
	err := s.db.WithContext(ctx).Raw(`
		WITH top AS (
			SELECT p.id, r.rating_avg, r.review_count
			FROM products src
			JOIN products p ON p.category_id = src.category_id AND p.id <> src.id AND p.status = 'active'
			JOIN product_ratings r ON r.product_id = p.id
			WHERE src.slug = ? AND src.status = 'active'
			ORDER BY r.rating_avg DESC, r.review_count DESC, p.id
			LIMIT ?)
		SELECT p.id, p.slug, p.name,
		       b.id AS brand_id, b.slug AS brand_slug, b.name AS brand_name,
		       c.id AS category_id, coalesce(c.parent_id, 0) AS category_parent_id,
		       c.slug AS category_slug, c.name AS category_name,
		       price.price_amount, price.currency, top.rating_avg, top.review_count,
		       EXISTS (SELECT 1 FROM variants v JOIN inventory i ON i.variant_id = v.id
		               WHERE v.product_id = p.id AND i.on_hand > i.reserved) AS in_stock
		FROM top
		JOIN products p ON p.id = top.id
		JOIN brands b ON b.id = p.brand_id
		JOIN categories c ON c.id = p.category_id
		LEFT JOIN LATERAL (
			SELECT v.price_amount, v.currency FROM variants v WHERE v.product_id = p.id
			ORDER BY v.price_amount, v.position, v.id LIMIT 1) price ON true
		ORDER BY top.rating_avg DESC, top.review_count DESC, p.id`, slug, limit).Scan(&rows).Error
	if err != nil {
		return nil, wrap("RecommendationsBySlug", err)
	}
	return mapAll(rows, toSummary), nil
}
