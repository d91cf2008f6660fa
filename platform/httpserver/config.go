package httpserver

import "time"

// Defaults used for the zero fields of a Config.
const (
	DefaultRequestTimeout  = 30 * time.Second
	DefaultMaxBodyBytes    = 1 << 20 // 1 MiB
	DefaultShutdownTimeout = 15 * time.Second
)

// readHeaderTimeout bounds how long a client may take to send its headers,
// so that slow clients cannot hold connections open (Slowloris).
const readHeaderTimeout = 10 * time.Second

// idleTimeout bounds how long a keep-alive connection may wait for its next
// request.
const idleTimeout = 2 * time.Minute

// Config tunes the HTTP server. A zero field takes its default.
type Config struct {
	// RequestTimeout bounds each request's context (DefaultRequestTimeout).
	RequestTimeout time.Duration
	// MaxBodyBytes bounds each request body (DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// ShutdownTimeout bounds how long shutdown waits for requests in
	// flight (DefaultShutdownTimeout).
	ShutdownTimeout time.Duration
	// TrustedProxies lists the addresses or CIDRs of the proxies whose
	// X-Forwarded-For header gives the client IP. Nil trusts none: the
	// client IP is the peer's address.
	TrustedProxies []string
}

// withDefaults returns cfg with its zero fields set to their defaults.
func (cfg Config) withDefaults() Config {
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	return cfg
}
