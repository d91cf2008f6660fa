// Command shop is the e-commerce backend's one binary: it migrates the
// database, seeds a demo catalog and serves the HTTP API.
//
//	shop migrate [status]
//	shop seed --products N [--seed S] [--reset]
//	shop serve [--bench-modes] [--migrate]
//
// Configuration comes from SHOP_* environment variables (see package
// shop/platform/config); a bad value exits with status 2.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"shop/platform/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "shop:", err)
		os.Exit(exitCode(err))
	}
}

// usageError is a mistake in the command line.
type usageError struct{ error }

// exitCode is 2 for configuration and usage mistakes, 1 for anything else.
func exitCode(err error) int {
	var cerr *config.Error
	var uerr usageError
	if errors.As(err, &cerr) || errors.As(err, &uerr) {
		return 2
	}
	return 1
}

// run parses args and runs the chosen command until it ends or ctx is done.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		return err
	}
	logger := newLogger(cfg, stderr)
	root := &cobra.Command{
		Use:           "shop",
		Short:         "An e-commerce backend that measures its own optimizations",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		migrateCommand(cfg, logger),
		seedCommand(cfg, logger, stdout),
		serveCommand(cfg, logger),
		benchCommand(stdout),
	)
	err = root.ExecuteContext(ctx)
	if err != nil && isUsage(err) {
		return usageError{err}
	}
	return err
}

// isUsage reports whether cobra rejected the command line itself.
func isUsage(err error) bool {
	var uerr usageError
	if errors.As(err, &uerr) {
		return true
	}
	for _, prefix := range []string{"unknown command", "accepts ", "requires ", "invalid argument"} {
		if strings.HasPrefix(err.Error(), prefix) {
			return true
		}
	}
	return false
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormatIsJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
