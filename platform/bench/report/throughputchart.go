package report

import (
	"fmt"
	"math"
)

// throughputChart draws throughput bars grouped by concurrency, one bar per
// strategy, with the /healthz limit of each concurrency as a dashed line
// across its group.
func throughputChart(v view, s scenarioView) chart {
	c := chart{Label: s.Name + ": throughput by concurrency", W: chartWidth}
	var legend []legendEntry
	for i, name := range s.Strategies {
		legend = append(legend, legendEntry{Label: name, Colour: strategyColour(i), Bar: true, Marker: -1})
	}
	legend = append(legend, legendEntry{Label: "/healthz limit (machine ceiling)", Colour: "#333", Dash: "6 4", Marker: -1})
	top := c.addLegend(legend)
	c.H = top + panelHeight + 20
	f := panels(1, top, panelHeight+20)[0]
	yMax := throughputTop(v, s)
	y := linearScale(0, yMax*1.06, f.y1, f.y0)
	x := band{len(s.Rows), f.x0, f.x1}
	c.axes(f, y, compact, "throughput (req/s)", x, concurrencyLabels(s), xAxisLabel, "")
	if yMax == 0 {
		c.noData(f, "no throughput measured")
		return c
	}
	for i, row := range s.Rows {
		limitY := math.NaN()
		if l, ok := v.limitAt(row.Concurrency); ok {
			limitY = c.limitMarker(f, x, i, row.Concurrency, y, l)
		}
		c.bars(s, row, x.center(i), x.width(), y, limitY)
	}
	return c
}

// throughputTop is the top of the throughput scale: the highest bar, or the
// highest limit when that is not so high that it would flatten the bars
// (it is then drawn at the top edge, marked off scale).
func throughputTop(v view, s scenarioView) float64 {
	maxBar, maxLimit := 0.0, 0.0
	for _, row := range s.Rows {
		for _, fig := range row.Strategies {
			if finite(fig.Throughput) {
				maxBar = math.Max(maxBar, fig.Throughput)
			}
		}
		if l, ok := v.limitAt(row.Concurrency); ok {
			maxLimit = math.Max(maxLimit, l)
		}
	}
	if maxLimit <= 3*maxBar {
		return math.Max(maxBar, maxLimit)
	}
	return maxBar
}

// bars draws one concurrency's bars, centred on cx in a group of width w,
// with their values on top unless the limit line is in the way.
func (c *chart) bars(s scenarioView, row *Comparison, cx, w float64, y scale, limitY float64) {
	barW := math.Min(56, w*0.72/float64(max(len(s.Strategies), 1)))
	left := cx - barW*float64(len(s.Strategies))/2
	for j, name := range s.Strategies {
		fig, ok := row.Strategies[name]
		if !ok || !finite(fig.Throughput) {
			continue
		}
		bx, by := left+float64(j)*barW, y.px(fig.Throughput)
		title := fmt.Sprintf("%s, c=%d: %s req/s", name, row.Concurrency, num(fig.Throughput))
		if fig.ShareOfLimit != nil {
			title += " (" + sharePct(fig.ShareOfLimit) + " of /healthz)"
		}
		c.Shapes = append(c.Shapes, shape{D: rect(bx+1, by, barW-2, y.px(0)-by), Stroke: "none", Fill: strategyColour(j), Title: title})
		if barW >= 34 && !(math.Abs(by-limitY) < 18) {
			c.Texts = append(c.Texts, text{X: bx + barW/2, Y: by - 4, Text: compact(fig.Throughput), Anchor: "middle", Class: "value"})
		}
	}
}

// limitMarker draws the /healthz limit l across category i, or at the top
// edge with an arrow when it is off the scale, and returns its y.
func (c *chart) limitMarker(f frame, x band, i, concurrency int, y scale, l float64) float64 {
	half := x.width() * 0.44
	py, label := y.px(l), "/healthz "+num(l)
	if !y.contains(l) {
		py, label = f.y0, "↑ /healthz "+num(l)+" (off scale)"
	}
	c.Shapes = append(c.Shapes, shape{D: segment(x.center(i)-half, py, x.center(i)+half, py),
		Stroke: "#333", Fill: "none", Width: 1.6, Dash: "6 4", Title: fmt.Sprintf("/healthz limit at c=%d: %s req/s", concurrency, num(l))})
	c.Texts = append(c.Texts, text{X: x.center(i), Y: py - 5, Text: label, Anchor: "middle", Class: "value"})
	return py
}
