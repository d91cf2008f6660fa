package netdelay

import (
	"errors"
	"log/slog"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestZerologForwardsToSlog(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		level slog.Level // of the slog handler
		want  []record
	}{
		{
			name:  "errors only at info",
			level: slog.LevelInfo,
			want: []record{
				{Level: slog.LevelError, Msg: "Unable to open connection to upstream", Attrs: map[string]any{
					"error": "refused", "name": "redis", "port": float64(6379),
				}},
			},
		},
		{
			name:  "everything at debug",
			level: slog.LevelDebug,
			want: []record{
				{Level: slog.LevelDebug, Msg: "Accepted client", Attrs: map[string]any{"name": "redis"}},
				{Level: slog.LevelDebug, Msg: "Source terminated", Attrs: map[string]any{"name": "redis"}},
				{Level: slog.LevelError, Msg: "Unable to open connection to upstream", Attrs: map[string]any{
					"error": "refused", "name": "redis", "port": float64(6379),
				}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			logs := &capture{level: tt.level}
			zl := newZerolog(t.Context(), slog.New(logs)).With().Str("name", "redis").Logger()
			zl.Info().Msg("Accepted client")
			zl.Warn().Msg("Source terminated")
			zl.Err(errors.New("refused")).Int("port", 6379).Msg("Unable to open connection to upstream")
			if diff := cmp.Diff(tt.want, logs.records()); diff != "" {
				t.Errorf("slog records (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeEventKeepsNonJSONAsMessage(t *testing.T) {
	t.Parallel()
	msg, attrs := decodeEvent([]byte("not json"))
	if msg != "not json" || attrs != nil {
		t.Errorf("decodeEvent(not json) = %q, %v", msg, attrs)
	}
}
