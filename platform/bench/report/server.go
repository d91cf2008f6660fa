package report

import (
	"math"
	"strings"
	"time"
)

// serverKey names the figures of a strategy's server cell, in their order.
const serverKey = "DB queries/req · cache hit % · CPU s per 1,000 req · RSS MiB"

// serverCell is one strategy's server figures as both renderers print them:
// "—" for a figure the server did not expose, "n/a" for one that could not
// be computed.
type serverCell struct {
	Queries, CacheHits, CPU, RSS string
}

// newServerCell formats f's server figures. cellSeconds is the measured
// length of one cell: CPUSeconds is the mean per cell, so CPU per request is
// CPUSeconds ÷ (throughput × cellSeconds).
func newServerCell(f Figures, cellSeconds float64) serverCell {
	s := f.Server
	return serverCell{
		Queries:   optional(s.DBQueriesPerRequest, num),
		CacheHits: optional(s.CacheHitRatio, pct),
		CPU: optional(s.CPUSeconds, func(cpu float64) string {
			return num(cpuPerThousand(cpu, f.Throughput, cellSeconds))
		}),
		RSS: optional(s.RSSBytes, func(b float64) string { return num(b / (1 << 20)) }),
	}
}

// missingServerCell stands for a strategy not measured at a concurrency.
var missingServerCell = serverCell{"—", "—", "—", "—"}

// String reads "97.0 · — · 2.05 · 190".
func (c serverCell) String() string {
	return strings.Join([]string{c.Queries, c.CacheHits, c.CPU, c.RSS}, " · ")
}

// cpuPerThousand is the CPU seconds the server spent per 1,000 requests,
// given its CPU seconds per cell, the throughput and the cell's length; NaN
// when no request was served or the length is unknown.
func cpuPerThousand(cpuPerCell, rps, cellSeconds float64) float64 {
	requests := rps * cellSeconds
	if !finite(requests) || requests <= 0 {
		return math.NaN()
	}
	return cpuPerCell / requests * 1000
}

// optional formats *v with format, or "—" when v is nil.
func optional(v *float64, format func(float64) string) string {
	if v == nil {
		return "—"
	}
	return format(*v)
}

// exposed reports whether the server gave any of its figures.
func exposed(s Server) bool {
	return s.RSSBytes != nil || s.CPUSeconds != nil || s.DBQueriesPerRequest != nil || s.CacheHitRatio != nil
}

// durationSeconds parses a Settings duration; 0 when it is not a positive
// Go duration.
func durationSeconds(s string) float64 {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0
	}
	return d.Seconds()
}

// serverRow formats the server figures of each of s's strategies at one
// concurrency.
func (v view) serverRow(s scenarioView, c *Comparison) []serverCell {
	out := make([]serverCell, 0, len(s.Strategies))
	for _, name := range s.Strategies {
		f, ok := c.Strategies[name]
		if !ok {
			out = append(out, missingServerCell)
			continue
		}
		out = append(out, newServerCell(f, v.cellSeconds))
	}
	return out
}
