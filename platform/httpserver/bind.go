package httpserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"

	"github.com/gin-gonic/gin"

	"shop/platform/fault"
)

// BindJSON decodes the request body into dst strictly: the body must hold
// exactly one JSON value, with no field that dst does not have. A body the
// caller got wrong gives a *fault.Error of kind InvalidArgument that says
// what to fix; any other failure (reading the connection, a dst that is not
// a pointer) is returned as it is.
func BindJSON(c *gin.Context, dst any) error {
	body := c.Request.Body
	if body == nil {
		body = http.NoBody
	}
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return decodeError(err)
	}
	var extra json.RawMessage
	err := dec.Decode(&extra)
	if errors.Is(err, io.EOF) {
		return nil
	}
	if fe := bodyTooLarge(err); fe != nil {
		return fe
	}
	return fault.New(fault.InvalidArgument, "body must hold a single JSON value, but more follows it")
}

// decodeError says what is wrong with a body that json.Decoder rejected.
func decodeError(err error) error {
	if fe := bodyTooLarge(err); fe != nil {
		return fe
	}
	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, io.EOF):
		return fault.New(fault.InvalidArgument, "request body is empty: send a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fault.New(fault.InvalidArgument, "body is not valid JSON: it ends too early")
	case errors.As(err, &syntaxErr):
		return fault.Newf(fault.InvalidArgument, "body is not valid JSON at byte %d: %s",
			syntaxErr.Offset, strings.TrimPrefix(syntaxErr.Error(), "json: "))
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return fault.Newf(fault.InvalidArgument, "body must be a JSON %s", jsonKind(typeErr.Type))
		}
		return fault.Newf(fault.InvalidArgument, "field %q: expected %s", typeErr.Field, jsonKind(typeErr.Type))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no type for this error; its text is stable.
		return fault.New(fault.InvalidArgument, strings.TrimPrefix(err.Error(), "json: "))
	}
	return fmt.Errorf("bind json: %w", err)
}

// bodyTooLarge reports err as a body over the limit, or returns nil.
func bodyTooLarge(err error) *fault.Error {
	var tooLarge *http.MaxBytesError
	if !errors.As(err, &tooLarge) {
		return nil
	}
	return fault.Newf(fault.InvalidArgument, "request body exceeds %d bytes", tooLarge.Limit)
}

// jsonKind names the JSON value that decodes into t.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	}
	return t.String()
}
