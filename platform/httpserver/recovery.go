package httpserver

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"

	"shop/platform/fault"
)

// recovery turns a panic in a later handler into a logged 500 with the JSON
// error body. http.ErrAbortHandler is passed on, so that net/http aborts the
// response as the handler asked.
func recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if err, ok := p.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(p)
			}
			logFailure(c, http.StatusInternalServerError, fmt.Errorf("panic: %v", p),
				slog.String("stack", string(debug.Stack())))
			writeErrorBody(c, http.StatusInternalServerError, fault.Internal.Code(), "internal error")
		}()
		c.Next()
	}
}
