package catalogseed

import (
	"testing"
)

func TestVocabularyShape(t *testing.T) {
	t.Parallel()
	v := newVocabulary()
	if n := len(v.departments); n != 8 {
		t.Errorf("%d departments, want 8", n)
	}
	if n := len(v.brands); n < 140 || n > 160 {
		t.Errorf("%d brands, want about 150", n)
	}
	slugs := map[string]string{}
	for _, b := range v.brands {
		slug := slugify(b)
		if other, ok := slugs[slug]; ok {
			t.Errorf("brands %q and %q share the slug %q", b, other, slug)
		}
		slugs[slug] = b
		if len(skuPrefix(b)) != 3 {
			t.Errorf("brand %q has SKU prefix %q, want three letters", b, skuPrefix(b))
		}
	}
	for _, d := range v.departments {
		if n := len(d.children); n < 3 || n > 6 {
			t.Errorf("%s has %d children, want 3-6", d.name, n)
		}
		for _, list := range [][]string{d.lines, d.openers, d.features, d.closings, d.praise, d.gripes} {
			if len(list) < 2 {
				t.Errorf("%s has a word list with fewer than two entries", d.name)
			}
		}
	}
	for _, lf := range v.leaves {
		if len(lf.leaf.features) < 2 || len(lf.leaf.traits) == 0 || len(lf.leaf.nouns) == 0 {
			t.Errorf("%s lacks words", lf.slug)
		}
		if p := lf.leaf.price; p[0] <= 0 || p[1] <= p[0] {
			t.Errorf("%s has price range %v", lf.slug, p)
		}
		if len(lf.leaf.vary.values) == 0 {
			t.Errorf("%s has no variant values", lf.slug)
		}
	}
}

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Velora Trailblazer Mesh Running Shoe", "velora-trailblazer-mesh-running-shoe"},
		{"Home & Kitchen", "home-kitchen"},
		{"Potter's Lane 12-inch Skillet", "potter-s-lane-12-inch-skillet"},
		{"Lumière Glow Retinol Serum", "lumiere-glow-retinol-serum"},
		{"  Trailing -- dashes! ", "trailing-dashes"},
	}
	for _, tt := range tests {
		if got := slugify(tt.in); got != tt.want {
			t.Errorf("slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLowerWords(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Running Shoe", "running shoe"},
		{"USB-C Cable", "USB-C cable"},
		{"GaN", "GaN"},
		{"Turkish Cotton", "Turkish cotton"},
		{"2-Person Tent", "2-person tent"},
		{"Vitamin C", "vitamin C"},
	}
	for _, tt := range tests {
		if got := lowerWords(tt.in); got != tt.want {
			t.Errorf("lowerWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	t.Parallel()
	v := newVocabulary()
	lf := &v.leaves[0]
	w := &words{name: "Maren Everyday Organic Cotton Crew T-Shirt", brand: "Maren"}
	tests := []struct{ tmpl, want string }{
		{"The {name} is great.", "The Maren Everyday Organic Cotton Crew T-Shirt is great."},
		{"{trait} feels soft.", "Organic cotton feels soft."},
		{"This {noun} by {brand}.", "This crew T-shirt by Maren."},
		{"Keeps {unknown} and {unclosed", "Keeps {unknown} and {unclosed"},
	}
	for _, tt := range tests {
		if got := string(expand(nil, tt.tmpl, lf, w)); got != tt.want {
			t.Errorf("expand(%q) = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
}
