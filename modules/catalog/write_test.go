package catalog

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"shop/platform/fault"
)

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"Trail Runner 2 – Men's": "trail-runner-2-men-s",
		"  Alder & Stone  Tent ": "alder-stone-tent",
		"ÉCLAIR":                 "clair",
		"---":                    "",
	}
	for in, want := range tests {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewProductValidation(t *testing.T) {
	t.Parallel()
	valid := func() NewProduct {
		return NewProduct{
			Slug: "tote", Name: "Tote", BrandSlug: "b", CategorySlug: "c",
			Variants: []NewVariant{{SKU: "T-1", Price: Money{Amount: 100, Currency: "USD"}, OnHand: 1}},
		}
	}
	tests := []struct {
		name   string
		change func(*NewProduct)
		ok     bool
	}{
		{"valid", func(*NewProduct) {}, true},
		{"bad slug", func(p *NewProduct) { p.Slug = "Tote Bag" }, false},
		{"no name", func(p *NewProduct) { p.Name = "" }, false},
		{"bad status", func(p *NewProduct) { p.Status = "sold" }, false},
		{"no brand", func(p *NewProduct) { p.BrandSlug = "" }, false},
		{"no variants", func(p *NewProduct) { p.Variants = nil }, false},
		{"duplicate sku", func(p *NewProduct) { p.Variants = append(p.Variants, p.Variants[0]) }, false},
		{"negative price", func(p *NewProduct) { p.Variants[0].Price.Amount = -1 }, false},
		{"lower-case currency", func(p *NewProduct) { p.Variants[0].Price.Currency = "usd" }, false},
		{"compare-at in another currency", func(p *NewProduct) { p.Variants[0].CompareAt = &Money{Amount: 200, Currency: "EUR"} }, false},
		{"negative stock", func(p *NewProduct) { p.Variants[0].OnHand = -1 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			np := valid()
			tt.change(&np)
			err := np.validate()
			if tt.ok != (err == nil) || (err != nil && fault.KindOf(err) != fault.InvalidArgument) {
				t.Errorf("validate() = %v, want ok=%v or an invalid_argument", err, tt.ok)
			}
		})
	}
}

func TestPricingAndInventory(t *testing.T) {
	t.Parallel()
	variants := []Variant{
		{SKU: "a", Price: Money{Amount: 500, Currency: "USD"}},
		{SKU: "b", Price: Money{Amount: 300, Currency: "USD"}, CompareAt: &Money{Amount: 400, Currency: "USD"}},
		{SKU: "c", Price: Money{Amount: 900, Currency: "USD"}},
	}
	want := Pricing{Min: Money{300, "USD"}, Max: Money{900, "USD"}, OnSale: true}
	if diff := cmp.Diff(want, newPricing(variants)); diff != "" {
		t.Errorf("newPricing (-want +got):\n%s", diff)
	}
	if inv := newInventory([]StockLevel{{SKU: "a"}, {SKU: "b", OnHand: 2, Available: 2}}); !inv.InStock {
		t.Error("inventory with an available variant is not in stock")
	}
	if inv := newInventory([]StockLevel{{SKU: "a", OnHand: 2, Reserved: 2}}); inv.InStock {
		t.Error("fully reserved inventory is in stock")
	}
}
