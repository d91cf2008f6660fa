package cache

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestThrottledLog(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		interval  time.Duration
		wantLines int
	}{
		{"one line per interval", time.Hour, 1},
		{"no interval, every error", 0, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			l := newThrottledLog(slog.New(slog.NewTextHandler(&buf, nil)), tt.interval)
			for range 100 {
				l.error(context.Background(), "cache: L2 failed", errors.New("connection refused"))
			}
			if diff := cmp.Diff(tt.wantLines, strings.Count(buf.String(), "\n")); diff != "" {
				t.Errorf("lines logged (-want +got):\n%s", diff)
			}
		})
	}
}
