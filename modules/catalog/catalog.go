package catalog

import (
	"time"

	"shop/platform/fault"
)

// Sentinel errors of the catalog. Wrap them with the operation's name.
var (
	ErrProductNotFound   = fault.New(fault.NotFound, "product not found")
	ErrVariantNotFound   = fault.New(fault.NotFound, "variant not found")
	ErrCategoryNotFound  = fault.New(fault.NotFound, "category not found")
	ErrBrandNotFound     = fault.New(fault.NotFound, "brand not found")
	ErrSlugTaken         = fault.New(fault.Conflict, "a product with this slug already exists")
	ErrSKUTaken          = fault.New(fault.Conflict, "a variant with this SKU already exists")
	ErrInsufficientStock = fault.New(fault.Conflict, "adjustment would take available stock below zero")
)

// Money is an amount in the currency's minor units (cents for USD).
type Money struct {
	Amount   int64
	Currency string
}

// Status is a product's lifecycle state; only active products are public.
type Status string

// The product statuses.
const (
	StatusDraft    Status = "draft"
	StatusActive   Status = "active"
	StatusArchived Status = "archived"
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	return s == StatusDraft || s == StatusActive || s == StatusArchived
}

// Category is a node of the two-level category tree.
type Category struct {
	ID       int64
	ParentID int64 // 0 for a top-level category
	Slug     string
	Name     string
}

// Brand is a product's maker.
type Brand struct {
	ID   int64
	Slug string
	Name string
}

// Image is a product picture.
type Image struct {
	URL string
	Alt string
}

// Product is the descriptive part of a product.
type Product struct {
	ID          int64
	Slug        string
	Name        string
	Description string
	Status      Status
	Brand       Brand
	Category    Category
	Images      []Image
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Variant is one purchasable SKU of a product with its price.
type Variant struct {
	SKU        string
	Attributes map[string]string
	Price      Money
	CompareAt  *Money // the "was" price when the variant is on sale
}

// StockLevel is the inventory of one variant.
type StockLevel struct {
	SKU       string
	OnHand    int
	Reserved  int
	Available int // OnHand - Reserved, never below zero
}

// InStock reports whether at least one unit can be sold.
func (s StockLevel) InStock() bool { return s.Available > 0 }

// Rating is a product's review average (two decimals) and review count.
type Rating struct {
	Average float64
	Count   int
}

// Review is one customer review.
type Review struct {
	ID        int64
	Rating    int
	Title     string
	Body      string
	Author    string
	CreatedAt time.Time
}

// ReviewSummary is a product's rating, its histogram of stars (index 0 counts
// 1-star reviews) and its most recent reviews.
type ReviewSummary struct {
	Rating    Rating
	Histogram [5]int
	Recent    []Review
}

// ProductSummary is a product as a listing or a recommendation shows it.
type ProductSummary struct {
	ID       int64
	Slug     string
	Name     string
	Brand    Brand
	Category Category
	Price    Money // the lowest variant price, "from …"
	Rating   Rating
	InStock  bool
}
