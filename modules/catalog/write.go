package catalog

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"shop/platform/fault"
)

// NewProduct is what creating a product takes.
type NewProduct struct {
	Slug         string
	Name         string
	Description  string
	Status       Status
	BrandSlug    string
	CategorySlug string
	Images       []Image
	Variants     []NewVariant
}

// NewVariant is one variant of a new product with its initial stock.
type NewVariant struct {
	SKU        string
	Attributes map[string]string
	Price      Money
	CompareAt  *Money
	OnHand     int
}

// ProductPatch holds the fields to change; nil fields stay as they are.
type ProductPatch struct {
	Name         *string
	Description  *string
	Status       *Status
	CategorySlug *string
	BrandSlug    *string
}

// StockAdjustment changes a variant's stock on hand by Delta.
type StockAdjustment struct {
	SKU            string
	Delta          int
	Reason         string
	IdempotencyKey string // optional; see Service.AdjustStock
}

var (
	slugPattern     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	skuPattern      = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

const (
	maxNameLen        = 200
	maxDescriptionLen = 10_000
	maxVariants       = 100
)

func (np NewProduct) validate() error {
	if !slugPattern.MatchString(np.Slug) || len(np.Slug) > maxNameLen {
		return fault.InvalidArg("slug", "must be lower-case letters, digits and single hyphens, e.g. \"trail-runner-2\"")
	}
	if err := validateText("name", np.Name, 1, maxNameLen); err != nil {
		return err
	}
	if err := validateText("description", np.Description, 0, maxDescriptionLen); err != nil {
		return err
	}
	if np.Status != "" && !np.Status.Valid() {
		return fault.InvalidArg("status", "must be draft, active or archived")
	}
	if np.BrandSlug == "" || np.CategorySlug == "" {
		return fault.InvalidArg("brand, category", "both are required (slugs from /v1/brands and /v1/categories)")
	}
	if len(np.Variants) == 0 || len(np.Variants) > maxVariants {
		return fault.InvalidArg("variants", "a product needs 1 to 100 variants")
	}
	seen := make(map[string]bool)
	for _, v := range np.Variants {
		if !skuPattern.MatchString(v.SKU) {
			return fault.InvalidArg("variants.sku", "must be 1-64 letters, digits, '.', '_' or '-'")
		}
		if seen[v.SKU] {
			return fault.InvalidArg("variants.sku", "SKU "+v.SKU+" appears twice")
		}
		seen[v.SKU] = true
		if err := validatePrice(v.Price, v.CompareAt); err != nil {
			return err
		}
		if v.OnHand < 0 {
			return fault.InvalidArg("variants.stock", "must not be negative")
		}
	}
	return nil
}

func (p ProductPatch) validate() error {
	if p.Name == nil && p.Description == nil && p.Status == nil && p.CategorySlug == nil && p.BrandSlug == nil {
		return fault.InvalidArg("body", "nothing to change: give name, description, status, category or brand")
	}
	if p.Name != nil {
		if err := validateText("name", *p.Name, 1, maxNameLen); err != nil {
			return err
		}
	}
	if p.Description != nil {
		if err := validateText("description", *p.Description, 0, maxDescriptionLen); err != nil {
			return err
		}
	}
	if p.Status != nil && !p.Status.Valid() {
		return fault.InvalidArg("status", "must be draft, active or archived")
	}
	if (p.CategorySlug != nil && *p.CategorySlug == "") || (p.BrandSlug != nil && *p.BrandSlug == "") {
		return fault.InvalidArg("category, brand", "must not be empty")
	}
	return nil
}

func (a StockAdjustment) validate() error {
	if a.Delta == 0 {
		return fault.InvalidArg("delta", "must be a non-zero whole number")
	}
	if err := validateText("reason", a.Reason, 1, 500); err != nil {
		return err
	}
	if len(a.IdempotencyKey) > 200 {
		return fault.InvalidArg("Idempotency-Key", "must be at most 200 characters")
	}
	return nil
}

func validatePrice(price Money, compareAt *Money) error {
	if price.Amount < 0 {
		return fault.InvalidArg("price.amount", "must be a non-negative amount in minor units (cents)")
	}
	if !currencyPattern.MatchString(price.Currency) {
		return fault.InvalidArg("price.currency", "must be an ISO 4217 code such as USD")
	}
	if compareAt != nil && (compareAt.Amount < 0 || compareAt.Currency != price.Currency) {
		return fault.InvalidArg("compare_at", "must be a non-negative amount in the price's currency")
	}
	return nil
}

func validateText(field, s string, minLen, maxLen int) error {
	n := utf8.RuneCountInString(s)
	if !utf8.ValidString(s) || n < minLen || n > maxLen {
		return fault.Newf(fault.InvalidArgument, "%s: must be %d to %d characters", field, minLen, maxLen)
	}
	return nil
}

// Slugify makes a URL slug from a product name: lower-case ASCII letters and
// digits separated by single hyphens ("Trail Runner 2 – Men's" becomes
// "trail-runner-2-men-s").
func Slugify(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		default:
			hyphen = true
		}
	}
	return b.String()
}
