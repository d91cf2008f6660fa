package main

import (
	"log/slog"

	"github.com/spf13/cobra"

	"shop/platform/config"
	"shop/platform/database"
)

func migrateCommand(cfg config.Config, logger *slog.Logger) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Create the database if missing and apply pending migrations",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return database.Migrate(cmd.Context(), cfg.DatabaseURL, logger)
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "status",
		Short: "List the migrations and whether each is applied",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return database.MigrationStatus(cmd.Context(), cfg.DatabaseURL, cmd.OutOrStdout())
		},
	})
	return cmd
}
