package stats

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestResampleCounts checks that a lazy resample of n indices has the counts
// of the explicit one: the number of indices below m is Binomial(n, m/n), and
// the number in [m1, m2) is Binomial(n, (m2-m1)/n), whichever is asked first.
func TestResampleCounts(t *testing.T) {
	t.Parallel()
	const n, trials = 1000, 20000
	tests := []struct{ m1, m2 int }{{1, 500}, {500, 510}, {990, 999}, {3, 4}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("[%d,%d)", tt.m1, tt.m2), func(t *testing.T) {
			t.Parallel()
			rnd := seeded(uint64(tt.m1*n + tt.m2))
			var r resample
			var below, between moments
			for i := range trials {
				r.reset(rnd, n)
				var c1, c2 int
				if i%2 == 0 {
					c1, c2 = r.below(tt.m1), r.below(tt.m2)
				} else {
					c2, c1 = r.below(tt.m2), r.below(tt.m1)
				}
				if c1 > c2 || r.below(0) != 0 || r.below(n) != n {
					t.Fatalf("counts not monotone: below(%d) = %d, below(%d) = %d", tt.m1, c1, tt.m2, c2)
				}
				below.add(float64(c1))
				between.add(float64(c2 - c1))
			}
			below.checkBinomial(t, "below m1", n, float64(tt.m1)/n)
			between.checkBinomial(t, "between", n, float64(tt.m2-tt.m1)/n)
		})
	}
}

// moments accumulates a sample's mean and variance.
type moments struct{ n, sum, sumSq float64 }

func (m *moments) add(x float64) { m.n, m.sum, m.sumSq = m.n+1, m.sum+x, m.sumSq+x*x }

// checkBinomial fails t unless the sample's mean is within five standard
// errors of Binomial(n, p)'s and its variance within 5%.
func (m *moments) checkBinomial(t *testing.T, what string, n int, p float64) {
	t.Helper()
	wantMean, wantVar := float64(n)*p, float64(n)*p*(1-p)
	mean := m.sum / m.n
	variance := m.sumSq/m.n - mean*mean
	if math.Abs(mean-wantMean) > 5*math.Sqrt(wantVar/m.n) {
		t.Errorf("%s: mean = %v, want %v", what, mean, wantMean)
	}
	if math.Abs(variance/wantVar-1) > 0.05 {
		t.Errorf("%s: variance = %v, want %v", what, variance, wantVar)
	}
}

// TestResampledQuantileMatchesExplicit compares, by a two-sample
// Kolmogorov–Smirnov test at the 0.1% level, the quantiles of lazy resamples
// with those of resamples drawn and sorted explicitly.
func TestResampledQuantileMatchesExplicit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		slots []int
		q     float64
	}{
		{[]int{0}, 0.5}, {[]int{0}, 0.99}, {[]int{0, 1, 2}, 0.05}, {[]int{0, 1, 2}, 0.5},
		{[]int{0, 1, 2}, 0.95}, {[]int{2, 2, 0}, 0.9}, {[]int{1, 1, 1}, 0.999},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%v/q=%v", tt.slots, tt.q), func(t *testing.T) {
			t.Parallel()
			const resamples = 3000
			ref, _ := arms{rounds: 3, latencies: 400, drift: 0.5, speedup: 1}.draw(seeded(1))
			rounds, _ := paired(ref, ref, latenciesOf)
			arm := newLatencyArm(rounds, tt.q)
			lazy, explicit := make([]float64, resamples), make([]float64, resamples)
			rnd := seeded(2)
			for i := range resamples {
				lazy[i] = arm.resampledQuantile(rnd, tt.slots)
				explicit[i] = bruteQuantile(rnd, arm.rounds, tt.slots, tt.q)
			}
			critical := 1.95 * math.Sqrt(2.0/resamples)
			if d := ksDistance(lazy, explicit); d > critical {
				t.Errorf("Kolmogorov–Smirnov distance = %.4f, want below %.4f", d, critical)
			}
		})
	}
}

// ksDistance returns the largest gap between the empirical distribution
// functions of a and b, which it sorts.
func ksDistance(a, b []float64) float64 {
	slices.Sort(a)
	slices.Sort(b)
	var d float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		x := min(a[i], b[j])
		for i < len(a) && a[i] == x {
			i++
		}
		for j < len(b) && b[j] == x {
			j++
		}
		d = max(d, math.Abs(float64(i)/float64(len(a))-float64(j)/float64(len(b))))
	}
	return d
}
