package catalogapi_test

import (
	"testing"

	"shop/modules/catalog"
)

func TestBadInput(t *testing.T) {
	t.Parallel()
	b := setup(t, 30)
	slug := b.slugs(t, 1)[0]
	var first struct {
		NextCursor *string `json:"next_cursor"`
	}
	b.get(t, "/v1/products?limit=2", catalog.Optimized).decode(t, &first)
	if first.NextCursor == nil {
		t.Fatal("no next cursor on a first page of 2")
	}
	cursor := *first.NextCursor
	tampered := cursor[:len(cursor)-2] + "AA"

	var sku string
	if err := b.db.Raw(`SELECT sku FROM variants ORDER BY id LIMIT 1`).Scan(&sku).Error; err != nil {
		t.Fatal(err)
	}
	auth := []string{"Authorization", "Bearer " + adminToken}
	tests := []struct {
		name       string
		method     string
		path       string
		body       any
		headers    []string
		wantStatus int
		wantCode   string
	}{
		{"unknown slug", "GET", "/v1/products/no-such-thing", nil, nil, 404, "not_found"},
		{"limit not a number", "GET", "/v1/products?limit=abc", nil, nil, 400, "invalid_argument"},
		{"limit zero", "GET", "/v1/products?limit=0", nil, nil, 400, "invalid_argument"},
		{"limit too large", "GET", "/v1/products?limit=101", nil, nil, 400, "invalid_argument"},
		{"tampered cursor", "GET", "/v1/products?limit=2&cursor=" + tampered, nil, nil, 400, "invalid_argument"},
		{"garbage cursor", "GET", "/v1/products?cursor=not-a-cursor", nil, nil, 400, "invalid_argument"},
		{"cursor of another listing", "GET", "/v1/products?brand=x&cursor=" + cursor, nil, nil, 400, "invalid_argument"},
		{"unknown category", "GET", "/v1/products?category=nope", nil, nil, 404, "not_found"},
		{"unknown strategy", "GET", "/v1/products/" + slug, nil, []string{"X-Shop-Strategy", "fastest"}, 400, "invalid_argument"},
		{"no admin token", "PATCH", "/admin/v1/products/1", `{"name":"x"}`, nil, 401, "unauthorized"},
		{"wrong admin token", "PATCH", "/admin/v1/products/1", `{"name":"x"}`, []string{"Authorization", "Bearer nope"}, 401, "unauthorized"},
		{"malformed JSON", "PATCH", "/admin/v1/products/1", `{"name":`, auth, 400, "invalid_argument"},
		{"unknown field", "PATCH", "/admin/v1/products/1", `{"title":"x"}`, auth, 400, "invalid_argument"},
		{"empty patch", "PATCH", "/admin/v1/products/1", `{}`, auth, 400, "invalid_argument"},
		{"bad status", "PATCH", "/admin/v1/products/1", `{"status":"gone"}`, auth, 400, "invalid_argument"},
		{"bad product id", "PATCH", "/admin/v1/products/abc", `{"name":"x"}`, auth, 400, "invalid_argument"},
		{"unknown product", "PATCH", "/admin/v1/products/999999", `{"name":"x"}`, auth, 404, "not_found"},
		{"unknown category in patch", "PATCH", "/admin/v1/products/1", `{"category":"nope"}`, auth, 400, "invalid_argument"},
		{"price without amount", "PUT", "/admin/v1/variants/" + sku + "/price", `{"currency":"USD"}`, auth, 400, "invalid_argument"},
		{"negative price", "PUT", "/admin/v1/variants/" + sku + "/price", `{"amount":-1,"currency":"USD"}`, auth, 400, "invalid_argument"},
		{"bad currency", "PUT", "/admin/v1/variants/" + sku + "/price", `{"amount":100,"currency":"usd"}`, auth, 400, "invalid_argument"},
		{"price of unknown sku", "PUT", "/admin/v1/variants/NOPE/price", `{"amount":100,"currency":"USD"}`, auth, 404, "not_found"},
		{"zero delta", "POST", "/admin/v1/variants/" + sku + "/stock-adjustments", `{"delta":0,"reason":"count"}`, auth, 400, "invalid_argument"},
		{"delta not a number", "POST", "/admin/v1/variants/" + sku + "/stock-adjustments", `{"delta":"5","reason":"count"}`, auth, 400, "invalid_argument"},
		{"no reason", "POST", "/admin/v1/variants/" + sku + "/stock-adjustments", `{"delta":5}`, auth, 400, "invalid_argument"},
		{"below zero", "POST", "/admin/v1/variants/" + sku + "/stock-adjustments", `{"delta":-100000,"reason":"shrinkage"}`, auth, 409, "conflict"},
		{"stock of unknown sku", "POST", "/admin/v1/variants/NOPE/stock-adjustments", `{"delta":1,"reason":"count"}`, auth, 404, "not_found"},
		{"create without variants", "POST", "/admin/v1/products", `{"name":"Thing","brand":"b","category":"c","variants":[]}`, auth, 400, "invalid_argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.do(t, tt.method, tt.path, tt.body, tt.headers...)
			if resp.status != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d (%s)", tt.method, tt.path, resp.status, tt.wantStatus, resp.body)
			}
			if code := resp.errorCode(t); code != tt.wantCode {
				t.Errorf("%s %s: code %q, want %q", tt.method, tt.path, code, tt.wantCode)
			}
		})
	}

	// The refused adjustment changed nothing.
	var onHand, adjustments int
	b.db.Raw(`SELECT i.on_hand FROM inventory i JOIN variants v ON v.id = i.variant_id WHERE v.sku = ?`, sku).Scan(&onHand)
	b.db.Raw(`SELECT count(*) FROM stock_adjustments`).Scan(&adjustments)
	var seeded int
	b.db.Raw(`SELECT on_hand FROM inventory ORDER BY variant_id LIMIT 1`).Scan(&seeded)
	if adjustments != 0 || onHand != seeded {
		t.Errorf("after refused writes: %d adjustments logged, on_hand %d (seeded %d)", adjustments, onHand, seeded)
	}
}
