package bench

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		change  func(*Config)
		wantErr string
	}{
		{"defaults", func(*Config) {}, ""},
		{"one strategy", func(c *Config) { c.Strategies = []string{Baseline} }, "--strategies"},
		{"unknown strategy", func(c *Config) { c.Strategies = []string{Baseline, "fastest"} }, "fastest"},
		{"strategy with itself", func(c *Config) { c.Strategies = []string{Optimized, Optimized} }, ""},
		{"duplicate concurrency", func(c *Config) { c.Concurrency = []int{1, 10, 1} }, "1 is given twice"},
		{"zero concurrency", func(c *Config) { c.Concurrency = []int{0} }, "--concurrency"},
		{"duplicate scenario", func(c *Config) { c.Scenarios = []string{"listing", "listing"} }, "listing is given twice"},
		{"tiny duration", func(c *Config) { c.Duration = 1 }, "--duration"},
		{"no rounds", func(c *Config) { c.Rounds = 0 }, "--rounds"},
		{"error rate above 1", func(c *Config) { c.MaxErrorRate = 2 }, "--max-error-rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg := DefaultConfig()
			tt.change(&cfg)
			err := cfg.validate()
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("validate() = %v, want error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestArmsLabelRepeatedStrategies(t *testing.T) {
	t.Parallel()
	got := arms([]string{OptimizedNoCache, OptimizedNoCache, Optimized})
	want := []arm{{OptimizedNoCache, OptimizedNoCache}, {OptimizedNoCache + "#2", OptimizedNoCache}, {Optimized, Optimized}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(arm{})); diff != "" {
		t.Errorf("arms (-want +got):\n%s", diff)
	}
	if c := candidate(got); c.label != Optimized {
		t.Errorf("candidate = %q, want optimized", c.label)
	}
}

func TestNewScenarioNamesTheChoices(t *testing.T) {
	t.Parallel()
	_, err := newScenario("search")
	if err == nil || !strings.Contains(err.Error(), "listing, product-page") {
		t.Errorf("newScenario(search) = %v, want an error listing the scenarios", err)
	}
}
