package bench

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// Config is one benchmark run's parameters.
type Config struct {
	Target      string
	Scenarios   []string
	Strategies  []string // the first is the reference (baseline)
	Concurrency []int
	Duration    time.Duration // measured time per cell
	Warmup      time.Duration // unmeasured time before it
	Rounds      int
	// Buckets divides each measured interval into sub-intervals whose
	// throughputs the bootstrap resamples.
	Buckets int
	// VerifyPerCell is how many responses of each cell are compared with
	// the reference strategy's answer.
	VerifyPerCell int
	// MaxErrorRate fails the run when any strategy's share of failed
	// requests in any comparison exceeds it.
	MaxErrorRate float64
	Confidence   float64
	Resamples    int
	Seed         int64
	// Progress receives a line per cell; nil for none.
	Progress io.Writer
}

// Strategy names the server knows.
const (
	Baseline         = "baseline"
	Optimized        = "optimized"
	OptimizedNoCache = "optimized-nocache"
)

// DefaultConfig returns the defaults of `shop bench`.
func DefaultConfig() Config {
	return Config{
		Target:        "http://127.0.0.1:8080",
		Scenarios:     ScenarioNames(),
		Strategies:    []string{Baseline, Optimized},
		Concurrency:   []int{1, 10, 50, 100},
		Duration:      10 * time.Second,
		Warmup:        2 * time.Second,
		Rounds:        3,
		Buckets:       10,
		VerifyPerCell: 20,
		MaxErrorRate:  0.01,
		Confidence:    0.95,
		Resamples:     2000,
		Seed:          1,
	}
}

// validate checks cfg and says what to change.
func (cfg Config) validate() error {
	switch {
	case len(cfg.Scenarios) == 0:
		return fmt.Errorf("--scenarios: name at least one of %v", ScenarioNames())
	case len(cfg.Strategies) < 2:
		return fmt.Errorf("--strategies: name at least two, the reference first (e.g. baseline,optimized)")
	case len(cfg.Concurrency) == 0 || slices.Min(cfg.Concurrency) < 1 || slices.Max(cfg.Concurrency) > 1000:
		return fmt.Errorf("--concurrency: give levels from 1 to 1000")
	case cfg.Duration < 100*time.Millisecond:
		return fmt.Errorf("--duration: at least 100ms per cell")
	case cfg.Warmup < 0:
		return fmt.Errorf("--warmup: must not be negative")
	case cfg.Rounds < 1:
		return fmt.Errorf("--rounds: at least 1")
	case cfg.MaxErrorRate < 0 || cfg.MaxErrorRate > 1:
		return fmt.Errorf("--max-error-rate: a fraction from 0 to 1")
	case cfg.Buckets < 1 || cfg.Resamples < 100 || cfg.Confidence <= 0 || cfg.Confidence >= 1:
		return fmt.Errorf("buckets, resamples and confidence out of range")
	}
	if dup, ok := firstDuplicate(cfg.Concurrency); ok {
		return fmt.Errorf("--concurrency: %d is given twice", dup)
	}
	if dup, ok := firstDuplicate(cfg.Scenarios); ok {
		return fmt.Errorf("--scenarios: %s is given twice", dup)
	}
	for _, s := range cfg.Strategies {
		if s != Baseline && s != Optimized && s != OptimizedNoCache {
			return fmt.Errorf("--strategies: %q is not one of baseline, optimized, optimized-nocache", s)
		}
	}
	return nil
}

// firstDuplicate returns the first value that occurs twice in vs. (Naming a
// strategy twice is allowed: it compares the strategy with itself.)
func firstDuplicate[T comparable](vs []T) (T, bool) {
	seen := map[T]bool{}
	for _, v := range vs {
		if seen[v] {
			return v, true
		}
		seen[v] = true
	}
	var zero T
	return zero, false
}
