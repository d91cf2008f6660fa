package report

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fixtureThroughput is req/s per scenario, strategy and concurrency (1, 10,
// 50): numbers shaped like a real run with 1ms of injected latency.
func fixtureThroughput() map[string]map[string][3]float64 {
	return map[string]map[string][3]float64{
		"product-page": {
			"baseline":          {312, 2450, 2890},
			"optimized-nocache": {724, 5930, 7120},
			"optimized":         {2850, 21400, 28700},
		},
		"listing": {
			"baseline":          {94.6, 781, 1020},
			"optimized-nocache": {412, 3610, 4380},
			"optimized":         {2310, 17800, 22100},
		},
	}
}

// newFixture builds a realistic Report: 2 scenarios, 3 strategies,
// concurrency 1, 10 and 50, a /healthz limit per concurrency, attributions,
// one estimate that could not be computed (listing, c=1, p95), some
// errors (product-page, c=50, baseline) and a server that exposed nothing
// (product-page, c=1, optimized-nocache).
func newFixture(t *testing.T) *Report {
	t.Helper()
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	r := &Report{
		SchemaVersion: SchemaVersion,
		StartedAt:     start,
		FinishedAt:    start.Add(21*time.Minute + 30*time.Second),
		Target:        "http://127.0.0.1:8080",
		Machine: Machine{Hostname: "bench-01", OS: "linux", Arch: "amd64", CPUs: 8,
			CPUModel: "AMD EPYC 7763 64-Core Processor", MemoryGiB: 31.3, GoVersion: "go1.26.0"},
		Settings: Settings{
			Scenarios:   []string{"product-page", "listing"},
			Strategies:  []string{"baseline", "optimized-nocache", "optimized"},
			Concurrency: []int{1, 10, 50}, Duration: "10s", Warmup: "2s", Rounds: 3,
			BackendLatency: "1ms", MaxErrorRate: 0.01, Confidence: 0.95,
			BootstrapResamples: 2000, Seed: 42,
		},
		Notes: []string{
			"checkout: 3 of 41,200 orders found a SKU out of stock and were retried",
			"search: the server offers no Elasticsearch engine; Postgres FTS was measured",
		},
	}
	limits := [3]float64{9810, 52300, 61400}
	for i, c := range r.Settings.Concurrency {
		r.Limits = append(r.Limits, Limit{Concurrency: c, Throughput: limits[i], Latency: latencyFor(c, limits[i])})
		for round := 1; round <= r.Settings.Rounds; round++ {
			r.Cells = append(r.Cells, fixtureCell("healthz", "baseline", c, round, limits[i]))
		}
	}
	for _, scenario := range r.Settings.Scenarios {
		for i, c := range r.Settings.Concurrency {
			r.Comparisons = append(r.Comparisons, fixtureComparison(scenario, i, c, limits[i]))
			for _, strategy := range r.Settings.Strategies {
				for round := 1; round <= r.Settings.Rounds; round++ {
					r.Cells = append(r.Cells, fixtureCell(scenario, strategy, c, round, fixtureThroughput()[scenario][strategy][i]))
				}
			}
		}
	}
	// The run could not compute one estimate, and one interval.
	r.Comparisons[3].Ratio.P95 = Estimate{math.NaN(), math.NaN(), math.NaN()}
	r.Comparisons[3].Attribution[1].Ratio.Throughput.CILow = math.NaN()
	r.Comparisons[3].Attribution[1].Ratio.Throughput.CIHigh = math.NaN()
	// product-page, c=50: the baseline failed some requests.
	f := r.Comparisons[2].Strategies["baseline"]
	f.Errors = map[string]int64{"500": 12, "transport": 3}
	f.ErrorRate = 15 / float64(f.Requests)
	r.Comparisons[2].Strategies["baseline"] = f
	// product-page, c=1: the server's /metrics gave nothing for one strategy.
	f = r.Comparisons[0].Strategies["optimized-nocache"]
	f.Server = Server{}
	r.Comparisons[0].Strategies["optimized-nocache"] = f
	return r
}

func latencyFor(c int, rps float64) Latency {
	p50 := float64(c) / rps * 1000 * 0.92
	return Latency{P50: p50, P90: p50 * 1.7, P95: p50 * 2.1, P99: p50 * 3.4, Max: p50 * 9}
}

func fixtureFigures(rps, limit float64, c int, srv Server) Figures {
	share := rps / limit
	return Figures{
		Requests: int64(rps * 30), Throughput: rps, Latency: latencyFor(c, rps),
		Errors: map[string]int64{}, ShareOfLimit: &share, Server: srv,
	}
}

// fixtureServer is what the server's /metrics said for a strategy, shaped
// like a real run: the baseline issues a query per item (97 per listing),
// batching a handful, the cache almost none. Only the optimized strategy
// looks anything up in the cache, so the others have no hit ratio.
func fixtureServer(scenario, strategy string, rps float64, c int) Server {
	type figures struct{ queries, hits, cpuMsPerRequest, cacheMiB float64 }
	f := map[string]map[string]figures{
		"product-page": {
			"baseline":          {12, -1, 0.41, 0},
			"optimized-nocache": {3, -1, 0.33, 0},
			"optimized":         {0.04, 0.993, 0.072, 48},
		},
		"listing": {
			"baseline":          {97, -1, 2.05, 0},
			"optimized-nocache": {5, -1, 0.58, 0},
			"optimized":         {0.02, 0.997, 0.087, 48},
		},
	}[scenario][strategy]
	cpu := f.cpuMsPerRequest / 1000 * rps * 10 // per 10s cell
	rss := (180 + float64(c) + f.cacheMiB) * (1 << 20)
	srv := Server{RSSBytes: &rss, CPUSeconds: &cpu, DBQueriesPerRequest: &f.queries}
	if f.hits >= 0 {
		srv.CacheHitRatio = &f.hits
	}
	return srv
}

// ptr returns a pointer to v, for the optional figures.
func ptr(v float64) *float64 { return &v }

func fixtureComparison(scenario string, i, c int, limit float64) Comparison {
	tp := fixtureThroughput()[scenario]
	cmp := Comparison{Scenario: scenario, Concurrency: c, Strategies: map[string]Figures{},
		Reference: "baseline", Candidate: "optimized"}
	for strategy, rps := range tp {
		cmp.Strategies[strategy] = fixtureFigures(rps[i], limit, c, fixtureServer(scenario, strategy, rps[i], c))
	}
	cmp.Ratio = fixtureRatio(tp["optimized"][i], tp["baseline"][i])
	cmp.Attribution = []Attribution{
		{Factor: "parallel+batching alone", Candidate: "optimized-nocache", Reference: "baseline",
			Ratio: fixtureRatio(tp["optimized-nocache"][i], tp["baseline"][i])},
		{Factor: "cache alone", Candidate: "optimized", Reference: "optimized-nocache",
			Ratio: fixtureRatio(tp["optimized"][i], tp["optimized-nocache"][i])},
	}
	return cmp
}

// fixtureRatio is candidate/reference with intervals of a few percent
// (wider for p95); latency ratios
// are the inverse of the throughput one, as with a closed-loop load.
func fixtureRatio(candidate, reference float64) Ratio {
	v := candidate / reference
	est := func(x, w float64) Estimate { return Estimate{x, x * (1 - w), x * (1 + w)} }
	return Ratio{Throughput: est(v, 0.07), P50: est(1/v, 0.1), P95: est(1/v*1.1, 0.22)}
}

func fixtureCell(scenario, strategy string, c, round int, rps float64) Cell {
	rss := 180e6 + float64(c)*1e6
	return Cell{Scenario: scenario, Strategy: strategy, Concurrency: c, Round: round,
		Requests: int64(rps * 10), Seconds: 10, Throughput: rps * (1 + 0.01*float64(round-2)),
		Latency: latencyFor(c, rps), Errors: map[string]int64{}, Verified: int64(rps),
		Server: Server{RSSBytes: &rss}}
}

// TestWriteFixture writes the fixture's report.json, report.md and
// report.html into $REPORT_FIXTURE_DIR, to look at them:
//
//	REPORT_FIXTURE_DIR=/tmp go test -run TestWriteFixture ./platform/bench/report/
func TestWriteFixture(t *testing.T) {
	t.Parallel()
	dir := os.Getenv("REPORT_FIXTURE_DIR")
	if dir == "" {
		t.Skip("REPORT_FIXTURE_DIR not set")
	}
	paths, err := newFixture(t).WriteFiles(filepath.Clean(dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Log(paths)
}

// newSynthetic builds a Report of any shape: the given scenarios,
// strategies (the first is the reference, the last the candidate) and
// concurrency levels, with limits at limitFactor × the best throughput
// (none when 0) and attributions between neighbouring strategies.
func newSynthetic(t *testing.T, scenarios, strategies []string, concurrency []int, limitFactor float64) *Report {
	t.Helper()
	r := &Report{SchemaVersion: SchemaVersion, Target: "http://127.0.0.1:8080",
		Machine: Machine{CPUs: 1, GoVersion: "go1.26.0"},
		Settings: Settings{Scenarios: scenarios, Strategies: strategies, Concurrency: concurrency,
			Duration: "1s", Rounds: 1, BackendLatency: "0s", Confidence: 0.95}}
	speed := func(k int) float64 { return 100 * math.Pow(3, float64(k)) }
	for _, c := range concurrency {
		if limitFactor > 0 {
			best := speed(len(strategies)-1) * math.Sqrt(float64(c))
			r.Limits = append(r.Limits, Limit{Concurrency: c, Throughput: limitFactor * best})
		}
	}
	for _, scenario := range scenarios {
		for _, c := range concurrency {
			cmp := Comparison{Scenario: scenario, Concurrency: c, Strategies: map[string]Figures{}}
			for k, s := range strategies {
				rps := speed(k) * math.Sqrt(float64(c))
				cmp.Strategies[s] = Figures{Requests: int64(rps), Throughput: rps, Latency: latencyFor(c, rps)}
			}
			if n := len(strategies); n > 1 {
				cmp.Reference, cmp.Candidate = strategies[0], strategies[n-1]
				cmp.Ratio = fixtureRatio(speed(n-1), speed(0))
				for k := 1; k+1 < n; k++ {
					cmp.Attribution = append(cmp.Attribution, Attribution{Factor: "step " + strategies[k],
						Candidate: strategies[k], Reference: strategies[k-1], Ratio: fixtureRatio(speed(k), speed(k-1))})
				}
			}
			r.Comparisons = append(r.Comparisons, cmp)
		}
	}
	return r
}
