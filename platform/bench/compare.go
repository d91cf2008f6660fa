package bench

import (
	"math/rand/v2"

	"shop/platform/bench/report"
	"shop/platform/bench/stats"
)

// armCells are one arm's cells at one scenario × concurrency, by round.
type armCells []cellResult

// pick returns the cells of scenario, arm label and concurrency in round order.
func pick(results []cellResult, scenario, label string, conc int) armCells {
	var out armCells
	for _, r := range results {
		if r.cell.Scenario == scenario && r.cell.Strategy == label && r.cell.Concurrency == conc {
			out = append(out, r)
		}
	}
	return out
}

func (a armCells) rounds() []stats.Round {
	out := make([]stats.Round, len(a))
	for i, r := range a {
		out[i] = r.sample
	}
	return out
}

// figures pools an arm's rounds.
func (a armCells) figures() report.Figures {
	f := report.Figures{Errors: map[string]int64{}}
	hist := newHistogram()
	var ok int64
	var seconds float64
	var srv serverSums
	for _, r := range a {
		hist.Merge(r.hist)
		f.Requests += r.cell.Requests
		seconds += r.cell.Seconds
		good := r.cell.Requests
		for k, n := range r.cell.Errors {
			f.Errors[k] += n
			good -= n
		}
		ok += good
		srv.add(r.cell.Server, r.cell.Requests)
	}
	if seconds > 0 {
		f.Throughput = float64(ok) / seconds
	}
	if f.Requests > 0 {
		f.ErrorRate = float64(f.Requests-ok) / float64(f.Requests)
	}
	f.Latency = latencyOf(hist)
	f.Server = srv.figures()
	return f
}

// serverSums pools the server figures of several cells: the largest RSS, the
// mean CPU seconds per cell, queries per request weighted by requests, and
// the mean cache hit ratio.
type serverSums struct {
	rss                       *float64
	cpu, queries, hits        float64
	cpuCells, requests, ratio float64
	hasQueries                bool
}

func (s *serverSums) add(v report.Server, requests int64) {
	if v.RSSBytes != nil && (s.rss == nil || *v.RSSBytes > *s.rss) {
		s.rss = v.RSSBytes
	}
	if v.CPUSeconds != nil {
		s.cpu += *v.CPUSeconds
		s.cpuCells++
	}
	if v.DBQueriesPerRequest != nil {
		s.queries += *v.DBQueriesPerRequest * float64(requests)
		s.requests += float64(requests)
		s.hasQueries = true
	}
	if v.CacheHitRatio != nil {
		s.hits += *v.CacheHitRatio
		s.ratio++
	}
}

func (s *serverSums) figures() report.Server {
	out := report.Server{RSSBytes: s.rss}
	if s.cpuCells > 0 {
		out.CPUSeconds = ptr(s.cpu / s.cpuCells)
	}
	if s.hasQueries && s.requests > 0 {
		out.DBQueriesPerRequest = ptr(s.queries / s.requests)
	}
	if s.ratio > 0 {
		out.CacheHitRatio = ptr(s.hits / s.ratio)
	}
	return out
}

func ptr(v float64) *float64 { return &v }

// limits pools the /healthz cells per concurrency.
func limits(cfg Config, results []cellResult) []report.Limit {
	var out []report.Limit
	for _, conc := range cfg.Concurrency {
		f := pick(results, healthzScenario, "", conc).figures()
		out = append(out, report.Limit{Concurrency: conc, Throughput: f.Throughput, Latency: f.Latency})
	}
	return out
}

// compare builds one comparison per scenario × concurrency.
func compare(cfg Config, scens []Scenario, results []cellResult, lims []report.Limit) []report.Comparison {
	as := arms(cfg.Strategies)
	ref, cand := as[0], candidate(as)
	boot := stats.Bootstrap{Confidence: cfg.Confidence, Resamples: cfg.Resamples, Rand: rand.New(rand.NewPCG(uint64(cfg.Seed), 1))}
	var out []report.Comparison
	for _, s := range scens {
		for i, conc := range cfg.Concurrency {
			cmp := report.Comparison{
				Scenario:    s.Name(),
				Concurrency: conc,
				Strategies:  map[string]report.Figures{},
				Reference:   ref.label,
				Candidate:   cand.label,
			}
			cells := map[string]armCells{}
			for _, a := range as {
				cells[a.label] = pick(results, s.Name(), a.label, conc)
				f := cells[a.label].figures()
				if lim := lims[i].Throughput; lim > 0 {
					f.ShareOfLimit = ptr(f.Throughput / lim)
				}
				cmp.Strategies[a.label] = f
			}
			cmp.Ratio = ratio(boot, cells[ref.label], cells[cand.label])
			cmp.Attribution = attribution(boot, s, as, cells)
			out = append(out, cmp)
		}
	}
	return out
}

// candidate is the optimized arm if measured, else the last one.
func candidate(as []arm) arm {
	for _, a := range as[1:] {
		if a.label == Optimized {
			return a
		}
	}
	return as[len(as)-1]
}

func ratio(boot stats.Bootstrap, ref, cand armCells) report.Ratio {
	r, c := ref.rounds(), cand.rounds()
	return report.Ratio{
		Throughput: estimate(boot.ThroughputRatio(r, c)),
		P50:        estimate(boot.PercentileRatio(r, c, 0.50)),
		P95:        estimate(boot.PercentileRatio(r, c, 0.95)),
	}
}

func estimate(e stats.Estimate) report.Estimate {
	return report.Estimate{Value: e.Value, CILow: e.Low, CIHigh: e.High}
}

// attribution splits the optimized path's gain into its factors when the
// run measured baseline, optimized-nocache and optimized: what parallelism
// or batching gives without the cache, and what the cache adds on top.
func attribution(boot stats.Bootstrap, s Scenario, as []arm, cells map[string]armCells) []report.Attribution {
	have := map[string]bool{}
	for _, a := range as {
		have[a.label] = true
	}
	if !have[Baseline] || !have[OptimizedNoCache] || !have[Optimized] {
		return nil
	}
	return []report.Attribution{
		{Factor: s.NoCacheFactor() + " alone", Candidate: OptimizedNoCache, Reference: Baseline,
			Ratio: ratio(boot, cells[Baseline], cells[OptimizedNoCache])},
		{Factor: "cache alone", Candidate: Optimized, Reference: OptimizedNoCache,
			Ratio: ratio(boot, cells[OptimizedNoCache], cells[Optimized])},
	}
}
