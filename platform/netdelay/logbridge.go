package netdelay

import (
	"cmp"
	"context"
	"encoding/json"
	"log/slog"
	"slices"

	"github.com/rs/zerolog"
)

// newZerolog returns a zerolog logger that forwards toxiproxy's log events to
// logger: errors always, at slog.LevelError; the rest at slog.LevelDebug, and
// only when logger has that level enabled, so that they cost nothing
// otherwise.
func newZerolog(ctx context.Context, logger *slog.Logger) zerolog.Logger {
	level := zerolog.ErrorLevel
	if logger.Enabled(ctx, slog.LevelDebug) {
		level = zerolog.DebugLevel
	}
	return zerolog.New(slogWriter{ctx: context.WithoutCancel(ctx), logger: logger}).Level(level)
}

// slogWriter turns zerolog's JSON events back into slog records.
type slogWriter struct {
	// ctx is the context Start was called with, without its cancellation:
	// toxiproxy logs from goroutines that have no context of their own, and
	// this one carries the values a slog handler may read.
	ctx    context.Context
	logger *slog.Logger
}

// Write forwards an event that has no level.
func (w slogWriter) Write(p []byte) (int, error) {
	return w.WriteLevel(zerolog.NoLevel, p)
}

// WriteLevel forwards one JSON event of zerolog level l.
func (w slogWriter) WriteLevel(l zerolog.Level, p []byte) (int, error) {
	level := slog.LevelDebug
	if l >= zerolog.ErrorLevel && l <= zerolog.PanicLevel {
		level = slog.LevelError
	}
	msg, attrs := decodeEvent(p)
	w.logger.LogAttrs(w.ctx, level, msg, attrs...)
	return len(p), nil
}

// decodeEvent splits a zerolog JSON event into its message and its other
// fields, sorted by key. An event that is not a JSON object becomes the
// message as it is.
func decodeEvent(p []byte) (string, []slog.Attr) {
	var fields map[string]any
	if err := json.Unmarshal(p, &fields); err != nil {
		return string(p), nil
	}
	msg, _ := fields[zerolog.MessageFieldName].(string)
	delete(fields, zerolog.MessageFieldName)
	delete(fields, zerolog.LevelFieldName)
	attrs := make([]slog.Attr, 0, len(fields))
	for k, v := range fields {
		attrs = append(attrs, slog.Any(k, v))
	}
	slices.SortFunc(attrs, func(a, b slog.Attr) int { return cmp.Compare(a.Key, b.Key) })
	return msg, attrs
}
