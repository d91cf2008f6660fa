package stats

import "math/rand/v2"

// ThroughputRatio estimates how many times the candidate's mean throughput is
// the reference's: above 1 the candidate serves more requests per second.
//
// An arm's throughput is the mean over rounds of each round's mean bucket
// rate, so rounds count equally (with equal bucket counts this is the mean of
// all buckets). Rounds pair by index; NaN buckets are ignored and a pair in
// which either round has no buckets is left out. The estimate is NaN when the
// arms differ in length, no pair is left, or the reference throughput is
// zero.
func (b Bootstrap) ThroughputRatio(ref, cand []Round) Estimate {
	refB, candB := paired(ref, cand, bucketsOf)
	if refB == nil {
		return undefined()
	}
	value := ratio(meanOfMeans(candB), meanOfMeans(refB))
	return b.estimate(value, len(refB), func(rnd *rand.Rand, slots []int) float64 {
		var num, den float64
		for _, s := range slots {
			num += resampledMean(rnd, candB[s])
			den += resampledMean(rnd, refB[s])
		}
		return ratio(num, den)
	})
}

// meanOfMeans returns the mean of the means of rounds.
func meanOfMeans(rounds [][]float64) float64 {
	var sum float64
	for _, xs := range rounds {
		sum += mean(xs)
	}
	return sum / float64(len(rounds))
}

// mean returns the mean of xs, which is not empty.
func mean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// resampledMean returns the mean of len(xs) values drawn from xs with
// replacement.
func resampledMean(rnd *rand.Rand, xs []float64) float64 {
	var sum float64
	for range xs {
		sum += xs[rnd.IntN(len(xs))]
	}
	return sum / float64(len(xs))
}
