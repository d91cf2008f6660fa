package report

import (
	"fmt"
	"math"
	"strconv"
)

// xAxisLabel labels the x axis of every chart.
const xAxisLabel = "concurrency (simultaneous clients)"

// concurrencyLabels are the x categories of a scenario's charts.
func concurrencyLabels(s scenarioView) []string {
	out := make([]string, len(s.Rows))
	for i, c := range s.Rows {
		out[i] = strconv.Itoa(c.Concurrency)
	}
	return out
}

// percentile is one panel of the latency chart.
type percentile struct {
	name string
	get  func(Latency) float64
}

// percentiles are the panels of the latency chart.
func percentiles() []percentile {
	return []percentile{
		{"p50", func(l Latency) float64 { return l.P50 }},
		{"p95", func(l Latency) float64 { return l.P95 }},
		{"p99", func(l Latency) float64 { return l.P99 }},
	}
}

// latencyChart draws p50, p95 and p99 against concurrency, one panel per
// percentile and one line per strategy, on one log scale.
func latencyChart(s scenarioView) chart {
	c := chart{Label: s.Name + ": latency percentiles by concurrency", W: chartWidth}
	var legend []legendEntry
	for i, name := range s.Strategies {
		legend = append(legend, legendEntry{Label: name, Colour: strategyColour(i), Marker: i})
	}
	top := c.addLegend(legend)
	c.H = top + panelHeight
	lo, hi := latencyRange(s)
	frames := panels(len(percentiles()), top, panelHeight)
	y := logScale(lo, hi, frames[0].y1, frames[0].y0)
	for k, p := range percentiles() {
		f := frames[k]
		x := band{len(s.Rows), f.x0, f.x1}
		yLabel := ""
		if k == 0 {
			yLabel = "latency (ms, log scale)"
		}
		c.axes(f, y, logTick, yLabel, x, concurrencyLabels(s), xAxisLabel, p.name+" latency")
		if lo > hi {
			c.noData(f, "no latency measured")
			continue
		}
		for i, name := range s.Strategies {
			c.latencyLine(s, x, y, p, i, name)
		}
	}
	return c
}

// latencyRange is the smallest and largest latency to draw; lo > hi when
// there is none.
func latencyRange(s scenarioView) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, row := range s.Rows {
		for _, f := range row.Strategies {
			for _, p := range percentiles() {
				if v := p.get(f.Latency); finite(v) && v > 0 {
					lo, hi = math.Min(lo, v), math.Max(hi, v)
				}
			}
		}
	}
	return lo, hi
}

// latencyLine draws strategy i's percentile p across concurrency.
func (c *chart) latencyLine(s scenarioView, x band, y scale, p percentile, i int, name string) {
	pts := make([]point, len(s.Rows))
	for j, row := range s.Rows {
		pts[j] = point{X: x.center(j), Y: math.NaN()}
		if fig, ok := row.Strategies[name]; ok && y.contains(p.get(fig.Latency)) {
			v := p.get(fig.Latency)
			pts[j].Y = y.px(v)
			pts[j].Title = fmt.Sprintf("%s, c=%d: %s %s ms", name, row.Concurrency, p.name, num(v))
		}
	}
	c.series(pts, strategyColour(i), i, 2.2)
}
