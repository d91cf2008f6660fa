package catalogapi_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"

	"shop/modules/catalog"
	"shop/modules/catalog/catalogapi"
	"shop/modules/catalog/catalogdb"
	"shop/modules/catalog/catalogseed"
	"shop/platform/cache"
	"shop/platform/database"
	"shop/platform/database/dbtest"
	"shop/platform/httpserver"
)

const adminToken = "test-admin-token"

// testBundle is one test's shop: its own seeded database, its own cache
// namespace on the shared Redis, and the catalog's routes with bench modes on.
type testBundle struct {
	db     *database.DB
	engine *gin.Engine
}

func setup(t *testing.T, products int) *testBundle {
	t.Helper()
	ctx := t.Context()
	url := dbtest.NewURL(t)
	if _, err := catalogseed.Run(ctx, url, catalogseed.Options{Products: products, Seed: 7}); err != nil {
		t.Fatalf("seed: %v", err)
	}
	logger := slog.New(slog.DiscardHandler)
	db, err := database.Open(ctx, database.Config{URL: url, MaxOpenConns: 8}, logger, nil)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { db.Close() })

	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	t.Cleanup(func() { rdb.Close() })
	bus := cache.NewBus(rdb, cache.Config{Namespace: "test-" + rand.Text()}, logger, nil)
	runCtx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { bus.Run(runCtx); close(done) }()
	t.Cleanup(func() { stop(); <-done })
	waitSubscribed(t, bus)

	store := catalogdb.New(db)
	engine := httpserver.NewEngine(httpserver.Config{}, logger, nil)
	catalogapi.Routes(engine, catalogapi.Config{
		Service:    catalog.NewService(store, bus, logger),
		Readers:    catalog.NewReaders(store, bus),
		BenchModes: true,
		AdminToken: adminToken,
	})
	return &testBundle{db: db, engine: engine}
}

// response is what a test request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// decode unmarshals the body into v, failing the test on bad JSON.
func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// errorCode returns the code of an error body.
func (r response) errorCode(t *testing.T) string {
	t.Helper()
	var body struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	r.decode(t, &body)
	return body.Error.Code
}

// do sends a request to the bundle's engine. Headers come in name, value pairs.
func (b *testBundle) do(t *testing.T, method, path string, body any, headers ...string) response {
	t.Helper()
	var rd io.Reader
	switch v := body.(type) {
	case nil:
	case string:
		rd = bytes.NewBufferString(v)
	default:
		buf, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewBuffer(buf)
	}
	req := httptest.NewRequestWithContext(t.Context(), method, path, rd)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	b.engine.ServeHTTP(rec, req)
	return response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

// get reads path with a strategy.
func (b *testBundle) get(t *testing.T, path string, strategy catalog.Strategy) response {
	t.Helper()
	return b.do(t, http.MethodGet, path, nil, catalogapi.StrategyHeader, string(strategy))
}

// admin sends an authorised admin request.
func (b *testBundle) admin(t *testing.T, method, path string, body any, headers ...string) response {
	t.Helper()
	return b.do(t, method, path, body, append([]string{"Authorization", "Bearer " + adminToken}, headers...)...)
}

// slugs returns the slugs of the first n active products.
func (b *testBundle) slugs(t *testing.T, n int) []string {
	t.Helper()
	var slugs []string
	if err := b.db.WithContext(t.Context()).Raw(`SELECT slug FROM products WHERE status = 'active' ORDER BY id LIMIT ?`, n).Scan(&slugs).Error; err != nil {
		t.Fatal(err)
	}
	return slugs
}

// waitSubscribed waits until bus listens for invalidations: a fill that
// races the first subscription is served but not cached, which would make
// the tests' X-Cache expectations depend on timing.
func waitSubscribed(t *testing.T, bus *cache.Bus) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !bus.Subscribed() {
		if time.Now().After(deadline) {
			t.Fatal("the cache bus did not subscribe within 5s")
		}
		time.Sleep(time.Millisecond)
	}
}
