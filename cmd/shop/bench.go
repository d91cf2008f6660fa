package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"shop/platform/bench"
)

func benchCommand(stdout io.Writer) *cobra.Command {
	cfg := bench.DefaultConfig()
	var out string
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure baseline against optimized on a running `shop serve --bench-modes`",
		Long: `bench drives a running server with concurrent closed-loop clients, one cell per
scenario × strategy × concurrency × round, strategies interleaved, and reports
throughput and latency with the optimized/baseline ratios and their bootstrap
confidence intervals, next to the /healthz throughput of the same server.
It writes report.json, report.md and report.html to --out and prints the
Markdown summary. It exits non-zero when the error rate passes --max-error-rate.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				out = filepath.Join("bench-results", time.Now().UTC().Format("20060102T150405Z"))
			}
			cfg.Progress = cmd.ErrOrStderr()
			rep, runErr := bench.Run(cmd.Context(), cfg)
			if rep == nil {
				return runErr
			}
			paths, err := rep.WriteFiles(out)
			if err != nil {
				return err
			}
			if err := rep.WriteMarkdown(stdout); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "\nReport: %s\n", paths[len(paths)-1])
			if errors.Is(runErr, bench.ErrTooManyErrors) {
				return fmt.Errorf("bench: %w (%.2f%%)", runErr, cfg.MaxErrorRate*100)
			}
			return runErr
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Target, "target", cfg.Target, "base URL of the server under test")
	f.StringVar(&out, "out", "", "directory for the reports (default bench-results/<timestamp>/)")
	f.StringSliceVar(&cfg.Scenarios, "scenarios", cfg.Scenarios, "scenarios to run")
	f.StringSliceVar(&cfg.Strategies, "strategies", cfg.Strategies, "strategies to compare, the reference first: baseline, optimized, optimized-nocache")
	f.IntSliceVar(&cfg.Concurrency, "concurrency", cfg.Concurrency, "concurrency levels (clients)")
	f.DurationVar(&cfg.Duration, "duration", cfg.Duration, "measured time per cell")
	f.DurationVar(&cfg.Warmup, "warmup", cfg.Warmup, "unmeasured time before each cell")
	f.IntVar(&cfg.Rounds, "rounds", cfg.Rounds, "rounds; strategies alternate order each round")
	f.Float64Var(&cfg.MaxErrorRate, "max-error-rate", cfg.MaxErrorRate, "fail when a strategy's error rate passes this fraction")
	f.Int64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the request mix and the bootstrap")
	f.IntVar(&cfg.Resamples, "resamples", cfg.Resamples, "bootstrap resamples per confidence interval")
	return cmd
}
