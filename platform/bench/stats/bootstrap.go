package stats

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Settings the zero Bootstrap uses.
const (
	// DefaultConfidence is the coverage of the interval when
	// Bootstrap.Confidence is zero.
	DefaultConfidence = 0.95
	// DefaultResamples is the number of resamples when Bootstrap.Resamples
	// is zero or less.
	DefaultResamples = 2000
)

// Bootstrap estimates candidate-to-reference ratios with a two-level
// percentile bootstrap (see the package comment). The zero value is ready to
// use. A Bootstrap is not safe for concurrent use when Rand is shared, since
// every estimate draws from it.
type Bootstrap struct {
	// Confidence is the coverage of the interval, in (0, 1): 0.95 gives the
	// 2.5% and 97.5% quantiles of the resampled ratios. Zero means
	// DefaultConfidence; other values outside (0, 1) give NaN bounds.
	Confidence float64
	// Resamples is the number of bootstrap resamples; zero or less means
	// DefaultResamples.
	Resamples int
	// Rand drives the resampling, so a seeded source gives reproducible
	// intervals. Nil means a fresh source with a fixed seed on each call.
	Rand *rand.Rand
}

// withDefaults fills in the zero fields of b.
func (b Bootstrap) withDefaults() Bootstrap {
	if b.Confidence == 0 {
		b.Confidence = DefaultConfidence
	}
	if b.Resamples <= 0 {
		b.Resamples = DefaultResamples
	}
	if b.Rand == nil {
		b.Rand = fixedRand()
	}
	return b
}

// fixedRand returns a source with a fixed seed, for callers that gave none.
func fixedRand() *rand.Rand {
	return rand.New(rand.NewPCG(0x5eed, 0xbe0c))
}

// resampler computes the ratio of one resample whose rounds are slots.
type resampler func(rnd *rand.Rand, slots []int) float64

// estimate returns value with the interval of the ratios that resample gives
// when drawing rounds of the given number with replacement. The bounds are
// NaN when value is, when the confidence is invalid, or when any resample's
// ratio is undefined.
func (b Bootstrap) estimate(value float64, rounds int, resample resampler) Estimate {
	if math.IsNaN(value) {
		return undefined()
	}
	b = b.withDefaults()
	nan := math.NaN()
	if !(b.Confidence > 0 && b.Confidence < 1) {
		return Estimate{Value: value, Low: nan, High: nan}
	}
	ratios := make([]float64, b.Resamples)
	slots := make([]int, rounds)
	for i := range ratios {
		for s := range slots {
			slots[s] = b.Rand.IntN(rounds)
		}
		ratios[i] = resample(b.Rand, slots)
		if math.IsNaN(ratios[i]) {
			return Estimate{Value: value, Low: nan, High: nan}
		}
	}
	slices.Sort(ratios)
	return Estimate{
		Value: value,
		Low:   Percentile(ratios, (1-b.Confidence)/2),
		High:  Percentile(ratios, (1+b.Confidence)/2),
	}
}
