package netdelay

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCloseRefusesNewConnections(t *testing.T) {
	t.Parallel()
	p := startProxy(t, redisAddr, time.Millisecond, discard())
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if conn, err := net.DialTimeout("tcp", p.Addr(), time.Second); err == nil {
		_ = conn.Close()
		t.Errorf("dialing %s after Close succeeded", p.Addr())
	}
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestCloseClosesOpenConnections(t *testing.T) {
	t.Parallel()
	p := startProxy(t, redisAddr, time.Millisecond, discard())
	rdb := newRedis(t, p.Addr())
	_ = p.Close()
	if err := rdb.Ping(t.Context()).Err(); err == nil {
		t.Error("PING on a connection made before Close succeeded")
	}
}

// TestUpstreamGoneAfterStart shows what a client sees when the upstream stops
// accepting after Start succeeded: the proxy accepts, fails to dial, logs an
// error and closes the client's connection.
func TestUpstreamGoneAfterStart(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logs := &capture{level: slog.LevelInfo}
	p := startProxy(t, ln.Addr().String(), time.Millisecond, slog.New(logs))
	_ = ln.Close()

	conn, err := net.DialTimeout("tcp", p.Addr(), time.Second)
	if err != nil {
		t.Fatalf("dial the proxy: %v", err)
	}
	defer conn.Close()
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err = conn.Read(make([]byte, 1))
	if err == nil || errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("read from a proxy whose upstream is gone: %v, want EOF or reset", err)
	}
	if !errors.Is(err, io.EOF) {
		t.Logf("read error: %v", err)
	}
	if !slices.ContainsFunc(logs.records(), func(r record) bool {
		return r.Level == slog.LevelError && r.Msg == "netdelay cannot reach upstream; closing the client connection"
	}) {
		t.Errorf("no error logged for the failed upstream dial; logs: %+v", logs.records())
	}
}

// TestConnectionsClosedMidResponse closes connections while a response of
// many chunks is still in the delay line, from either side. Close must
// return, and TestMain then finds no toxiproxy goroutine left (the latency
// toxic of a link that stopped draining would stay blocked forever).
func TestConnectionsClosedMidResponse(t *testing.T) {
	t.Parallel()
	key := "netdelay-test:" + rand.Text()
	rdb := newRedis(t, redisAddr)
	if err := rdb.Set(t.Context(), key, strings.Repeat("x", 4<<20), time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdb.Del(context.Background(), key) })
	tests := []struct {
		name        string
		closeClient bool
	}{
		{"client closes", true},
		{"proxy closes", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := startProxy(t, redisAddr, 50*time.Millisecond, discard())
			conn, err := net.Dial("tcp", p.Addr())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := conn.Write([]byte("GET " + key + "\r\n")); err != nil {
				t.Fatal(err)
			}
			time.Sleep(20 * time.Millisecond) // the reply is read, not yet sent
			if tt.closeClient {
				_ = conn.Close()
			}
			closed := make(chan struct{})
			go func() {
				_ = p.Close()
				close(closed)
			}()
			select {
			case <-closed:
			case <-time.After(10 * time.Second):
				t.Fatal("Close did not return: a link is stuck")
			}
		})
	}
}
