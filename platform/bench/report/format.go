package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// notAvailable is what every renderer prints for a figure that could not be
// computed (NaN or infinite).
const notAvailable = "n/a"

// finite reports whether v is a real number (neither NaN nor ±Inf).
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// num formats v with at least three significant figures, never rounding
// away integer digits, with thousands separators: 0.0412, 2.10, 45.6,
// 12,346. Non-finite values print as "n/a".
func num(v float64) string {
	if !finite(v) {
		return notAvailable
	}
	if v == 0 {
		return "0"
	}
	// Round to three significant figures first so that 9.996 becomes 10.0
	// and not 10.00.
	exp, _ := strconv.Atoi(strings.SplitN(strconv.FormatFloat(v, 'e', 2, 64), "e", 2)[1])
	decimals := max(0, 2-exp)
	return group(strconv.FormatFloat(v, 'f', decimals, 64))
}

// group inserts thousands separators into the integer part of a formatted
// decimal number.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// compact formats an axis tick or a bar label with up to three
// significant figures: 950, 2.5k, 12.3k, 1.2M.
func compact(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return trimNum(v/1e6) + "M"
	case a >= 1e3:
		return trimNum(v/1e3) + "k"
	default:
		return trimNum(v)
	}
}

// pct formats a fraction as a percentage with three significant figures:
// 0.412 → "41.2%".
func pct(v float64) string {
	if !finite(v) {
		return notAvailable
	}
	return num(v*100) + "%"
}

// sharePct formats an optional share of the /healthz limit.
func sharePct(v *float64) string {
	if v == nil {
		return "—"
	}
	return pct(*v)
}

// times formats a ratio value: "×1.40", or "n/a".
func times(v float64) string {
	if !finite(v) {
		return notAvailable
	}
	return "×" + num(v)
}

// ciRange formats a confidence interval: "[1.30–1.50]", or "[CI n/a]".
func ciRange(e Estimate) string {
	if !finite(e.CILow) || !finite(e.CIHigh) {
		return "[CI n/a]"
	}
	return "[" + num(e.CILow) + "–" + num(e.CIHigh) + "]"
}

// estimate formats a ratio with its interval: "×1.40 [1.30–1.50]". A ratio
// that could not be computed prints as "n/a" alone.
func estimate(e Estimate) string {
	if !finite(e.Value) {
		return notAvailable
	}
	return times(e.Value) + " " + ciRange(e)
}

// confidenceLabel names the interval: "95% CI".
func confidenceLabel(c float64) string {
	if !finite(c) || c <= 0 || c >= 1 {
		return "CI"
	}
	return strconv.FormatFloat(c*100, 'f', -1, 64) + "% CI"
}

// latencyInjected reports whether the run added latency to the backends.
func latencyInjected(s string) bool {
	s = strings.TrimSpace(s)
	d, err := time.ParseDuration(s)
	return s != "" && (err != nil || d != 0)
}

// backendLatency says in words what latency the run injected between the
// server and its backends.
func backendLatency(s string) string {
	s = strings.TrimSpace(s)
	d, err := time.ParseDuration(s)
	switch {
	case !latencyInjected(s):
		return "none (loopback)"
	case err != nil:
		return "injected: " + s + " per round trip"
	default:
		return "injected: " + d.String() + " per round trip to Postgres, Redis and Elasticsearch"
	}
}

// errorSummary lists a figure's failures: "0.120% (500: 3, transport: 1)".
// It returns "" when there were none.
func errorSummary(f Figures) string {
	var causes []string
	for cause, n := range f.Errors {
		if n != 0 {
			causes = append(causes, cause+": "+group(strconv.FormatInt(n, 10)))
		}
	}
	if len(causes) == 0 && (f.ErrorRate == 0 || !finite(f.ErrorRate)) {
		return ""
	}
	sort.Strings(causes)
	s := pct(f.ErrorRate)
	if len(causes) > 0 {
		s += " (" + strings.Join(causes, ", ") + ")"
	}
	return s
}

// runSpan formats when the run happened: "2026-03-01 10:00 UTC, 21m30s".
func runSpan(start, end time.Time) string {
	if start.IsZero() {
		return "—"
	}
	s := start.UTC().Format("2006-01-02 15:04 MST")
	if end.After(start) {
		s += fmt.Sprintf(", %s", end.Sub(start).Round(time.Second))
	}
	return s
}

// logTick labels a log-scale tick: 0.2, 1, 50, 2k.
func logTick(v float64) string {
	if v >= 1000 {
		return compact(v)
	}
	return trimNum(v)
}

// trimNum formats v with up to three significant figures and no trailing
// zeros.
func trimNum(v float64) string {
	if v == 0 {
		return "0"
	}
	d := max(0, 2-int(math.Floor(math.Log10(math.Abs(v)))))
	s := fmt.Sprintf("%.*f", d, v)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
