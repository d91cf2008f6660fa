package httpserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
)

// Serve listens on addr and serves h until ctx is done, then shuts down
// gracefully; see ServeListener.
func Serve(ctx context.Context, addr string, h http.Handler, cfg Config, logger *slog.Logger) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("httpserver: listen on %s: %w", addr, err)
	}
	return ServeListener(ctx, ln, h, cfg, logger)
}

// ServeListener serves h on ln until ctx is done. It then stops accepting
// connections and waits up to cfg.ShutdownTimeout for the requests in flight
// to finish; their contexts are not cancelled by ctx. It returns nil after a
// clean shutdown and closes ln in every case.
func ServeListener(ctx context.Context, ln net.Listener, h http.Handler, cfg Config, logger *slog.Logger) error {
	cfg = cfg.withDefaults()
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		// Requests keep ctx's values but not its cancellation, so that
		// shutdown drains them instead of cutting them off.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	logger.InfoContext(ctx, "http server listening", slog.String("addr", ln.Addr().String()))

	select {
	case err := <-served:
		return fmt.Errorf("httpserver: serve: %w", err)
	case <-ctx.Done():
	}

	logger.InfoContext(ctx, "http server shutting down", slog.Duration("timeout", cfg.ShutdownTimeout))
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		closeErr := srv.Close()
		return fmt.Errorf("httpserver: shutdown: %w", errors.Join(err, closeErr))
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("httpserver: serve: %w", err)
	}
	logger.InfoContext(ctx, "http server stopped")
	return nil
}
