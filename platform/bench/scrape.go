package bench

import (
	"context"
	"fmt"
	"net/http"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"shop/platform/bench/report"
)

// snapshot is what the server's /metrics said at one moment: the sum of each
// series the report needs, and which of them the server exposes.
type snapshot struct {
	values map[string]float64
}

// The series read from /metrics, by the key used in snapshot.values.
const (
	seriesRSS            = "rss"
	seriesCPU            = "cpu"
	seriesDBQueries      = "db_queries"
	seriesL1Hits         = "l1_hits"
	seriesL1Lookups      = "l1_lookups"
	seriesL2Hits         = "l2_hits"
	seriesBackendLatency = "backend_latency"
)

// scrape reads the target's /metrics.
func (c *client) scrape(ctx context.Context) (snapshot, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/metrics", nil)
	if err != nil {
		return snapshot{}, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return snapshot{}, fmt.Errorf("scrape /metrics: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return snapshot{}, fmt.Errorf("scrape /metrics: status %d", resp.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		return snapshot{}, fmt.Errorf("scrape /metrics: %w", err)
	}
	s := snapshot{values: map[string]float64{}}
	s.add(families, "process_resident_memory_bytes", seriesRSS, nil)
	s.add(families, "process_cpu_seconds_total", seriesCPU, nil)
	s.add(families, "shop_db_queries_total", seriesDBQueries, nil)
	s.add(families, "shop_backend_latency_seconds", seriesBackendLatency, nil)
	s.add(families, "shop_cache_requests_total", seriesL1Hits, map[string]string{"level": "l1", "result": "hit"})
	s.add(families, "shop_cache_requests_total", seriesL1Lookups, map[string]string{"level": "l1"})
	s.add(families, "shop_cache_requests_total", seriesL2Hits, map[string]string{"level": "l2", "result": "hit"})
	return s, nil
}

// add sums the series of family name whose labels include match.
func (s snapshot) add(families map[string]*dto.MetricFamily, name, key string, match map[string]string) {
	f, ok := families[name]
	if !ok {
		return
	}
	var sum float64
	for _, m := range f.GetMetric() {
		if labelsMatch(m, match) {
			sum += metricValue(m)
		}
	}
	s.values[key] = sum
}

func labelsMatch(m *dto.Metric, match map[string]string) bool {
	found := 0
	for _, lp := range m.GetLabel() {
		if v, ok := match[lp.GetName()]; ok {
			if v != lp.GetValue() {
				return false
			}
			found++
		}
	}
	return found == len(match)
}

func metricValue(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	case m.Untyped != nil:
		return m.Untyped.GetValue()
	}
	return 0
}

// serverFigures derives a cell's server figures from the snapshots taken at
// the start and end of its measured interval, in which requests responses
// arrived.
func serverFigures(before, after snapshot, requests int64) report.Server {
	var out report.Server
	if v, ok := after.values[seriesRSS]; ok {
		out.RSSBytes = &v
	}
	if d, ok := delta(before, after, seriesCPU); ok {
		out.CPUSeconds = &d
	}
	if d, ok := delta(before, after, seriesDBQueries); ok && requests > 0 {
		perRequest := d / float64(requests)
		out.DBQueriesPerRequest = &perRequest
	}
	lookups, ok := delta(before, after, seriesL1Lookups)
	if ok && lookups > 0 {
		l1, _ := delta(before, after, seriesL1Hits)
		l2, _ := delta(before, after, seriesL2Hits)
		ratio := (l1 + l2) / lookups
		out.CacheHitRatio = &ratio
	}
	return out
}

func delta(before, after snapshot, key string) (float64, bool) {
	a, ok1 := after.values[key]
	b, ok2 := before.values[key]
	return a - b, ok1 && ok2
}
