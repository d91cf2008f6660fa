package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// chart is one inline SVG: shapes and texts in pixel coordinates, computed
// in Go and written by the HTML template (which escapes every text).
type chart struct {
	Label  string // the SVG's accessible name
	W, H   float64
	Shapes []shape
	Texts  []text
}

// shape is an SVG path.
type shape struct {
	D      string
	Stroke string // "none" for no outline
	Fill   string // "none" for no fill
	Width  float64
	Dash   string // stroke-dasharray, "" for solid
	Title  string // tooltip
}

// text is an SVG text.
type text struct {
	X, Y   float64
	Text   string
	Anchor string // start, middle or end
	Class  string // tick, axis, title, legend, value, note
	Rotate bool   // vertical, reading upwards
}

// Chart geometry shared by every chart, in pixels.
const (
	chartWidth   = 1140.0
	panelGap     = 28.0
	marginLeft   = 64.0 // room for y tick labels and the axis label
	marginRight  = 12.0
	marginTop    = 26.0 // room for the panel title
	marginBottom = 48.0 // room for x tick labels and the axis label
	legendRow    = 22.0
	panelHeight  = 310.0 // of a row of panels, axes and labels included
)

// paletteSize is the number of colours in each palette.
const paletteSize = 6

// Colour-blind-safe palettes (Okabe & Ito): one for strategies, one for the
// ratio series.
func strategyColour(i int) string {
	p := []string{"#E69F00", "#56B4E9", "#0072B2", "#009E73", "#CC79A7", "#D55E00"}
	return p[i%len(p)]
}

func seriesColour(i int) string {
	p := []string{"#222222", "#009E73", "#CC79A7", "#D55E00", "#0072B2", "#E69F00"}
	return p[i%len(p)]
}

// markerPath is a small marker of kind i (circle, square, diamond,
// triangle, …) centred on x, y: shape as well as colour tells series apart.
func markerPath(i int, x, y float64) string {
	const r = 4.5
	switch i % 4 {
	case 1:
		return fmt.Sprintf("M%s %sh%sv%sh-%sZ", n1(x-r*0.85), n1(y-r*0.85), n1(r*1.7), n1(r*1.7), n1(r*1.7))
	case 2:
		return fmt.Sprintf("M%s %sL%s %sL%s %sL%s %sZ", n1(x), n1(y-r*1.2), n1(x+r*1.2), n1(y), n1(x), n1(y+r*1.2), n1(x-r*1.2), n1(y))
	case 3:
		return fmt.Sprintf("M%s %sL%s %sL%s %sZ", n1(x), n1(y-r*1.2), n1(x+r*1.1), n1(y+r*0.8), n1(x-r*1.1), n1(y+r*0.8))
	default:
		return fmt.Sprintf("M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 -%s 0Z", n1(x-r), n1(y), n1(r), n1(r), n1(2*r), n1(r), n1(r), n1(2*r))
	}
}

// n1 formats a coordinate with at most one decimal.
func n1(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return strings.TrimSuffix(s, ".0")
}

// point is one data point of a series, in pixels; Y is NaN when missing.
type point struct {
	X, Y  float64
	Title string // tooltip
}

// series draws a line through pts, broken where a point is missing, and a
// marker of kind marker on each point.
func (c *chart) series(pts []point, colour string, marker int, width float64) {
	var b strings.Builder
	pen := false
	for _, p := range pts {
		if !finite(p.Y) {
			pen = false
			continue
		}
		cmd := "L"
		if !pen {
			cmd = "M"
		}
		fmt.Fprintf(&b, "%s%s %s", cmd, n1(p.X), n1(p.Y))
		pen = true
	}
	c.Shapes = append(c.Shapes, shape{D: b.String(), Stroke: colour, Fill: "none", Width: width})
	for _, p := range pts {
		if finite(p.Y) {
			c.Shapes = append(c.Shapes, shape{D: markerPath(marker, p.X, p.Y), Stroke: "#fff", Fill: colour, Width: 1, Title: p.Title})
		}
	}
}

// segment is a straight line from x1, y1 to x2, y2.
func segment(x1, y1, x2, y2 float64) string {
	return fmt.Sprintf("M%s %sL%s %s", n1(x1), n1(y1), n1(x2), n1(y2))
}

// rect is a filled rectangle.
func rect(x, y, w, h float64) string {
	return fmt.Sprintf("M%s %sh%sv%sh-%sZ", n1(x), n1(y), n1(w), n1(h), n1(w))
}

// textWidth estimates the width of s in pixels at a 12px sans-serif font.
func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * 6.8 }

// legendEntry is one item of a legend: a swatch and its label.
type legendEntry struct {
	Label  string
	Colour string
	Marker int  // marker kind, -1 for none
	Bar    bool // a filled square instead of a line
	Dash   string
}

// addLegend lays the entries out left to right from the top of c, wrapping
// when a row is full, and returns the height it took.
func (c *chart) addLegend(entries []legendEntry) float64 {
	x, y := marginLeft, 14.0
	for _, e := range entries {
		w := 30 + textWidth(e.Label) + 22
		if x+w > c.W && x > marginLeft {
			x, y = marginLeft, y+legendRow
		}
		switch {
		case e.Bar:
			c.Shapes = append(c.Shapes, shape{D: rect(x+6, y-7, 14, 14), Stroke: "none", Fill: e.Colour})
		default:
			c.Shapes = append(c.Shapes, shape{D: segment(x, y, x+26, y), Stroke: e.Colour, Fill: "none", Width: 2, Dash: e.Dash})
			if e.Marker >= 0 {
				c.Shapes = append(c.Shapes, shape{D: markerPath(e.Marker, x+13, y), Stroke: "#fff", Fill: e.Colour, Width: 1})
			}
		}
		c.Texts = append(c.Texts, text{X: x + 32, Y: y + 4, Text: e.Label, Anchor: "start", Class: "legend"})
		x += w
	}
	return y + legendRow
}

// frame is one panel's plot area.
type frame struct {
	x0, y0, x1, y1 float64
}

// panels splits the chart width below top into n frames of height h.
func panels(n int, top, h float64) []frame {
	w := (chartWidth - float64(n-1)*panelGap) / float64(n)
	out := make([]frame, n)
	for i := range out {
		left := float64(i) * (w + panelGap)
		out[i] = frame{left + marginLeft, top + marginTop, left + w - marginRight, top + h - marginBottom}
	}
	return out
}

// axes draws f's grid, ticks, axis lines and labels: y by the scale, x by
// the categories.
func (c *chart) axes(f frame, y scale, yTick func(float64) string, yLabel string, x band, xLabels []string, xLabel, title string) {
	for _, v := range y.ticks() {
		py := y.px(v)
		c.Shapes = append(c.Shapes, shape{D: segment(f.x0, py, f.x1, py), Stroke: "#e3e3e3", Fill: "none", Width: 1})
		c.Texts = append(c.Texts, text{X: f.x0 - 6, Y: py + 4, Text: yTick(v), Anchor: "end", Class: "tick"})
	}
	c.Shapes = append(c.Shapes, shape{D: segment(f.x0, f.y0, f.x0, f.y1) + segment(f.x0, f.y1, f.x1, f.y1),
		Stroke: "#888", Fill: "none", Width: 1})
	for i, l := range xLabels {
		px := x.center(i)
		c.Shapes = append(c.Shapes, shape{D: segment(px, f.y1, px, f.y1+4), Stroke: "#888", Fill: "none", Width: 1})
		c.Texts = append(c.Texts, text{X: px, Y: f.y1 + 17, Text: l, Anchor: "middle", Class: "tick"})
	}
	c.Texts = append(c.Texts, text{X: (f.x0 + f.x1) / 2, Y: f.y1 + 38, Text: xLabel, Anchor: "middle", Class: "axis"})
	if title != "" {
		c.Texts = append(c.Texts, text{X: f.x0, Y: f.y0 - 10, Text: title, Anchor: "start", Class: "title"})
	}
	if yLabel != "" {
		c.Texts = append(c.Texts, text{X: f.x0 - 48, Y: (f.y0 + f.y1) / 2, Text: yLabel, Anchor: "middle", Class: "axis", Rotate: true})
	}
}

// noData writes a note in the middle of an empty frame.
func (c *chart) noData(f frame, why string) {
	c.Texts = append(c.Texts, text{X: (f.x0 + f.x1) / 2, Y: (f.y0 + f.y1) / 2, Text: why, Anchor: "middle", Class: "note"})
}
