package cache

import (
	"errors"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus counters of every cache of a process. One value
// serves any number of buses and caches: the cache name is a label.
type Metrics struct {
	requests      *prometheus.CounterVec
	l2Errors      *prometheus.CounterVec
	invalidations *prometheus.CounterVec
	loads         *prometheus.CounterVec
}

// NewMetrics creates the cache counters and registers them with reg, unless reg
// is nil. Counters already registered with reg (by an earlier call) are reused.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "shop_cache_requests_total",
			Help: "Cache lookups by cache, level (l1, l2) and result (hit, miss).",
		}, []string{"cache", "level", "result"}),
		l2Errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "shop_cache_l2_errors_total",
			Help: "Failed Redis (L2) operations of a cache; the cache went on without L2.",
		}, []string{"cache"}),
		invalidations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "shop_cache_invalidations_total",
			Help: "Invalidations applied to this process' L1, by origin (local, remote, resync).",
		}, []string{"origin"}),
		loads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "shop_cache_loads_total",
			Help: "Loader calls, after L1 and L2 missed.",
		}, []string{"cache"}),
	}
	if reg != nil {
		m.requests = register(reg, m.requests)
		m.l2Errors = register(reg, m.l2Errors)
		m.invalidations = register(reg, m.invalidations)
		m.loads = register(reg, m.loads)
	}
	return m
}

// register registers c with reg, or returns the collector that reg already
// holds under the same description.
func register(reg prometheus.Registerer, c *prometheus.CounterVec) *prometheus.CounterVec {
	err := reg.Register(c)
	if err == nil {
		return c
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(*prometheus.CounterVec); ok {
			return existing
		}
	}
	panic("cache: registering metrics: " + err.Error())
}

// Stats are the counts of one Tiered cache since it was created.
type Stats struct {
	L1Hits, L1Misses uint64
	L2Hits, L2Misses uint64
	L2Errors         uint64
	Loads            uint64
}

// counters are the per-cache counters: Prometheus children resolved once, and
// in-process copies for Stats.
type counters struct {
	l1Hit, l1Miss, l2Hit, l2Miss, l2Err, load prometheus.Counter

	l1Hits, l1Misses, l2Hits, l2Misses, l2Errors, loads atomic.Uint64
}

func newCounters(m *Metrics, name string) *counters {
	return &counters{
		l1Hit:  m.requests.WithLabelValues(name, "l1", "hit"),
		l1Miss: m.requests.WithLabelValues(name, "l1", "miss"),
		l2Hit:  m.requests.WithLabelValues(name, "l2", "hit"),
		l2Miss: m.requests.WithLabelValues(name, "l2", "miss"),
		l2Err:  m.l2Errors.WithLabelValues(name),
		load:   m.loads.WithLabelValues(name),
	}
}

func (c *counters) hitL1()   { c.l1Hit.Inc(); c.l1Hits.Add(1) }
func (c *counters) missL1()  { c.l1Miss.Inc(); c.l1Misses.Add(1) }
func (c *counters) hitL2()   { c.l2Hit.Inc(); c.l2Hits.Add(1) }
func (c *counters) missL2()  { c.l2Miss.Inc(); c.l2Misses.Add(1) }
func (c *counters) errorL2() { c.l2Err.Inc(); c.l2Errors.Add(1) }
func (c *counters) loaded()  { c.load.Inc(); c.loads.Add(1) }

func (c *counters) stats() Stats {
	return Stats{
		L1Hits:   c.l1Hits.Load(),
		L1Misses: c.l1Misses.Load(),
		L2Hits:   c.l2Hits.Load(),
		L2Misses: c.l2Misses.Load(),
		L2Errors: c.l2Errors.Load(),
		Loads:    c.loads.Load(),
	}
}
