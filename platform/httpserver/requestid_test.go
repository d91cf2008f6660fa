package httpserver

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
)

func TestRequestID(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		incoming string
		wantKept bool
	}{
		{"none given", "", false},
		{"well formed kept", "abc-123_X.y", true},
		{"64 chars kept", strings.Repeat("a", 64), true},
		{"65 chars replaced", strings.Repeat("a", 65), false},
		{"space replaced", "abc 123", false},
		{"log injection replaced", "abc\ninjected=1", false},
		{"non-ASCII replaced", "idé", false},
		{"slash replaced", "a/b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{})
			var fromRequest, fromGin string
			b.engine.GET("/x", func(c *gin.Context) {
				fromRequest = RequestID(c.Request.Context())
				fromGin = RequestID(c)
			})
			header := http.Header{}
			if tt.incoming != "" {
				header.Set(RequestIDHeader, tt.incoming)
			}

			rec := b.do(http.MethodGet, "/x", nil, header)

			got := rec.Header().Get(RequestIDHeader)
			if !validRequestID(got) {
				t.Fatalf("response id %q is not a valid id", got)
			}
			if kept := got == tt.incoming; kept != tt.wantKept {
				t.Errorf("response id %q, incoming %q: kept = %v, want %v", got, tt.incoming, kept, tt.wantKept)
			}
			if diff := cmp.Diff([]string{got, got}, []string{fromRequest, fromGin}); diff != "" {
				t.Errorf("RequestID in handler (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRequestIDsAreUnique(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	b.engine.GET("/x", func(*gin.Context) {})
	seen := map[string]bool{}
	for range 100 {
		id := b.do(http.MethodGet, "/x", nil, nil).Header().Get(RequestIDHeader)
		if seen[id] {
			t.Fatalf("id %q generated twice", id)
		}
		seen[id] = true
	}
}

func TestRequestIDOutsideRequest(t *testing.T) {
	t.Parallel()
	if got := RequestID(context.Background()); got != "" {
		t.Errorf("RequestID(background) = %q, want empty", got)
	}
}
