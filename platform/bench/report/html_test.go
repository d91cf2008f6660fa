package report

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestWriteHTML(t *testing.T) {
	t.Parallel()
	hostile := "<script>alert(1)</script>"
	tests := []struct {
		name   string
		report func(t *testing.T) *Report
		svgs   int      // charts expected
		want   []string // texts the page shows
		server int      // server tables expected
	}{{
		name: "fixture", report: newFixture, svgs: 6, server: 2,
		want: []string{"product-page", "listing", "injected: 1ms per round trip to Postgres, Redis and Elasticsearch",
			"c=1 9,810 req/s · c=10 52,300 req/s · c=50 61,400 req/s", "×8.73", "[8.12–9.35]", "n/a",
			"c=50, baseline: 0.0173% (500: 12, transport: 3)", "cache alone (optimized vs optimized-nocache)",
			"p95 latency ratio (lower is better)", "/healthz limit (machine ceiling)", "checkout: 3 of 41,200 orders",
			"Server, per strategy", "CPU s/1k req", "99.7%"},
	}, {
		name: "hostile strings", svgs: 3,
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{hostile}, []string{`"><img src=x onerror=alert(1)>`, "opt"}, []int{1, 10}, 2)
			r.Target = "javascript:alert(1)"
			r.Notes = []string{"<b>bold</b> & </style>"}
			return r
		},
		want: []string{hostile, `"><img src=x onerror=alert(1)>`, "<b>bold</b> & </style>"},
	}, {
		name: "one strategy, one point, no limit, nothing computable", svgs: 2,
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"listing"}, []string{"baseline"}, []int{1}, 0)
			nan := math.NaN()
			r.Comparisons[0].Strategies["baseline"] = Figures{Throughput: nan, Latency: Latency{nan, nan, nan, nan, nan}}
			return r
		},
		want: []string{"none (loopback)", "no latency measured", "no throughput measured"},
	}, {
		name: "NaN intervals, limit off scale", svgs: 3,
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"search"}, []string{"baseline", "optimized"}, []int{1}, 40)
			nan := math.NaN()
			r.Comparisons[0].Ratio = Ratio{Estimate{2, nan, nan}, Estimate{nan, nan, nan}, Estimate{0.5, 0.4, nan}}
			return r
		},
		want: []string{"(off scale)", "[CI n/a]"},
	}, {
		name: "5 scenarios, 3 strategies, 6 concurrency levels", svgs: 15,
		report: func(t *testing.T) *Report {
			return newSynthetic(t, []string{"product-page", "listing", "search", "checkout", "images"},
				[]string{"baseline", "optimized-nocache", "optimized"}, []int{1, 2, 5, 10, 50, 200}, 1.5)
		},
		want: []string{"images", "step optimized-nocache (optimized-nocache vs baseline)"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			if err := tt.report(t).WriteHTML(&b); err != nil {
				t.Fatalf("WriteHTML: %v", err)
			}
			page := b.String()
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatalf("html.Parse: %v", err)
			}
			var svgs int
			var texts strings.Builder
			for n := range doc.Descendants() {
				switch n.Type {
				case html.TextNode:
					texts.WriteString(n.Data + "\n")
				case html.ElementNode:
					if n.Data == "svg" {
						svgs++
					}
					checkSelfContained(t, n)
				}
			}
			if svgs != tt.svgs {
				t.Errorf("%d <svg> charts, want %d", svgs, tt.svgs)
			}
			if got := len(tablesAfter(doc, serverHeading)); got != tt.server {
				t.Errorf("%d server tables, want %d", got, tt.server)
			}
			for _, w := range tt.want {
				if !strings.Contains(texts.String(), w) {
					t.Errorf("page text lacks %q", w)
				}
			}
			for _, bad := range []string{"NaN", "Inf", "<script", "<img", "ZgotmplZ"} {
				if strings.Contains(page, bad) {
					t.Errorf("page source contains %q", bad)
				}
			}
		})
	}
}

const serverHeading = "Server, per strategy"

func TestWriteHTMLServerTable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		report func(t *testing.T) *Report
		want   [][][]string // per scenario, the rows' cells
	}{{
		name: "fixture", report: newFixture,
		want: [][][]string{{
			{"1", "12.0", "—", "0.410", "181", "—", "—", "—", "—", "0.0400", "99.3%", "0.0720", "229"},
			{"10", "12.0", "—", "0.410", "190", "3.00", "—", "0.330", "190", "0.0400", "99.3%", "0.0720", "238"},
			{"50", "12.0", "—", "0.410", "230", "3.00", "—", "0.330", "230", "0.0400", "99.3%", "0.0720", "278"},
		}, {
			{"1", "97.0", "—", "2.05", "181", "5.00", "—", "0.580", "181", "0.0200", "99.7%", "0.0870", "229"},
			{"10", "97.0", "—", "2.05", "190", "5.00", "—", "0.580", "190", "0.0200", "99.7%", "0.0870", "238"},
			{"50", "97.0", "—", "2.05", "230", "5.00", "—", "0.580", "230", "0.0200", "99.7%", "0.0870", "278"},
		}},
	}, {
		name: "cell length unknown, a strategy not measured",
		report: func(t *testing.T) *Report {
			r := newSynthetic(t, []string{"listing", "search"}, []string{"baseline", "optimized"}, []int{1, 10}, 0)
			r.Settings.Duration = "soon"
			f := r.Comparisons[0].Strategies["baseline"]
			f.Server = Server{CPUSeconds: ptr(2), DBQueriesPerRequest: ptr(97)}
			r.Comparisons[0].Strategies["baseline"] = f
			delete(r.Comparisons[1].Strategies, "optimized")
			return r
		},
		// search: the server exposed nothing, so no table.
		want: [][][]string{{
			{"1", "97.0", "—", "n/a", "—", "—", "—", "—", "—"},
			{"10", "—", "—", "—", "—", "—", "—", "—", "—"},
		}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			if err := tt.report(t).WriteHTML(&b); err != nil {
				t.Fatalf("WriteHTML: %v", err)
			}
			doc, err := html.Parse(strings.NewReader(b.String()))
			if err != nil {
				t.Fatalf("html.Parse: %v", err)
			}
			if diff := cmp.Diff(tt.want, tablesAfter(doc, serverHeading)); diff != "" {
				t.Errorf("server tables (-want +got):\n%s", diff)
			}
		})
	}
}

// tablesAfter returns, for each <h3> reading heading, the text of the body
// cells of the first table after it.
func tablesAfter(doc *html.Node, heading string) [][][]string {
	var out [][][]string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "h3" || textOf(n) != heading {
			continue
		}
		var rows [][]string
		for sib := n.NextSibling; sib != nil && rows == nil; sib = sib.NextSibling {
			for tr := range sib.Descendants() {
				if tr.Type != html.ElementNode || tr.Data != "tr" || tr.Parent.Data != "tbody" {
					continue
				}
				var cells []string
				for td := range tr.ChildNodes() {
					if td.Type == html.ElementNode && td.Data == "td" {
						cells = append(cells, textOf(td))
					}
				}
				rows = append(rows, cells)
			}
		}
		out = append(out, rows)
	}
	return out
}

// textOf is the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

// checkSelfContained fails on any element or attribute that could load
// something: scripts, frames, images, links to stylesheets, URLs in
// attributes or CSS.
func checkSelfContained(t *testing.T, n *html.Node) {
	t.Helper()
	switch n.Data {
	case "script", "link", "img", "iframe", "object", "embed", "image", "use", "video", "audio", "source", "base":
		t.Errorf("element <%s> in a self-contained page", n.Data)
	case "style":
		if css := n.FirstChild; css != nil && (strings.Contains(css.Data, "url(") || strings.Contains(css.Data, "@import")) {
			t.Errorf("<style> loads something: %q", css.Data)
		}
	}
	for _, a := range n.Attr {
		v := strings.ToLower(strings.TrimSpace(a.Val))
		switch {
		case a.Key == "src" || a.Key == "srcset" || a.Key == "xlink:href" || a.Key == "action":
			t.Errorf("<%s %s=%q>: a resource reference", n.Data, a.Key, a.Val)
		case a.Key == "href" && !strings.HasPrefix(v, "#"):
			t.Errorf("<%s href=%q>: not a link within the page", n.Data, a.Val)
		case strings.HasPrefix(a.Key, "on"):
			t.Errorf("<%s %s=%q>: an event handler", n.Data, a.Key, a.Val)
		case strings.Contains(v, "http://") || strings.Contains(v, "https://") || strings.Contains(v, "url("):
			t.Errorf("<%s %s=%q>: a network reference", n.Data, a.Key, a.Val)
		}
	}
}
