package stats

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// latencyArm is one arm's latency samples, ready for q-quantiles.
type latencyArm struct {
	q      float64
	rounds [][]float64 // each round's sample, sorted
	pooled []float64   // every sample of every round, sorted
	// atOrBelow[p*len(rounds)+r] is how many values of round r are at most
	// pooled[p].
	atOrBelow []int32
	draws     []resample     // one lazy resample per slot, reused
	hints     map[string]int // hint's answers by the sorted slots, varint-coded
	key       []byte         // scratch for the keys of hints
	sorted    []int          // scratch for the keys of hints
}

// newLatencyArm sorts rounds in place and pools them.
func newLatencyArm(rounds [][]float64, q float64) *latencyArm {
	var pooled []float64
	for _, r := range rounds {
		slices.Sort(r)
		pooled = merge(pooled, r)
	}
	return &latencyArm{
		q:         q,
		rounds:    rounds,
		pooled:    pooled,
		atOrBelow: ranks(rounds, pooled),
		draws:     make([]resample, len(rounds)),
		hints:     make(map[string]int),
	}
}

// ranks returns, for each value of pooled and each of rounds, how many values
// of the round are at most the pooled one.
func ranks(rounds [][]float64, pooled []float64) []int32 {
	out := make([]int32, len(pooled)*len(rounds))
	for r, vs := range rounds {
		m := 0
		for p, x := range pooled {
			for m < len(vs) && vs[m] <= x {
				m++
			}
			out[p*len(rounds)+r] = int32(m)
		}
	}
	return out
}

// pointQuantile returns the quantile of all the rounds, each once.
func (a *latencyArm) pointQuantile() float64 {
	slots := make([]int, len(a.rounds))
	for i := range slots {
		slots[i] = i
	}
	return a.pooled[a.quantileIndex(slots, original, -1)]
}

// resampledQuantile returns the quantile of a resample that draws, within
// each of the rounds slots, as many latencies as it has with replacement.
func (a *latencyArm) resampledQuantile(rnd *rand.Rand, slots []int) float64 {
	for s, r := range slots {
		a.draws[s].reset(rnd, len(a.rounds[r]))
	}
	resampled := func(s, m int) int { return a.draws[s].below(m) }
	return a.pooled[a.quantileIndex(slots, resampled, a.hint(slots))]
}

// hint returns the index in a.pooled of the quantile of the rounds slots
// themselves. Their resamples' quantiles lie near it, and searching outwards
// from there keeps the lazy draws few.
func (a *latencyArm) hint(slots []int) int {
	a.sorted = append(a.sorted[:0], slots...)
	slices.Sort(a.sorted)
	a.key = a.key[:0]
	for _, r := range a.sorted {
		a.key = binary.AppendUvarint(a.key, uint64(r))
	}
	if p, ok := a.hints[string(a.key)]; ok {
		return p
	}
	p := a.quantileIndex(a.sorted, original, -1)
	a.hints[string(a.key)] = p
	return p
}

// original counts the values of a slot's sample among the m smallest of its
// round when the sample is the round itself.
func original(_, m int) int { return m }

// quantileIndex returns the index in a.pooled of the smallest value x at
// which the mean over slots of the fraction of the slot's sample at or below
// x reaches a.q (and is not zero). count(s, m) is how many values of slot s's
// sample are among the m smallest of its round. A hint of zero or more is
// where to start looking.
func (a *latencyArm) quantileIndex(slots []int, count func(s, m int) int, hint int) int {
	target := float64(len(slots)) * (a.q - rankTolerance)
	reached := func(p int) bool {
		ranks := a.atOrBelow[p*len(a.rounds):]
		var sum float64
		for s, r := range slots {
			sum += float64(count(s, int(ranks[r]))) / float64(len(a.rounds[r]))
		}
		return sum > 0 && sum >= target
	}
	var p int
	if hint < 0 {
		p = sort.Search(len(a.pooled), reached)
	} else {
		// Start with steps of about half the standard deviation of the
		// resampled quantile's position.
		step := int(math.Sqrt(float64(len(a.pooled))*a.q*(1-a.q)) / 2)
		p = searchFrom(len(a.pooled), hint, max(step, 1), reached)
	}
	return min(p, len(a.pooled)-1)
}

// merge returns the sorted values of the sorted a and b.
func merge(a, b []float64) []float64 {
	out := make([]float64, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0] < a[0] {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}
