package catalogapi

import (
	"github.com/gin-gonic/gin"

	"shop/modules/catalog"
	"shop/platform/httpserver"
)

// Config is what the catalog's routes need.
type Config struct {
	Service *catalog.Service
	// Readers maps each strategy to its Reader; Optimized is required.
	Readers map[catalog.Strategy]catalog.Reader
	// BenchModes lets a request choose its Reader with X-Shop-Strategy.
	BenchModes bool
	AdminToken string
}

// Routes registers the storefront routes under /v1 and the admin routes
// under /admin/v1.
func Routes(r gin.IRouter, cfg Config) {
	sf := &storefront{svc: cfg.Service, readers: cfg.Readers, benchModes: cfg.BenchModes}
	v1 := r.Group("/v1")
	v1.GET("/categories", sf.categories)
	v1.GET("/brands", sf.brands)
	v1.GET("/products", sf.listProducts)
	v1.GET("/products/:slug", sf.productPage)

	ad := &admin{svc: cfg.Service}
	a := r.Group("/admin/v1", httpserver.RequireBearer(cfg.AdminToken))
	a.POST("/products", ad.createProduct)
	a.PATCH("/products/:id", ad.updateProduct)
	a.PUT("/variants/:sku/price", ad.setPrice)
	a.POST("/variants/:sku/stock-adjustments", ad.adjustStock)
}
