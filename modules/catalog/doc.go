// Package catalog is the product catalog: categories, brands, products and
// their variants (SKUs), prices, inventory and reviews.
//
// The storefront's two hot reads, the product page and the product listing,
// are served by a [Reader]. Three readers implement it so that the benchmark
// can compare them on one server with the same data:
//
//   - [Sequential], the baseline: the product page's five reads one after
//     another and the listing as one query plus four queries per product
//     (the classic N+1);
//   - [Parallel]: the five reads fanned out with errgroup and the listing's
//     per-product lookups batched into one IN query each;
//   - [Cached]: Parallel behind the tiered L1/L2 cache with request coalescing.
//
// All three return identical values for the same input. Writes go through
// [Service], which invalidates exactly the cached entries a write affects, on
// every instance, through an [Invalidator].
//
// The package holds the domain types and the [Store] interface; the gorm
// adapter is catalogdb and the HTTP handlers are catalogapi.
package catalog
