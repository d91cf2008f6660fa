package stats

import (
	"fmt"
	"testing"
)

// The tests in this file are the honesty checks of `shop bench`: over many
// simulated benchmarks with known truth, the intervals must cover the truth
// about as often as they claim, exclude 1 when there is a real difference,
// and not widen for drift that interleaving cancels. Every trial has its own
// fixed seed, so the figures are the same on every run.

// trialCount returns how many simulated benchmarks a honesty test runs: 200,
// or 40 (the first 40 of the same seeds) under the race detector.
func trialCount() int {
	if raceEnabled {
		return 40
	}
	return 200
}

// metric is one of the ratios a benchmark reports.
type metric struct {
	name     string
	estimate func(b Bootstrap, ref, cand []Round) Estimate
	// truth is the true ratio when the candidate is speedup times faster.
	truth func(speedup float64) float64
}

// metrics returns the ratios the honesty tests check.
func metrics() []metric {
	return []metric{
		{"throughput", Bootstrap.ThroughputRatio, func(s float64) float64 { return s }},
		{"p50", percentile(0.5), func(s float64) float64 { return 1 / s }},
		{"p95", percentile(0.95), func(s float64) float64 { return 1 / s }},
	}
}

func percentile(q float64) func(Bootstrap, []Round, []Round) Estimate {
	return func(b Bootstrap, ref, cand []Round) Estimate { return b.PercentileRatio(ref, cand, q) }
}

// coverage is what a run of trials found.
type coverage struct {
	trials, covered, excludedOne int
	meanValue, meanWidth         float64 // relative width: (High-Low)/truth
}

func (c coverage) String() string {
	return fmt.Sprintf("covered the truth in %d/%d (%.1f%%), excluded 1 in %d, mean value %.4f, mean relative width %.4f",
		c.covered, c.trials, 100*float64(c.covered)/float64(c.trials), c.excludedOne, c.meanValue, c.meanWidth)
}

// trials runs m on n simulated benchmarks of a, seeds 1…n, with 95%
// intervals of 1000 resamples.
func trials(a arms, m metric, n int) coverage {
	truth := m.truth(a.speedup)
	c := coverage{trials: n}
	for seed := range uint64(n) {
		rnd := seeded(seed + 1)
		ref, cand := a.draw(rnd)
		e := m.estimate(Bootstrap{Confidence: 0.95, Resamples: 1000, Rand: rnd}, ref, cand)
		if e.Contains(truth) {
			c.covered++
		}
		if !e.Contains(1) {
			c.excludedOne++
		}
		c.meanValue += e.Value / float64(n)
		c.meanWidth += (e.High - e.Low) / truth / float64(n)
	}
	return c
}

// honestArms returns identical arms of 3 rounds of 10 buckets and 1000
// latencies, with round-to-round drift of about 20% common to both.
func honestArms() arms {
	return arms{rounds: 3, buckets: 10, latencies: 1000, drift: 0.2, speedup: 1}
}

func TestCoverage(t *testing.T) {
	t.Parallel()
	n := trialCount()
	twice := honestArms()
	twice.speedup = 2
	tests := []struct {
		name string
		arms arms
		// wantAlwaysExcludesOne is whether every interval must exclude 1;
		// otherwise almost none may.
		wantAlwaysExcludesOne bool
	}{
		{"identical arms", honestArms(), false},
		{"candidate twice as fast", twice, true},
	}
	for _, tt := range tests {
		for _, m := range metrics() {
			t.Run(tt.name+"/"+m.name, func(t *testing.T) {
				t.Parallel()
				c := trials(tt.arms, m, n)
				t.Log(c)
				if c.covered < n*90/100 {
					t.Errorf("%v; want coverage of at least 90%%", c)
				}
				if tt.wantAlwaysExcludesOne && c.excludedOne != n {
					t.Errorf("%v; want 1 excluded every time", c)
				}
				if truth := m.truth(tt.arms.speedup); c.meanValue < 0.98*truth || c.meanValue > 1.02*truth {
					t.Errorf("%v; want a mean value within 2%% of %v", c, truth)
				}
			})
		}
	}
}

// TestDrift checks what interleaving buys: drift common to both arms of a
// round, however large, leaves the ratio and the width of its interval as
// they are without drift, while the same drift hitting the arms
// independently widens the interval, as it must.
func TestDrift(t *testing.T) {
	t.Parallel()
	n := trialCount()
	steady, paired, unpaired := honestArms(), honestArms(), honestArms()
	steady.drift = 0
	paired.drift = 0.7 // rounds up to about 2x slower or faster
	unpaired.drift, unpaired.unpaired = 0.7, true
	for _, m := range metrics() {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			base, common, apart := trials(steady, m, n), trials(paired, m, n), trials(unpaired, m, n)
			t.Logf("no drift:          %v", base)
			t.Logf("common drift:      %v", common)
			t.Logf("independent drift: %v", apart)
			if common.covered < n*90/100 {
				t.Errorf("common drift: %v; want coverage of at least 90%%", common)
			}
			if common.meanWidth > 1.25*base.meanWidth {
				t.Errorf("common drift widened the interval from %.4f to %.4f; want at most 25%% wider", base.meanWidth, common.meanWidth)
			}
			if apart.meanWidth < 3*common.meanWidth {
				t.Errorf("independent drift: width %.4f, want at least 3 times %.4f", apart.meanWidth, common.meanWidth)
			}
		})
	}
}
