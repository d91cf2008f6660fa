package httpserver

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// accessLog logs one line per request when it ends. The line is at Error
// level for a 5xx whose cause nobody logged (a handler that wrote the status
// itself); when WriteError or recovery has logged the cause, the access line
// stays at Info so that each failure gives exactly one error line.
func accessLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		finished := false
		defer func() {
			status := responseStatus(c, finished)
			_, logged := c.Get(errorLoggedKey{})
			level := slog.LevelInfo
			// A panicking handler is logged by recovery, which runs after us.
			if status >= http.StatusInternalServerError && finished && !logged {
				level = slog.LevelError
			}
			ctx := c.Request.Context()
			loggerFrom(c).LogAttrs(ctx, level, "http request",
				slog.String("method", c.Request.Method),
				slog.String("route", c.FullPath()),
				slog.String("path", c.Request.URL.Path),
				slog.Int("status", status),
				slog.Duration("duration", time.Since(start)),
				slog.Int("bytes", max(c.Writer.Size(), 0)),
				slog.String("request_id", RequestID(ctx)),
				slog.String("client_ip", c.ClientIP()),
			)
		}()
		c.Next()
		finished = true
	}
}

// responseStatus is the status of c's response once the chain has run; when
// the chain did not finish, a later handler panicked and recovery answers
// 500.
func responseStatus(c *gin.Context, finished bool) int {
	if !finished {
		return http.StatusInternalServerError
	}
	return c.Writer.Status()
}
