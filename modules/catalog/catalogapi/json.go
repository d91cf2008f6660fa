package catalogapi

import (
	"strconv"
	"time"

	"shop/modules/catalog"
)

type moneyJSON struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

func toMoneyJSON(m catalog.Money) moneyJSON { return moneyJSON{Amount: m.Amount, Currency: m.Currency} }

func toMoneyPtrJSON(m *catalog.Money) *moneyJSON {
	if m == nil {
		return nil
	}
	j := toMoneyJSON(*m)
	return &j
}

type brandJSON struct {
	ID   int64  `json:"id"`
	Slug string `json:"slug"`
	Name string `json:"name"`
}

func toBrandJSON(b catalog.Brand) brandJSON { return brandJSON{ID: b.ID, Slug: b.Slug, Name: b.Name} }

type categoryJSON struct {
	ID       int64  `json:"id"`
	ParentID *int64 `json:"parent_id"`
	Slug     string `json:"slug"`
	Name     string `json:"name"`
}

func toCategoryJSON(c catalog.Category) categoryJSON {
	j := categoryJSON{ID: c.ID, Slug: c.Slug, Name: c.Name}
	if c.ParentID != 0 {
		j.ParentID = &c.ParentID
	}
	return j
}

type imageJSON struct {
	URL string `json:"url"`
	Alt string `json:"alt"`
}

type productJSON struct {
	ID          int64        `json:"id"`
	Slug        string       `json:"slug"`
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Status      string       `json:"status"`
	Brand       brandJSON    `json:"brand"`
	Category    categoryJSON `json:"category"`
	Images      []imageJSON  `json:"images"`
	CreatedAt   time.Time    `json:"created_at"`
	UpdatedAt   time.Time    `json:"updated_at"`
}

func toProductJSON(p catalog.Product) productJSON {
	images := make([]imageJSON, len(p.Images))
	for i, im := range p.Images {
		images[i] = imageJSON{URL: im.URL, Alt: im.Alt}
	}
	return productJSON{
		ID:          p.ID,
		Slug:        p.Slug,
		Name:        p.Name,
		Description: p.Description,
		Status:      string(p.Status),
		Brand:       toBrandJSON(p.Brand),
		Category:    toCategoryJSON(p.Category),
		Images:      images,
		CreatedAt:   p.CreatedAt,
		UpdatedAt:   p.UpdatedAt,
	}
}

type variantJSON struct {
	SKU        string            `json:"sku"`
	Attributes map[string]string `json:"attributes"`
}

type variantPriceJSON struct {
	SKU       string     `json:"sku"`
	Price     moneyJSON  `json:"price"`
	CompareAt *moneyJSON `json:"compare_at"`
}

type pricingJSON struct {
	Variants []variantPriceJSON `json:"variants"`
	Min      moneyJSON          `json:"min"`
	Max      moneyJSON          `json:"max"`
	OnSale   bool               `json:"on_sale"`
}

type stockJSON struct {
	SKU       string `json:"sku"`
	Available int    `json:"available"`
	InStock   bool   `json:"in_stock"`
}

type inventoryJSON struct {
	Variants []stockJSON `json:"variants"`
	InStock  bool        `json:"in_stock"`
}

type reviewJSON struct {
	ID        int64     `json:"id"`
	Rating    int       `json:"rating"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Author    string    `json:"author"`
	CreatedAt time.Time `json:"created_at"`
}

type reviewsJSON struct {
	Count     int            `json:"count"`
	Average   float64        `json:"average"`
	Histogram map[string]int `json:"histogram"`
	Recent    []reviewJSON   `json:"recent"`
}

func toReviewsJSON(s catalog.ReviewSummary) reviewsJSON {
	j := reviewsJSON{
		Count:     s.Rating.Count,
		Average:   s.Rating.Average,
		Histogram: make(map[string]int, len(s.Histogram)),
		Recent:    make([]reviewJSON, len(s.Recent)),
	}
	for i, n := range s.Histogram {
		j.Histogram[strconv.Itoa(i+1)] = n
	}
	for i, r := range s.Recent {
		j.Recent[i] = reviewJSON{ID: r.ID, Rating: r.Rating, Title: r.Title, Body: r.Body, Author: r.Author, CreatedAt: r.CreatedAt}
	}
	return j
}

// summaryJSON is a product in a listing or among recommendations.
type summaryJSON struct {
	ID          int64        `json:"id"`
	Slug        string       `json:"slug"`
	Name        string       `json:"name"`
	Brand       brandJSON    `json:"brand"`
	Category    categoryJSON `json:"category"`
	Price       moneyJSON    `json:"price"`
	Rating      float64      `json:"rating"`
	ReviewCount int          `json:"review_count"`
	InStock     bool         `json:"in_stock"`
}

func toSummariesJSON(items []catalog.ProductSummary) []summaryJSON {
	out := make([]summaryJSON, len(items))
	for i, it := range items {
		out[i] = summaryJSON{
			ID:          it.ID,
			Slug:        it.Slug,
			Name:        it.Name,
			Brand:       toBrandJSON(it.Brand),
			Category:    toCategoryJSON(it.Category),
			Price:       toMoneyJSON(it.Price),
			Rating:      it.Rating.Average,
			ReviewCount: it.Rating.Count,
			InStock:     it.InStock,
		}
	}
	return out
}

// pageJSON is the product page.
type pageJSON struct {
	Product         productJSON   `json:"product"`
	Variants        []variantJSON `json:"variants"`
	Pricing         pricingJSON   `json:"pricing"`
	Inventory       inventoryJSON `json:"inventory"`
	Reviews         reviewsJSON   `json:"reviews"`
	Recommendations []summaryJSON `json:"recommendations"`
}

func toPageJSON(p catalog.ProductPage) pageJSON {
	j := pageJSON{
		Product:         toProductJSON(p.Product),
		Variants:        make([]variantJSON, len(p.Variants)),
		Pricing:         pricingJSON{Variants: make([]variantPriceJSON, len(p.Variants)), Min: toMoneyJSON(p.Pricing.Min), Max: toMoneyJSON(p.Pricing.Max), OnSale: p.Pricing.OnSale},
		Inventory:       inventoryJSON{Variants: make([]stockJSON, len(p.Inventory.Variants)), InStock: p.Inventory.InStock},
		Reviews:         toReviewsJSON(p.Reviews),
		Recommendations: toSummariesJSON(p.Recommendations),
	}
	for i, v := range p.Variants {
		j.Variants[i] = variantJSON{SKU: v.SKU, Attributes: v.Attributes}
		j.Pricing.Variants[i] = variantPriceJSON{SKU: v.SKU, Price: toMoneyJSON(v.Price), CompareAt: toMoneyPtrJSON(v.CompareAt)}
	}
	for i, l := range p.Inventory.Variants {
		j.Inventory.Variants[i] = stockJSON{SKU: l.SKU, Available: l.Available, InStock: l.InStock()}
	}
	return j
}

type listJSON struct {
	Items      []summaryJSON `json:"items"`
	NextCursor *string       `json:"next_cursor"`
}
