// Package fault defines the kinds of failure that every module reports and the
// one place where a kind becomes an HTTP status and a stable error code.
//
// A module declares its sentinel errors on top of a kind:
//
//	var ErrNotFound = fault.New(fault.NotFound, "product not found")
//
// and wraps them with the operation's name as usual (fmt.Errorf("%w")). The
// HTTP layer finds the *fault.Error with errors.As and writes its Kind's status
// and Code with its Message; anything else is an internal error whose text
// never leaves the process.
package fault

import (
	"errors"
	"fmt"
	"net/http"
)

// Kind classifies a failure by what the caller can do about it.
type Kind int

// The kinds of failure, one per public error code.
const (
	Internal Kind = iota
	InvalidArgument
	NotFound
	Unauthorized
	Conflict
	RateLimited
	Unavailable
	MethodNotAllowed
)

// kindInfo is the one table from a kind to its HTTP status and public code.
var kindInfo = map[Kind]struct {
	status int
	code   string
}{
	Internal:         {http.StatusInternalServerError, "internal"},
	InvalidArgument:  {http.StatusBadRequest, "invalid_argument"},
	NotFound:         {http.StatusNotFound, "not_found"},
	Unauthorized:     {http.StatusUnauthorized, "unauthorized"},
	Conflict:         {http.StatusConflict, "conflict"},
	RateLimited:      {http.StatusTooManyRequests, "rate_limited"},
	Unavailable:      {http.StatusServiceUnavailable, "unavailable"},
	MethodNotAllowed: {http.StatusMethodNotAllowed, "method_not_allowed"},
}

// Status is the HTTP status code for k.
func (k Kind) Status() int { return kindInfo[k].status }

// Code is the stable, machine-readable error code for k.
func (k Kind) Code() string { return kindInfo[k].code }

// Error is a failure whose Message may be shown to the caller.
type Error struct {
	Kind    Kind
	Message string
}

// New returns an *Error of kind k with a message a person can act on.
func New(k Kind, message string) *Error { return &Error{Kind: k, Message: message} }

// Newf is New with a format.
func Newf(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(format, args...)}
}

// InvalidArg reports that the named parameter is wrong and why.
func InvalidArg(param, problem string) *Error {
	return Newf(InvalidArgument, "%s: %s", param, problem)
}

func (e *Error) Error() string { return e.Message }

// Is reports whether target is an *Error of the same kind and message, so that
// sentinels created with New match through any wrapping.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && t.Message == e.Message
}

// Public returns what may be shown to a caller about err: its kind and a
// message. An error that carries no *Error is Internal with a generic message.
func Public(err error) (Kind, string) {
	var fe *Error
	if errors.As(err, &fe) {
		if fe.Kind == Internal {
			return Internal, "internal error"
		}
		return fe.Kind, fe.Message
	}
	return Internal, "internal error"
}

// KindOf returns the kind of err, Internal when it carries no *Error.
func KindOf(err error) Kind {
	k, _ := Public(err)
	return k
}
