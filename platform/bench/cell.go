package bench

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"

	"shop/platform/bench/report"
	"shop/platform/bench/stats"
)

// cellSpec is one cell to measure.
type cellSpec struct {
	scenario    Scenario // nil for the /healthz limit
	strategy    string
	concurrency int
	round       int
	seed        uint64
}

func (s cellSpec) scenarioName() string {
	if s.scenario == nil {
		return healthzScenario
	}
	return s.scenario.Name()
}

// healthzScenario names the limit cells in the report.
const healthzScenario = "healthz"

// cellResult is a measured cell: its report row plus what the comparisons
// need (the latency histogram and the per-round sample).
type cellResult struct {
	cell   report.Cell
	hist   *hdrhistogram.Histogram // microseconds
	sample stats.Round
}

// timing is a cell's schedule.
type timing struct {
	warmup, duration time.Duration
	buckets          int
	verify           int // responses per cell to verify
	reservoir        int // latencies kept per cell for the bootstrap
}

// newHistogram covers 1 µs to 60 s with 3 significant digits.
func newHistogram() *hdrhistogram.Histogram { return hdrhistogram.New(1, 60_000_000, 3) }

// workerResult is what one worker measured.
type workerResult struct {
	hist      *hdrhistogram.Histogram
	latencies *stats.Reservoir
	buckets   []int64
	ok        int64
	// finished counts every response that arrived inside the measured
	// interval, even one whose request was sent before it: the work the
	// server's counters saw in the interval, to divide them by.
	finished int64
	errors   map[string]int64
	kept     []keptResponse
}

// keptResponse is a measured response kept for verification.
type keptResponse struct {
	req  Request
	body []byte
}

// measureCell runs spec's workers through the warm-up and the measured
// interval, then verifies a sample of the responses against reference.
func measureCell(ctx context.Context, c *client, spec cellSpec, t timing, reference string) (cellResult, error) {
	start := time.Now()
	from := start.Add(t.warmup)
	end := from.Add(t.duration)

	// The server's counters are read at the edges of the measured interval,
	// while the load runs, so that requests in flight at either edge count
	// as much work as they are counted responses.
	var before, after snapshot
	var scrapeErr error
	var scraped sync.WaitGroup
	scraped.Go(func() {
		time.Sleep(time.Until(from))
		var errBefore, errAfter error
		before, errBefore = c.scrape(ctx)
		time.Sleep(time.Until(end))
		after, errAfter = c.scrape(ctx)
		scrapeErr = errors.Join(errBefore, errAfter)
	})

	results := make([]*workerResult, spec.concurrency)
	var wg sync.WaitGroup
	for w := range spec.concurrency {
		rng := rand.New(rand.NewPCG(spec.seed, uint64(w)))
		keep := (t.verify + spec.concurrency - 1) / spec.concurrency
		wg.Go(func() { results[w] = runWorker(ctx, c, spec, rng, from, end, t, keep) })
	}
	wg.Wait()
	scraped.Wait()
	if scrapeErr != nil {
		return cellResult{}, scrapeErr
	}
	res := merge(spec, t, results)
	var finished int64
	for _, r := range results {
		finished += r.finished
	}
	res.cell.Server = serverFigures(before, after, finished)
	if spec.scenario != nil {
		verify(ctx, c, reference, results, &res.cell)
	}
	return res, ctx.Err()
}

// runWorker issues requests back to back until end, recording those that
// started and finished inside [from, end).
func runWorker(ctx context.Context, c *client, spec cellSpec, rng *rand.Rand, from, end time.Time, t timing, keep int) *workerResult {
	next := func() Request { return Request{Path: "/healthz"} }
	if spec.scenario != nil {
		next = spec.scenario.Sampler(rng)
	}
	r := &workerResult{
		hist:      newHistogram(),
		latencies: stats.NewReservoir(max(t.reservoir/spec.concurrency, 1), rng),
		buckets:   make([]int64, t.buckets),
		errors:    map[string]int64{},
	}
	seen := map[string]bool{}
	for ctx.Err() == nil {
		sent := time.Now()
		if !sent.Before(end) {
			break
		}
		req := next()
		wantBody := spec.scenario != nil && len(r.kept) < keep && !seen[req.Path] && !sent.Before(from)
		status, body, err := c.do(ctx, req, spec.strategy, wantBody)
		done := time.Now()
		if done.Before(from) || !done.Before(end) {
			continue
		}
		r.finished++
		if sent.Before(from) {
			continue
		}
		switch {
		case err != nil:
			r.errors["transport"]++
		case status != http.StatusOK:
			r.errors[strconv.Itoa(status)]++
		default:
			elapsed := done.Sub(sent)
			r.ok++
			_ = r.hist.RecordValue(max(elapsed.Microseconds(), 1))
			r.latencies.Add(float64(elapsed) / float64(time.Millisecond))
			r.buckets[int(done.Sub(from)*time.Duration(t.buckets)/t.duration)]++
			if wantBody {
				seen[req.Path] = true
				r.kept = append(r.kept, keptResponse{req: req, body: body})
			}
		}
	}
	return r
}

// merge adds up the workers of a cell.
func merge(spec cellSpec, t timing, results []*workerResult) cellResult {
	res := cellResult{
		cell: report.Cell{
			Scenario:    spec.scenarioName(),
			Strategy:    spec.strategy,
			Concurrency: spec.concurrency,
			Round:       spec.round,
			Seconds:     t.duration.Seconds(),
			Errors:      map[string]int64{},
		},
		hist: newHistogram(),
	}
	buckets := make([]int64, t.buckets)
	var errs int64
	for _, r := range results {
		res.hist.Merge(r.hist)
		res.sample.Latencies = append(res.sample.Latencies, r.latencies.Values()...)
		for i, n := range r.buckets {
			buckets[i] += n
		}
		for k, n := range r.errors {
			res.cell.Errors[k] += n
			errs += n
		}
		res.cell.Requests += r.ok
	}
	bucketSeconds := t.duration.Seconds() / float64(t.buckets)
	for _, n := range buckets {
		res.sample.Buckets = append(res.sample.Buckets, float64(n)/bucketSeconds)
	}
	res.cell.Throughput = float64(res.cell.Requests) / t.duration.Seconds()
	res.cell.Latency = latencyOf(res.hist)
	res.cell.Requests += errs
	return res
}

// latencyOf reads the percentiles of h (µs) in milliseconds.
func latencyOf(h *hdrhistogram.Histogram) report.Latency {
	ms := func(q float64) float64 { return float64(h.ValueAtQuantile(q)) / 1000 }
	return report.Latency{P50: ms(50), P90: ms(90), P95: ms(95), P99: ms(99), Max: float64(h.Max()) / 1000}
}

// verify asks the reference strategy for each kept response's request and
// counts a different answer as a wrong_answer error.
func verify(ctx context.Context, c *client, reference string, results []*workerResult, cell *report.Cell) {
	for _, r := range results {
		for _, k := range r.kept {
			status, want, err := c.do(ctx, k.req, reference, true)
			if err != nil || status != http.StatusOK {
				continue // the reference failing is not this cell's error
			}
			cell.Verified++
			if !bytes.Equal(want, k.body) {
				cell.Errors["wrong_answer"]++
			}
		}
	}
}
