package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
)

//go:embed report.html.tmpl
var pageTemplate string

// WriteHTML writes the report as one self-contained HTML page: inline CSS
// and inline SVG charts, nothing loaded from the network. Per scenario it
// shows latency percentiles, throughput against the /healthz limit and the
// ratios with their confidence intervals, then the figures as tables: the
// load generator's, the server's own (when it exposed any) and the
// attribution.
// Every string from the report is escaped by html/template.
func (r *Report) WriteHTML(w io.Writer) error {
	t, err := template.New("page").Funcs(template.FuncMap{"n": n1}).Parse(pageTemplate)
	if err != nil {
		return fmt.Errorf("report: write HTML: %w", err)
	}
	b := bufio.NewWriter(w)
	if err := t.Execute(b, newPage(r)); err != nil {
		return fmt.Errorf("report: write HTML: %w", err)
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("report: write HTML: %w", err)
	}
	return nil
}

// page is what the HTML template shows.
type page struct {
	Target, Run, Machine       string
	Measure, Strategies, Stats string
	Backend                    string
	Injected                   bool
	Limit                      string
	Palette                    []string
	Scenarios                  []pageScenario
	Notes                      []string
	Schema                     int
}

// pageScenario is one scenario's section.
type pageScenario struct {
	ID, Name     string
	Strategies   []pageStrategy
	Ratio        string // "optimized ÷ baseline", "" without a comparison
	CI           string
	Errors       []string // "c=50, baseline: 0.0173% (500: 12)"
	Rows         []pageRow
	Server       []pageServerRow // empty when the server exposed no figure
	Figures      []pageFigure
	Attributions []pageAttribution
}

// pageStrategy is a strategy's name and the index of its colour.
type pageStrategy struct {
	Name   string
	Colour int
}

// pageFigure is one chart with its heading.
type pageFigure struct {
	Title, Caption string
	Chart          chart
}

// pageRow is one concurrency in a scenario's table.
type pageRow struct {
	Concurrency int
	Cells       []pageCell
	Ratios      []pageEstimate
}

// pageServerRow is one concurrency in a scenario's server table.
type pageServerRow struct {
	Concurrency int
	Cells       []serverCell
}

// pageCell is one strategy's figures; all "—" when it was not measured.
type pageCell struct {
	Throughput, P50, P95, Share string
	Errors                      string // the error rate, "" when none
}

// pageEstimate splits a ratio into its value and interval.
type pageEstimate struct {
	Value, CI string
}

// pageAttribution is one row of the attribution table.
type pageAttribution struct {
	Concurrency int
	Factor      string
	Ratios      []pageEstimate
}

func newPage(r *Report) page {
	v := newView(r)
	p := page{
		Target: orDash(r.Target), Run: runSpan(r.StartedAt, r.FinishedAt),
		Machine:  v.machineLine(),
		Backend:  backendLatency(r.Settings.BackendLatency),
		Injected: latencyInjected(r.Settings.BackendLatency),
		Limit:    v.limitLine(), Notes: r.Notes, Schema: r.SchemaVersion,
	}
	p.Measure, p.Strategies, p.Stats = v.settingsParts()
	for i := range paletteSize {
		p.Palette = append(p.Palette, strategyColour(i))
	}
	for i, s := range v.scenarios {
		p.Scenarios = append(p.Scenarios, newPageScenario(v, s, i))
	}
	return p
}

func newPageScenario(v view, s scenarioView, i int) pageScenario {
	ci := confidenceLabel(v.r.Settings.Confidence)
	ps := pageScenario{ID: fmt.Sprintf("scenario-%d", i+1), Name: s.Name, CI: ci}
	for j, name := range s.Strategies {
		ps.Strategies = append(ps.Strategies, pageStrategy{name, j % paletteSize})
	}
	if s.hasRatio() {
		ps.Ratio = s.ratioLabel()
	}
	ps.Figures = []pageFigure{
		{"Latency percentiles", "p50, p95 and p99 in milliseconds at each concurrency; lower is better.", latencyChart(s)},
		{"Throughput", "Requests per second at each concurrency; the dashed line is what the same server does on /healthz.", throughputChart(v, s)},
	}
	if c, ok := ratioChart(v, s); ok {
		ps.Figures = append(ps.Figures, pageFigure{"Ratios", "Candidate ÷ reference with the " + ci +
			" as error bars; ×1 (dotted) is no difference.", c})
	}
	for _, c := range s.Rows {
		ps.Rows = append(ps.Rows, newPageRow(s, c))
		if s.HasServer {
			ps.Server = append(ps.Server, pageServerRow{c.Concurrency, v.serverRow(s, c)})
		}
		for _, name := range s.Strategies {
			if e := errorSummary(c.Strategies[name]); e != "" {
				ps.Errors = append(ps.Errors, fmt.Sprintf("c=%d, %s: %s", c.Concurrency, name, e))
			}
		}
		for _, f := range s.Factors {
			if a, ok := c.attribution(f); ok {
				ps.Attributions = append(ps.Attributions, pageAttribution{c.Concurrency, f.label(), pageRatio(a.Ratio)})
			}
		}
	}
	return ps
}

func newPageRow(s scenarioView, c *Comparison) pageRow {
	row := pageRow{Concurrency: c.Concurrency}
	for _, name := range s.Strategies {
		f, ok := c.Strategies[name]
		if !ok {
			row.Cells = append(row.Cells, pageCell{"—", "—", "—", "—", ""})
			continue
		}
		cell := pageCell{num(f.Throughput), num(f.Latency.P50), num(f.Latency.P95), sharePct(f.ShareOfLimit), ""}
		if errorSummary(f) != "" {
			cell.Errors = pct(f.ErrorRate) + " errors"
		}
		row.Cells = append(row.Cells, cell)
	}
	if s.hasRatio() {
		row.Ratios = pageRatio(c.Ratio)
	}
	return row
}

func pageRatio(r Ratio) []pageEstimate {
	out := make([]pageEstimate, 0, 3)
	for _, e := range []Estimate{r.Throughput, r.P50, r.P95} {
		if !finite(e.Value) {
			out = append(out, pageEstimate{Value: notAvailable})
			continue
		}
		out = append(out, pageEstimate{times(e.Value), ciRange(e)})
	}
	return out
}
