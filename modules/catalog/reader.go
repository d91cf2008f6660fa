package catalog

import (
	"context"

	"shop/platform/cache"
)

// Reader serves the storefront's hot reads. Every implementation returns the
// same values for the same input; they differ only in how fast.
type Reader interface {
	ProductPage(ctx context.Context, slug string) (ProductPage, CacheStatus, error)
	ListProducts(ctx context.Context, q ListQuery) (ProductList, CacheStatus, error)
}

// CacheStatus says whether a read was served from the cache.
type CacheStatus string

// The cache statuses; NotCached is what readers without a cache report.
const (
	NotCached CacheStatus = ""
	CacheHit  CacheStatus = "hit"
	CacheMiss CacheStatus = "miss"
)

// Strategy names a Reader for the benchmark's X-Shop-Strategy header.
type Strategy string

// The strategies: the baseline, the optimized path, and the optimized path
// without its cache (to show what parallelism and batching give alone).
const (
	Baseline         Strategy = "baseline"
	Optimized        Strategy = "optimized"
	OptimizedNoCache Strategy = "optimized-nocache"
)

// NewReaders returns every strategy's Reader over store, the cached one
// using the caches of bus.
func NewReaders(store Store, bus *cache.Bus) map[Strategy]Reader {
	parallel := NewParallel(store)
	return map[Strategy]Reader{
		Baseline:         NewSequential(store),
		OptimizedNoCache: parallel,
		Optimized:        NewCached(parallel, bus),
	}
}
