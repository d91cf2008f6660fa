package httpserver

import (
	"context"
	"crypto/rand"
	"log/slog"

	"github.com/gin-gonic/gin"
)

// RequestIDHeader carries the request id in both directions.
const RequestIDHeader = "X-Request-ID"

const maxRequestIDLen = 64

type requestIDKey struct{}

type loggerKey struct{}

// RequestID returns the id of the request that ctx belongs to, or "" when ctx
// is not a request's context.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// requestID gives each request an id, the caller's X-Request-ID when it is
// well formed or a random one, echoes it in the response and puts it in the
// request's context. It also hands the logger to the rest of the chain.
func requestID(logger *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader(RequestIDHeader)
		if !validRequestID(id) {
			id = rand.Text()
		}
		c.Header(RequestIDHeader, id)
		c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), requestIDKey{}, id))
		c.Set(loggerKey{}, logger)
		c.Next()
	}
}

// validRequestID reports whether id is 1–64 characters of [A-Za-z0-9._-],
// so that a caller cannot inject text into logs or headers.
func validRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := range len(id) {
		switch b := id[i]; {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9',
			b == '.', b == '_', b == '-':
		default:
			return false
		}
	}
	return true
}

// loggerFrom returns the logger that requestID handed to c, or slog's
// default logger on an engine not built by NewEngine, so that no error is
// dropped.
func loggerFrom(c *gin.Context) *slog.Logger {
	if v, ok := c.Get(loggerKey{}); ok {
		if l, ok := v.(*slog.Logger); ok {
			return l
		}
	}
	return slog.Default()
}
