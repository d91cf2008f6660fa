// Package stats turns the raw measurements of `shop bench` into
// candidate-to-reference ratios with honest confidence intervals.
//
// A benchmark compares a reference strategy with a candidate. Each arm runs
// in R rounds, interleaved with the other arm's, and each round yields a
// [Round]: the requests per second of successive sub-intervals ("buckets")
// and a uniform sample of latencies, kept by a [Reservoir]. Round i of the
// two arms ran back to back on the same machine, so they are paired: what
// slowed the machine down in round i slowed both arms.
//
// [Bootstrap] estimates the ratio of mean throughput
// ([Bootstrap.ThroughputRatio]) and of a latency quantile
// ([Bootstrap.PercentileRatio]). The point estimate uses all the data, each
// round counting equally. The interval is a two-level (hierarchical)
// percentile bootstrap: each resample draws R rounds with replacement, the
// same rounds for both arms so that the pairing survives, then resamples the
// buckets or latencies within each drawn round. Drift common to both arms of
// a round cancels in the ratio; drift that hits one arm only widens the
// interval, as it should. With a single round the bootstrap is the
// within-round one.
//
// Latency quantiles use the nearest-rank definition ([Percentile]), so every
// quantile is an observed latency. The quantile of a resample is drawn
// exactly, in distribution, without materialising the resample (see
// resample.go): 2000 resamples of 3 rounds × 10,000 latencies per arm take
// tens of milliseconds, where drawing and sorting them takes seconds.
//
// Estimates are NaN where the data cannot support them (no data, a zero
// denominator); the report shows them as "n/a". Results are deterministic
// for a given random source.
package stats
