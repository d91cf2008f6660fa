package catalogseed

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// product is one generated product with everything that hangs off it.
type product struct {
	index       int // 1-based position in the catalog; part of the slug and SKUs
	slug        string
	name        string
	description string
	brand       int // index into vocabulary.brands
	leaf        int // index into vocabulary.leaves
	status      string
	images      string // jsonb
	createdAt   time.Time
	variants    []variant
	reviews     []review
	rating      rating
}

// variant is one SKU of a product with its price and stock.
type variant struct {
	sku        string
	attributes string // jsonb
	price      int64  // minor units
	compareAt  int64  // minor units; 0 when the variant is not on sale
	onHand     int32
}

// generator makes products. It is not safe for concurrent use; give every
// goroutine its own.
type generator struct {
	vocab *vocabulary
	seed  int64
	now   time.Time
	src   *rand.PCG
	r     *rand.Rand
	buf   []byte // scratch space for sentences
}

func newGenerator(vocab *vocabulary, seed int64, now time.Time) *generator {
	src := rand.NewPCG(0, 0)
	return &generator{vocab: vocab, seed: seed, now: now, src: src, r: rand.New(src)}
}

// product generates the product with the given 1-based index. It depends on
// nothing but the generator's seed, its clock and index.
func (g *generator) product(index int) product {
	g.src.Seed(productSeeds(g.seed, index))
	r := g.r
	lf := &g.vocab.leaves[r.IntN(len(g.vocab.leaves))]
	brand := lf.brandOffset + r.IntN(len(lf.dept.brands))
	w := words{
		brand: g.vocab.brands[brand],
		line:  pick(r, lf.dept.lines),
		trait: r.IntN(len(lf.leaf.traits)),
		noun:  r.IntN(len(lf.leaf.nouns)),
	}
	w.name = w.brand + " " + w.line + " " + lf.leaf.traits[w.trait] + " " + lf.leaf.nouns[w.noun]
	p := product{
		index: index,
		slug:  slugify(w.name) + "-" + strconv.Itoa(index),
		name:  w.name,
		brand: brand,
		leaf:  lf.index,
	}
	p.description = g.description(lf, &w)
	p.status = pickStatus(r)
	p.images = imagesJSON(p.slug, p.name, 1+pickWeighted(r, []float64{0.2, 0.35, 0.3, 0.15}))
	p.createdAt = g.now.Add(-30*day - time.Duration(r.Int64N(int64(700*day/time.Second)))*time.Second)
	p.variants = g.variants(lf, skuPrefix(w.brand), index)
	p.reviews, p.rating = g.reviews(lf, &w, p.createdAt)
	return p
}

const day = 24 * time.Hour

// words are the parts of one product's name, in the forms sentences need.
type words struct {
	name, brand, line string
	trait, noun       int // indexes into the leaf's traits and nouns
}

// productSeeds derives the two PCG seeds of a product from the catalog seed
// and the product's index, mixing both so neighbouring indexes share nothing.
func productSeeds(seed int64, index int) (uint64, uint64) {
	a := mix64(uint64(seed) ^ 0x6a09e667f3bcc908)
	b := mix64(a + uint64(index)*0x9e3779b97f4a7c15)
	return b, mix64(b ^ 0xbb67ae8584caa73b)
}

// mix64 is the SplitMix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func pick(r *rand.Rand, list []string) string {
	return list[r.IntN(len(list))]
}

// pickWeighted returns an index of weights, chosen in proportion to them.
func pickWeighted(r *rand.Rand, weights []float64) int {
	var total float64
	for _, w := range weights {
		total += w
	}
	u := r.Float64() * total
	for i, w := range weights {
		if u < w {
			return i
		}
		u -= w
	}
	return len(weights) - 1
}

// pickStatus makes about 3% of products drafts and 2% archived.
func pickStatus(r *rand.Rand) string {
	switch u := r.Float64(); {
	case u < 0.03:
		return "draft"
	case u < 0.05:
		return "archived"
	default:
		return "active"
	}
}

// skuPrefix is the first three letters of the brand, upper-cased: "VEL".
func skuPrefix(brand string) string {
	s := strings.ToUpper(strings.ReplaceAll(slugify(brand), "-", ""))
	return s[:min(3, len(s))]
}

func imagesJSON(slug, name string, n int) string {
	b := make([]byte, 0, 64*n+len(name)*n)
	b = append(b, '[')
	for i := 1; i <= n; i++ {
		if i > 1 {
			b = append(b, ',')
		}
		alt := name
		if i > 1 {
			alt = fmt.Sprintf("%s, view %d", name, i)
		}
		b = append(b, `{"url":`...)
		b = appendJSONString(b, "/media/products/"+slug+"/"+strconv.Itoa(i)+".jpg")
		b = append(b, `,"alt":`...)
		b = appendJSONString(b, alt)
		b = append(b, '}')
	}
	return string(append(b, ']'))
}

// appendJSONString appends s as a JSON string literal.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
