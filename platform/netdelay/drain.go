package netdelay

import (
	"net"
	"sync"
)

// drainWriter is the destination of one toxiproxy link. It never fails a
// write. In toxiproxy v2.5.0 a link whose destination write fails stops
// reading its toxic chain, and the latency toxic then blocks forever on the
// next chunk it holds, keeping the goroutine and the chunks: every connection
// closed with more than one chunk of a response still in the delay line
// (a client that gives up on a large result, or Close) would leak them. So
// after the first failure drainWriter closes the connection, which ends the
// link reading from it, and discards the rest until the chain runs dry.
type drainWriter struct {
	conn    net.Conn
	broken  bool // written only by the link's one writing goroutine
	onClose func()
	once    sync.Once
}

// newDrainWriter wraps conn for a link of p; the link's end closes and
// forgets conn and counts the link as done.
func (p *Proxy) newDrainWriter(conn net.Conn) *drainWriter {
	return &drainWriter{conn: conn, onClose: func() {
		p.untrackClose(conn)
		p.links.Done()
	}}
}

// Write writes b to the connection until that fails, and then discards it.
func (w *drainWriter) Write(b []byte) (int, error) {
	if !w.broken {
		if _, err := w.conn.Write(b); err != nil {
			w.broken = true
			_ = w.conn.Close()
		}
	}
	return len(b), nil
}

// Close closes the connection; the link calls it once, when it ends.
func (w *drainWriter) Close() error {
	w.once.Do(w.onClose)
	return nil
}
