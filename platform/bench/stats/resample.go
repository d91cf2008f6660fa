package stats

import "math/rand/v2"

// A resample is one bootstrap resample of a round of n sorted values, n
// indices drawn uniformly with replacement, drawn lazily and exactly without
// materialising it.
//
// Drawing index ⌊n·U⌋ for each of n uniforms U is drawing the indices, and
// the number of indices below m is the number of the U below m/n. So the
// resample is the order statistics U(1) ≤ … ≤ U(n) of n uniforms, and a
// quantile search needs only the few it visits. They hang on an implicit
// binary tree over the ranks 0…n+1, with U(0) = 0 and U(n+1) = 1: given the
// order statistics at ranks lo < hi, the one at mid = (lo+hi)/2 is
// U(lo) + (U(hi)−U(lo))·B with B ~ Beta(mid−lo, hi−mid), independent of
// everything outside (lo, hi). Every search walks down this tree, so each
// order statistic is drawn once, from the same two ancestors whichever search
// reaches it first. A search draws at most log₂(n+1) variates.
type resample struct {
	rnd   *rand.Rand
	n     int
	u     []float64 // u[j] is U(j) when stamp[j] == gen
	stamp []uint32
	gen   uint32
	// lastM and lastBelow memoise the latest query, which a search often
	// repeats for the rounds whose threshold did not move.
	lastM, lastBelow int
}

// reset starts a new resample of n values drawn with rnd.
func (r *resample) reset(rnd *rand.Rand, n int) {
	if len(r.u) < n+2 {
		r.u = make([]float64, n+2)
		r.stamp = make([]uint32, n+2)
		r.gen = 0
	}
	r.gen++
	if r.gen == 0 {
		clear(r.stamp)
		r.gen = 1
	}
	r.rnd, r.n = rnd, n
	r.lastM, r.lastBelow = 0, 0
	r.set(0, 0)
	r.set(n+1, 1)
}

// set records U(j) = v.
func (r *resample) set(j int, v float64) {
	r.u[j], r.stamp[j] = v, r.gen
}

// below returns how many of the drawn indices are less than m.
func (r *resample) below(m int) int {
	if m <= 0 {
		return 0
	}
	if m >= r.n {
		return r.n
	}
	if m == r.lastM {
		return r.lastBelow
	}
	t := float64(m) / float64(r.n)
	lo, hi := 0, r.n+1 // U(lo) < t <= U(hi)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if r.at(mid, lo, hi) < t {
			lo = mid
		} else {
			hi = mid
		}
	}
	r.lastM, r.lastBelow = m, lo
	return lo
}

// at returns U(j), drawing it between its tree ancestors U(lo) and U(hi) if
// it is new.
func (r *resample) at(j, lo, hi int) float64 {
	if r.stamp[j] == r.gen {
		return r.u[j]
	}
	ul, uh := r.u[lo], r.u[hi]
	v := ul + (uh-ul)*beta(r.rnd, j-lo, hi-j)
	r.set(j, v)
	return v
}
