package catalogseed

import (
	"math"
	"time"
)

// review is one customer review of a product.
type review struct {
	rating    int16
	title     string
	body      string
	author    string
	createdAt time.Time
}

// rating is a product's review summary, the product_ratings row.
type rating struct {
	count int32
	sum   int32
	stars [5]int32 // stars[0] counts the one-star reviews
}

// reviews makes 0–40 reviews (about 10 on average) written between the
// product's creation and now. Each product has its own quality, which tilts
// the shared J-shaped distribution towards five stars or towards one.
func (g *generator) reviews(lf *leafRef, w *words, created time.Time) ([]review, rating) {
	r := g.r
	n := min(int(r.ExpFloat64()*10.7), 40)
	var sum rating
	if n == 0 {
		return nil, sum
	}
	// The catalog-wide J-shaped distribution, one star first: mostly fives
	// and fours, a tail of ones, few twos and threes.
	shares := [5]float64{0.08, 0.04, 0.07, 0.21, 0.60}
	quality := math.Max(-2, math.Min(2, r.NormFloat64()*0.8))
	var weights [5]float64
	for k := range weights {
		weights[k] = shares[k] * math.Exp(quality*float64(k-2)*0.55)
	}
	span := int64(g.now.Sub(created)/time.Second) - int64(day/time.Second)
	out := make([]review, n)
	for i := range out {
		stars := 1 + pickWeighted(r, weights[:])
		out[i] = review{
			rating:    int16(stars),
			title:     pick(r, g.vocab.reviews.titles[stars-1]),
			body:      g.reviewBody(lf, w, stars),
			author:    pick(r, g.vocab.reviews.firstNames) + " " + string(rune('A'+r.IntN(26))) + ".",
			createdAt: created.Add(day + time.Duration(r.Int64N(span))*time.Second),
		}
		sum.count++
		sum.sum += int32(stars)
		sum.stars[stars-1]++
	}
	return out, sum
}

// reviewBody writes two to four sentences whose tone follows the rating.
func (g *generator) reviewBody(lf *leafRef, w *words, stars int) string {
	r, rw := g.r, &g.vocab.reviews
	g.buf = g.buf[:0]
	g.sentence(lf, w, pick(r, rw.openers[stars-1]))
	switch stars {
	case 5:
		i, j := pickTwo(r, len(lf.dept.praise))
		g.sentence(lf, w, lf.dept.praise[i])
		if r.IntN(2) == 0 {
			g.sentence(lf, w, lf.dept.praise[j])
		}
	case 4:
		g.sentence(lf, w, pick(r, lf.dept.praise))
		if r.IntN(5) < 2 {
			g.clause(lf, w, "My only complaint: ", pick(r, lf.dept.gripes))
		}
	case 3:
		g.sentence(lf, w, pick(r, lf.dept.praise))
		g.clause(lf, w, "On the other hand, ", pick(r, lf.dept.gripes))
	default:
		i, j := pickTwo(r, len(lf.dept.gripes))
		g.sentence(lf, w, lf.dept.gripes[i])
		if r.IntN(2) == 0 {
			g.sentence(lf, w, lf.dept.gripes[j])
		}
	}
	if r.IntN(2) == 0 {
		g.sentence(lf, w, pick(r, rw.closers[stars-1]))
	}
	return string(g.buf)
}

// clause appends lead followed by the sentence tmpl with its first letter
// lower-cased, unless that first word is "I".
func (g *generator) clause(lf *leafRef, w *words, lead, tmpl string) {
	g.sentence(lf, w, lead)
	at := len(g.buf)
	g.buf = expand(g.buf, tmpl, lf, w)
	if c := g.buf[at]; c >= 'A' && c <= 'Z' && !(c == 'I' && (len(g.buf) == at+1 || g.buf[at+1] == ' ' || g.buf[at+1] == '\'')) {
		g.buf[at] += 'a' - 'A'
	}
}
