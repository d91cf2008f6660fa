package catalogseed

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// variants makes one to four variants that differ in the category's varying
// attribute and share its fixed ones. Prices start from a base drawn from
// the category's range, rise with capacity-like attributes and end in .99 or
// .00 most of the time; about one product in five is on sale.
func (g *generator) variants(lf *leafRef, prefix string, index int) []variant {
	r := g.r
	vary := &lf.leaf.vary
	n := min(1+pickWeighted(r, []float64{0.25, 0.3, 0.25, 0.2}), len(vary.values))
	positions := valuePositions(r, vary, n)
	fixed := make([]string, len(lf.leaf.fixed))
	for i, a := range lf.leaf.fixed {
		fixed[i] = pick(r, a.values)
	}
	lo, hi := float64(lf.leaf.price[0]), float64(lf.leaf.price[1])
	base := lo * math.Pow(hi/lo, r.Float64())
	ending := []int64{99, 99, 99, 0, 0, 95, 50}[r.IntN(7)]
	sale := 0.0
	if r.Float64() < 0.2 {
		sale = 1.15 + 0.45*r.Float64()
	}
	out := make([]variant, n)
	for k, pos := range positions {
		dollars := base * float64(100+vary.step*pos) / 100
		v := variant{
			sku:        fmt.Sprintf("%s-%06d-%d", prefix, index, k+1),
			attributes: attributesJSON(lf, vary.values[pos], fixed),
			price:      cents(dollars, ending),
			onHand:     stock(r),
		}
		if sale > 0 {
			v.compareAt = max(cents(dollars*sale, 0), v.price+500)
		}
		out[k] = v
	}
	return out
}

// valuePositions picks n positions in the axis's values: a consecutive run
// for ordered values (sizes S–L), distinct random ones otherwise (colors).
func valuePositions(r *rand.Rand, a *axis, n int) []int {
	if a.ordered {
		start := r.IntN(len(a.values) - n + 1)
		out := make([]int, n)
		for i := range out {
			out[i] = start + i
		}
		return out
	}
	return r.Perm(len(a.values))[:n]
}

// cents turns a dollar amount into minor units with the given cents ending.
func cents(dollars float64, ending int64) int64 {
	return int64(dollars)*100 + ending
}

// stock is an on-hand quantity: zero for about 7% of variants, otherwise
// between 1 and 200.
func stock(r *rand.Rand) int32 {
	if r.Float64() < 0.07 {
		return 0
	}
	return 1 + r.Int32N(200)
}

func attributesJSON(lf *leafRef, value string, fixed []string) string {
	b := make([]byte, 0, 64)
	b = append(b, '{')
	b = appendJSONString(b, lf.leaf.vary.name)
	b = append(b, ':')
	b = appendJSONString(b, value)
	for i, a := range lf.leaf.fixed {
		b = append(b, ',')
		b = appendJSONString(b, a.name)
		b = append(b, ':')
		b = appendJSONString(b, fixed[i])
	}
	return string(append(b, '}'))
}
