package catalog

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
)

// Invalidator drops cached entries by tag on every instance; *cache.Bus
// implements it.
type Invalidator interface {
	Invalidate(ctx context.Context, tags ...string) error
}

// Service is the catalog's write side and its taxonomy reads. Each write
// commits first and then invalidates the cache entries it affects.
type Service struct {
	store  Store
	inv    Invalidator
	logger *slog.Logger
}

// NewService returns a Service over store that invalidates through inv.
func NewService(store Store, inv Invalidator, logger *slog.Logger) *Service {
	return &Service{store: store, inv: inv, logger: logger}
}

// Categories returns the category tree, parents before their children.
func (s *Service) Categories(ctx context.Context) ([]Category, error) {
	cats, err := s.store.Categories(ctx)
	if err != nil {
		return nil, fmt.Errorf("catalog.Categories: %w", err)
	}
	return cats, nil
}

// Brands returns every brand by name.
func (s *Service) Brands(ctx context.Context) ([]Brand, error) {
	brands, err := s.store.Brands(ctx)
	if err != nil {
		return nil, fmt.Errorf("catalog.Brands: %w", err)
	}
	return brands, nil
}

// CreateProduct creates a product with its variants and their stock in one
// transaction. Without a slug, one is made from the name. The slug is the natural idempotency key: a retried create
// fails with ErrSlugTaken and creates nothing.
func (s *Service) CreateProduct(ctx context.Context, np NewProduct) (Product, error) {
	if np.Slug == "" {
		np.Slug = Slugify(np.Name)
	}
	if err := np.validate(); err != nil {
		return Product{}, fmt.Errorf("catalog.CreateProduct: %w", err)
	}
	p, err := s.store.CreateProduct(ctx, np)
	if err != nil {
		return Product{}, fmt.Errorf("catalog.CreateProduct: %w", err)
	}
	s.invalidate(ctx, slugTag(p.Slug), listingsTag, recommendationsTag(p.Category.ID))
	return p, nil
}

// UpdateProduct changes the given fields of product id. Retrying it is
// harmless: the same patch gives the same product.
func (s *Service) UpdateProduct(ctx context.Context, id int64, patch ProductPatch) (Product, error) {
	if err := patch.validate(); err != nil {
		return Product{}, fmt.Errorf("catalog.UpdateProduct: %w", err)
	}
	before, after, err := s.store.UpdateProduct(ctx, id, patch)
	if err != nil {
		return Product{}, fmt.Errorf("catalog.UpdateProduct: %w", err)
	}
	tags := []string{productTag(id), slugTag(after.Slug)}
	if before.Status != after.Status || before.Category.ID != after.Category.ID || before.Brand.ID != after.Brand.ID {
		// The product enters or leaves listings and category rankings.
		tags = append(tags, listingsTag, recommendationsTag(before.Category.ID), recommendationsTag(after.Category.ID))
	}
	s.invalidate(ctx, slices.Compact(tags)...)
	return after, nil
}

// SetPrice sets the price (and optional compare-at price) of a variant.
// Retrying it is harmless.
func (s *Service) SetPrice(ctx context.Context, sku string, price Money, compareAt *Money) error {
	if err := validatePrice(price, compareAt); err != nil {
		return fmt.Errorf("catalog.SetPrice: %w", err)
	}
	productID, err := s.store.SetPrice(ctx, sku, price, compareAt)
	if err != nil {
		return fmt.Errorf("catalog.SetPrice: %w", err)
	}
	s.invalidate(ctx, productTag(productID))
	return nil
}

// AdjustStock adds adj.Delta to a variant's stock on hand, refusing with
// ErrInsufficientStock when available stock would go below zero. An
// adjustment with an idempotency key is applied once: a retry with the same
// key returns the stock level the first attempt produced.
func (s *Service) AdjustStock(ctx context.Context, adj StockAdjustment) (StockLevel, error) {
	if err := adj.validate(); err != nil {
		return StockLevel{}, fmt.Errorf("catalog.AdjustStock: %w", err)
	}
	productID, level, err := s.store.AdjustStock(ctx, adj)
	if err != nil {
		return StockLevel{}, fmt.Errorf("catalog.AdjustStock: %w", err)
	}
	s.invalidate(ctx, productTag(productID))
	return level, nil
}

// invalidate drops the cached entries carrying tags. The write has committed,
// so a failure (Redis down) is logged, not returned: this instance's L1 is
// dropped regardless, and other instances' L1 entries expire within their TTL.
func (s *Service) invalidate(ctx context.Context, tags ...string) {
	if err := s.inv.Invalidate(ctx, tags...); err != nil {
		s.logger.WarnContext(ctx, "cache invalidation incomplete", "tags", tags, "err", err)
	}
}
