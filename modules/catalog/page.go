package catalog

// RecommendationLimit is how many products a product page recommends.
const RecommendationLimit = 8

// RecentReviewLimit is how many recent reviews a product page shows.
const RecentReviewLimit = 5

// ProductPage is everything the storefront shows for one product, assembled
// from five independent reads.
type ProductPage struct {
	Product         Product
	Variants        []Variant
	Pricing         Pricing
	Inventory       Inventory
	Reviews         ReviewSummary
	Recommendations []ProductSummary
}

// Pricing is the price range of a product's variants.
type Pricing struct {
	Min, Max Money
	OnSale   bool // at least one variant has a compare-at price above its price
}

// Inventory is the stock of each variant of a product.
type Inventory struct {
	Variants []StockLevel
	InStock  bool
}

// newPricing derives the price range of variants.
func newPricing(variants []Variant) Pricing {
	var p Pricing
	for i, v := range variants {
		if i == 0 || v.Price.Amount < p.Min.Amount {
			p.Min = v.Price
		}
		if i == 0 || v.Price.Amount > p.Max.Amount {
			p.Max = v.Price
		}
		if v.CompareAt != nil && v.CompareAt.Amount > v.Price.Amount {
			p.OnSale = true
		}
	}
	return p
}

// newInventory wraps the stock levels of a product's variants.
func newInventory(levels []StockLevel) Inventory {
	inv := Inventory{Variants: levels}
	for _, l := range levels {
		if l.InStock() {
			inv.InStock = true
		}
	}
	return inv
}

// pageParts holds the results of the five product page reads until they are
// assembled; each reader fills it its own way.
type pageParts struct {
	product  Product
	variants []Variant
	stock    []StockLevel
	reviews  ReviewSummary
	recs     []ProductSummary
}

func (p pageParts) page() ProductPage {
	return ProductPage{
		Product:         p.product,
		Variants:        p.variants,
		Pricing:         newPricing(p.variants),
		Inventory:       newInventory(p.stock),
		Reviews:         p.reviews,
		Recommendations: p.recs,
	}
}
