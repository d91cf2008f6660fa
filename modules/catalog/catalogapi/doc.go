// Package catalogapi is the HTTP face of the catalog: the storefront's
// /v1 reads and the admin /admin/v1 writes, as gin handlers.
//
// The JSON shapes live here and only here; the converters from catalog types
// are named toXxxJSON.
package catalogapi
