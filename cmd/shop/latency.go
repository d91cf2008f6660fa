package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"shop/platform/netdelay"
)

// backendProxies route the shop's backend connections through in-process
// proxies that add a delay to every round trip, so that a benchmark on
// loopback sees data-centre round-trip times. Without a delay they are no-ops.
type backendProxies struct {
	delay   time.Duration
	proxies []*netdelay.Proxy
}

// registerBackendLatency exposes the injected delay on /metrics, where the
// benchmark reads it for its report.
func registerBackendLatency(reg prometheus.Registerer, delay time.Duration) {
	g := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "shop_backend_latency_seconds",
		Help: "Delay added to each round trip to Postgres, Redis and Elasticsearch (--backend-latency); 0 when none.",
	})
	g.Set(delay.Seconds())
	reg.MustRegister(g)
}

// route returns the address to dial instead of hostPort.
func (b *backendProxies) route(ctx context.Context, name, hostPort string, logger *slog.Logger) (string, error) {
	if b.delay == 0 {
		return hostPort, nil
	}
	p, err := netdelay.Start(ctx, name, hostPort, b.delay, logger)
	if err != nil {
		return "", fmt.Errorf("--backend-latency: %s: %w", name, err)
	}
	b.proxies = append(b.proxies, p)
	return p.Addr(), nil
}

// routeURL rewrites the host of a postgres:// or redis:// URL.
func (b *backendProxies) routeURL(ctx context.Context, name, raw string, logger *slog.Logger) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Port() == "" {
		return "", fmt.Errorf("--backend-latency: the %s URL must name its port", name)
	}
	if u.Host, err = b.route(ctx, name, u.Host, logger); err != nil {
		return "", err
	}
	return u.String(), nil
}

func (b *backendProxies) close() error {
	var errs []error
	for _, p := range b.proxies {
		errs = append(errs, p.Close())
	}
	return errors.Join(errs...)
}
