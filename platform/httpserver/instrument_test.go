package httpserver

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"

	"shop/platform/metrics"
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
	if diff := cmp.Diff(want, requestCounts(t, b.metrics)); diff != "" {
		t.Errorf("requests by route, method and status (-want +got):\n%s", diff)
	}
}

// requestCounts is the registry's RequestCounts, failing the test on an error.
func requestCounts(t *testing.T, r *metrics.Registry) map[string]uint64 {
	t.Helper()
	counts, err := r.RequestCounts()
	if err != nil {
		t.Fatal(err)
	}
	return counts
}
