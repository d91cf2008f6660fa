package netdelay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/Shopify/toxiproxy/v2/stream"
)

// serve accepts clients until the listener is closed.
func (p *Proxy) serve() {
	defer p.links.Done()
	backoff := 5 * time.Millisecond
	for {
		client, err := p.ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return
		}
		if err != nil {
			// Such as running out of file descriptors: wait, as net/http does.
			p.logger.LogAttrs(p.ctx, slog.LevelError, "netdelay accept failed", slog.Any("error", err))
			select {
			case <-p.ctx.Done():
				return
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, time.Second)
			continue
		}
		backoff = 5 * time.Millisecond
		if !p.track(client) {
			_ = client.Close()
			return
		}
		p.links.Add(1)
		go p.connect(client)
	}
}

// connect dials the upstream for client and joins them with two toxiproxy
// links, one per direction; the toxic chain of each is the proxy's.
func (p *Proxy) connect(client net.Conn) {
	defer p.links.Done()
	ctx, cancel := context.WithTimeout(p.ctx, dialTimeout)
	defer cancel()
	var d net.Dialer
	upstream, err := d.DialContext(ctx, "tcp", p.upstream)
	if err == nil && !p.track(upstream) {
		_ = upstream.Close()
		err = net.ErrClosed
	}
	if err != nil {
		if !errors.Is(err, net.ErrClosed) && p.ctx.Err() == nil {
			p.logger.LogAttrs(p.ctx, slog.LevelError, "netdelay cannot reach upstream; closing the client connection",
				slog.String("upstream", p.upstream), slog.String("client", client.RemoteAddr().String()), slog.Any("error", err))
		}
		p.untrackClose(client)
		return
	}
	name := fmt.Sprintf("%s#%d", p.tp.Name, p.nextID.Add(1))
	p.links.Add(2)
	p.tp.Toxics.StartLink(p.server, name+"-upstream", client, p.newDrainWriter(upstream), stream.Upstream)
	p.tp.Toxics.StartLink(p.server, name+"-downstream", upstream, p.newDrainWriter(client), stream.Downstream)
}

// track records an open connection so that Close can close it. It reports
// false once the proxy is closed: the caller must close conn itself.
func (p *Proxy) track(conn net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.conns[conn] = struct{}{}
	return true
}

// untrackClose closes conn and forgets it.
func (p *Proxy) untrackClose(conn net.Conn) {
	_ = conn.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.conns, conn)
}
