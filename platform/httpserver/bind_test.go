package httpserver

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"

	"shop/platform/fault"
)

type adjustStock struct {
	SKU   string `json:"sku"`
	Delta int    `json:"delta"`
	Meta  struct {
		Reason string `json:"reason"`
	} `json:"meta"`
}

func TestBindJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		body    string
		want    adjustStock
		wantErr string // "" for success
	}{
		{name: "valid", body: `{"sku":"A-1","delta":-3}`, want: adjustStock{SKU: "A-1", Delta: -3}},
		{name: "valid with spaces around", body: " \n{\"sku\":\"A-1\"}\n ", want: adjustStock{SKU: "A-1"}},
		{name: "empty", body: "", wantErr: "request body is empty: send a JSON object"},
		{name: "only whitespace", body: "  \n", wantErr: "request body is empty: send a JSON object"},
		{name: "unknown field", body: `{"sku":"A-1","foo":1}`, wantErr: `unknown field "foo"`},
		{name: "malformed", body: `{"sku":"A-1",}`, wantErr: "body is not valid JSON at byte 14: invalid character '}' looking for beginning of object key string"},
		{name: "truncated", body: `{"sku":"A-1"`, wantErr: "body is not valid JSON: it ends too early"},
		{name: "trailing value", body: `{"sku":"A-1"}{"sku":"B-2"}`, wantErr: "body must hold a single JSON value, but more follows it"},
		{name: "trailing garbage", body: `{"sku":"A-1"}}`, wantErr: "body must hold a single JSON value, but more follows it"},
		{name: "array body", body: `[1,2]`, wantErr: "body must be a JSON object"},
		{name: "string body", body: `"x"`, wantErr: "body must be a JSON object"},
		{name: "wrong field type", body: `{"delta":"3"}`, wantErr: `field "delta": expected integer`},
		{name: "fraction for integer", body: `{"delta":1.5}`, wantErr: `field "delta": expected integer`},
		{name: "nested field type", body: `{"meta":{"reason":7}}`, wantErr: `field "meta.reason": expected string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := gin.CreateTestContext(httptest.NewRecorder())
			c.Request = httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tt.body))

			var got adjustStock
			err := BindJSON(c, &got)

			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("BindJSON: %v", err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("decoded (-want +got):\n%s", diff)
				}
				return
			}
			var fe *fault.Error
			if !errors.As(err, &fe) {
				t.Fatalf("BindJSON error = %v, want a *fault.Error", err)
			}
			if diff := cmp.Diff(fault.New(fault.InvalidArgument, tt.wantErr), fe); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBindJSONNotAPointerIsInternal(t *testing.T) {
	t.Parallel()
	c, _ := gin.CreateTestContext(httptest.NewRecorder())
	c.Request = httptest.NewRequest(http.MethodPost, "/", strings.NewReader(`{}`))

	err := BindJSON(c, adjustStock{})

	if err == nil || fault.KindOf(err) != fault.Internal {
		t.Errorf("BindJSON(non-pointer) = %v, want an internal error", err)
	}
}
