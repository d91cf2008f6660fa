package stats

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReservoirKeepsCapacity(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		capacity  int
		added     int
		wantLen   int
		wantFirst []float64 // the sample when it is every value added
	}{
		{"fewer than capacity", 10, 5, 5, []float64{0, 1, 2, 3, 4}},
		{"exactly capacity", 10, 10, 10, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"more than capacity", 10, 1000, 10, nil},
		{"zero capacity", 0, 100, 0, []float64{}},
		{"negative capacity", -3, 100, 0, []float64{}},
		{"nothing added", 10, 0, 0, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := NewReservoir(tt.capacity, seeded(1))
			for i := range tt.added {
				r.Add(float64(i))
			}
			got := r.Values()
			if len(got) != tt.wantLen || r.Seen() != tt.added {
				t.Errorf("len(Values()) = %d, Seen() = %d; want %d, %d", len(got), r.Seen(), tt.wantLen, tt.added)
			}
			if tt.wantFirst != nil {
				if diff := cmp.Diff(tt.wantFirst, got); diff != "" {
					t.Errorf("Values() mismatch (-want +got):\n%s", diff)
				}
			}
			seen := make(map[float64]bool)
			for _, v := range got {
				if v < 0 || v >= float64(tt.added) || seen[v] {
					t.Errorf("Values() = %v: %v was not added or is repeated", got, v)
				}
				seen[v] = true
			}
		})
	}
}

func TestReservoirValuesIsACopy(t *testing.T) {
	t.Parallel()
	r := NewReservoir(3, nil)
	r.Add(1)
	r.Values()[0] = 99
	if diff := cmp.Diff([]float64{1}, r.Values()); diff != "" {
		t.Errorf("Values() after changing a copy (-want +got):\n%s", diff)
	}
}

func TestReservoirIsDeterministic(t *testing.T) {
	t.Parallel()
	sample := func(seed uint64) []float64 {
		r := NewReservoir(50, seeded(seed))
		for i := range 10000 {
			r.Add(float64(i))
		}
		return r.Values()
	}
	if diff := cmp.Diff(sample(7), sample(7)); diff != "" {
		t.Errorf("same seed, different samples (-first +second):\n%s", diff)
	}
	if cmp.Equal(sample(7), sample(8)) {
		t.Error("different seeds gave the same sample")
	}
}

// TestReservoirIsUniform checks that every position of the stream is kept
// equally often: a chi-square test over 20 blocks of positions at the 0.1%
// level (19 degrees of freedom), with a fixed seed.
func TestReservoirIsUniform(t *testing.T) {
	t.Parallel()
	const (
		stream, capacity, trials, blocks = 1000, 10, 4000, 20
		critical                         = 43.82 // chi-square, 19 df, p = 0.001
	)
	rnd := seeded(1)
	var kept [blocks]int
	for range trials {
		r := NewReservoir(capacity, rnd)
		for i := range stream {
			r.Add(float64(i))
		}
		for _, v := range r.Values() {
			kept[int(v)*blocks/stream]++
		}
	}
	want := float64(trials*capacity) / blocks
	var chi2 float64
	for _, k := range kept {
		chi2 += (float64(k) - want) * (float64(k) - want) / want
	}
	t.Logf("chi-square = %.1f over %d blocks (critical %.1f)", chi2, blocks, critical)
	if chi2 > critical {
		t.Errorf("positions kept per block = %v, want about %v each (chi-square %.1f > %.1f)", kept, want, chi2, critical)
	}
}
