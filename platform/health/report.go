package health

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"sync"
	"time"
)

// probeTimeout bounds each probe, so that a hung dependency makes /readyz
// answer slowly rather than not at all.
const probeTimeout = 2 * time.Second

// maxErrorLen bounds the error text shown for a failed check.
const maxErrorLen = 120

// Overall and per-check statuses of the /readyz body.
const (
	statusOK          = "ok"
	statusDegraded    = "degraded"
	statusUnavailable = "unavailable"
	statusUp          = "up"
	statusDown        = "down"
)

// report is the /readyz body.
type report struct {
	Status string                 `json:"status"`
	Checks map[string]checkResult `json:"checks"`
}

// checkResult is the outcome of one check.
type checkResult struct {
	Status     string  `json:"status"`
	DurationMS float64 `json:"duration_ms"`
	Error      string  `json:"error,omitempty"`
}

func (r report) httpStatus() int {
	if r.Status == statusUnavailable {
		return http.StatusServiceUnavailable
	}
	return http.StatusOK
}

// runChecks runs every check concurrently and sums them up.
func runChecks(ctx context.Context, checks []Check) report {
	results := make([]checkResult, len(checks))
	var wg sync.WaitGroup
	for i, chk := range checks {
		wg.Go(func() { results[i] = probe(ctx, chk) })
	}
	wg.Wait()

	rep := report{Status: statusOK, Checks: make(map[string]checkResult, len(checks))}
	for i, chk := range checks {
		rep.Checks[chk.Name] = results[i]
		if results[i].Status == statusUp {
			continue
		}
		if chk.Critical {
			rep.Status = statusUnavailable
		} else if rep.Status == statusOK {
			rep.Status = statusDegraded
		}
	}
	return rep
}

// probe runs one check within probeTimeout. A panicking probe counts as
// down rather than taking the process with it.
func probe(ctx context.Context, chk Check) (res checkResult) {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	start := time.Now()
	defer func() {
		res.DurationMS = math.Round(float64(time.Since(start).Microseconds())/100) / 10
		if p := recover(); p != nil {
			res.Status, res.Error = statusDown, "probe panicked"
		}
	}()
	if err := chk.Probe(ctx); err != nil {
		return checkResult{Status: statusDown, Error: describe(ctx, err)}
	}
	return checkResult{Status: statusUp}
}

// describe is a short text for a failed probe's error, with no credentials.
func describe(ctx context.Context, err error) string {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Sprintf("unreachable: no answer within %s", probeTimeout)
	}
	return "unreachable: " + truncate(redact(err.Error()), maxErrorLen)
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

var (
	// urlUserinfo matches the user[:password]@ part of a URL.
	urlUserinfo = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://)[^/@\s]*@`)
	// secretParam matches password=… and similar in DSNs and queries.
	secretParam = regexp.MustCompile(`(?i)((?:password|passwd|pwd|secret|token)=)[^\s&;]*`)
)

// redact removes URL credentials and secret parameters from s.
func redact(s string) string {
	s = urlUserinfo.ReplaceAllString(s, "${1}xxxxx@")
	return secretParam.ReplaceAllString(s, "${1}xxxxx")
}
