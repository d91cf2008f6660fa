package stats

import "math"

// rankTolerance absorbs the rounding of q·n, so that Percentile(xs, 0.07)
// of 100 values is the 7th and not the 8th.
const rankTolerance = 1e-9

// Percentile returns the q-quantile of sorted, which must be in ascending
// order, by the nearest-rank method: the smallest value x such that at least
// a fraction q of the values are at most x. There is no interpolation, so the
// result is always one of the values; q = 0 gives the minimum and q = 1 the
// maximum. It returns NaN when sorted is empty or q is outside [0, 1].
func Percentile(sorted []float64, q float64) float64 {
	n := len(sorted)
	if n == 0 || !(q >= 0 && q <= 1) {
		return math.NaN()
	}
	k := int(math.Ceil(float64(n) * (q - rankTolerance)))
	return sorted[min(max(k, 1), n)-1]
}
