package httpserver

import (
	"github.com/gin-gonic/gin"

	"shop/platform/metrics"
)

// instrument records each request's duration and counts it in flight. It
// does nothing when m is nil.
func instrument(m *metrics.Registry) gin.HandlerFunc {
	if m == nil {
		return func(c *gin.Context) { c.Next() }
	}
	return func(c *gin.Context) {
		done := m.StartHTTPRequest()
		finished := false
		defer func() {
			done(c.FullPath(), c.Request.Method, responseStatus(c, finished))
		}()
		c.Next()
		finished = true
	}
}
