package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// UnmatchedRoute is the route label of requests that matched no route, so
// that scanners probing random paths cannot grow the label set.
const UnmatchedRoute = "unmatched"

// httpMetrics are the series recorded for every HTTP request.
type httpMetrics struct {
	duration *prometheus.HistogramVec
	inFlight prometheus.Gauge
}

func newHTTPMetrics(reg prometheus.Registerer) httpMetrics {
	m := httpMetrics{
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "shop_http_request_duration_seconds",
			Help: "Time from the first middleware to the end of the handler, by route pattern, method and status.",
			// From 0.5 ms (a cache hit) to 10 s (the request timeout region).
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "method", "status"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "shop_http_requests_in_flight",
			Help: "HTTP requests being served now.",
		}),
	}
	reg.MustRegister(m.duration, m.inFlight)
	return m
}

// StartHTTPRequest counts one more request in flight. Call the returned
// function once when the request ends, with the route pattern (gin's
// FullPath, empty when no route matched), the method and the status written;
// it records the duration and counts the request out.
func (r *Registry) StartHTTPRequest() (done func(route, method string, status int)) {
	start := time.Now()
	r.http.inFlight.Inc()
	return func(route, method string, status int) {
		r.http.inFlight.Dec()
		r.http.duration.
			WithLabelValues(routeLabel(route), methodLabel(method), strconv.Itoa(status)).
			Observe(time.Since(start).Seconds())
	}
}

func routeLabel(route string) string {
	if route == "" {
		return UnmatchedRoute
	}
	return route
}

// methodLabel bounds the method label to the standard methods.
func methodLabel(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut,
		http.MethodPatch, http.MethodDelete, http.MethodOptions,
		http.MethodConnect, http.MethodTrace:
		return method
	}
	return "other"
}

// RequestCounts returns how many requests the HTTP histogram has recorded,
// keyed by "route method status", for tests and diagnostics.
func (r *Registry) RequestCounts() (map[string]uint64, error) {
	families, err := r.reg.Gather()
	if err != nil {
		return nil, err
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
	return counts, nil
}
