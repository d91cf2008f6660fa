package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// view is a Report arranged for rendering: scenarios in the order they were
// asked for, rows by concurrency, strategies in the order given. The
// Markdown and HTML renderers share it so that they always agree.
type view struct {
	r           *Report
	scenarios   []scenarioView
	limits      []Limit // by concurrency
	cellSeconds float64 // Settings.Duration; 0 when unknown
}

// scenarioView is one scenario's comparisons.
type scenarioView struct {
	Name       string
	Strategies []string      // the strategies measured in this scenario
	Rows       []*Comparison // by concurrency
	Reference  string        // of the main ratio ("" when there is none)
	Candidate  string
	Factors    []factor // attributions, in the order first seen
	HasErrors  bool
	HasServer  bool // the server exposed at least one figure
}

// factor names one attribution: a factor and the strategies it compares.
type factor struct {
	Name, Candidate, Reference string
}

// label reads "cache alone (optimized vs optimized-nocache)".
func (f factor) label() string {
	return fmt.Sprintf("%s (%s vs %s)", f.Name, f.Candidate, f.Reference)
}

// newView arranges r for rendering.
func newView(r *Report) view {
	v := view{r: r, limits: slices.Clone(r.Limits), cellSeconds: durationSeconds(r.Settings.Duration)}
	slices.SortStableFunc(v.limits, func(a, b Limit) int { return a.Concurrency - b.Concurrency })
	for _, name := range scenarioOrder(r) {
		v.scenarios = append(v.scenarios, newScenarioView(r, name))
	}
	return v
}

// scenarioOrder lists the scenarios of the settings that have comparisons,
// then any others that have comparisons, in the order they appear.
func scenarioOrder(r *Report) []string {
	have := map[string]bool{}
	for _, c := range r.Comparisons {
		have[c.Scenario] = true
	}
	var names []string
	add := func(name string) {
		if have[name] && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	for _, name := range r.Settings.Scenarios {
		add(name)
	}
	for _, c := range r.Comparisons {
		add(c.Scenario)
	}
	return names
}

func newScenarioView(r *Report, name string) scenarioView {
	s := scenarioView{Name: name}
	seen := map[string]bool{}
	for i := range r.Comparisons {
		c := &r.Comparisons[i]
		if c.Scenario != name {
			continue
		}
		s.Rows = append(s.Rows, c)
		for strategy, f := range c.Strategies {
			seen[strategy] = true
			s.HasErrors = s.HasErrors || errorSummary(f) != ""
			s.HasServer = s.HasServer || exposed(f.Server)
		}
		if s.Candidate == "" && c.Candidate != "" && c.Candidate != c.Reference {
			s.Reference, s.Candidate = c.Reference, c.Candidate
		}
		for _, a := range c.Attribution {
			f := factor{Name: a.Factor, Candidate: a.Candidate, Reference: a.Reference}
			if !slices.Contains(s.Factors, f) {
				s.Factors = append(s.Factors, f)
			}
		}
	}
	slices.SortStableFunc(s.Rows, func(a, b *Comparison) int { return a.Concurrency - b.Concurrency })
	s.Strategies = strategyOrder(r.Settings.Strategies, seen)
	return s
}

// strategyOrder lists the given strategies that were measured, then the
// other measured ones sorted by name.
func strategyOrder(given []string, measured map[string]bool) []string {
	var out []string
	for _, s := range given {
		if measured[s] && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	var rest []string
	for s := range measured {
		if !slices.Contains(out, s) {
			rest = append(rest, s)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// attribution finds the attribution of f in c.
func (c *Comparison) attribution(f factor) (Attribution, bool) {
	for _, a := range c.Attribution {
		if a.Factor == f.Name && a.Candidate == f.Candidate && a.Reference == f.Reference {
			return a, true
		}
	}
	return Attribution{}, false
}

// hasRatio reports whether the scenario compares two strategies.
func (s scenarioView) hasRatio() bool { return s.Candidate != "" }

// ratioLabel reads "optimized ÷ baseline".
func (s scenarioView) ratioLabel() string { return s.Candidate + " ÷ " + s.Reference }

// limitLine reads "c=1 12,345 req/s · c=10 45,678 req/s".
func (v view) limitLine() string {
	if len(v.limits) == 0 {
		return "not measured"
	}
	parts := make([]string, len(v.limits))
	for i, l := range v.limits {
		parts[i] = fmt.Sprintf("c=%d %s req/s", l.Concurrency, num(l.Throughput))
	}
	return strings.Join(parts, " · ")
}

// limitAt returns the /healthz throughput at concurrency c.
func (v view) limitAt(c int) (float64, bool) {
	for _, l := range v.limits {
		if l.Concurrency == c && finite(l.Throughput) && l.Throughput > 0 {
			return l.Throughput, true
		}
	}
	return 0, false
}

// machineLine reads "bench-01 · linux/amd64 · 8 CPUs · AMD EPYC 7763 ·
// 31.3 GiB RAM · go1.26.0".
func (v view) machineLine() string {
	m := v.r.Machine
	parts := []string{}
	for _, s := range []string{m.Hostname, joinNonEmpty("/", m.OS, m.Arch)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	cpus := strconv.Itoa(m.CPUs) + " CPUs"
	if m.CPUs == 1 {
		cpus = "1 CPU"
	}
	parts = append(parts, cpus)
	if m.CPUModel != "" {
		parts = append(parts, m.CPUModel)
	}
	if m.MemoryGiB > 0 {
		parts = append(parts, num(m.MemoryGiB)+" GiB RAM")
	}
	if m.GoVersion != "" {
		parts = append(parts, m.GoVersion)
	}
	return strings.Join(parts, " · ")
}

// settingsLine reads "10s per cell after 2s warm-up · 3 rounds ·
// concurrency 1, 10, 50 · strategies baseline (reference), optimized ·
// 95% CI from 2,000 bootstrap resamples (seed 42) · max error rate 1%".
func (v view) settingsLine() string {
	m, s, st := v.settingsParts()
	if s != "" {
		s = "strategies " + s
	}
	return joinNonEmpty(" · ", m, s, st)
}

// settingsParts splits the settings into how each cell was measured, the
// strategies compared and the statistics.
func (v view) settingsParts() (measure, strategies, stats string) {
	s := v.r.Settings
	cell := s.Duration + " per cell"
	if s.Warmup != "" && s.Warmup != "0s" {
		cell += " after " + s.Warmup + " warm-up"
	}
	rounds := fmt.Sprintf("%d rounds", s.Rounds)
	if s.Rounds == 1 {
		rounds = "1 round"
	}
	conc := make([]string, len(s.Concurrency))
	for i, c := range s.Concurrency {
		conc[i] = strconv.Itoa(c)
	}
	measure = strings.Join([]string{cell, rounds, "concurrency " + strings.Join(conc, ", ")}, " · ")
	if len(s.Strategies) > 0 {
		strategies = strings.Join(append([]string{s.Strategies[0] + " (reference)"}, s.Strategies[1:]...), ", ")
	}
	stats = confidenceLabel(s.Confidence)
	if s.BootstrapResamples > 0 {
		stats += fmt.Sprintf(" from %s bootstrap resamples (seed %d)", group(strconv.Itoa(s.BootstrapResamples)), s.Seed)
	}
	if s.MaxErrorRate > 0 {
		stats += " · max error rate " + trimNum(s.MaxErrorRate*100) + "%"
	}
	return measure, strategies, stats
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
