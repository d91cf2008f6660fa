package report

import (
	"math"
	"strings"
	"testing"

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
	}{{
		name: "fixture", report: newFixture, svgs: 6,
		want: []string{"product-page", "listing", "injected: 1ms per round trip to Postgres, Redis and Elasticsearch",
			"c=1 9,810 req/s · c=10 52,300 req/s · c=50 61,400 req/s", "×8.73", "[8.12–9.35]", "n/a",
			"c=50, baseline: 0.0173% (500: 12, transport: 3)", "cache alone (optimized vs optimized-nocache)",
			"p95 latency ratio (lower is better)", "/healthz limit (machine ceiling)", "checkout: 3 of 41,200 orders"},
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
