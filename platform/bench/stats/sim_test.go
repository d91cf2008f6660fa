package stats

import (
	"math"
	"math/rand/v2"
)

// arms describes a synthetic reference and candidate: buckets of about 1000
// requests per second with 5% noise and exponential latencies of mean 5 ms,
// each round slowed down by a random factor.
type arms struct {
	rounds, buckets, latencies int
	// drift is the standard deviation of the log of a round's slowdown.
	drift float64
	// unpaired makes the candidate's rounds drift independently of the
	// reference's, as if the arms had not been interleaved.
	unpaired bool
	// speedup is the candidate's throughput over the reference's, and the
	// reference's latency over the candidate's.
	speedup float64
}

// draw returns one benchmark's worth of rounds.
func (a arms) draw(rnd *rand.Rand) (ref, cand []Round) {
	for range a.rounds {
		slow := math.Exp(a.drift * rnd.NormFloat64())
		candSlow := slow
		if a.unpaired {
			candSlow = math.Exp(a.drift * rnd.NormFloat64())
		}
		ref = append(ref, a.round(rnd, slow))
		cand = append(cand, a.round(rnd, candSlow/a.speedup))
	}
	return ref, cand
}

// round draws one round of an arm slowed down by the factor slow.
func (a arms) round(rnd *rand.Rand, slow float64) Round {
	r := Round{Buckets: make([]float64, a.buckets), Latencies: make([]float64, a.latencies)}
	for i := range r.Buckets {
		r.Buckets[i] = 1000 / slow * (1 + 0.05*rnd.NormFloat64())
	}
	for i := range r.Latencies {
		r.Latencies[i] = 5 * slow * rnd.ExpFloat64()
	}
	return r
}

// seeded returns a source seeded with seed.
func seeded(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x7e57))
}
