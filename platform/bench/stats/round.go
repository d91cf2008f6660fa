package stats

import "math"

// Round is what one arm measured in one round.
type Round struct {
	Buckets   []float64 // requests per second in each sub-interval, in order
	Latencies []float64 // a uniform sample of latencies, ms
}

// paired returns the values pick selects from each pair of rounds, NaNs
// dropped, leaving out the pairs where either arm has none. It returns nils
// when the arms differ in length (they cannot be paired) or no pair is left.
func paired(ref, cand []Round, pick func(Round) []float64) (refVals, candVals [][]float64) {
	if len(ref) != len(cand) {
		return nil, nil
	}
	for i := range ref {
		r, c := finite(pick(ref[i])), finite(pick(cand[i]))
		if len(r) == 0 || len(c) == 0 {
			continue
		}
		refVals, candVals = append(refVals, r), append(candVals, c)
	}
	return refVals, candVals
}

// finite returns a copy of xs without its NaNs.
func finite(xs []float64) []float64 {
	out := make([]float64, 0, len(xs))
	for _, x := range xs {
		if !math.IsNaN(x) {
			out = append(out, x)
		}
	}
	return out
}

func bucketsOf(r Round) []float64   { return r.Buckets }
func latenciesOf(r Round) []float64 { return r.Latencies }
