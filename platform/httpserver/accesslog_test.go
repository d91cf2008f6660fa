package httpserver

import (
	"errors"
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestAccessLog(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		handler   gin.HandlerFunc
		wantLevel string
		wantCount int // error lines in all
	}{
		{"ok", func(c *gin.Context) { c.String(http.StatusOK, "hello") }, "INFO", 0},
		{"client error", func(c *gin.Context) { c.Status(http.StatusNotFound) }, "INFO", 0},
		{"5xx nobody logged", func(c *gin.Context) { c.Status(http.StatusBadGateway) }, "ERROR", 1},
		{"5xx logged by WriteError", func(c *gin.Context) { WriteError(c, errors.New("boom")) }, "INFO", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{})
			b.engine.GET("/items/:id", tt.handler)

			rec := b.do(http.MethodGet, "/items/42?q=secret", nil, http.Header{"X-Request-Id": {"req-1"}})

			entries := b.logs.entries(t)
			access := byMessage(entries, "http request")
			if len(access) != 1 {
				t.Fatalf("got %d access lines, want 1", len(access))
			}
			want := map[string]any{
				"level":      tt.wantLevel,
				"msg":        "http request",
				"method":     "GET",
				"route":      "/items/:id",
				"path":       "/items/42",
				"status":     float64(rec.Code),
				"bytes":      float64(rec.Body.Len()),
				"request_id": "req-1",
				"client_ip":  "192.0.2.1",
			}
			ignore := cmpopts.IgnoreMapEntries(func(k string, _ any) bool { return k == "time" || k == "duration" })
			if diff := cmp.Diff(want, access[0], ignore); diff != "" {
				t.Errorf("access line (-want +got):\n%s", diff)
			}
			if _, ok := access[0]["duration"]; !ok {
				t.Error("access line has no duration")
			}
			errorsLogged := 0
			for _, e := range entries {
				if e["level"] == "ERROR" {
					errorsLogged++
				}
			}
			if errorsLogged != tt.wantCount {
				t.Errorf("got %d error lines, want %d", errorsLogged, tt.wantCount)
			}
		})
	}
}
