package httpserver

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
)

// response is what a test client got.
type response struct {
	status int
	body   string
	err    string
}

func get(client *http.Client, url string) response {
	resp, err := client.Get(url)
	if err != nil {
		return response{err: err.Error()}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return response{status: resp.StatusCode, err: err.Error()}
	}
	return response{status: resp.StatusCode, body: string(body)}
}

// listen returns a listener on a free loopback port.
func listen(t *testing.T) net.Listener {
	t.Helper()
	var lc net.ListenConfig
	ln, err := lc.Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

func TestServeDrainsInFlightRequest(t *testing.T) {
	t.Parallel()
	b := setup(t, Config{})
	entered, release := make(chan struct{}), make(chan struct{})
	b.engine.GET("/slow", func(c *gin.Context) {
		close(entered)
		<-release
		if err := c.Request.Context().Err(); err != nil {
			c.String(http.StatusInternalServerError, "request context ended: %v", err)
			return
		}
		c.String(http.StatusOK, "done")
	})
	ln := listen(t)
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	served := make(chan error, 1)
	go func() {
		served <- ServeListener(ctx, ln, b.engine, Config{ShutdownTimeout: 10 * time.Second}, slog.New(slog.DiscardHandler))
	}()
	client := &http.Client{Transport: &http.Transport{}}
	got := make(chan response, 1)
	go func() { got <- get(client, "http://"+addr+"/slow") }()

	<-entered
	cancel()
	waitClosed(t, addr) // shutdown has begun while the request is in flight
	close(release)

	if diff := cmp.Diff(response{status: http.StatusOK, body: "done"}, <-got, cmp.AllowUnexported(response{})); diff != "" {
		t.Errorf("in-flight response (-want +got):\n%s", diff)
	}
	if err := <-served; err != nil {
		t.Errorf("ServeListener = %v, want nil", err)
	}
}

// waitClosed waits until addr refuses connections.
func waitClosed(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err != nil {
			return
		}
		conn.Close()
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("%s still accepts connections after shutdown began", addr)
}

func TestServeListenerShutdownTimeout(t *testing.T) {
	t.Parallel()
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	h := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		close(entered)
		<-release
	})
	ln := listen(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	served := make(chan error, 1)
	go func() {
		served <- ServeListener(ctx, ln, h, Config{ShutdownTimeout: 50 * time.Millisecond}, slog.New(slog.DiscardHandler))
	}()
	go get(&http.Client{Transport: &http.Transport{}}, "http://"+ln.Addr().String())

	<-entered
	cancel()

	if err := <-served; err == nil {
		t.Error("ServeListener = nil, want an error when requests outlive the shutdown timeout")
	}
}

func TestServeServesUntilCancelled(t *testing.T) {
	t.Parallel()
	// Find a free port, then let Serve listen on it.
	ln := listen(t)
	addr := ln.Addr().String()
	ln.Close()
	h := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "hi") })
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, addr, h, Config{}, slog.New(slog.DiscardHandler)) }()

	client := &http.Client{Transport: &http.Transport{}}
	var got response
	for range 100 { // the listener may not be up yet
		if got = get(client, "http://"+addr); got.err == "" {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()

	if diff := cmp.Diff(response{status: http.StatusOK, body: "hi"}, got, cmp.AllowUnexported(response{})); diff != "" {
		t.Errorf("response (-want +got):\n%s", diff)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve = %v, want nil", err)
	}
}

func TestServeBadAddress(t *testing.T) {
	t.Parallel()
	err := Serve(t.Context(), "127.0.0.1:-1", http.NotFoundHandler(), Config{}, slog.New(slog.DiscardHandler))
	if err == nil {
		t.Error("Serve on a bad address = nil, want an error")
	}
}
