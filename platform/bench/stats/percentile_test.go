package stats

import (
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestPercentile(t *testing.T) {
	t.Parallel()
	oneToHundred := make([]float64, 100)
	for i := range oneToHundred {
		oneToHundred[i] = float64(i + 1)
	}
	five := []float64{1, 2, 3, 4, 5}
	nan := math.NaN()
	tests := []struct {
		name   string
		sorted []float64
		q      float64
		want   float64
	}{
		{"min", five, 0, 1},
		{"exactly a fifth", five, 0.2, 1},
		{"just past a fifth", five, 0.21, 2},
		{"median of odd", five, 0.5, 3},
		{"exact rank", five, 0.8, 4},
		{"rounds up", five, 0.9, 5},
		{"max", five, 1, 5},
		{"median of even is the lower", []float64{1, 2, 3, 4}, 0.5, 2},
		{"7% of 100 despite rounding", oneToHundred, 0.07, 7},
		{"p95 of 100", oneToHundred, 0.95, 95},
		{"p99 of 100", oneToHundred, 0.99, 99},
		{"p99.5 of 100", oneToHundred, 0.995, 100},
		{"single value", []float64{42}, 0.5, 42},
		{"ties", []float64{1, 2, 2, 2, 9}, 0.7, 2},
		{"empty", nil, 0.5, nan},
		{"q below 0", five, -0.1, nan},
		{"q above 1", five, 1.1, nan},
		{"q NaN", five, nan, nan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := Percentile(tt.sorted, tt.q)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateNaNs()); diff != "" {
				t.Errorf("Percentile(%v, %v) mismatch (-want +got):\n%s", tt.sorted, tt.q, diff)
			}
		})
	}
}

// TestPooledQuantile checks the rounds-weighted quantile that
// PercentileRatio's point estimate uses.
func TestPooledQuantile(t *testing.T) {
	t.Parallel()
	// Rounds of unequal sizes: the pair counts as much as the four.
	unequal := [][]float64{{1, 2}, {10, 20, 30, 40}}
	tests := []struct {
		name   string
		rounds [][]float64
		q      float64
		want   float64
	}{
		// Weighted fractions at or below 1, 2, 10, 20: .25, .5, .625, .75.
		{"quarter", unequal, 0.25, 1},
		{"median weights rounds equally", unequal, 0.5, 2}, // 10 if pooled unweighted
		{"three quarters", unequal, 0.75, 20},
		{"max", unequal, 1, 40},
		{"min", unequal, 0, 1},
		{"one round", [][]float64{{3, 1, 2}}, 0.5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rounds := make([][]float64, len(tt.rounds))
			for i, r := range tt.rounds {
				rounds[i] = slices.Clone(r)
			}
			if got := newLatencyArm(rounds, tt.q).pointQuantile(); got != tt.want {
				t.Errorf("pointQuantile(%v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestPooledQuantileEqualSizes checks that with rounds of one size the
// weighted quantile is the Percentile of all values together.
func TestPooledQuantileEqualSizes(t *testing.T) {
	t.Parallel()
	rnd := seeded(1)
	for trial := range 200 {
		rounds := make([][]float64, 1+rnd.IntN(4))
		n := 1 + rnd.IntN(50)
		var all []float64
		for i := range rounds {
			for range n {
				rounds[i] = append(rounds[i], float64(rnd.IntN(30))) // with ties
			}
			all = append(all, rounds[i]...)
		}
		slices.Sort(all)
		q := rnd.Float64()
		if trial%10 == 0 {
			q = float64(rnd.IntN(n+1)) / float64(n) // exact ranks
		}
		want := Percentile(all, q)
		if got := newLatencyArm(rounds, q).pointQuantile(); got != want {
			t.Fatalf("trial %d: pooled quantile %v of %d rounds of %d = %v, want %v", trial, q, len(rounds), n, got, want)
		}
	}
}
