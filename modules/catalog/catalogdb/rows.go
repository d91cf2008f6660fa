package catalogdb

import (
	"encoding/json"
	"fmt"
	"time"

	"shop/modules/catalog"
)

// taxonomyColumns are a product's brand and category, joined in.
type taxonomyColumns struct {
	BrandID          int64  `gorm:"column:brand_id"`
	BrandSlug        string `gorm:"column:brand_slug"`
	BrandName        string `gorm:"column:brand_name"`
	CategoryID       int64  `gorm:"column:category_id"`
	CategoryParentID int64  `gorm:"column:category_parent_id"`
	CategorySlug     string `gorm:"column:category_slug"`
	CategoryName     string `gorm:"column:category_name"`
}

func (t taxonomyColumns) brand() catalog.Brand {
	return catalog.Brand{ID: t.BrandID, Slug: t.BrandSlug, Name: t.BrandName}
}

func (t taxonomyColumns) category() catalog.Category {
	return catalog.Category{ID: t.CategoryID, ParentID: t.CategoryParentID, Slug: t.CategorySlug, Name: t.CategoryName}
}

// productRow is a product joined with its brand and category.
type productRow struct {
	ID          int64           `gorm:"column:id"`
	Slug        string          `gorm:"column:slug"`
	Name        string          `gorm:"column:name"`
	Description string          `gorm:"column:description"`
	Status      string          `gorm:"column:status"`
	Images      []byte          `gorm:"column:images"`
	CreatedAt   time.Time       `gorm:"column:created_at"`
	UpdatedAt   time.Time       `gorm:"column:updated_at"`
	Taxonomy    taxonomyColumns `gorm:"embedded"`
}

// imageJSON is how an image is stored in products.images.
type imageJSON struct {
	URL string `json:"url"`
	Alt string `json:"alt"`
}

func toProduct(r productRow) (catalog.Product, error) {
	var imgs []imageJSON
	if err := json.Unmarshal(r.Images, &imgs); err != nil {
		return catalog.Product{}, fmt.Errorf("product %d images: %w", r.ID, err)
	}
	images := make([]catalog.Image, len(imgs))
	for i, im := range imgs {
		images[i] = catalog.Image{URL: im.URL, Alt: im.Alt}
	}
	return catalog.Product{
		ID:          r.ID,
		Slug:        r.Slug,
		Name:        r.Name,
		Description: r.Description,
		Status:      catalog.Status(r.Status),
		Brand:       r.Taxonomy.brand(),
		Category:    r.Taxonomy.category(),
		Images:      images,
		CreatedAt:   r.CreatedAt.UTC(),
		UpdatedAt:   r.UpdatedAt.UTC(),
	}, nil
}

func fromImages(images []catalog.Image) ([]byte, error) {
	imgs := make([]imageJSON, len(images))
	for i, im := range images {
		imgs[i] = imageJSON{URL: im.URL, Alt: im.Alt}
	}
	return json.Marshal(imgs)
}

// variantRow is a variant with its price.
type variantRow struct {
	SKU             string `gorm:"column:sku"`
	Attributes      []byte `gorm:"column:attributes"`
	PriceAmount     int64  `gorm:"column:price_amount"`
	CompareAtAmount *int64 `gorm:"column:compare_at_amount"`
	Currency        string `gorm:"column:currency"`
}

func toVariant(r variantRow) (catalog.Variant, error) {
	attrs := map[string]string{}
	if err := json.Unmarshal(r.Attributes, &attrs); err != nil {
		return catalog.Variant{}, fmt.Errorf("variant %s attributes: %w", r.SKU, err)
	}
	v := catalog.Variant{
		SKU:        r.SKU,
		Attributes: attrs,
		Price:      catalog.Money{Amount: r.PriceAmount, Currency: r.Currency},
	}
	if r.CompareAtAmount != nil {
		v.CompareAt = &catalog.Money{Amount: *r.CompareAtAmount, Currency: r.Currency}
	}
	return v, nil
}

// stockRow is the inventory of one variant.
type stockRow struct {
	SKU      string `gorm:"column:sku"`
	OnHand   int    `gorm:"column:on_hand"`
	Reserved int    `gorm:"column:reserved"`
}

func toStockLevel(r stockRow) catalog.StockLevel {
	return catalog.StockLevel{SKU: r.SKU, OnHand: r.OnHand, Reserved: r.Reserved, Available: max(r.OnHand-r.Reserved, 0)}
}

// reviewSummaryRow is a product's rating summary with its recent reviews as
// a JSON array, read in one round trip.
type reviewSummaryRow struct {
	ReviewCount int     `gorm:"column:review_count"`
	RatingAvg   float64 `gorm:"column:rating_avg"`
	Stars1      int     `gorm:"column:stars_1"`
	Stars2      int     `gorm:"column:stars_2"`
	Stars3      int     `gorm:"column:stars_3"`
	Stars4      int     `gorm:"column:stars_4"`
	Stars5      int     `gorm:"column:stars_5"`
	Recent      []byte  `gorm:"column:recent"`
}

type reviewJSON struct {
	ID        int64     `json:"id"`
	Rating    int       `json:"rating"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Author    string    `json:"author"`
	CreatedAt time.Time `json:"created_at"`
}

func toReviewSummary(r reviewSummaryRow) (catalog.ReviewSummary, error) {
	var recent []reviewJSON
	if err := json.Unmarshal(r.Recent, &recent); err != nil {
		return catalog.ReviewSummary{}, fmt.Errorf("recent reviews: %w", err)
	}
	s := catalog.ReviewSummary{
		Rating:    catalog.Rating{Average: r.RatingAvg, Count: r.ReviewCount},
		Histogram: [5]int{r.Stars1, r.Stars2, r.Stars3, r.Stars4, r.Stars5},
		Recent:    make([]catalog.Review, len(recent)),
	}
	for i, rv := range recent {
		s.Recent[i] = catalog.Review{ID: rv.ID, Rating: rv.Rating, Title: rv.Title, Body: rv.Body, Author: rv.Author, CreatedAt: rv.CreatedAt.UTC()}
	}
	return s, nil
}

// summaryRow is a product as a listing or recommendation shows it. Listing
// rows leave the price, stock and rating columns zero: lookups fill them.
type summaryRow struct {
	ID          int64           `gorm:"column:id"`
	Slug        string          `gorm:"column:slug"`
	Name        string          `gorm:"column:name"`
	PriceAmount int64           `gorm:"column:price_amount"`
	Currency    string          `gorm:"column:currency"`
	RatingAvg   float64         `gorm:"column:rating_avg"`
	ReviewCount int             `gorm:"column:review_count"`
	InStock     bool            `gorm:"column:in_stock"`
	Taxonomy    taxonomyColumns `gorm:"embedded"`
}

func toSummary(r summaryRow) catalog.ProductSummary {
	return catalog.ProductSummary{
		ID:       r.ID,
		Slug:     r.Slug,
		Name:     r.Name,
		Brand:    r.Taxonomy.brand(),
		Category: r.Taxonomy.category(),
		Price:    catalog.Money{Amount: r.PriceAmount, Currency: r.Currency},
		Rating:   catalog.Rating{Average: r.RatingAvg, Count: r.ReviewCount},
		InStock:  r.InStock,
	}
}

// categoryRow and brandRow are the taxonomy tables.
type categoryRow struct {
	ID       int64  `gorm:"column:id"`
	ParentID *int64 `gorm:"column:parent_id"`
	Slug     string `gorm:"column:slug"`
	Name     string `gorm:"column:name"`
}

func toCategory(r categoryRow) catalog.Category {
	c := catalog.Category{ID: r.ID, Slug: r.Slug, Name: r.Name}
	if r.ParentID != nil {
		c.ParentID = *r.ParentID
	}
	return c
}

type brandRow struct {
	ID   int64  `gorm:"column:id"`
	Slug string `gorm:"column:slug"`
	Name string `gorm:"column:name"`
}

func toBrand(r brandRow) catalog.Brand { return catalog.Brand{ID: r.ID, Slug: r.Slug, Name: r.Name} }
