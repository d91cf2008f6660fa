package httpserver

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"

	"shop/platform/fault"
)

func TestWriteError(t *testing.T) {
	t.Parallel()
	const secret = "dial tcp 10.0.0.7:5432: password authentication failed for user shop"
	tests := []struct {
		name       string
		err        error
		wantStatus int
		want       ErrorDetail
		wantLogged bool
	}{
		{"invalid argument", fault.InvalidArg("limit", "must be at most 100"), http.StatusBadRequest,
			ErrorDetail{"invalid_argument", "limit: must be at most 100"}, false},
		{"not found through wrapping", fmt.Errorf("get product 7: %w", fault.New(fault.NotFound, "product not found")),
			http.StatusNotFound, ErrorDetail{"not_found", "product not found"}, false},
		{"unauthorized", fault.New(fault.Unauthorized, "log in first"), http.StatusUnauthorized,
			ErrorDetail{"unauthorized", "log in first"}, false},
		{"conflict", fault.New(fault.Conflict, "out of stock"), http.StatusConflict,
			ErrorDetail{"conflict", "out of stock"}, false},
		{"rate limited", fault.New(fault.RateLimited, "slow down"), http.StatusTooManyRequests,
			ErrorDetail{"rate_limited", "slow down"}, false},
		{"unavailable", fault.New(fault.Unavailable, "search is down"), http.StatusServiceUnavailable,
			ErrorDetail{"unavailable", "search is down"}, true},
		{"plain error hides its text", errors.New(secret), http.StatusInternalServerError,
			ErrorDetail{"internal", "internal error"}, true},
		{"internal fault hides its text", fault.New(fault.Internal, secret), http.StatusInternalServerError,
			ErrorDetail{"internal", "internal error"}, true},
		{"request timeout", fmt.Errorf("query: %w", context.DeadlineExceeded), http.StatusServiceUnavailable,
			ErrorDetail{"unavailable", "request timed out"}, true},
		{"nil error", nil, http.StatusInternalServerError, ErrorDetail{"internal", "internal error"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{})
			b.engine.GET("/x", func(c *gin.Context) { WriteError(c, tt.err) })

			rec := b.do(http.MethodGet, "/x", nil, nil)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if diff := cmp.Diff(ErrorBody{Error: tt.want}, errorBodyOf(t, rec)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			if strings.Contains(rec.Body.String(), "password") {
				t.Errorf("body leaks internal text: %s", rec.Body)
			}
			failed := byMessage(b.logs.entries(t), "request failed")
			if got := len(failed) == 1; got != tt.wantLogged {
				t.Fatalf("logged %d failures, want logged=%v", len(failed), tt.wantLogged)
			}
			if tt.wantLogged && failed[0]["request_id"] != rec.Header().Get(RequestIDHeader) {
				t.Errorf("failure log request_id = %v, want %q", failed[0]["request_id"], rec.Header().Get(RequestIDHeader))
			}
		})
	}
}

func TestWriteErrorLogsRealError(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.GET("/x", func(c *gin.Context) { WriteError(c, errors.New("db: connection refused")) })

	b.do(http.MethodGet, "/x", nil, nil)

	failed := byMessage(b.logs.entries(t), "request failed")
	if len(failed) != 1 {
		t.Fatalf("got %d failure lines, want 1", len(failed))
	}
	want := map[string]any{"level": "ERROR", "error": "db: connection refused", "status": float64(500), "route": "/x"}
	got := map[string]any{"level": failed[0]["level"], "error": failed[0]["error"], "status": failed[0]["status"], "route": failed[0]["route"]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("failure log (-want +got):\n%s", diff)
	}
}

func TestUnknownRouteAndMethod(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		method     string
		path       string
		wantStatus int
		wantAllow  string
		want       ErrorDetail
	}{
		{"no route", http.MethodGet, "/nope", http.StatusNotFound, "",
			ErrorDetail{"not_found", "no route matches GET /nope"}},
		{"wrong method", http.MethodDelete, "/products", http.StatusMethodNotAllowed, "GET",
			ErrorDetail{"method_not_allowed", "method DELETE is not allowed here; allowed: GET"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{})
			b.engine.GET("/products", func(c *gin.Context) { c.Status(http.StatusOK) })

			rec := b.do(tt.method, tt.path, nil, nil)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if got := rec.Header().Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow = %q, want %q", got, tt.wantAllow)
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, "application/json") {
				t.Errorf("Content-Type = %q, want JSON", got)
			}
			if diff := cmp.Diff(ErrorBody{Error: tt.want}, errorBodyOf(t, rec)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}
