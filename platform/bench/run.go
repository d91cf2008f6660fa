package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"shop/platform/bench/report"
)

// ErrTooManyErrors is returned, with the full report, when some strategy's
// error rate passed Config.MaxErrorRate.
var ErrTooManyErrors = errors.New("error rate above --max-error-rate")

// arm is one strategy as measured: its label in the report and the strategy
// the server is asked for. Naming a strategy twice (to compare it with
// itself) gives the second arm the label "name#2".
type arm struct {
	label    string
	strategy string
}

func arms(strategies []string) []arm {
	seen := map[string]int{}
	var out []arm
	for _, s := range strategies {
		seen[s]++
		label := s
		if seen[s] > 1 {
			label = fmt.Sprintf("%s#%d", s, seen[s])
		}
		out = append(out, arm{label: label, strategy: s})
	}
	return out
}

// Run measures every cell of cfg against the target and returns the report.
// It returns ErrTooManyErrors together with a complete report when the
// error rate was too high.
func Run(ctx context.Context, cfg Config) (*report.Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	c := newClient(cfg.Target, slices.Max(cfg.Concurrency)+8)
	defer c.close()

	rng := rand.New(rand.NewPCG(uint64(cfg.Seed), 0))
	var scens []Scenario
	for _, name := range cfg.Scenarios {
		s, err := newScenario(name)
		if err != nil {
			return nil, err
		}
		if err := s.Prepare(ctx, c, rng); err != nil {
			return nil, fmt.Errorf("prepare %s: %w", name, err)
		}
		scens = append(scens, s)
	}
	first, err := c.scrape(ctx)
	if err != nil {
		return nil, err
	}
	rep := &report.Report{
		SchemaVersion: report.SchemaVersion,
		StartedAt:     time.Now().UTC(),
		Target:        cfg.Target,
		Machine:       thisMachine(),
		Settings:      settings(cfg, first),
	}
	results, err := runGrid(ctx, c, cfg, scens)
	if err != nil {
		return nil, err
	}
	for _, r := range results {
		rep.Cells = append(rep.Cells, r.cell)
	}
	rep.FinishedAt = time.Now().UTC()
	rep.Limits = limits(cfg, results)
	rep.Comparisons = compare(cfg, scens, results, rep.Limits)
	rep.Notes = notes(rep)
	if tooManyErrors(rep, cfg.MaxErrorRate) {
		return rep, ErrTooManyErrors
	}
	return rep, nil
}

// runGrid measures the cells round by round: in each round every scenario at
// every concurrency with the strategies in turn (reversed every other round),
// then /healthz at every concurrency.
func runGrid(ctx context.Context, c *client, cfg Config, scens []Scenario) ([]cellResult, error) {
	t := timing{warmup: cfg.Warmup, duration: cfg.Duration, buckets: cfg.Buckets, verify: cfg.VerifyPerCell, reservoir: 10_000}
	as := arms(cfg.Strategies)
	total := cfg.Rounds * len(cfg.Concurrency) * (len(scens)*len(as) + 1)
	var out []cellResult
	for round := 1; round <= cfg.Rounds; round++ {
		order := slices.Clone(as)
		if round%2 == 0 {
			slices.Reverse(order)
		}
		var specs []cellSpec
		var labels []string
		for _, s := range scens {
			for _, conc := range cfg.Concurrency {
				for _, a := range order {
					specs = append(specs, cellSpec{scenario: s, strategy: a.strategy, concurrency: conc, round: round})
					labels = append(labels, a.label)
				}
			}
		}
		for _, conc := range cfg.Concurrency {
			specs = append(specs, cellSpec{strategy: "", concurrency: conc, round: round})
			labels = append(labels, "")
		}
		for i, spec := range specs {
			spec.seed = uint64(cfg.Seed)*1_000_003 + uint64(len(out))
			res, err := measureCell(ctx, c, spec, t, as[0].strategy)
			if err != nil {
				return nil, fmt.Errorf("%s %s c=%d round %d: %w", spec.scenarioName(), labels[i], spec.concurrency, round, err)
			}
			res.cell.Strategy = labels[i]
			out = append(out, res)
			progress(cfg, len(out), total, res.cell)
		}
	}
	return out, nil
}

func progress(cfg Config, n, total int, cell report.Cell) {
	if cfg.Progress == nil {
		return
	}
	var errs int64
	for _, e := range cell.Errors {
		errs += e
	}
	name := cell.Scenario
	if cell.Strategy != "" {
		name += " " + cell.Strategy
	}
	fmt.Fprintf(cfg.Progress, "[%d/%d] round %d %-32s c=%-4d %9.1f req/s  p50 %7.2f ms  p95 %7.2f ms  errors %d\n",
		n, total, cell.Round, name, cell.Concurrency, cell.Throughput, cell.Latency.P50, cell.Latency.P95, errs)
}

func settings(cfg Config, s snapshot) report.Settings {
	latency := "unknown (the server does not report it)"
	if v, ok := s.values[seriesBackendLatency]; ok {
		latency = time.Duration(v * float64(time.Second)).String()
	}
	return report.Settings{
		Scenarios:          cfg.Scenarios,
		Strategies:         cfg.Strategies,
		Concurrency:        cfg.Concurrency,
		Duration:           cfg.Duration.String(),
		Warmup:             cfg.Warmup.String(),
		Rounds:             cfg.Rounds,
		BackendLatency:     latency,
		MaxErrorRate:       cfg.MaxErrorRate,
		Confidence:         cfg.Confidence,
		BootstrapResamples: cfg.Resamples,
		Seed:               cfg.Seed,
	}
}

// notes are what a reader must know beyond the tables.
func notes(rep *report.Report) []string {
	var out []string
	for _, cmp := range rep.Comparisons {
		for label, f := range cmp.Strategies {
			if wrong := f.Errors["wrong_answer"]; wrong > 0 {
				out = append(out, fmt.Sprintf("%s %s c=%d: %d verified responses differed from %s's", cmp.Scenario, label, cmp.Concurrency, wrong, cmp.Reference))
			}
		}
	}
	slices.Sort(out)
	var verified int64
	for _, c := range rep.Cells {
		verified += c.Verified
	}
	out = append(out, fmt.Sprintf("%d responses were verified against the reference strategy %q", verified, rep.Settings.Strategies[0]))
	return out
}

func tooManyErrors(rep *report.Report, maxRate float64) bool {
	for _, cmp := range rep.Comparisons {
		for _, f := range cmp.Strategies {
			if f.ErrorRate > maxRate {
				return true
			}
		}
	}
	return false
}
