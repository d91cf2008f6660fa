package catalogseed

import (
	"math/rand/v2"
	"strings"
)

// description assembles four to six sentences: an opener, one or two of the
// category's features, one or two of the department's and a closing note.
func (g *generator) description(lf *leafRef, w *words) string {
	r := g.r
	g.buf = g.buf[:0]
	g.sentence(lf, w, pick(r, lf.dept.openers))
	i, j := pickTwo(r, len(lf.leaf.features))
	g.sentence(lf, w, lf.leaf.features[i])
	if r.IntN(2) == 0 {
		g.sentence(lf, w, lf.leaf.features[j])
	}
	i, j = pickTwo(r, len(lf.dept.features))
	g.sentence(lf, w, lf.dept.features[i])
	if r.IntN(3) == 0 {
		g.sentence(lf, w, lf.dept.features[j])
	}
	g.sentence(lf, w, pick(r, lf.dept.closings))
	return string(g.buf)
}

// sentence appends tmpl to the generator's buffer, after a space if the
// buffer is not empty.
func (g *generator) sentence(lf *leafRef, w *words, tmpl string) {
	if len(g.buf) > 0 {
		g.buf = append(g.buf, ' ')
	}
	g.buf = expand(g.buf, tmpl, lf, w)
}

// pickTwo returns two different indexes below n (n >= 2).
func pickTwo(r *rand.Rand, n int) (int, int) {
	i := r.IntN(n)
	j := r.IntN(n - 1)
	if j >= i {
		j++
	}
	return i, j
}

// expand appends tmpl to b with {name}, {brand}, {noun} and {trait} replaced
// by the product's words, capitalising a sentence that starts with one.
func expand(b []byte, tmpl string, lf *leafRef, w *words) []byte {
	start := len(b)
	for {
		open := strings.IndexByte(tmpl, '{')
		end := strings.IndexByte(tmpl[max(open, 0):], '}')
		if open < 0 || end < 0 {
			b = append(b, tmpl...)
			break
		}
		b = append(b, tmpl[:open]...)
		switch key := tmpl[open+1 : open+end]; key {
		case "name":
			b = append(b, w.name...)
		case "brand":
			b = append(b, w.brand...)
		case "noun":
			b = append(b, lf.nounsLower[w.noun]...)
		case "trait":
			b = append(b, lf.traitsLower[w.trait]...)
		default:
			b = append(b, tmpl[open:open+end+1]...)
		}
		tmpl = tmpl[open+end+1:]
	}
	if start < len(b) && b[start] >= 'a' && b[start] <= 'z' {
		b[start] -= 'a' - 'A'
	}
	return b
}
