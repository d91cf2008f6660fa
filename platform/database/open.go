package database

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	gormlogger "gorm.io/gorm/logger"
)

// Config configures the connection pool that [Open] builds. Zero values leave
// the database/sql defaults: unlimited open connections kept forever, two idle
// ones.
type Config struct {
	// URL is the Postgres connection string,
	// e.g. postgres://user@host:5432/shop?sslmode=disable.
	URL string
	// MaxOpenConns caps the connections open at once.
	MaxOpenConns int
	// MaxIdleConns caps the idle connections kept in the pool.
	MaxIdleConns int
	// ConnMaxLifetime closes connections older than this.
	ConnMaxLifetime time.Duration
	// ConnMaxIdleTime closes connections idle for longer than this.
	ConnMaxIdleTime time.Duration
	// StatementTimeout makes the server cancel any statement running longer
	// than this (Postgres statement_timeout, set on every connection).
	StatementTimeout time.Duration
	// SlowQueryThreshold records statements taking at least this long in the
	// [SlowQueryLog]; zero disables the log.
	SlowQueryThreshold time.Duration
	// DialFunc, if set, opens the network connections to the server, e.g. to
	// route them through a latency proxy.
	DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)
}

// DB is the shop's database handle: a *gorm.DB over a pgx connection pool with
// the statement instrumentation installed. It is safe for concurrent use.
type DB struct {
	*gorm.DB
	sql        *sql.DB
	slow       *SlowQueryLog
	unregister func()
}

// Open connects to the database described by cfg and pings it. logger receives
// slow query reports; it may be nil. If reg is not nil the pool statistics and
// the query metrics are registered with it. The caller must Close the DB.
func Open(ctx context.Context, cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*DB, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	connCfg, err := connConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB := stdlib.OpenDB(*connCfg)
	applyPool(sqlDB, cfg)

	db, err := open(ctx, sqlDB, cfg, logger, reg)
	if err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	return db, nil
}

func open(ctx context.Context, sqlDB *sql.DB, cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*DB, error) {
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("ping: %w", err)
	}
	gdb, err := gorm.Open(postgres.New(postgres.Config{Conn: sqlDB}), &gorm.Config{
		Logger:               gormlogger.Discard,
		DisableAutomaticPing: true,
	})
	if err != nil {
		return nil, err
	}
	m, unregister, err := registerMetrics(sqlDB, reg)
	if err != nil {
		return nil, err
	}
	slow := newSlowQueryLog(defaultSlowQueryCapacity, logger)
	if err := gdb.Use(&instrumentation{metrics: m, slow: slow, threshold: cfg.SlowQueryThreshold, logger: logger}); err != nil {
		unregister()
		return nil, fmt.Errorf("install instrumentation: %w", err)
	}
	return &DB{DB: gdb, sql: sqlDB, slow: slow, unregister: unregister}, nil
}

// connConfig turns cfg into the pgx connection configuration.
func connConfig(cfg Config) (*pgx.ConnConfig, error) {
	connCfg, err := pgx.ParseConfig(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("parse url: %w", err)
	}
	connCfg.RuntimeParams["application_name"] = "shop"
	if cfg.StatementTimeout > 0 {
		connCfg.RuntimeParams["statement_timeout"] = strconv.FormatInt(cfg.StatementTimeout.Milliseconds(), 10)
	}
	if cfg.DialFunc != nil {
		connCfg.DialFunc = cfg.DialFunc
	}
	return connCfg, nil
}

func applyPool(sqlDB *sql.DB, cfg Config) {
	sqlDB.SetMaxOpenConns(cfg.MaxOpenConns)
	if cfg.MaxIdleConns > 0 { // zero would mean none: keep the default
		sqlDB.SetMaxIdleConns(cfg.MaxIdleConns)
	}
	sqlDB.SetConnMaxLifetime(cfg.ConnMaxLifetime)
	sqlDB.SetConnMaxIdleTime(cfg.ConnMaxIdleTime)
}

// registerMetrics registers the pool statistics and the query metrics with
// reg, reusing query metrics an earlier Open registered there. The returned
// function unregisters the pool statistics. A nil reg registers nothing.
func registerMetrics(sqlDB *sql.DB, reg prometheus.Registerer) (*metrics, func(), error) {
	m := newMetrics()
	if reg == nil {
		return m, func() {}, nil
	}
	stats := collectors.NewDBStatsCollector(sqlDB, "shop")
	if err := reg.Register(stats); err != nil {
		return nil, nil, fmt.Errorf("register pool metrics: %w", err)
	}
	unregister := func() { reg.Unregister(stats) }
	if err := m.register(reg); err != nil {
		unregister()
		return nil, nil, err
	}
	return m, unregister, nil
}

// SQL returns the underlying database/sql pool.
func (db *DB) SQL() *sql.DB { return db.sql }

// SlowQueries returns the log of statements slower than the configured
// threshold.
func (db *DB) SlowQueries() *SlowQueryLog { return db.slow }

// Ping checks that the server is reachable.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.sql.PingContext(ctx); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	return nil
}

// Close unregisters the pool metrics and closes every connection. The slow
// query log is not flushed; call [SlowQueryLog.Flush] first to keep it.
func (db *DB) Close() error {
	db.unregister()
	if err := db.sql.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}
