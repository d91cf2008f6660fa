package httpserver

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
)

func TestRequireBearer(t *testing.T) {
	t.Parallel()
	disabled := &ErrorBody{Error: ErrorDetail{Code: "unavailable", Message: "admin API is disabled: set SHOP_ADMIN_TOKEN"}}
	denied := &ErrorBody{Error: ErrorDetail{Code: "unauthorized", Message: "missing or invalid admin token"}}
	tests := []struct {
		name       string
		token      string
		auth       string
		wantStatus int
		want       *ErrorBody // nil when the request passes
	}{
		{"disabled", "", "Bearer anything", http.StatusServiceUnavailable, disabled},
		{"disabled without header", "", "", http.StatusServiceUnavailable, disabled},
		{"missing", "s3cret", "", http.StatusUnauthorized, denied},
		{"wrong", "s3cret", "Bearer s3cre", http.StatusUnauthorized, denied},
		{"wrong scheme", "s3cret", "Basic s3cret", http.StatusUnauthorized, denied},
		{"no credentials", "s3cret", "Bearer ", http.StatusUnauthorized, denied},
		{"right", "s3cret", "Bearer s3cret", http.StatusOK, nil},
		{"scheme is case-insensitive", "s3cret", "bearer s3cret", http.StatusOK, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, Config{})
			b.engine.GET("/admin", RequireBearer(tt.token), func(c *gin.Context) { c.String(http.StatusOK, "in") })
			header := http.Header{}
			if tt.auth != "" {
				header.Set("Authorization", tt.auth)
			}

			rec := b.do(http.MethodGet, "/admin", nil, header)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if tt.want == nil {
				if rec.Body.String() != "in" {
					t.Errorf("body = %q, want the handler's", rec.Body)
				}
				return
			}
			if diff := cmp.Diff(*tt.want, errorBodyOf(t, rec)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}
