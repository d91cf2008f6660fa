package stats

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// buckets returns rounds with the given buckets and no latencies.
func buckets(rounds ...[]float64) []Round {
	out := make([]Round, len(rounds))
	for i, b := range rounds {
		out[i].Buckets = b
	}
	return out
}

// latencies returns rounds with the given latencies and no buckets.
func latencies(rounds ...[]float64) []Round {
	out := make([]Round, len(rounds))
	for i, l := range rounds {
		out[i].Latencies = l
	}
	return out
}

func TestThroughputRatio(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name      string
		b         Bootstrap
		ref, cand []Round
		want      Estimate
	}{
		{
			// Every resample keeps the per-round ratio of 1.5.
			name: "exact",
			ref:  buckets([]float64{100, 100}, []float64{200, 200}),
			cand: buckets([]float64{150, 150}, []float64{300, 300}),
			want: Estimate{Value: 1.5, Low: 1.5, High: 1.5},
		},
		{
			// Round means 100 and 200 count equally: 150, not 175.
			name: "rounds count equally",
			ref:  buckets([]float64{100}, []float64{200, 200, 200}),
			cand: buckets([]float64{300}, []float64{300, 300, 300}),
			want: Estimate{Value: 2, Low: 1.5, High: 3},
		},
		{
			name: "round missing in one arm is left out",
			ref:  buckets([]float64{100}, nil),
			cand: buckets([]float64{200}, []float64{300}),
			want: Estimate{Value: 2, Low: 2, High: 2},
		},
		{
			name: "NaN buckets are ignored",
			ref:  buckets([]float64{100, nan}),
			cand: buckets([]float64{nan, 50}),
			want: Estimate{Value: 0.5, Low: 0.5, High: 0.5},
		},
		{
			name: "a resample with zero reference throughput",
			ref:  buckets([]float64{0, 100}),
			cand: buckets([]float64{100, 100}),
			want: Estimate{Value: 2, Low: nan, High: nan},
		},
		{
			name: "invalid confidence",
			b:    Bootstrap{Confidence: 1.5},
			ref:  buckets([]float64{100}),
			cand: buckets([]float64{100}),
			want: Estimate{Value: 1, Low: nan, High: nan},
		},
		{name: "no rounds", want: Estimate{Value: nan, Low: nan, High: nan}},
		{
			name: "rounds cannot be paired",
			ref:  buckets([]float64{100}),
			cand: buckets([]float64{100}, []float64{100}),
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "no buckets",
			ref:  latencies([]float64{1}),
			cand: latencies([]float64{1}),
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "zero reference throughput",
			ref:  buckets([]float64{0, 0}),
			cand: buckets([]float64{100, 100}),
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.b.Rand = seeded(1)
			got := tt.b.ThroughputRatio(tt.ref, tt.cand)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateNaNs()); diff != "" {
				t.Errorf("ThroughputRatio() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPercentileRatio(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name      string
		ref, cand []Round
		q         float64
		want      Estimate
	}{
		{
			name: "constant latencies",
			ref:  latencies([]float64{4, 4, 4}, []float64{8, 8}),
			cand: latencies([]float64{2, 2}, []float64{4, 4, 4, 4}),
			q:    0.5,
			want: Estimate{Value: 0.5, Low: 0.5, High: 0.5},
		},
		{
			name: "NaN latencies are ignored and empty rounds left out",
			ref:  latencies([]float64{10, nan}, []float64{}),
			cand: latencies([]float64{nan, 30}, []float64{1}),
			q:    0.95,
			want: Estimate{Value: 3, Low: 3, High: 3},
		},
		{
			name: "zero reference quantile",
			ref:  latencies([]float64{0, 0, 5}),
			cand: latencies([]float64{1, 2, 5}),
			q:    0.5,
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "a resample with zero reference quantile",
			ref:  latencies([]float64{0, 5}),
			cand: latencies([]float64{5, 5}),
			q:    1,
			want: Estimate{Value: 1, Low: nan, High: nan},
		},
		{name: "no rounds", q: 0.5, want: Estimate{Value: nan, Low: nan, High: nan}},
		{
			name: "rounds cannot be paired",
			ref:  latencies([]float64{1}, []float64{1}),
			cand: latencies([]float64{1}),
			q:    0.5,
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "no latencies",
			ref:  buckets([]float64{1}),
			cand: buckets([]float64{1}),
			q:    0.5,
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "q above 1",
			ref:  latencies([]float64{1}),
			cand: latencies([]float64{1}),
			q:    1.5,
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
		{
			name: "q NaN",
			ref:  latencies([]float64{1}),
			cand: latencies([]float64{1}),
			q:    nan,
			want: Estimate{Value: nan, Low: nan, High: nan},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := Bootstrap{Rand: seeded(1)}.PercentileRatio(tt.ref, tt.cand, tt.q)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateNaNs()); diff != "" {
				t.Errorf("PercentileRatio(q=%v) mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestPercentileRatioLeavesInputAlone(t *testing.T) {
	t.Parallel()
	ref := latencies([]float64{3, 1, 2})
	cand := latencies([]float64{6, 5, 4})
	Bootstrap{Rand: seeded(1)}.PercentileRatio(ref, cand, 0.5)
	if diff := cmp.Diff(latencies([]float64{3, 1, 2}), ref); diff != "" {
		t.Errorf("reference rounds changed (-want +got):\n%s", diff)
	}
}

func TestEstimatesAreDeterministic(t *testing.T) {
	t.Parallel()
	ref, cand := arms{rounds: 3, buckets: 10, latencies: 500, drift: 0.3, speedup: 1.1}.draw(seeded(1))
	estimates := func(b Bootstrap) []Estimate {
		return []Estimate{b.ThroughputRatio(ref, cand), b.PercentileRatio(ref, cand, 0.5), b.PercentileRatio(ref, cand, 0.99)}
	}
	tests := []struct {
		name        string
		first, then Bootstrap
		wantSame    bool
	}{
		{"same seed", Bootstrap{Rand: seeded(5)}, Bootstrap{Rand: seeded(5)}, true},
		{"default source", Bootstrap{}, Bootstrap{}, true},
		{"different seeds", Bootstrap{Rand: seeded(5)}, Bootstrap{Rand: seeded(6)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			first, then := estimates(tt.first), estimates(tt.then)
			if diff := cmp.Diff(first, then); (diff == "") != tt.wantSame {
				t.Errorf("same = %v, want %v; (-first +then):\n%s", diff == "", tt.wantSame, diff)
			}
		})
	}
}

// TestSingleRound checks that one round gives the within-round bootstrap: a
// finite interval around the estimate.
func TestSingleRound(t *testing.T) {
	t.Parallel()
	for _, m := range metrics() {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			ref, cand := arms{rounds: 1, buckets: 10, latencies: 2000, speedup: 1}.draw(seeded(1))
			e := m.estimate(Bootstrap{Rand: seeded(2)}, ref, cand)
			if !(e.Low < e.High) || !e.Contains(e.Value) || !e.Contains(1) {
				t.Errorf("%+v, want a finite interval around the value and 1", e)
			}
		})
	}
}

func TestEstimateContains(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name string
		e    Estimate
		x    float64
		want bool
	}{
		{"inside", Estimate{Value: 1, Low: 0.9, High: 1.1}, 1, true},
		{"on a bound", Estimate{Value: 1, Low: 0.9, High: 1.1}, 0.9, true},
		{"outside", Estimate{Value: 1, Low: 0.9, High: 1.1}, 1.2, false},
		{"no interval", Estimate{Value: 1, Low: nan, High: nan}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.e.Contains(tt.x); got != tt.want {
				t.Errorf("%+v.Contains(%v) = %v, want %v", tt.e, tt.x, got, tt.want)
			}
		})
	}
}
