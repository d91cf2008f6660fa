// Package bench is the load generator behind `shop bench`: a closed loop of
// concurrent clients against a running `shop serve --bench-modes`, measuring
// each strategy of each scenario at each concurrency in interleaved rounds,
// and comparing them with bootstrap confidence intervals.
//
// A run is a grid of cells. A cell is one scenario × strategy × concurrency ×
// round: a warm-up, then a measured interval in which every worker issues
// requests back to back. Within a round the strategies run one after the
// other, in reverse order every other round (A B, B A, …), so that slow drift
// of a shared machine falls on both alike. Each round also measures /healthz
// at every concurrency: the most the same server can answer through the same
// HTTP stack, against which each scenario's throughput is put.
//
// Honesty: inputs come from the target's own catalog; a sample of every
// cell's responses is compared with the reference strategy's answer for the
// same request, and a difference counts as an error; every figure in the
// report is computed from what this run measured.
package bench
