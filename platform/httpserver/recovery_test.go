package httpserver

import (
	"net/http"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
)

func TestRecovery(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.GET("/boom", func(*gin.Context) { panic("secret internal state") })

	rec := b.do(http.MethodGet, "/boom", nil, nil)

	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status = %d, want 500", rec.Code)
	}
	want := ErrorBody{Error: ErrorDetail{Code: "internal", Message: "internal error"}}
	if diff := cmp.Diff(want, errorBodyOf(t, rec)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}

	entries := b.logs.entries(t)
	var errorLines []map[string]any
	for _, e := range entries {
		if e["level"] == "ERROR" {
			errorLines = append(errorLines, e)
		}
	}
	if len(errorLines) != 1 {
		t.Fatalf("got %d error lines, want 1: %v", len(errorLines), entries)
	}
	got := errorLines[0]
	if got["request_id"] != rec.Header().Get(RequestIDHeader) {
		t.Errorf("request_id = %v, want %q", got["request_id"], rec.Header().Get(RequestIDHeader))
	}
	if got["error"] != "panic: secret internal state" {
		t.Errorf("error = %v", got["error"])
	}
	if stack, _ := got["stack"].(string); !strings.Contains(stack, "recovery_test.go") {
		t.Errorf("stack does not show the panicking handler:\n%s", stack)
	}

	access := byMessage(entries, "http request")
	if len(access) != 1 || access[0]["status"] != float64(500) {
		t.Errorf("access log = %v, want one line with status 500", access)
	}
}

func TestRecoveryPassesAbortHandler(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.GET("/abort", func(*gin.Context) { panic(http.ErrAbortHandler) })

	defer func() {
		if p := recover(); p != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", p)
		}
	}()
	b.do(http.MethodGet, "/abort", nil, nil)
	t.Error("ServeHTTP returned; want the abort panic passed on")
}
