package fault

import (
	"errors"
	"fmt"
	"net/http"
	"testing"
)

func TestPublic(t *testing.T) {
	t.Parallel()
	notFound := New(NotFound, "product not found")
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantCode   string
		wantMsg    string
	}{
		{"sentinel through wrapping", fmt.Errorf("catalog.Page: %w", notFound), http.StatusNotFound, "not_found", "product not found"},
		{"invalid argument", InvalidArg("limit", "must be 1 to 100"), http.StatusBadRequest, "invalid_argument", "limit: must be 1 to 100"},
		{"plain error hides its text", errors.New("pq: password authentication failed"), http.StatusInternalServerError, "internal", "internal error"},
		{"internal kind hides its text", New(Internal, "disk on fire"), http.StatusInternalServerError, "internal", "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			kind, msg := Public(tt.err)
			if kind.Status() != tt.wantStatus || kind.Code() != tt.wantCode || msg != tt.wantMsg {
				t.Errorf("Public(%v) = %d %s %q, want %d %s %q", tt.err, kind.Status(), kind.Code(), msg, tt.wantStatus, tt.wantCode, tt.wantMsg)
			}
		})
	}
	if !errors.Is(fmt.Errorf("x: %w", New(NotFound, "product not found")), notFound) {
		t.Error("a sentinel made again with the same kind and message does not match")
	}
}
