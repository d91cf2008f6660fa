// Package config reads the shop's configuration from SHOP_* environment
// variables. Every variable has a default that works on a machine where
// Postgres and Redis listen on 127.0.0.1 with their usual ports; a bad value is
// reported as one error that names the variable.
package config

import (
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is everything the shop reads from its environment.
type Config struct {
	HTTPAddr        string
	RequestTimeout  time.Duration
	MaxBodyBytes    int64
	ShutdownTimeout time.Duration

	DatabaseURL        string
	DBMaxOpenConns     int
	DBMaxIdleConns     int
	DBStatementTimeout time.Duration
	SlowQueryThreshold time.Duration

	RedisURL      string
	RedisPoolSize int

	CacheL1Entries  int
	CacheL1TTL      time.Duration
	CacheL2TTL      time.Duration
	CacheNegTTL     time.Duration
	CacheNamespace  string
	AdminToken      string
	LogLevel        slog.Level
	LogFormatIsJSON bool
}

// Error is a configuration problem with one variable.
type Error struct {
	Var     string
	Value   string
	Problem string
}

func (e *Error) Error() string {
	return fmt.Sprintf("config: %s=%q: %s", e.Var, e.Value, e.Problem)
}

// Load reads the configuration with lookup (os.LookupEnv in production, a map
// in tests) and returns the first bad variable as an *Error.
func Load(lookup func(string) (string, bool)) (Config, error) {
	r := reader{lookup: lookup}
	cfg := Config{
		HTTPAddr:        r.str("SHOP_HTTP_ADDR", ":8080"),
		RequestTimeout:  r.duration("SHOP_HTTP_REQUEST_TIMEOUT", 10*time.Second),
		MaxBodyBytes:    int64(r.positiveInt("SHOP_HTTP_MAX_BODY_BYTES", 1<<20)),
		ShutdownTimeout: r.duration("SHOP_SHUTDOWN_TIMEOUT", 15*time.Second),

		DatabaseURL:        r.url("SHOP_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/shop?sslmode=disable", "postgres", "postgresql"),
		DBMaxOpenConns:     r.positiveInt("SHOP_DB_MAX_OPEN_CONNS", 20),
		DBMaxIdleConns:     r.positiveInt("SHOP_DB_MAX_IDLE_CONNS", 20),
		DBStatementTimeout: r.duration("SHOP_DB_STATEMENT_TIMEOUT", 5*time.Second),
		SlowQueryThreshold: r.duration("SHOP_DB_SLOW_QUERY_THRESHOLD", 100*time.Millisecond),

		RedisURL:      r.url("SHOP_REDIS_URL", "redis://127.0.0.1:6379/0", "redis", "rediss"),
		RedisPoolSize: r.positiveInt("SHOP_REDIS_POOL_SIZE", 20),

		CacheL1Entries: r.positiveInt("SHOP_CACHE_L1_ENTRIES", 10_000),
		CacheL1TTL:     r.duration("SHOP_CACHE_L1_TTL", 30*time.Second),
		CacheL2TTL:     r.duration("SHOP_CACHE_L2_TTL", 10*time.Minute),
		CacheNegTTL:    r.duration("SHOP_CACHE_NEGATIVE_TTL", 30*time.Second),
		CacheNamespace: r.str("SHOP_CACHE_NAMESPACE", ""),

		AdminToken:      r.str("SHOP_ADMIN_TOKEN", ""),
		LogLevel:        r.level("SHOP_LOG_LEVEL", slog.LevelInfo),
		LogFormatIsJSON: r.oneOf("SHOP_LOG_FORMAT", "json", "json", "text") == "json",
	}
	if cfg.CacheNamespace == "" {
		cfg.CacheNamespace = defaultCacheNamespace(cfg.DatabaseURL)
	}
	return cfg, r.err
}

// defaultCacheNamespace is "shop:<database name>": instances of one database
// share their cache, and shops of different databases on one Redis do not.
func defaultCacheNamespace(databaseURL string) string {
	u, err := url.Parse(databaseURL)
	if err != nil || strings.Trim(u.Path, "/") == "" {
		return "shop"
	}
	return "shop:" + strings.Trim(u.Path, "/")
}

// reader parses variables and keeps the first error, so Load reads as a list.
type reader struct {
	lookup func(string) (string, bool)
	err    error
}

func (r *reader) raw(name string) (string, bool) {
	v, ok := r.lookup(name)
	return strings.TrimSpace(v), ok && strings.TrimSpace(v) != ""
}

func (r *reader) fail(name, value, problem string) {
	if r.err == nil {
		r.err = &Error{Var: name, Value: value, Problem: problem}
	}
}

func (r *reader) str(name, def string) string {
	if v, ok := r.raw(name); ok {
		return v
	}
	return def
}

func (r *reader) positiveInt(name string, def int) int {
	v, ok := r.raw(name)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		r.fail(name, v, "must be a positive whole number")
		return def
	}
	return n
}

func (r *reader) duration(name string, def time.Duration) time.Duration {
	v, ok := r.raw(name)
	if !ok {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail(name, v, `must be a positive duration such as "500ms" or "30s"`)
		return def
	}
	return d
}

func (r *reader) url(name, def string, schemes ...string) string {
	v := r.str(name, def)
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		r.fail(name, v, "must be a URL such as "+def)
		return def
	}
	for _, s := range schemes {
		if u.Scheme == s {
			return v
		}
	}
	r.fail(name, v, "scheme must be one of "+strings.Join(schemes, ", "))
	return def
}

func (r *reader) oneOf(name, def string, allowed ...string) string {
	v := strings.ToLower(r.str(name, def))
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	r.fail(name, v, "must be one of "+strings.Join(allowed, ", "))
	return def
}

func (r *reader) level(name string, def slog.Level) slog.Level {
	v, ok := r.raw(name)
	if !ok {
		return def
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		r.fail(name, v, "must be one of debug, info, warn, error")
		return def
	}
	return l
}
