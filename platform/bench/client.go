package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// StrategyHeader is the request header that picks a strategy on a server
// started with --bench-modes.
const StrategyHeader = "X-Shop-Strategy"

// Request is one request a scenario makes.
type Request struct {
	Method string
	Path   string // with query, relative to the target
	Body   []byte
}

// client talks to the target server.
type client struct {
	base string
	http *http.Client
}

func newClient(target string, maxConns int) *client {
	transport := &http.Transport{
		MaxIdleConns:        maxConns,
		MaxIdleConnsPerHost: maxConns,
		MaxConnsPerHost:     maxConns,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	return &client{
		base: strings.TrimRight(target, "/"),
		http: &http.Client{Transport: transport, Timeout: 30 * time.Second},
	}
}

// do sends req with strategy (none when empty) and returns the status and,
// when keep is set, the body; the body is always read to the end.
func (c *client) do(ctx context.Context, req Request, strategy string, keep bool) (int, []byte, error) {
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	hreq, err := http.NewRequestWithContext(ctx, method, c.base+req.Path, body)
	if err != nil {
		return 0, nil, err
	}
	if strategy != "" {
		hreq.Header.Set(StrategyHeader, strategy)
	}
	if req.Body != nil {
		hreq.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	if keep {
		b, err := io.ReadAll(resp.Body)
		return resp.StatusCode, b, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil, err
}

// getJSON reads path (optimized strategy) into v, failing on a non-200.
func (c *client) getJSON(ctx context.Context, path string, v any) error {
	status, body, err := c.do(ctx, Request{Path: path}, "", true)
	if err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	if status != http.StatusOK {
		return fmt.Errorf("GET %s: status %d: %.200s", path, status, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	return nil
}

func (c *client) close() { c.http.CloseIdleConnections() }
