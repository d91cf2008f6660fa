package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WriteMarkdown writes the summary that `shop bench` prints: the run's
// target, machine and settings (the injected backend latency stated
// explicitly), one table per scenario with a row per concurrency, a second
// one with the server's own figures (when it exposed any), the attribution
// of the speed-up to its factors, the /healthz limit and the notes. Tables are padded so that the text reads well in a terminal and
// renders on GitHub.
func (r *Report) WriteMarkdown(w io.Writer) error {
	v := newView(r)
	b := bufio.NewWriter(w)
	b.WriteString("# shop bench report\n\n")
	fmt.Fprintf(b, "- **Target:** %s\n", mdText(orDash(r.Target)))
	fmt.Fprintf(b, "- **Run:** %s\n", runSpan(r.StartedAt, r.FinishedAt))
	fmt.Fprintf(b, "- **Machine:** %s\n", mdText(v.machineLine()))
	fmt.Fprintf(b, "- **Settings:** %s\n", mdText(v.settingsLine()))
	fmt.Fprintf(b, "- **Backend latency:** %s\n", mdText(backendLatency(r.Settings.BackendLatency)))
	for _, s := range v.scenarios {
		writeScenarioMarkdown(b, v, s)
	}
	fmt.Fprintf(b, "\n**/healthz limit:** %s\n", v.limitLine())
	if len(r.Notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range r.Notes {
			fmt.Fprintf(b, "- %s\n", mdText(n))
		}
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("report: write Markdown: %w", err)
	}
	return nil
}

func writeScenarioMarkdown(b *bufio.Writer, v view, s scenarioView) {
	fmt.Fprintf(b, "\n## %s\n\n", mdText(s.Name))
	key := "Each strategy: throughput req/s · p50 / p95 ms · share of the /healthz limit."
	if s.hasRatio() {
		key += fmt.Sprintf(" Ratios: %s with %s (throughput above 1 and latency below 1 favour %s).",
			s.ratioLabel(), confidenceLabel(v.r.Settings.Confidence), s.Candidate)
	}
	fmt.Fprintf(b, "%s\n\n", mdText(key))
	writeTable(b, scenarioTable(s))
	if s.HasServer {
		fmt.Fprintf(b, "\nServer, per strategy (from its /metrics over the same intervals): %s; — when not exposed.\n\n", serverKey)
		writeTable(b, serverTable(v, s))
	}
	if len(s.Factors) == 0 {
		return
	}
	fmt.Fprintf(b, "\nAttribution (candidate ÷ reference, %s):\n\n", confidenceLabel(v.r.Settings.Confidence))
	for _, c := range s.Rows {
		fmt.Fprintf(b, "- c=%d\n", c.Concurrency)
		for _, f := range s.Factors {
			if a, ok := c.attribution(f); ok {
				fmt.Fprintf(b, "  - %s: %s\n", mdText(f.label()), ratioLine(a.Ratio))
			}
		}
	}
}

// ratioLine reads "throughput ×1.40 [1.30–1.50] · p50 ×0.700 [0.650–0.750] · p95 …".
func ratioLine(r Ratio) string {
	return fmt.Sprintf("throughput %s · p50 %s · p95 %s", estimate(r.Throughput), estimate(r.P50), estimate(r.P95))
}

// scenarioTable lays out one scenario: a header row, then a row per
// concurrency.
func scenarioTable(s scenarioView) [][]string {
	head := []string{"c"}
	head = append(head, s.Strategies...)
	if s.hasRatio() {
		head = append(head, "throughput ×", "p50 ×", "p95 ×")
	}
	if s.HasErrors {
		head = append(head, "errors")
	}
	rows := [][]string{head}
	for _, c := range s.Rows {
		row := []string{fmt.Sprint(c.Concurrency)}
		var errs []string
		for _, name := range s.Strategies {
			f, ok := c.Strategies[name]
			if !ok {
				row = append(row, "—")
				continue
			}
			row = append(row, fmt.Sprintf("%s · %s / %s · %s",
				num(f.Throughput), num(f.Latency.P50), num(f.Latency.P95), sharePct(f.ShareOfLimit)))
			if e := errorSummary(f); e != "" {
				errs = append(errs, name+" "+e)
			}
		}
		if s.hasRatio() {
			row = append(row, estimate(c.Ratio.Throughput), estimate(c.Ratio.P50), estimate(c.Ratio.P95))
		}
		if s.HasErrors {
			row = append(row, orDash(strings.Join(errs, "; ")))
		}
		rows = append(rows, row)
	}
	return rows
}

// serverTable lays out the server's figures of one scenario: a header row,
// then a row per concurrency.
func serverTable(v view, s scenarioView) [][]string {
	rows := [][]string{append([]string{"c"}, s.Strategies...)}
	for _, c := range s.Rows {
		row := []string{fmt.Sprint(c.Concurrency)}
		for _, cell := range v.serverRow(s, c) {
			row = append(row, cell.String())
		}
		rows = append(rows, row)
	}
	return rows
}

// writeTable writes rows as a Markdown table whose columns are padded to
// one width; the first row is the header. Figures are right-aligned, the
// errors column (text) left-aligned.
func writeTable(b *bufio.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for j, cell := range row {
			widths[j] = max(widths[j], utf8.RuneCountInString(mdCell(cell)), 3)
		}
	}
	left := func(j int) bool { return rows[0][j] == "errors" }
	for i, row := range rows {
		b.WriteString("|")
		for j, cell := range row {
			cell = mdCell(cell)
			pad := strings.Repeat(" ", widths[j]-utf8.RuneCountInString(cell))
			if left(j) {
				cell, pad = pad, cell
			}
			fmt.Fprintf(b, " %s%s |", pad, cell)
		}
		b.WriteString("\n")
		if i > 0 {
			continue
		}
		b.WriteString("|")
		for j, w := range widths {
			if left(j) {
				fmt.Fprintf(b, " %s |", strings.Repeat("-", w))
			} else {
				fmt.Fprintf(b, " %s: |", strings.Repeat("-", w-1))
			}
		}
		b.WriteString("\n")
	}
}

// mdText flattens s to one line (a name from the command line must not
// break the layout).
func mdText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdCell makes s safe inside a table cell.
func mdCell(s string) string {
	return strings.ReplaceAll(mdText(s), "|", `\|`)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
