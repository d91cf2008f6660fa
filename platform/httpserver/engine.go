package httpserver

import (
	"log/slog"

	"github.com/gin-gonic/gin"

	"shop/platform/metrics"
)

// NewEngine returns a gin engine in release mode with the shop's middleware
// installed and JSON answers for unknown routes (404) and methods (405).
// m may be nil, and then no HTTP metrics are recorded.
func NewEngine(cfg Config, logger *slog.Logger, m *metrics.Registry) *gin.Engine {
	cfg = cfg.withDefaults()
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	// Let *gin.Context act as the request's context: its Done, Deadline and
	// Value then follow c.Request.Context().
	e.ContextWithFallback = true
	e.HandleMethodNotAllowed = true
	if err := e.SetTrustedProxies(cfg.TrustedProxies); err != nil {
		logger.Error("invalid trusted proxies: trusting none", "error", err)
		_ = e.SetTrustedProxies(nil)
	}

	e.Use(
		requestID(logger),
		recovery(),
		accessLog(),
		instrument(m),
		timeout(cfg.RequestTimeout),
		limitBody(cfg.MaxBodyBytes),
	)
	e.NoRoute(noRoute)
	e.NoMethod(noMethod)
	return e
}
