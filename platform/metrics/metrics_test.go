package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStartHTTPRequest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		route  string
		method string
		status int
		want   string // labels: route method status
	}{
		{"matched route", "/products/:id", http.MethodGet, 200, "/products/:id GET 200"},
		{"unmatched route", "", http.MethodGet, 404, "unmatched GET 404"},
		{"odd method", "/x", "BREW", 405, "/x other 405"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := New()

			done := r.StartHTTPRequest()
			if got := inFlight(t, r); got != 1 {
				t.Errorf("in flight during the request = %v, want 1", got)
			}
			done(tt.route, tt.method, tt.status)

			if got := inFlight(t, r); got != 0 {
				t.Errorf("in flight after the request = %v, want 0", got)
			}
			if diff := cmp.Diff(map[string]uint64{tt.want: 1}, sampleCounts(t, r)); diff != "" {
				t.Errorf("samples (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHandlerExposesProcessAndGoMetrics(t *testing.T) {
	t.Parallel()
	r := New()
	r.StartHTTPRequest()("/x", http.MethodGet, 200)
	srv := httptest.NewServer(r.Handler())
	defer srv.Close()

	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}

	for _, name := range []string{
		"process_resident_memory_bytes",
		"process_cpu_seconds_total",
		"go_goroutines",
		"shop_http_request_duration_seconds_bucket",
		"shop_http_requests_in_flight",
	} {
		if !strings.Contains(string(body), "\n"+name) {
			t.Errorf("/metrics has no %s", name)
		}
	}
}

// inFlight reads shop_http_requests_in_flight.
func inFlight(t *testing.T, r *Registry) float64 {
	t.Helper()
	families, err := r.Gatherer().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == "shop_http_requests_in_flight" {
			return f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatal("no shop_http_requests_in_flight")
	return 0
}

// sampleCounts is RequestCounts, failing the test on an error.
func sampleCounts(t *testing.T, r *Registry) map[string]uint64 {
	t.Helper()
	counts, err := r.RequestCounts()
	if err != nil {
		t.Fatal(err)
	}
	return counts
}
