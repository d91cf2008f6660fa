// Package search is full-text product search with facets. Postgres full-text
// search is the embedded default engine and Elasticsearch the engine for
// scale; both will pass one conformance suite. Not built yet.
package search
