package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"shop/modules/catalog"
	"shop/modules/catalog/catalogapi"
	"shop/modules/catalog/catalogdb"
	"shop/platform/cache"
	"shop/platform/config"
	"shop/platform/database"
	"shop/platform/health"
	"shop/platform/httpserver"
	"shop/platform/metrics"
)

// serveOptions are serve's flags.
type serveOptions struct {
	benchModes     bool
	migrate        bool
	backendLatency time.Duration
}

func serveCommand(cfg config.Config, logger *slog.Logger) *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API until SIGINT or SIGTERM",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if opts.backendLatency != 0 && !opts.benchModes {
				return usageError{errors.New("--backend-latency is a benchmark setting: it needs --bench-modes")}
			}
			if opts.migrate {
				if err := database.Migrate(ctx, cfg.DatabaseURL, logger); err != nil {
					return err
				}
			}
			a, err := newApp(ctx, cfg, opts, logger)
			if err != nil {
				return err
			}
			defer a.close()
			ln, err := net.Listen("tcp", cfg.HTTPAddr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			logger.InfoContext(ctx, "serving", "addr", ln.Addr().String(), "bench_modes", opts.benchModes)
			return a.run(ctx, ln)
		},
	}
	cmd.Flags().BoolVar(&opts.benchModes, "bench-modes", false, "honour X-Shop-Strategy so the benchmark can compare strategies")
	cmd.Flags().BoolVar(&opts.migrate, "migrate", false, "apply pending migrations before serving")
	cmd.Flags().DurationVar(&opts.backendLatency, "backend-latency", 0, "with --bench-modes: add this delay to every round trip to Postgres and Redis (whole milliseconds, e.g. 1ms)")
	return cmd
}

// app is one shop instance: its pools, caches and HTTP handler.
type app struct {
	cfg     config.Config
	logger  *slog.Logger
	db      *database.DB
	rdb     *redis.Client
	bus     *cache.Bus
	proxies *backendProxies
	handler http.Handler
}

// newApp builds the pooled clients once and hands them to the modules.
func newApp(ctx context.Context, cfg config.Config, opts serveOptions, logger *slog.Logger) (_ *app, err error) {
	reg := metrics.New()
	registerBackendLatency(reg.Registerer(), opts.backendLatency)
	proxies := &backendProxies{delay: opts.backendLatency}
	defer func() {
		if err != nil {
			proxies.close()
		}
	}()
	databaseURL, err := proxies.routeURL(ctx, "postgres", cfg.DatabaseURL, logger)
	if err != nil {
		return nil, err
	}
	db, err := database.Open(ctx, database.Config{
		URL:                databaseURL,
		MaxOpenConns:       cfg.DBMaxOpenConns,
		MaxIdleConns:       cfg.DBMaxIdleConns,
		ConnMaxLifetime:    30 * time.Minute,
		StatementTimeout:   cfg.DBStatementTimeout,
		SlowQueryThreshold: cfg.SlowQueryThreshold,
	}, logger, reg.Registerer())
	if err != nil {
		return nil, err
	}
	redisOpts, err := redisOptions(cfg)
	if err != nil {
		db.Close()
		return nil, err
	}
	if redisOpts.Addr, err = proxies.route(ctx, "redis", redisOpts.Addr, logger); err != nil {
		db.Close()
		return nil, err
	}
	rdb := redis.NewClient(redisOpts)
	if err := rdb.Ping(ctx).Err(); err != nil {
		logger.WarnContext(ctx, "redis unreachable at start; serving from L1 and Postgres until it returns", "err", err)
	}
	bus := cache.NewBus(rdb, cacheConfig(cfg), logger, cache.NewMetrics(reg.Registerer()))

	store := catalogdb.New(db)
	engine := httpserver.NewEngine(httpConfig(cfg), logger, reg)
	health.Routes(engine,
		health.PingCheck("postgres", true, db.Ping),
		health.PingCheck("redis", false, func(ctx context.Context) error { return rdb.Ping(ctx).Err() }),
	)
	engine.GET("/metrics", gin.WrapH(reg.Handler()))
	catalogapi.Routes(engine, catalogapi.Config{
		Service:    catalog.NewService(store, bus, logger),
		Readers:    catalog.NewReaders(store, bus),
		BenchModes: opts.benchModes,
		AdminToken: cfg.AdminToken,
	})
	return &app{cfg: cfg, logger: logger, db: db, rdb: rdb, bus: bus, proxies: proxies, handler: engine}, nil
}

func httpConfig(cfg config.Config) httpserver.Config {
	return httpserver.Config{
		RequestTimeout:  cfg.RequestTimeout,
		MaxBodyBytes:    cfg.MaxBodyBytes,
		ShutdownTimeout: cfg.ShutdownTimeout,
	}
}

// run serves on ln and runs the background loops until ctx is done, then
// drains in-flight requests.
func (a *app) run(ctx context.Context, ln net.Listener) error {
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return httpserver.ServeListener(ctx, ln, a.handler, httpConfig(a.cfg), a.logger)
	})
	g.Go(func() error { return a.bus.Run(ctx) })
	g.Go(func() error {
		a.db.SlowQueries().RunFlusher(ctx, a.db, 30*time.Second)
		return nil
	})
	return g.Wait()
}

// close releases the pools after run has returned.
func (a *app) close() {
	err := errors.Join(a.rdb.Close(), a.db.Close(), a.proxies.close())
	if err != nil {
		a.logger.Warn("closing pools", "err", err)
	}
}
