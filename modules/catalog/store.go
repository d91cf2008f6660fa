package catalog

import "context"

// Store is the catalog's storage, implemented by catalogdb.
//
// The product page reads are keyed by slug so that they are independent of
// each other and can run at once. The listing's lookups take many ids at once:
// the batched reader passes a whole page, the baseline one id at a time.
type Store interface {
	// Product page reads. ProductBySlug returns ErrProductNotFound for an
	// unknown or non-public product; the others return empty results then.
	ProductBySlug(ctx context.Context, slug string) (Product, error)
	VariantsBySlug(ctx context.Context, slug string) ([]Variant, error)
	StockBySlug(ctx context.Context, slug string) ([]StockLevel, error)
	ReviewSummaryBySlug(ctx context.Context, slug string, recent int) (ReviewSummary, error)
	RecommendationsBySlug(ctx context.Context, slug string, limit int) ([]ProductSummary, error)

	// Listing reads. ListProducts returns the page's products with ID, Slug,
	// Name, Category and Brand.ID set; the lookups fill in the rest.
	ListProducts(ctx context.Context, q ListQuery) ([]ProductSummary, error)
	BrandsByID(ctx context.Context, brandIDs []int64) (map[int64]Brand, error)
	FromPrices(ctx context.Context, productIDs []int64) (map[int64]Money, error)
	StockFlags(ctx context.Context, productIDs []int64) (map[int64]bool, error)
	Ratings(ctx context.Context, productIDs []int64) (map[int64]Rating, error)
	CategoryExists(ctx context.Context, slug string) (bool, error)
	BrandExists(ctx context.Context, slug string) (bool, error)

	// Taxonomy.
	Categories(ctx context.Context) ([]Category, error)
	Brands(ctx context.Context) ([]Brand, error)

	// Writes.
	CreateProduct(ctx context.Context, np NewProduct) (Product, error)
	UpdateProduct(ctx context.Context, id int64, patch ProductPatch) (before, after Product, err error)
	SetPrice(ctx context.Context, sku string, price Money, compareAt *Money) (productID int64, err error)
	AdjustStock(ctx context.Context, adj StockAdjustment) (productID int64, level StockLevel, err error)
}
