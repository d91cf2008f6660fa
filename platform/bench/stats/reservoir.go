package stats

import (
	"math/rand/v2"
	"slices"
)

// Reservoir keeps a uniform random sample of at most a fixed number of the
// values of a stream, by Vitter's Algorithm R: after n values were added,
// each of them is in the sample with probability min(1, capacity/n). It is
// not safe for concurrent use.
type Reservoir struct {
	rnd    *rand.Rand
	values []float64
	size   int
	seen   int
}

// NewReservoir returns an empty reservoir of the given capacity (negative
// means zero) that draws its replacements from rnd; nil means a source with a
// fixed seed.
func NewReservoir(capacity int, rnd *rand.Rand) *Reservoir {
	capacity = max(capacity, 0)
	if rnd == nil {
		rnd = fixedRand()
	}
	return &Reservoir{rnd: rnd, values: make([]float64, 0, capacity), size: capacity}
}

// Add offers v to the sample.
func (r *Reservoir) Add(v float64) {
	r.seen++
	if len(r.values) < r.size {
		r.values = append(r.values, v)
		return
	}
	if r.size == 0 {
		return
	}
	if j := r.rnd.IntN(r.seen); j < r.size {
		r.values[j] = v
	}
}

// Values returns a copy of the sample, in no particular order.
func (r *Reservoir) Values() []float64 {
	return slices.Clone(r.values)
}

// Seen returns how many values were added, kept or not.
func (r *Reservoir) Seen() int {
	return r.seen
}
