package netdelay

import (
	"errors"
	"net"
	"strings"
	"testing"
	"time"
)

func TestStartRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		upstream     string
		delay        time.Duration
		invalidDelay bool
		wantInError  string
	}{
		{"sub-millisecond delay", redisAddr, 500 * time.Microsecond, true, "whole number of milliseconds, e.g. 1ms"},
		{"delay with a sub-millisecond part", redisAddr, 1500 * time.Microsecond, true, "1.5ms has a sub-millisecond part"},
		{"negative delay", redisAddr, -time.Millisecond, true, "-1ms is negative"},
		{"upstream without a port", "127.0.0.1", time.Millisecond, false, "missing port"},
		{"upstream refusing connections", "127.0.0.1:1", time.Millisecond, false, "connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Start(t.Context(), "test", tt.upstream, tt.delay, discard())
			if err == nil {
				_ = p.Close()
				t.Fatalf("Start(%q, %v) = nil error", tt.upstream, tt.delay)
			}
			if got := errors.Is(err, ErrInvalidDelay); got != tt.invalidDelay {
				t.Errorf("errors.Is(%v, ErrInvalidDelay) = %v, want %v", err, got, tt.invalidDelay)
			}
			if !strings.Contains(err.Error(), tt.wantInError) {
				t.Errorf("Start error %q does not contain %q", err, tt.wantInError)
			}
		})
	}
}

func TestStartReportsAddrAndDelay(t *testing.T) {
	t.Parallel()
	p := startProxy(t, redisAddr, 2*time.Millisecond, discard())
	host, port, err := net.SplitHostPort(p.Addr())
	if err != nil || host != "127.0.0.1" || port == "0" {
		t.Errorf("Addr() = %q, want 127.0.0.1 and a chosen port", p.Addr())
	}
	if p.Delay() != 2*time.Millisecond || p.Upstream() != redisAddr {
		t.Errorf("Delay(), Upstream() = %v, %q; want 2ms, %q", p.Delay(), p.Upstream(), redisAddr)
	}
}

// TestStartStopRepeatedly starts and closes many proxies in one process, as
// tests and the Postgres and Redis proxies of one shop do: nothing global
// (metrics, loggers) may collide.
func TestStartStopRepeatedly(t *testing.T) {
	t.Parallel()
	for range 20 {
		pg, err := Start(t.Context(), "postgres", postgresAddr, time.Millisecond, discard())
		if err != nil {
			t.Fatal(err)
		}
		rd, err := Start(t.Context(), "redis", redisAddr, time.Millisecond, discard())
		if err != nil {
			t.Fatal(err)
		}
		_ = pg.Close()
		_ = rd.Close()
	}
}
