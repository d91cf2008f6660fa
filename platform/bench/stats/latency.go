package stats

import "math/rand/v2"

// PercentileRatio estimates how many times the candidate's q-quantile latency
// is the reference's: below 1 the candidate is faster. q is in [0, 1], e.g.
// 0.5 for the median or 0.95.
//
// An arm's quantile pools the latency samples of its rounds, weighting each
// sample so that rounds count equally whatever their sizes: it is the
// smallest observed latency x at which the mean over rounds of the fraction
// of the round's sample at or below x reaches q. That is the nearest-rank
// quantile of [Percentile], and with samples of equal size it is Percentile
// of all of them together. Rounds pair by index; NaN latencies are ignored
// and a pair in which either round has no latencies is left out. The
// estimate is NaN when q is outside [0, 1], the arms differ in length, no
// pair is left, or the reference quantile is zero.
func (b Bootstrap) PercentileRatio(ref, cand []Round, q float64) Estimate {
	if !(q >= 0 && q <= 1) {
		return undefined()
	}
	refL, candL := paired(ref, cand, latenciesOf)
	if refL == nil {
		return undefined()
	}
	r, c := newLatencyArm(refL, q), newLatencyArm(candL, q)
	value := ratio(c.pointQuantile(), r.pointQuantile())
	return b.estimate(value, len(refL), func(rnd *rand.Rand, slots []int) float64 {
		return ratio(c.resampledQuantile(rnd, slots), r.resampledQuantile(rnd, slots))
	})
}
