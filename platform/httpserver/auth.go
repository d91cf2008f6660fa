package httpserver

import (
	"crypto/sha256"
	"crypto/subtle"
	"strings"

	"github.com/gin-gonic/gin"

	"shop/platform/fault"
)

// Errors of RequireBearer.
var (
	errAdminDisabled = fault.New(fault.Unavailable, "admin API is disabled: set SHOP_ADMIN_TOKEN")
	errAdminToken    = fault.New(fault.Unauthorized, "missing or invalid admin token")
)

// RequireBearer admits only requests whose Authorization header is
// "Bearer <token>". With an empty token the routes it guards are disabled
// and answer 503. Tokens are compared in constant time over their SHA-256
// digests, so neither their content nor their length leaks through timing.
func RequireBearer(token string) gin.HandlerFunc {
	if token == "" {
		return func(c *gin.Context) { WriteError(c, errAdminDisabled) }
	}
	want := sha256.Sum256([]byte(token))
	return func(c *gin.Context) {
		got, ok := bearerToken(c.GetHeader("Authorization"))
		sum := sha256.Sum256([]byte(got))
		if subtle.ConstantTimeCompare(want[:], sum[:]) != 1 || !ok {
			c.Header("WWW-Authenticate", `Bearer realm="shop admin"`)
			WriteError(c, errAdminToken)
			return
		}
		c.Next()
	}
}

// bearerToken returns the credentials of an Authorization header of the
// Bearer scheme, whose name is case-insensitive.
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}
