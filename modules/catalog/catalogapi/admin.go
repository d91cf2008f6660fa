package catalogapi

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"shop/modules/catalog"
	"shop/platform/fault"
	"shop/platform/httpserver"
)

// admin serves the catalog's admin writes.
type admin struct {
	svc *catalog.Service
}

type newVariantJSON struct {
	SKU             string            `json:"sku"`
	Attributes      map[string]string `json:"attributes"`
	Price           moneyJSON         `json:"price"`
	CompareAtAmount *int64            `json:"compare_at_amount"`
	Stock           int               `json:"stock"`
}

type newProductJSON struct {
	Slug        string           `json:"slug"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	Status      string           `json:"status"`
	Brand       string           `json:"brand"`
	Category    string           `json:"category"`
	Images      []imageJSON      `json:"images"`
	Variants    []newVariantJSON `json:"variants"`
}

func (j newProductJSON) toNewProduct() catalog.NewProduct {
	np := catalog.NewProduct{
		Slug:         j.Slug,
		Name:         j.Name,
		Description:  j.Description,
		Status:       catalog.Status(j.Status),
		BrandSlug:    j.Brand,
		CategorySlug: j.Category,
	}
	for _, im := range j.Images {
		np.Images = append(np.Images, catalog.Image{URL: im.URL, Alt: im.Alt})
	}
	for _, v := range j.Variants {
		price := catalog.Money{Amount: v.Price.Amount, Currency: v.Price.Currency}
		np.Variants = append(np.Variants, catalog.NewVariant{
			SKU:        v.SKU,
			Attributes: v.Attributes,
			Price:      price,
			CompareAt:  compareAt(v.CompareAtAmount, price.Currency),
			OnHand:     v.Stock,
		})
	}
	return np
}

func compareAt(amount *int64, currency string) *catalog.Money {
	if amount == nil {
		return nil
	}
	return &catalog.Money{Amount: *amount, Currency: currency}
}

// createProduct: POST /admin/v1/products. A retry after success answers 409
// (the slug exists) and changes nothing.
func (h *admin) createProduct(c *gin.Context) {
	var body newProductJSON
	if err := httpserver.BindJSON(c, &body); err != nil {
		httpserver.WriteError(c, err)
		return
	}
	p, err := h.svc.CreateProduct(c.Request.Context(), body.toNewProduct())
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	c.JSON(http.StatusCreated, toProductJSON(p))
}

type productPatchJSON struct {
	Name        *string `json:"name"`
	Description *string `json:"description"`
	Status      *string `json:"status"`
	Category    *string `json:"category"`
	Brand       *string `json:"brand"`
}

// updateProduct: PATCH /admin/v1/products/{id}. Idempotent.
func (h *admin) updateProduct(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		httpserver.WriteError(c, fault.InvalidArg("id", "must be a positive product id"))
		return
	}
	var body productPatchJSON
	if err := httpserver.BindJSON(c, &body); err != nil {
		httpserver.WriteError(c, err)
		return
	}
	patch := catalog.ProductPatch{Name: body.Name, Description: body.Description, CategorySlug: body.Category, BrandSlug: body.Brand}
	if body.Status != nil {
		s := catalog.Status(*body.Status)
		patch.Status = &s
	}
	p, err := h.svc.UpdateProduct(c.Request.Context(), id, patch)
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	c.JSON(http.StatusOK, toProductJSON(p))
}

type priceJSON struct {
	Amount          *int64 `json:"amount"`
	Currency        string `json:"currency"`
	CompareAtAmount *int64 `json:"compare_at_amount"`
}

// setPrice: PUT /admin/v1/variants/{sku}/price. Idempotent.
func (h *admin) setPrice(c *gin.Context) {
	var body priceJSON
	if err := httpserver.BindJSON(c, &body); err != nil {
		httpserver.WriteError(c, err)
		return
	}
	if body.Amount == nil {
		httpserver.WriteError(c, fault.InvalidArg("amount", "is required (minor units, e.g. 1999 for 19.99)"))
		return
	}
	price := catalog.Money{Amount: *body.Amount, Currency: body.Currency}
	sku := c.Param("sku")
	if err := h.svc.SetPrice(c.Request.Context(), sku, price, compareAt(body.CompareAtAmount, price.Currency)); err != nil {
		httpserver.WriteError(c, err)
		return
	}
	c.JSON(http.StatusOK, variantPriceJSON{SKU: sku, Price: toMoneyJSON(price), CompareAt: toMoneyPtrJSON(compareAt(body.CompareAtAmount, price.Currency))})
}

type stockAdjustmentJSON struct {
	Delta  int    `json:"delta"`
	Reason string `json:"reason"`
}

type stockLevelJSON struct {
	SKU       string `json:"sku"`
	OnHand    int    `json:"on_hand"`
	Reserved  int    `json:"reserved"`
	Available int    `json:"available"`
}

// adjustStock: POST /admin/v1/variants/{sku}/stock-adjustments. Not
// idempotent by itself: send an Idempotency-Key header to make a retry safe.
func (h *admin) adjustStock(c *gin.Context) {
	var body stockAdjustmentJSON
	if err := httpserver.BindJSON(c, &body); err != nil {
		httpserver.WriteError(c, err)
		return
	}
	level, err := h.svc.AdjustStock(c.Request.Context(), catalog.StockAdjustment{
		SKU:            c.Param("sku"),
		Delta:          body.Delta,
		Reason:         body.Reason,
		IdempotencyKey: c.GetHeader("Idempotency-Key"),
	})
	if err != nil {
		httpserver.WriteError(c, err)
		return
	}
	c.JSON(http.StatusOK, stockLevelJSON{SKU: level.SKU, OnHand: level.OnHand, Reserved: level.Reserved, Available: level.Available})
}
