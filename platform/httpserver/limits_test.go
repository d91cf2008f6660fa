package httpserver

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
)

func TestTimeoutSetsDeadline(t *testing.T) {
	t.Parallel()
	const timeout = 3 * time.Second
	b := setup(t, Config{RequestTimeout: timeout})
	var (
		deadline time.Time
		ok       bool
	)
	b.engine.GET("/x", func(c *gin.Context) { deadline, ok = c.Request.Context().Deadline() })

	before := time.Now()
	b.do(http.MethodGet, "/x", nil, nil)
	after := time.Now()

	if !ok {
		t.Fatal("request context has no deadline")
	}
	if deadline.Before(before.Add(timeout)) || deadline.After(after.Add(timeout)) {
		t.Errorf("deadline %v, want %v after the request, between %v and %v",
			deadline, timeout, before.Add(timeout), after.Add(timeout))
	}
}

func TestTimeoutAnswersUnavailable(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{RequestTimeout: 20 * time.Millisecond})
	b.engine.GET("/slow", func(c *gin.Context) {
		ctx := c.Request.Context()
		<-ctx.Done() // a store call honouring ctx
		WriteError(c, ctx.Err())
	})

	rec := b.do(http.MethodGet, "/slow", nil, nil)

	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status = %d, want 503", rec.Code)
	}
	want := ErrorBody{Error: ErrorDetail{Code: "unavailable", Message: "request timed out"}}
	if diff := cmp.Diff(want, errorBodyOf(t, rec)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		body       string
		wantStatus int
	}{
		{"under the limit", `{"name":"ab"}`, http.StatusNoContent},
		{"over the limit", `{"name":"` + strings.Repeat("x", 64) + `"}`, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{MaxBodyBytes: 32})
			b.engine.POST("/x", func(c *gin.Context) {
				var v struct{ Name string }
				if err := BindJSON(c, &v); err != nil {
					WriteError(c, err)
					return
				}
				c.Status(http.StatusNoContent)
			})

			rec := b.do(http.MethodPost, "/x", strings.NewReader(tt.body), nil)

			if rec.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d: %s", rec.Code, tt.wantStatus, rec.Body)
			}
			if tt.wantStatus != http.StatusBadRequest {
				return
			}
			want := ErrorBody{Error: ErrorDetail{Code: "invalid_argument", Message: "request body exceeds 32 bytes"}}
			if diff := cmp.Diff(want, errorBodyOf(t, rec)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBodyLimitDefault(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.POST("/x", func(c *gin.Context) {
		var v struct{ Name string }
		WriteError(c, BindJSON(c, &v))
	})

	body := `{"name":"` + strings.Repeat("x", DefaultMaxBodyBytes) + `"}`
	rec := b.do(http.MethodPost, "/x", strings.NewReader(body), nil)

	want := ErrorBody{Error: ErrorDetail{Code: "invalid_argument", Message: "request body exceeds 1048576 bytes"}}
	if diff := cmp.Diff(want, errorBodyOf(t, rec)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}
