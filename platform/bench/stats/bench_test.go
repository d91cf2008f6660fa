package stats

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// benchArms returns arms of the size that must be fast: 3 rounds of 10,000
// latencies each.
func benchArms() arms {
	return arms{rounds: 3, buckets: 10, latencies: 10000, drift: 0.2, speedup: 1.2}
}

func BenchmarkPercentileRatio(b *testing.B) {
	ref, cand := benchArms().draw(seeded(1))
	for _, q := range []float64{0.5, 0.95, 0.99} {
		b.Run(fmt.Sprintf("q=%v", q), func(b *testing.B) {
			for b.Loop() {
				Bootstrap{Resamples: 2000, Rand: seeded(2)}.PercentileRatio(ref, cand, q)
			}
		})
	}
}

// BenchmarkPercentileRatioNaive materialises and sorts every resample, for
// comparison with the lazy resamples of PercentileRatio. It does a tenth of
// the resamples (200), to keep `go test -bench .` short.
func BenchmarkPercentileRatioNaive(b *testing.B) {
	ref, cand := benchArms().draw(seeded(1))
	refL, candL := paired(ref, cand, latenciesOf)
	for b.Loop() {
		Bootstrap{Resamples: 200, Rand: seeded(2)}.estimate(1, 3, func(rnd *rand.Rand, slots []int) float64 {
			return bruteQuantile(rnd, candL, slots, 0.95) / bruteQuantile(rnd, refL, slots, 0.95)
		})
	}
}

func BenchmarkThroughputRatio(b *testing.B) {
	ref, cand := benchArms().draw(seeded(1))
	for b.Loop() {
		Bootstrap{Resamples: 2000, Rand: seeded(2)}.ThroughputRatio(ref, cand)
	}
}

// bruteQuantile is what a lazy resample must match in distribution: it draws
// the resample of each slot explicitly and takes the Percentile of them all,
// which is the rounds-weighted quantile when the rounds are of one size.
func bruteQuantile(rnd *rand.Rand, rounds [][]float64, slots []int, q float64) float64 {
	var total int
	for _, r := range slots {
		total += len(rounds[r])
	}
	all := make([]float64, 0, total)
	for _, r := range slots {
		vs := rounds[r]
		for range vs {
			all = append(all, vs[rnd.IntN(len(vs))])
		}
	}
	slices.Sort(all)
	return Percentile(all, q)
}
