package report

import (
	"math"
	"strings"
	"testing"
)

func TestWriteMarkdown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		report  func(t *testing.T) *Report
		want    []string
		notWant []string
	}{{
		name:   "fixture",
		report: newFixture,
		want: []string{
			"# shop bench report\n",
			"- **Target:** http://127.0.0.1:8080\n",
			"- **Machine:** bench-01 · linux/amd64 · 8 CPUs · AMD EPYC 7763 64-Core Processor · 31.3 GiB RAM · go1.26.0\n",
			"- **Settings:** 10s per cell after 2s warm-up · 3 rounds · concurrency 1, 10, 50 · ",
			"- **Backend latency:** injected: 1ms per round trip to Postgres, Redis and Elasticsearch\n",
			"## product-page\n", "## listing\n",
			"Ratios: optimized ÷ baseline with 95% CI",
			// product-page, c=10: every strategy, then the ratios.
			"|  10 | 2,450 · 3.76 / 7.89 · 4.68% | 5,930 · 1.55 / 3.26 · 11.3% | 21,400 · 0.430 / 0.903 · 40.9% | ×8.73 [8.12–9.35] |  ×0.114 [0.103–0.126] | ×0.126 [0.0982–0.154] |",
			"| baseline 0.0173% (500: 12, transport: 3) |",
			// listing, c=1: the p95 ratio could not be computed.
			"| ×24.4 [22.7–26.1] | ×0.0410 [0.0369–0.0450] |                     n/a |",
			"  - parallel+batching alone (optimized-nocache vs baseline): throughput ×2.42 [2.25–2.59] · p50 ×0.413",
			"  - cache alone (optimized vs optimized-nocache): throughput ×5.61 [CI n/a] · p50 ×0.178 [0.161–0.196]",
			// The server's figures, under the scenario's table; one strategy
			// exposed nothing at product-page, c=1; only the cache has a hit ratio.
			"| baseline 0.0173% (500: 12, transport: 3) |\n\nServer, per strategy (from its /metrics over the same intervals): " +
				"DB queries/req · cache hit % · CPU s per 1,000 req · RSS MiB; — when not exposed.\n\n" +
				"|   c |               baseline |      optimized-nocache |                     optimized |\n" +
				"| --: | ---------------------: | ---------------------: | ----------------------------: |\n" +
				"|   1 | 12.0 · — · 0.410 · 181 |          — · — · — · — | 0.0400 · 99.3% · 0.0720 · 229 |\n",
			"|  10 | 97.0 · — · 2.05 · 190 | 5.00 · — · 0.580 · 190 | 0.0200 · 99.7% · 0.0870 · 238 |\n" +
				"|  50 | 97.0 · — · 2.05 · 230 | 5.00 · — · 0.580 · 230 | 0.0200 · 99.7% · 0.0870 · 278 |\n\nAttribution (",
			"**/healthz limit:** c=1 9,810 req/s · c=10 52,300 req/s · c=50 61,400 req/s",
			"## Notes\n\n- checkout: 3 of 41,200 orders",
		},
		notWant: []string{"NaN", "Inf"},
	}, {
		name: "loopback, one strategy, no limit",
		report: func(t *testing.T) *Report {
			return newSynthetic(t, []string{"listing"}, []string{"baseline"}, []int{1}, 0)
		},
		want:    []string{"- **Backend latency:** none (loopback)\n", "|   c |              baseline |\n| --: | --------------------: |\n|   1 | 100 · 9.20 / 19.3 · — |\n", "**/healthz limit:** not measured"},
		notWant: []string{"throughput ×", "errors", "Attribution", "## Notes", "Server, per strategy"},
	}, {
		name: "server figures, some missing",
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"listing"}, []string{"baseline", "optimized"}, []int{1, 10}, 0)
			f := r.Comparisons[0].Strategies["baseline"] // 100 req/s over 1s cells
			f.Server = Server{CPUSeconds: ptr(2), CacheHitRatio: ptr(0.5)}
			r.Comparisons[0].Strategies["baseline"] = f
			delete(r.Comparisons[1].Strategies, "optimized")
			return r
		},
		want: []string{"|   c |             baseline |     optimized |\n| --: | -------------------: | ------------: |\n" +
			"|   1 | — · 50.0% · 20.0 · — | — · — · — · — |\n|  10 |        — · — · — · — | — · — · — · — |\n"},
	}, {
		name: "server figures, cell length unknown",
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"listing"}, []string{"baseline"}, []int{1}, 0)
			r.Settings.Duration = ""
			f := r.Comparisons[0].Strategies["baseline"]
			f.Server = Server{CPUSeconds: ptr(2), RSSBytes: ptr(100 << 20)}
			r.Comparisons[0].Strategies["baseline"] = f
			return r
		},
		want:    []string{"|   1 | — · — · n/a · 100 |\n"},
		notWant: []string{"NaN", "Inf"},
	}, {
		name: "hostile names",
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"a|b\nc"}, []string{"base|line", "opt"}, []int{1, 10}, 2)
			r.Comparisons[0].Ratio.P50 = Estimate{math.NaN(), math.NaN(), math.NaN()}
			return r
		},
		want: []string{"## a|b c\n", ` base\|line |`, "|                  n/a |"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			if err := tt.report(t).WriteMarkdown(&b); err != nil {
				t.Fatalf("WriteMarkdown: %v", err)
			}
			md := b.String()
			for _, w := range tt.want {
				if !strings.Contains(md, w) {
					t.Errorf("Markdown lacks %q:\n%s", w, md)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(md, w) {
					t.Errorf("Markdown has %q:\n%s", w, md)
				}
			}
			checkTables(t, md)
		})
	}
}

// checkTables checks that every row of each table has as many cells as its
// header, and that the columns line up.
func checkTables(t *testing.T, md string) {
	t.Helper()
	var header []string
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			header = nil
			continue
		}
		cells := strings.Split(strings.ReplaceAll(line, `\|`, `\¦`), "|")
		if header == nil {
			header = cells
			continue
		}
		if len(cells) != len(header) {
			t.Errorf("row %q has %d cells, header %d", line, len(cells)-2, len(header)-2)
			continue
		}
		for i := range cells {
			if len([]rune(cells[i])) != len([]rune(header[i])) {
				t.Errorf("row %q: column %d is not aligned with the header", line, i)
			}
		}
	}
}
