package report

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestScaleTicks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		scale scale
		want  []float64
	}{
		{"linear", linearScale(0, 28700*1.06, 300, 0), []float64{0, 5000, 10000, 15000, 20000, 25000, 30000, 35000}},
		{"linear empty", linearScale(0, 0, 300, 0), []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{"linear with the limit", linearScale(0, 61400*1.06, 300, 0), []float64{0, 10000, 20000, 30000, 40000, 50000, 60000, 70000}},
		{"log decades", logScale(0.3, 50, 300, 0), []float64{0.2, 0.5, 1, 2, 5, 10, 20, 50}},
		{"log narrow", logScale(9.2, 9.2, 300, 0), []float64{5, 7, 10, 15, 20}},
		{"log ratios", logScale(0.04, 26, 300, 0), []float64{0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20}},
		{"log many decades", logScale(1e-3, 1e6, 300, 0), []float64{1e-3, 1e-1, 10, 1e3, 1e5}},
		{"log nothing", logScale(math.Inf(1), math.Inf(-1), 300, 0), []float64{1, 1.5, 2, 3, 5, 7, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, tt.scale.ticks(), cmpopts.EquateApprox(1e-9, 0)); diff != "" {
				t.Errorf("ticks (-want +got):\n%s", diff)
			}
			for _, v := range tt.scale.ticks() {
				if px := tt.scale.px(v); px < -0.5 || px > 300.5 {
					t.Errorf("tick %v at %v px, outside [0, 300]", v, px)
				}
			}
		})
	}
}
