package cache

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestJitterBounds(t *testing.T) {
	t.Parallel()
	const d = 10 * time.Second
	tests := []struct {
		name string
		d    time.Duration
		frac float64
		rnd  float64
		want time.Duration
	}{
		{"lowest", d, 0.1, 0, 9 * time.Second},
		{"middle", d, 0.1, 0.5, d},
		{"no jitter", d, 0, 0.9, d},
		{"negative fraction", d, -0.5, 0.9, d},
		{"fraction clamped to 1", d, 3, 0.75, 15 * time.Second},
		{"zero duration", 0, 0.1, 0.9, 0},
		{"never below a millisecond", d, 1, 0, time.Millisecond},
	}
	for _, tt := range tests {
		got := jitter(tt.d, tt.frac, func() float64 { return tt.rnd })
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: jitter(%v, %v) (-want +got):\n%s", tt.name, tt.d, tt.frac, diff)
		}
	}
}

func TestJitterStaysWithinFraction(t *testing.T) {
	t.Parallel()
	d, frac := time.Minute, 0.1
	lo, hi := time.Duration(float64(d)*(1-frac)), time.Duration(float64(d)*(1+frac))
	var below, above bool
	for range 10_000 {
		got := jitter(d, frac, rand.Float64)
		if got < lo || got > hi {
			t.Fatalf("jitter(%v, %v) = %v, want within [%v, %v]", d, frac, got, lo, hi)
		}
		below = below || got < d
		above = above || got > d
	}
	if !below || !above {
		t.Errorf("10,000 draws all on one side of %v (below %v, above %v)", d, below, above)
	}
}

func TestConfigDefaults(t *testing.T) {
	t.Parallel()
	got := Config{Jitter: 2}.withDefaults()
	want := Config{
		Namespace:    "shop",
		L1MaxEntries: 10_000,
		L1TTL:        time.Minute,
		L2TTL:        10 * time.Minute,
		NegativeTTL:  30 * time.Second,
		Jitter:       1,
		LoadTimeout:  10 * time.Second,
		RedisTimeout: time.Second,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("withDefaults (-want +got):\n%s", diff)
	}
}
