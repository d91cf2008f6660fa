// Package health serves the liveness and readiness probes.
//
// GET /healthz answers 200 while the process can serve HTTP at all. GET
// /readyz runs every Check at once and answers 503 when a critical one fails
// (the instance should get no traffic), 200 "degraded" when only optional ones
// fail (Redis down: the shop serves from L1 and Postgres) and 200 "ok"
// otherwise.
package health

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Check is one dependency that readiness depends on.
type Check struct {
	// Name is the key of the check in the /readyz body; names are unique.
	Name string
	// Critical checks make the instance unready when they fail; the others
	// only make it degraded.
	Critical bool
	// Probe returns nil when the dependency works. It must return soon after
	// ctx is done.
	Probe func(ctx context.Context) error
}

// PingCheck returns a Check that calls ping, such as (*sql.DB).PingContext or
// func(ctx context.Context) error { return rdb.Ping(ctx).Err() }.
func PingCheck(name string, critical bool, ping func(ctx context.Context) error) Check {
	return Check{Name: name, Critical: critical, Probe: ping}
}

// Routes registers GET /healthz and GET /readyz on r.
func Routes(r gin.IRoutes, checks ...Check) {
	r.GET("/healthz", liveness)
	r.GET("/readyz", func(c *gin.Context) {
		rep := runChecks(c.Request.Context(), checks)
		c.Header("Cache-Control", "no-store")
		c.JSON(rep.httpStatus(), rep)
	})
}

// liveness answers that the process serves HTTP.
func liveness(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}
