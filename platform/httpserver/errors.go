package httpserver

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"shop/platform/fault"
)

// ErrorBody is the JSON body of every error response:
//
//	{"error":{"code":"not_found","message":"product not found"}}
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is the code and message of an error response. Code is one of
// the stable codes of package fault; Message may be shown to a person.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// errorLoggedKey marks a request whose failure has been logged already, so
// that the access log does not report it a second time.
type errorLoggedKey struct{}

// WriteError aborts the request with the status and code of err's fault kind.
// A 5xx is logged here, once, with the real error and the request id, and
// answers only a generic message; a request that ran out of time answers
// 503 "request timed out".
func WriteError(c *gin.Context, err error) {
	if err == nil {
		err = errors.New("httpserver: WriteError called with a nil error")
	}
	kind, msg := publicError(err)
	if kind.Status() >= http.StatusInternalServerError {
		logFailure(c, kind.Status(), err)
	}
	writeErrorBody(c, kind.Status(), kind.Code(), msg)
}

// publicError is what may be shown about err.
func publicError(err error) (fault.Kind, string) {
	kind, msg := fault.Public(err)
	if kind == fault.Internal && errors.Is(err, context.DeadlineExceeded) {
		return fault.Unavailable, "request timed out"
	}
	return kind, msg
}

// logFailure logs err as the cause of the request's failure and marks the
// request as logged.
func logFailure(c *gin.Context, status int, err error, attrs ...any) {
	ctx := c.Request.Context()
	attrs = append(attrs,
		slog.Any("error", err),
		slog.Int("status", status),
		slog.String("method", c.Request.Method),
		slog.String("route", c.FullPath()),
		slog.String("request_id", RequestID(ctx)),
	)
	loggerFrom(c).ErrorContext(ctx, "request failed", attrs...)
	c.Set(errorLoggedKey{}, true)
}

// writeErrorBody aborts c with status and the error body, unless the handler
// has already started the response, which can then only be cut short.
func writeErrorBody(c *gin.Context, status int, code, message string) {
	if c.Writer.Written() {
		c.Abort()
		return
	}
	c.AbortWithStatusJSON(status, ErrorBody{Error: ErrorDetail{Code: code, Message: message}})
}

// noRoute answers a request that matched no route.
func noRoute(c *gin.Context) {
	writeErrorBody(c, http.StatusNotFound, fault.NotFound.Code(), "no route matches "+c.Request.Method+" "+c.Request.URL.Path)
}

// noMethod answers a request whose path has routes for other methods only;
// gin has set the Allow header.
func noMethod(c *gin.Context) {
	writeErrorBody(c, fault.MethodNotAllowed.Status(), fault.MethodNotAllowed.Code(),
		"method "+c.Request.Method+" is not allowed here; allowed: "+c.Writer.Header().Get("Allow"))
}
