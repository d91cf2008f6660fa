package catalogapi

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"shop/modules/catalog"
	"shop/platform/fault"
	"shop/platform/httpserver"
)

// StrategyHeader names the Reader a request asks for (bench modes only) and,
// on the response, the one that served it.
const StrategyHeader = "X-Shop-Strategy"

// storefront serves the public reads.
type storefront struct {
	svc        *catalog.Service
	readers    map[catalog.Strategy]catalog.Reader
	benchModes bool
}

// reader picks the Reader for a request: the optimized one, unless bench
// modes are on and the request names another.
func (h *storefront) reader(c *gin.Context) (catalog.Reader, error) {
	strategy := catalog.Optimized
	if want := c.GetHeader(StrategyHeader); h.benchModes && want != "" {
		strategy = catalog.Strategy(want)
	}
	r, ok := h.readers[strategy]
	if !ok {
		return nil, fault.InvalidArg(StrategyHeader, "must be baseline, optimized or optimized-nocache")
	}
	c.Header(StrategyHeader, string(strategy))
	return r, nil
}

func setCacheHeader(c *gin.Context, status catalog.CacheStatus) {
	if status != catalog.NotCached {
		c.Header("X-Cache", string(status))
	}
}

func (h *storefront) productPage(c *gin.Context) {
	r, err := h.reader(c)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	page, status, err := r.ProductPage(c.Request.Context(), c.Param("slug"))
	setCacheHeader(c, status)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	c.JSON(http.StatusOK, toPageJSON(page))
}

func (h *storefront) listProducts(c *gin.Context) {
	r, err := h.reader(c)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	q, err := parseListQuery(c)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	list, status, err := r.ListProducts(c.Request.Context(), q)
	setCacheHeader(c, status)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	resp := listJSON{Items: toSummariesJSON(list.Items)}
	if list.NextAfterID != 0 {
		next := encodeCursor(q, list.NextAfterID)
		resp.NextCursor = &next
	}
	c.JSON(http.StatusOK, resp)
}

func parseListQuery(c *gin.Context) (catalog.ListQuery, error) {
	q := catalog.ListQuery{
		CategorySlug: c.Query("category"),
		BrandSlug:    c.Query("brand"),
		Limit:        catalog.DefaultListLimit,
	}
	if s, ok := c.GetQuery("limit"); ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > catalog.MaxListLimit {
			return q, fault.InvalidArg("limit", "must be a whole number from 1 to 100")
		}
		q.Limit = n
	}
	if cursor := c.Query("cursor"); cursor != "" {
		after, err := decodeCursor(cursor, q)
		if err != nil {
			return q, err
		}
		q.AfterID = after
	}
	return q, nil
}

func (h *storefront) categories(c *gin.Context) {
	cats, err := h.svc.Categories(c.Request.Context())
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	out := make([]categoryJSON, len(cats))
	for i, cat := range cats {
		out[i] = toCategoryJSON(cat)
	}
	c.JSON(http.StatusOK, gin.H{"items": out})
}

func (h *storefront) brands(c *gin.Context) {
	brands, err := h.svc.Brands(c.Request.Context())
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	out := make([]brandJSON, len(brands))
	for i, b := range brands {
		out[i] = toBrandJSON(b)
	}
	c.JSON(http.StatusOK, gin.H{"items": out})
}
