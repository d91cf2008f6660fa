package report

import (
	"fmt"
	"math"
)

// ratioSeries is one line of the ratio chart: the main comparison or one
// attribution.
type ratioSeries struct {
	label string
	get   func(*Comparison) (Ratio, bool)
}

// ratioMetric is one panel of the ratio chart.
type ratioMetric struct {
	title string
	get   func(Ratio) Estimate
}

// scenarioSeries lists the main ratio, then the attributions.
func scenarioSeries(s scenarioView) []ratioSeries {
	var out []ratioSeries
	if s.hasRatio() {
		out = append(out, ratioSeries{"overall: " + s.ratioLabel(), func(c *Comparison) (Ratio, bool) {
			return c.Ratio, c.Candidate != "" && c.Candidate != c.Reference
		}})
	}
	for _, f := range s.Factors {
		out = append(out, ratioSeries{f.Name + ": " + f.Candidate + " ÷ " + f.Reference, func(c *Comparison) (Ratio, bool) {
			a, ok := c.attribution(f)
			return a.Ratio, ok
		}})
	}
	return out
}

// ratioChart draws the ratios against concurrency with their confidence
// intervals as error bars, one panel per metric (throughput, p50, p95) on
// one log scale, with a reference line at 1. It reports false when the
// scenario compares nothing (a single strategy).
func ratioChart(v view, s scenarioView) (chart, bool) {
	series := scenarioSeries(s)
	if len(series) == 0 {
		return chart{}, false
	}
	c := chart{Label: s.Name + ": ratios with " + confidenceLabel(v.r.Settings.Confidence), W: chartWidth}
	var legend []legendEntry
	for k, sr := range series {
		legend = append(legend, legendEntry{Label: sr.label, Colour: seriesColour(k), Marker: k})
	}
	top := c.addLegend(legend)
	metrics := ratioMetrics()
	lo, hi := ratioRange(s, series, metrics)
	frames := panels(len(metrics), top, panelHeight)
	y := logScale(lo, hi, frames[0].y1, frames[0].y0)
	for k, m := range metrics {
		yLabel := ""
		if k == 0 {
			yLabel = "ratio (log scale)"
		}
		c.ratioPanel(frames[k], y, s, series, m, yLabel)
	}
	c.H = top + panelHeight
	return c, true
}

// ratioMetrics are the panels of the ratio chart.
func ratioMetrics() []ratioMetric {
	return []ratioMetric{
		{"throughput ratio (higher is better)", func(r Ratio) Estimate { return r.Throughput }},
		{"p50 latency ratio (lower is better)", func(r Ratio) Estimate { return r.P50 }},
		{"p95 latency ratio (lower is better)", func(r Ratio) Estimate { return r.P95 }},
	}
}

// ratioRange spans every ratio and bound to draw, and 1.
func ratioRange(s scenarioView, series []ratioSeries, metrics []ratioMetric) (lo, hi float64) {
	lo, hi = 1, 1
	for _, row := range s.Rows {
		for _, sr := range series {
			r, ok := sr.get(row)
			if !ok {
				continue
			}
			for _, m := range metrics {
				e := m.get(r)
				for _, x := range []float64{e.Value, e.CILow, e.CIHigh} {
					if finite(x) && x > 0 {
						lo, hi = math.Min(lo, x), math.Max(hi, x)
					}
				}
			}
		}
	}
	return lo, hi
}

// ratioPanel draws one metric's ratios.
func (c *chart) ratioPanel(f frame, y scale, s scenarioView, series []ratioSeries, m ratioMetric, yLabel string) {
	x := band{len(s.Rows), f.x0, f.x1}
	c.axes(f, y, func(v float64) string { return "×" + logTick(v) }, yLabel, x, concurrencyLabels(s), xAxisLabel, m.title)
	c.Shapes = append(c.Shapes, shape{D: segment(f.x0, y.px(1), f.x1, y.px(1)), Stroke: "#555", Fill: "none", Width: 1.4, Dash: "2 3",
		Title: "×1: no difference"})
	step := math.Min(14, x.width()*0.6/float64(len(series)))
	for k, sr := range series {
		dx := (float64(k) - float64(len(series)-1)/2) * step
		pts := make([]point, len(s.Rows))
		for j, row := range s.Rows {
			pts[j] = point{X: x.center(j) + dx, Y: math.NaN()}
			r, ok := sr.get(row)
			if e := m.get(r); ok && y.contains(e.Value) {
				pts[j].Y = y.px(e.Value)
				pts[j].Title = fmt.Sprintf("c=%d, %s: %s", row.Concurrency, sr.label, estimate(e))
				c.errorBar(pts[j].X, y, e, seriesColour(k))
			}
		}
		c.series(pts, seriesColour(k), k, 1.2)
	}
}

// errorBar draws e's interval at x; nothing when it is not known.
func (c *chart) errorBar(x float64, y scale, e Estimate, colour string) {
	if !y.contains(e.CILow) || !y.contains(e.CIHigh) {
		return
	}
	lo, hi := y.px(e.CILow), y.px(e.CIHigh)
	d := segment(x, lo, x, hi) + segment(x-4, lo, x+4, lo) + segment(x-4, hi, x+4, hi)
	c.Shapes = append(c.Shapes, shape{D: d, Stroke: colour, Fill: "none", Width: 1.6})
}
