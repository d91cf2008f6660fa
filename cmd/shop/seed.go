package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"shop/modules/catalog/catalogseed"
	"shop/platform/config"
)

func seedCommand(cfg config.Config, logger *slog.Logger, stdout io.Writer) *cobra.Command {
	var opts catalogseed.Options
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Load a deterministic demo catalog (idempotent without --reset)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Products < 0 {
				return usageError{fmt.Errorf("--products must not be negative")}
			}
			f, isFile := stdout.(*os.File)
			opts.Interactive = isFile && term.IsTerminal(int(f.Fd()))
			opts.Progress = stdout
			sum, err := catalogseed.Run(cmd.Context(), cfg.DatabaseURL, opts)
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, sum)
			if sum.Products > 0 || opts.Reset {
				// Running servers must not go on serving the catalog they cached.
				if err := invalidateCatalogCache(cmd.Context(), cfg, logger); err != nil {
					logger.WarnContext(cmd.Context(), "seeded, but the cache was not invalidated: running servers may serve old entries until their TTL", "err", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&opts.Products, "products", 10_000, "number of products")
	cmd.Flags().Int64Var(&opts.Seed, "seed", 1, "random seed; the same seed gives the same catalog")
	cmd.Flags().BoolVar(&opts.Reset, "reset", false, "delete the catalog before seeding")
	return cmd
}
