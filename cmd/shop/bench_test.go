package main

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"shop/platform/bench"
	"shop/platform/bench/report"
	"shop/platform/config"
)

// quickBench is a short benchmark of the product page: rounds × 400 ms per
// strategy. Many short rounds let the bootstrap see how much the machine's
// noise moves one arm against the other.
func quickBench(target string, strategies []string, concurrency, rounds int) bench.Config {
	cfg := bench.DefaultConfig()
	cfg.Target = target
	cfg.Scenarios = []string{"product-page"}
	cfg.Strategies = strategies
	cfg.Concurrency = []int{concurrency}
	cfg.Duration = 400 * time.Millisecond
	cfg.Warmup = 100 * time.Millisecond
	cfg.Rounds = rounds
	cfg.Resamples = 1000
	return cfg
}

func onlyComparison(t *testing.T, rep *report.Report) report.Comparison {
	t.Helper()
	if len(rep.Comparisons) != 1 {
		t.Fatalf("%d comparisons, want 1", len(rep.Comparisons))
	}
	return rep.Comparisons[0]
}

// TestBenchRatioReflectsInjectedLatency slows every backend round trip by
// 10 ms: the baseline's five sequential reads pay it five times, the
// parallel reads about once, so the measured ratio must show a large gain
// (the ceiling is 5×; 3.7× on an idle machine, 2.6× with two busy loops
// on its two cores) with an interval far from 1. Without the delay the ratio
// is about 1 at this concurrency.
func TestBenchRatioReflectsInjectedLatency(t *testing.T) {
	t.Parallel()
	ins, _ := startShop(t, shopSetup{
		opts: serveOptions{benchModes: true, backendLatency: 10 * time.Millisecond},
		// Four clients fanning out five reads each need twenty connections.
		config: func(cfg *config.Config) { cfg.DBMaxOpenConns, cfg.DBMaxIdleConns = 24, 24 },
	})
	cfg := quickBench(ins[0].base, []string{bench.Baseline, bench.OptimizedNoCache}, 4, 6)
	cfg.Duration = 800 * time.Millisecond
	rep, err := bench.Run(t.Context(), cfg)
	if err != nil {
		t.Fatalf("bench: %v", err)
	}
	if rep.Settings.BackendLatency != "10ms" {
		t.Errorf("report states backend latency %q, want 10ms", rep.Settings.BackendLatency)
	}
	r := onlyComparison(t, rep).Ratio
	t.Logf("10 ms per round trip: throughput %+v, p50 %+v", r.Throughput, r.P50)
	if r.Throughput.Value < 2 || r.Throughput.CILow < 1.5 || r.P50.Value > 0.5 || r.P50.CIHigh > 0.6 {
		t.Errorf("throughput ratio %+v, p50 ratio %+v: want above 2× (interval above 1.5×) and p50 below 0.5× with 10 ms per round trip",
			r.Throughput, r.P50)
	}
}

// TestBenchIdenticalStrategiesContainOne compares a strategy with itself:
// whatever the noise, the confidence intervals must contain 1. A 95%
// interval misses the truth in one run out of twenty by design, so this
// test, which must not flake, checks the 99% interval.
func TestBenchIdenticalStrategiesContainOne(t *testing.T) {
	t.Parallel()
	ins, _ := startShop(t, shopSetup{opts: serveOptions{benchModes: true}})
	in := ins[0]
	cfg := quickBench(in.base, []string{bench.OptimizedNoCache, bench.OptimizedNoCache}, 2, 10)
	cfg.Confidence = 0.99
	rep, err := bench.Run(t.Context(), cfg)
	if err != nil {
		t.Fatalf("bench: %v", err)
	}
	cmp := onlyComparison(t, rep)
	t.Logf("identical strategies: throughput %+v, p50 %+v, p95 %+v", cmp.Ratio.Throughput, cmp.Ratio.P50, cmp.Ratio.P95)
	for name, e := range map[string]report.Estimate{"throughput": cmp.Ratio.Throughput, "p50": cmp.Ratio.P50, "p95": cmp.Ratio.P95} {
		if e.CILow > 1 || e.CIHigh < 1 {
			t.Errorf("%s ratio of a strategy with itself = %+v: the interval excludes 1", name, e)
		}
	}
}

// TestBenchCountsFailuresAndWrongAnswers puts a faulty proxy in front of the
// shop: some optimized answers fail, others are altered. The bench must
// count both and fail the run.
func TestBenchCountsFailuresAndWrongAnswers(t *testing.T) {
	t.Parallel()
	var n atomic.Int64
	faulty := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-Shop-Strategy") != bench.Optimized || !strings.HasPrefix(r.URL.Path, "/v1/products/") {
				next.ServeHTTP(w, r)
				return
			}
			// One in ten fails, half are altered (so that the 20 verified
			// responses of a cell all being intact is a one-in-a-million event).
			switch n.Add(1) % 10 {
			case 0:
				http.Error(w, "injected failure", http.StatusBadGateway)
			case 6, 7, 8, 9:
				next.ServeHTTP(w, r)
			default: // an answer that differs from the reference's
				rec := httptest.NewRecorder()
				next.ServeHTTP(rec, r)
				w.WriteHeader(rec.Code)
				w.Write([]byte(strings.Replace(rec.Body.String(), `"in_stock":true`, `"in_stock":false`, 1) + " "))
			}
		})
	}
	ins, _ := startShop(t, shopSetup{opts: serveOptions{benchModes: true}, wrap: faulty})
	in := ins[0]
	rep, err := bench.Run(t.Context(), quickBench(in.base, []string{bench.Baseline, bench.Optimized}, 2, 1))
	if !errors.Is(err, bench.ErrTooManyErrors) {
		t.Fatalf("bench error = %v, want ErrTooManyErrors", err)
	}
	f := onlyComparison(t, rep).Strategies[bench.Optimized]
	if f.Errors["502"] == 0 || f.Errors["wrong_answer"] == 0 {
		t.Errorf("optimized errors = %v, want 502s and wrong answers counted", f.Errors)
	}
	if base := onlyComparison(t, rep).Strategies[bench.Baseline]; base.ErrorRate != 0 {
		t.Errorf("baseline error rate = %v, want 0", base.ErrorRate)
	}
}
