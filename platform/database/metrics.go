package database

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the per-statement Prometheus metrics. Their labels are the gorm
// operation (create, query, update, delete, row, raw) and, for the counter,
// whether the statement failed: both have a handful of values.
type metrics struct {
	queries  *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics() *metrics {
	return &metrics{
		queries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "shop_db_queries_total",
			Help: "Statements run through gorm, by operation and result (ok or error).",
		}, []string{"op", "result"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "shop_db_query_duration_seconds",
			Help:    "Latency of statements run through gorm, by operation.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"op"}),
	}
}

// register registers m with reg. If reg already holds metrics of the same
// names (another DB in this process), m switches to those.
func (m *metrics) register(reg prometheus.Registerer) error {
	var err error
	if m.queries, err = registerOrReuse(reg, m.queries); err != nil {
		return err
	}
	if m.duration, err = registerOrReuse(reg, m.duration); err != nil {
		return err
	}
	return nil
}

func registerOrReuse[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	err := reg.Register(c)
	if err == nil {
		return c, nil
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(C); ok {
			return existing, nil
		}
	}
	return c, fmt.Errorf("register query metrics: %w", err)
}
