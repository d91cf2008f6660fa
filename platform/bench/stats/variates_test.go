package stats

import (
	"fmt"
	"math"
	"testing"
)

// TestBeta checks the mean and variance of beta variates against theory,
// within five standard errors (the seed is fixed, so this cannot flake).
func TestBeta(t *testing.T) {
	t.Parallel()
	tests := []struct{ a, b int }{{1, 1}, {1, 7}, {7, 1}, {2, 2}, {2, 9}, {30, 3}, {5000, 5001}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("Beta(%d,%d)", tt.a, tt.b), func(t *testing.T) {
			t.Parallel()
			const n = 200000
			rnd := seeded(uint64(tt.a*10000 + tt.b))
			var sum, sumSq float64
			for range n {
				x := beta(rnd, tt.a, tt.b)
				if !(x >= 0 && x <= 1) {
					t.Fatalf("beta = %v, outside [0, 1]", x)
				}
				sum += x
				sumSq += x * x
			}
			a, b := float64(tt.a), float64(tt.b)
			wantMean := a / (a + b)
			wantVar := a * b / ((a + b) * (a + b) * (a + b + 1))
			mean := sum / n
			variance := sumSq/n - mean*mean
			if se := math.Sqrt(wantVar / n); math.Abs(mean-wantMean) > 5*se {
				t.Errorf("mean = %v, want %v ± %v", mean, wantMean, 5*se)
			}
			if math.Abs(variance/wantVar-1) > 0.02 {
				t.Errorf("variance = %v, want %v ± 2%%", variance, wantVar)
			}
		})
	}
}
