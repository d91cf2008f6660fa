// Package report holds the results of one `shop bench` run and renders them:
// JSON (the schema below, one file per run), a Markdown summary and a
// self-contained HTML page with charts.
//
// Every number in a Report was measured by the run that wrote it; nothing
// here is a constant. JSON field names are the documented schema (see
// SCHEMA.md beside this file); bump SchemaVersion when they change.
package report

import "time"

// SchemaVersion is the version of the JSON layout below.
const SchemaVersion = 1

// Report is one benchmark run.
type Report struct {
	SchemaVersion int       `json:"schema_version"`
	StartedAt     time.Time `json:"started_at"`
	FinishedAt    time.Time `json:"finished_at"`
	Target        string    `json:"target"`
	Machine       Machine   `json:"machine"`
	Settings      Settings  `json:"settings"`
	// Cells are every measured cell, in the order they ran.
	Cells []Cell `json:"cells"`
	// Comparisons are one per scenario × concurrency.
	Comparisons []Comparison `json:"comparisons"`
	// Limits are the /healthz throughput of the same server at each
	// concurrency: the most this machine can serve through the same stack.
	Limits []Limit `json:"limits"`
	// Notes are things a reader must know (e.g. out-of-stock checkouts,
	// scenarios the server does not offer).
	Notes []string `json:"notes,omitempty"`
}

// Machine describes where the run happened.
type Machine struct {
	Hostname  string  `json:"hostname"`
	OS        string  `json:"os"`
	Arch      string  `json:"arch"`
	CPUs      int     `json:"cpus"`
	CPUModel  string  `json:"cpu_model,omitempty"`
	MemoryGiB float64 `json:"memory_gib,omitempty"`
	GoVersion string  `json:"go_version"`
}

// Settings are the run's parameters, as given.
type Settings struct {
	Scenarios   []string `json:"scenarios"`
	Strategies  []string `json:"strategies"` // the first is the reference (baseline)
	Concurrency []int    `json:"concurrency"`
	Duration    string   `json:"duration"` // per cell, Go duration syntax
	Warmup      string   `json:"warmup"`
	Rounds      int      `json:"rounds"`
	// BackendLatency is the delay the server added to each round trip to
	// Postgres, Redis and Elasticsearch ("0s" when none), read from the
	// server's /metrics.
	BackendLatency     string  `json:"backend_latency"`
	MaxErrorRate       float64 `json:"max_error_rate"`
	Confidence         float64 `json:"confidence"` // e.g. 0.95
	BootstrapResamples int     `json:"bootstrap_resamples"`
	Seed               int64   `json:"seed"`
}

// Latency holds latency percentiles in milliseconds.
type Latency struct {
	P50 float64 `json:"p50_ms"`
	P90 float64 `json:"p90_ms"`
	P95 float64 `json:"p95_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

// Server holds what the server's own /metrics said over a cell's measured
// interval. In Figures the rounds are pooled: the largest RSS, the mean CPU
// seconds per cell (per Settings.Duration), queries per request over all
// requests and the mean cache hit ratio. A figure the server does not
// expose is nil.
type Server struct {
	RSSBytes            *float64 `json:"rss_bytes"`
	CPUSeconds          *float64 `json:"cpu_seconds"`
	DBQueriesPerRequest *float64 `json:"db_queries_per_request"`
	CacheHitRatio       *float64 `json:"cache_hit_ratio"`
}

// Cell is one measured interval: one scenario, strategy, concurrency, round.
type Cell struct {
	Scenario    string  `json:"scenario"` // "healthz" for the limit cells
	Strategy    string  `json:"strategy"`
	Concurrency int     `json:"concurrency"`
	Round       int     `json:"round"` // 1-based
	Requests    int64   `json:"requests"`
	Seconds     float64 `json:"seconds"`
	Throughput  float64 `json:"throughput_rps"`
	Latency     Latency `json:"latency"`
	// Errors counts failed requests by cause: an HTTP status ("500"),
	// "transport" or "wrong_answer" (a verified response that differed from
	// the reference strategy's).
	Errors   map[string]int64 `json:"errors"`
	Verified int64            `json:"verified"` // responses compared with the reference
	Server   Server           `json:"server"`
}

// Figures are one strategy's results at one scenario × concurrency, pooled
// over rounds.
type Figures struct {
	Requests     int64            `json:"requests"`
	Throughput   float64          `json:"throughput_rps"`
	Latency      Latency          `json:"latency"`
	Errors       map[string]int64 `json:"errors"`
	ErrorRate    float64          `json:"error_rate"`
	Server       Server           `json:"server"`
	ShareOfLimit *float64         `json:"share_of_limit"` // throughput / healthz throughput
}

// Estimate is a measured ratio with its bootstrap confidence interval.
type Estimate struct {
	Value  float64 `json:"value"`
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
}

// Ratio compares a candidate strategy with a reference one:
// candidate / reference for throughput and for each latency percentile
// (above 1 for throughput and below 1 for latency mean the candidate is
// faster).
type Ratio struct {
	Throughput Estimate `json:"throughput"`
	P50        Estimate `json:"p50"`
	P95        Estimate `json:"p95"`
}

// Attribution is one more ratio between two strategies that isolates one
// factor, e.g. "cache alone" = optimized / optimized-nocache.
type Attribution struct {
	Factor    string `json:"factor"`
	Candidate string `json:"candidate"`
	Reference string `json:"reference"`
	Ratio     Ratio  `json:"ratio"`
}

// Comparison is the heart of the report: one scenario at one concurrency.
type Comparison struct {
	Scenario    string `json:"scenario"`
	Concurrency int    `json:"concurrency"`
	// Strategies maps each strategy to its figures.
	Strategies map[string]Figures `json:"strategies"`
	// Reference and Candidate name the strategies of Ratio: the first
	// strategy given (baseline) and the optimized one.
	Reference   string        `json:"reference"`
	Candidate   string        `json:"candidate"`
	Ratio       Ratio         `json:"ratio"`
	Attribution []Attribution `json:"attribution,omitempty"`
}

// Limit is the /healthz throughput at one concurrency, pooled over rounds.
type Limit struct {
	Concurrency int     `json:"concurrency"`
	Throughput  float64 `json:"throughput_rps"`
	Latency     Latency `json:"latency"`
}
