package bench

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"

	"shop/platform/bench/report"
)

// metricsAt serves a /metrics exposition whose counters are scaled by n, as
// a server's would be after n units of work.
func metricsAt(n float64) string {
	return fmt.Sprintf(`# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes %g
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total %g
# TYPE shop_db_queries_total counter
shop_db_queries_total{op="raw",result="ok"} %g
shop_db_queries_total{op="create",result="ok"} %g
# TYPE shop_cache_requests_total counter
shop_cache_requests_total{cache="product-page",level="l1",result="hit"} %g
shop_cache_requests_total{cache="product-page",level="l1",result="miss"} %g
shop_cache_requests_total{cache="product-page",level="l2",result="hit"} %g
shop_cache_requests_total{cache="product-page",level="l2",result="miss"} %g
# TYPE shop_backend_latency_seconds gauge
shop_backend_latency_seconds 0.001
`, 1e6*(1+n), 2*n, 40*n, 10*n, 70*n, 30*n, 10*n, 20*n)
}

func TestScrapeAndServerFigures(t *testing.T) {
	t.Parallel()
	var body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, body) }))
	defer srv.Close()
	c := newClient(srv.URL, 1)

	body = metricsAt(1)
	before, err := c.scrape(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	body = metricsAt(3)
	after, err := c.scrape(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := after.values[seriesBackendLatency]; got != 0.001 {
		t.Errorf("backend latency = %v, want 0.001", got)
	}
	// Over the interval: 4 CPU seconds, 100 queries for 50 requests, and of
	// 200 L1 lookups 140 L1 hits plus 20 L2 hits.
	want := report.Server{RSSBytes: ptr(4e6), CPUSeconds: ptr(4), DBQueriesPerRequest: ptr(2), CacheHitRatio: ptr(0.8)}
	if diff := cmp.Diff(want, serverFigures(before, after, 50)); diff != "" {
		t.Errorf("serverFigures (-want +got):\n%s", diff)
	}
	// A server without a cache or a database reports neither.
	empty := snapshot{values: map[string]float64{}}
	if diff := cmp.Diff(report.Server{}, serverFigures(empty, empty, 10)); diff != "" {
		t.Errorf("serverFigures of nothing (-want +got):\n%s", diff)
	}
}
