package report

import (
	"math"
	"slices"
)

// scale maps data values to pixels along one axis, linearly or on a log10
// scale.
type scale struct {
	log    bool
	step   float64 // between ticks, when linear
	lo, hi float64 // domain (log10 of it when log)
	p0, p1 float64 // pixels of lo and hi
}

// linearScale spans [0, max] (or [lo, hi] when lo < 0), rounded out to nice
// ticks.
func linearScale(lo, hi, p0, p1 float64) scale {
	if !(hi > lo) {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / 8)
	return scale{step: step, lo: math.Floor(lo/step) * step, hi: math.Ceil(hi/step) * step, p0: p0, p1: p1}
}

// logScale spans [lo, hi] (both > 0) with a little room either side; a
// single value gets a factor of two around it.
func logScale(lo, hi, p0, p1 float64) scale {
	if !(lo > 0) || !(hi > 0) {
		lo, hi = 1, 10
	}
	l, h := math.Log10(lo), math.Log10(hi)
	if h-l < 0.3 {
		mid := (l + h) / 2
		l, h = mid-0.3, mid+0.3
	}
	pad := (h - l) * 0.08
	return scale{log: true, lo: l - pad, hi: h + pad, p0: p0, p1: p1}
}

// px is the pixel of v.
func (s scale) px(v float64) float64 {
	if s.log {
		v = math.Log10(v)
	}
	return s.p0 + (v-s.lo)/(s.hi-s.lo)*(s.p1-s.p0)
}

// contains reports whether v can be drawn on s.
func (s scale) contains(v float64) bool {
	if !finite(v) || (s.log && v <= 0) {
		return false
	}
	if s.log {
		v = math.Log10(v)
	}
	return v >= s.lo-1e-9 && v <= s.hi+1e-9
}

// ticks are the values to label on s.
func (s scale) ticks() []float64 {
	if !s.log {
		var out []float64
		for i := 0.0; s.lo+i*s.step <= s.hi+s.step/2; i++ {
			out = append(out, math.Round(s.lo/s.step+i)*s.step)
		}
		return out
	}
	// The densest set of ticks that still leaves room between labels.
	for _, mantissas := range [][]float64{{1, 1.5, 2, 3, 5, 7}, {1, 2, 5}, {1, 3}, {1}} {
		if t := s.logTicks(mantissas); len(t) <= maxLogTicks {
			return t
		}
	}
	// Many decades: every k-th one.
	t := s.logTicks([]float64{1})
	var out []float64
	for i := 0; i < len(t); i += (len(t) + maxLogTicks - 1) / maxLogTicks {
		out = append(out, t[i])
	}
	return out
}

func (s scale) logTicks(mantissas []float64) []float64 {
	var out []float64
	for e := math.Floor(s.lo); e <= math.Ceil(s.hi); e++ {
		for _, m := range mantissas {
			v := m * math.Pow(10, e)
			if e < 0 {
				v = m / math.Pow(10, -e) // 3/10 is 0.3, 3*0.1 is not
			}
			if s.contains(v) {
				out = append(out, v)
			}
		}
	}
	slices.Sort(out)
	return out
}

// maxLogTicks is the most ticks a log axis gets.
const maxLogTicks = 9

// niceStep rounds a raw tick step to 1, 2 or 5 × 10^k.
func niceStep(raw float64) float64 {
	if !(raw > 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// band places n categories evenly along [p0, p1].
type band struct {
	n      int
	p0, p1 float64
}

// width is the room of one category.
func (b band) width() float64 { return (b.p1 - b.p0) / float64(max(b.n, 1)) }

// center is the pixel of category i's middle.
func (b band) center(i int) float64 { return b.p0 + (float64(i)+0.5)*b.width() }
