package httpserver

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
)

func TestMetricsRecordRoute(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.GET("/products/:id", func(c *gin.Context) { c.Status(http.StatusOK) })
	b.engine.GET("/boom", func(*gin.Context) { panic("boom") })

	for _, path := range []string{"/products/1", "/products/2", "/no/such/page", "/boom"} {
		b.do(http.MethodGet, path, nil, nil)
	}

	want := map[string]uint64{
		"/products/:id GET 200": 2,
		"unmatched GET 404":     1,
		"/boom GET 500":         1,
	}
	if diff := cmp.Diff(want, requestCounts(t, b.metrics.Gatherer())); diff != "" {
		t.Errorf("requests by route, method and status (-want +got):\n%s", diff)
	}
}

// requestCounts reads shop_http_request_duration_seconds as sample counts
// keyed by "route method status".
func requestCounts(t *testing.T, g prometheus.Gatherer) map[string]uint64 {
	t.Helper()
	families, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]uint64{}
	for _, f := range families {
		if f.GetName() != "shop_http_request_duration_seconds" {
			continue
		}
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			counts[labels["route"]+" "+labels["method"]+" "+labels["status"]] = m.GetHistogram().GetSampleCount()
		}
	}
	return counts
}
