package report

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFormat(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"num small", num(0.04123), "0.0412"},
		{"num unit", num(2.1), "2.10"},
		{"num tens", num(45.64), "45.6"},
		{"num rounds up a digit", num(9.996), "10.0"},
		{"num hundreds", num(312.4), "312"},
		{"num thousands", num(12345.6), "12,346"},
		{"num millions", num(1234567), "1,234,567"},
		{"num negative", num(-1234.6), "-1,235"},
		{"num zero", num(0), "0"},
		{"num NaN", num(nan), "n/a"},
		{"num Inf", num(math.Inf(1)), "n/a"},
		{"compact", compact(28700), "28.7k"},
		{"compact round", compact(20000), "20k"},
		{"compact millions", compact(1.25e6), "1.25M"},
		{"compact small", compact(0.30000000000000004), "0.3"},
		{"pct", pct(0.412), "41.2%"},
		{"pct small", pct(0.000173), "0.0173%"},
		{"share nil", sharePct(nil), "—"},
		{"estimate", estimate(Estimate{1.4, 1.3, 1.5}), "×1.40 [1.30–1.50]"},
		{"estimate small", estimate(Estimate{0.101, 0.0957, 0.106}), "×0.101 [0.0957–0.106]"},
		{"estimate no interval", estimate(Estimate{5.61, nan, nan}), "×5.61 [CI n/a]"},
		{"estimate half an interval", estimate(Estimate{5.61, 5, nan}), "×5.61 [CI n/a]"},
		{"estimate none", estimate(Estimate{nan, 1, 2}), "n/a"},
		{"confidence", confidenceLabel(0.95), "95% CI"},
		{"confidence odd", confidenceLabel(0.999), "99.9% CI"},
		{"confidence unknown", confidenceLabel(0), "CI"},
		{"backend none", backendLatency("0s"), "none (loopback)"},
		{"backend empty", backendLatency(""), "none (loopback)"},
		{"backend 1ms", backendLatency("1ms"), "injected: 1ms per round trip to Postgres, Redis and Elasticsearch"},
		{"backend 500us", backendLatency("0.5ms"), "injected: 500µs per round trip to Postgres, Redis and Elasticsearch"},
		{"backend odd", backendLatency("about 1ms"), "injected: about 1ms per round trip"},
		{"errors none", errorSummary(Figures{Errors: map[string]int64{"500": 0}}), ""},
		{"errors", errorSummary(Figures{Errors: map[string]int64{"transport": 1, "500": 1200}, ErrorRate: 0.0012}),
			"0.120% (500: 1,200, transport: 1)"},
		{"errors rate only", errorSummary(Figures{ErrorRate: 0.5}), "50.0%"},
		{"duration", num(durationSeconds("1m30s")), "90.0"},
		{"duration unknown", num(durationSeconds("")), "0"},
		{"duration negative", num(durationSeconds("-1s")), "0"},
		{"CPU per 1,000 requests", num(cpuPerThousand(7.1, 2450, 10)), "0.290"},
		{"CPU, duration unknown", num(cpuPerThousand(7.1, 2450, 0)), "n/a"},
		{"CPU, no requests", num(cpuPerThousand(7.1, 0, 10)), "n/a"},
		{"CPU, throughput NaN", num(cpuPerThousand(7.1, nan, 10)), "n/a"},
		{"server", newServerCell(Figures{Throughput: 1000, Server: Server{RSSBytes: ptr(1 << 30), CPUSeconds: ptr(7.1),
			DBQueriesPerRequest: ptr(97), CacheHitRatio: ptr(0.996)}}, 10).String(), "97.0 · 99.6% · 0.710 · 1,024"},
		{"server none", newServerCell(Figures{Throughput: 1000}, 10).String(), "— · — · — · —"},
		{"server zero", newServerCell(Figures{Throughput: 1000, Server: Server{CPUSeconds: ptr(0),
			DBQueriesPerRequest: ptr(0), CacheHitRatio: ptr(0)}}, 10).String(), "0 · 0% · 0 · —"},
		{"server CPU without requests", newServerCell(Figures{Server: Server{CPUSeconds: ptr(3)}}, 10).String(), "— · — · n/a · —"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
