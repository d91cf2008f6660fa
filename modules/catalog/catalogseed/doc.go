// Package catalogseed fills the catalog tables with a deterministic demo
// catalog: a two-level category tree, about 150 invented brands, products
// with variants, prices and stock, and reviews with their rating summaries.
//
// [Run] is the only entry point. The catalog depends on nothing but
// [Options.Seed] and the product's index: product i is generated from its own
// random source seeded from (Seed, i), so seeding 10,000 products and then
// 20,000 adds exactly the missing 10,000, and two runs with one seed produce
// the same rows, ids included. Dates are spread over the two years before
// [Options.Now].
//
// Loading is built for volume. A producer goroutine generates batches of
// 5,000 products while writers, each on its own connection, COPY earlier
// batches, one transaction per batch, so an interrupted run leaves whole
// products behind. Products go through a temporary staging table and are
// inserted with ON CONFLICT (slug) DO NOTHING; only the products that insert
// returned get their variants, inventory, reviews and rating summary, which
// makes a run without [Options.Reset] idempotent. Batches take their product,
// variant and review ids in order, whichever writer loads them, so ids do not
// depend on timing.
package catalogseed
