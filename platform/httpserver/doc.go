// Package httpserver builds the shop's gin engine and runs it.
//
// NewEngine returns an engine with the middleware every route needs, in this
// order: request id, panic recovery, access log, metrics, per-request timeout
// and body size limit. Handlers write failures with WriteError, which turns a
// *fault.Error into its status and stable code and hides everything else, and
// read bodies with BindJSON, which rejects what it does not understand with a
// message a person can act on.
//
// Serve and ServeListener run the engine until their context is done and then
// drain the requests in flight.
package httpserver
