// Package metrics holds the process's Prometheus registry: the Go runtime and
// process collectors (resident memory, CPU seconds, which the benchmark reads)
// and the HTTP request metrics that the HTTP server records.
//
// Build one Registry in main, pass it to the HTTP server and to any module
// that registers its own collectors, and mount Handler at /metrics.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Registry is a Prometheus registry with the collectors every shop process
// exposes. Its methods are safe for concurrent use.
type Registry struct {
	reg  *prometheus.Registry
	http httpMetrics
}

// New returns a Registry with the Go runtime, process and HTTP collectors
// registered.
func New() *Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return &Registry{reg: reg, http: newHTTPMetrics(reg)}
}

// Registerer is where modules register their own collectors.
func (r *Registry) Registerer() prometheus.Registerer { return r.reg }

// Gatherer reads the current values of every registered metric, for tests
// and for the benchmark when it runs in process.
func (r *Registry) Gatherer() prometheus.Gatherer { return r.reg }

// Handler serves the registry in the Prometheus exposition format.
func (r *Registry) Handler() http.Handler {
	return promhttp.HandlerFor(r.reg, promhttp.HandlerOpts{Registry: r.reg})
}
