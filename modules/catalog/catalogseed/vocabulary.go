package catalogseed

import (
	"strings"
	"unicode"
)

// department is a top-level category together with the words its products,
// descriptions and reviews are assembled from. Sentences may use the
// placeholders {name}, {brand}, {noun} and {trait} (see expand).
type department struct {
	name     string
	brands   []string
	lines    []string // model or collection names: "Trailblazer", "Pulse 40"
	openers  []string // the first sentence of a description
	features []string // department-wide selling points
	closings []string // care, warranty and fit notes that end a description
	praise   []string // review sentences for happy customers
	gripes   []string // review sentences for unhappy customers
	children []leaf
}

// leaf is a second-level category: what its products are called, what they
// cost and how their variants differ.
type leaf struct {
	name     string
	traits   []string // materials or features placed before the noun
	nouns    []string // what the product is: "Running Shoe"
	features []string // category-specific description sentences
	price    [2]int   // the base price range in whole dollars
	vary     axis     // the attribute that differs between a product's variants
	fixed    []axis   // attributes shared by all variants of a product
}

// axis is one variant attribute and its possible values.
type axis struct {
	name    string
	values  []string
	ordered bool // variants take a consecutive run of values (sizes), not a random pick
	step    int  // percent added to the price for each later value (capacity tiers)
}

// vocabulary is the whole catalog's word list, prepared once per run.
type vocabulary struct {
	departments []department
	leaves      []leafRef
	brands      []string
	reviews     reviewWords
}

// leafRef is a leaf with its department and the lower-case forms of its words
// that go into sentences.
type leafRef struct {
	dept        *department
	leaf        *leaf
	index       int // position in vocabulary.leaves
	position    int // position among the department's children
	slug        string
	deptSlug    string
	brandOffset int // where the department's brands start in vocabulary.brands
	nounsLower  []string
	traitsLower []string
}

// newVocabulary assembles the departments in their display order.
func newVocabulary() *vocabulary {
	v := &vocabulary{
		departments: []department{
			apparel(), footwear(), homeKitchen(), electronics(),
			outdoor(), beauty(), toys(), sports(),
		},
		reviews: newReviewWords(),
	}
	for d := range v.departments {
		dept := &v.departments[d]
		offset := len(v.brands)
		v.brands = append(v.brands, dept.brands...)
		for c := range dept.children {
			lf := &dept.children[c]
			v.leaves = append(v.leaves, leafRef{
				dept:        dept,
				leaf:        lf,
				index:       len(v.leaves),
				position:    c,
				slug:        slugify(dept.name) + "-" + slugify(lf.name),
				deptSlug:    slugify(dept.name),
				brandOffset: offset,
				nounsLower:  lowerAll(lf.nouns),
				traitsLower: lowerAll(lf.traits),
			})
		}
	}
	return v
}

// slugify turns a name into lower-case kebab form: "Home & Kitchen" becomes
// "home-kitchen".
func slugify(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		case r == 'é' || r == 'è' || r == 'ê':
			b.WriteByte('e')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// lowerAll returns the sentence forms of words (see lowerWords).
func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lowerWords(w)
	}
	return out
}

// lowerWords lower-cases the capitalised words of a phrase for use inside a
// sentence while keeping acronyms ("USB-C", "GaN") and proper names
// ("Turkish", "Bluetooth") as they are.
func lowerWords(s string) string {
	proper := map[string]bool{
		"Turkish": true, "Pima": true, "Bluetooth": true, "Cordura": true,
		"Zigbee": true, "Merino": true,
	}
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if !proper[p] && titleCase(p) {
				parts[j] = strings.ToLower(p)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// titleCase reports whether w is one capital letter followed by at least one
// letter, none of them capitals.
func titleCase(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
