package netdelay

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Shopify/toxiproxy/v2"
)

// dialTimeout bounds a connection to the upstream, Start's test one and those
// made for each client.
const dialTimeout = 5 * time.Second

// Proxy forwards one upstream TCP address, adding Delay to each round trip.
type Proxy struct {
	upstream string
	delay    time.Duration
	logger   *slog.Logger
	ln       net.Listener

	// tp and server are toxiproxy's: tp holds the toxic chain every
	// connection's links are built from, server what the links report to.
	tp     *toxiproxy.Proxy
	server *toxiproxy.ApiServer

	// ctx carries the values of the context Start was given, for logs, and
	// is cancelled by Close, which stops dials to the upstream in progress.
	ctx    context.Context
	cancel context.CancelFunc

	links     sync.WaitGroup // the accept loop, dials and toxiproxy links
	nextID    atomic.Uint64
	closeOnce sync.Once

	mu     sync.Mutex
	conns  map[net.Conn]struct{} // open connections, both sides
	closed bool
}

// Start listens on 127.0.0.1:0 and forwards every connection made there to
// upstream (host:port), holding back what the upstream sends by delay. The
// delay must be a whole number of milliseconds ([ErrInvalidDelay] otherwise);
// 0 makes a pass-through proxy. Start fails if upstream is malformed or does
// not accept a connection now. name labels the proxy in logs; a nil logger
// discards them. ctx bounds the start-up; the proxy runs until Close.
func Start(ctx context.Context, name, upstream string, delay time.Duration, logger *slog.Logger) (*Proxy, error) {
	if err := checkDelay(delay); err != nil {
		return nil, fmt.Errorf("netdelay: start %s: %w", name, err)
	}
	if err := probe(ctx, upstream); err != nil {
		return nil, fmt.Errorf("netdelay: start %s: %w", name, err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	server := toxiproxy.NewServer(toxiproxy.NewMetricsContainer(nil), newZerolog(ctx, logger))
	tp := toxiproxy.NewProxy(server, name, "127.0.0.1:0", upstream)
	if delay > 0 {
		if err := addLatency(tp, delay); err != nil {
			return nil, fmt.Errorf("netdelay: start %s: add latency: %w", name, err)
		}
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", tp.Listen)
	if err != nil {
		return nil, fmt.Errorf("netdelay: start %s: %w", name, err)
	}
	tp.Listen = ln.Addr().String()
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	p := &Proxy{
		upstream: upstream, delay: delay, logger: logger.With("proxy", name), ln: ln,
		tp: tp, server: server, ctx: runCtx, cancel: cancel,
		conns: make(map[net.Conn]struct{}),
	}
	p.links.Add(1)
	go p.serve()
	return p, nil
}

// probe connects to upstream once, so that a wrong address fails Start
// rather than every connection made through the proxy.
func probe(ctx context.Context, upstream string) error {
	if _, _, err := net.SplitHostPort(upstream); err != nil {
		return fmt.Errorf("upstream %q: %w", upstream, err)
	}
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", upstream)
	if err != nil {
		return fmt.Errorf("upstream %q: %w", upstream, err)
	}
	return conn.Close()
}

// Addr is the host:port to dial instead of the upstream.
func (p *Proxy) Addr() string { return p.tp.Listen }

// Delay is the time added to each round trip.
func (p *Proxy) Delay() time.Duration { return p.delay }

// Upstream is the address the proxy forwards to.
func (p *Proxy) Upstream() string { return p.upstream }

// Close stops accepting connections, closes every connection the proxy
// holds, on both sides, and returns once every goroutine serving them has
// finished; what was still in the delay line is dropped. Closing a closed
// Proxy does nothing. The error is always nil; Close returns one to be an
// io.Closer.
func (p *Proxy) Close() error {
	p.closeOnce.Do(func() {
		p.cancel()
		_ = p.ln.Close()
		p.mu.Lock()
		p.closed = true
		for c := range p.conns {
			_ = c.Close()
		}
		p.mu.Unlock()
		p.links.Wait()
	})
	return nil
}
