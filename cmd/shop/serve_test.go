package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"shop/modules/catalog/catalogseed"
	"shop/platform/config"
	"shop/platform/database/dbtest"
)

// instance is one running `shop serve` in this process.
type instance struct {
	base string
}

// startInstances starts n shop instances sharing one freshly seeded database
// and one Redis cache namespace, as n servers behind a load balancer would.
func startInstances(t *testing.T, n int) []instance {
	t.Helper()
	ins, _ := startShop(t, shopSetup{instances: n})
	return ins
}

// shopSetup changes how startShop starts its instances.
type shopSetup struct {
	instances int
	products  int                             // default 40
	opts      serveOptions                    // serve's flags
	config    func(*config.Config)            // a change to the configuration
	wrap      func(http.Handler) http.Handler // middleware in front of the shop
}

// startShop seeds a fresh database and starts the instances of setup on
// loopback listeners; they stop when the test ends. It returns them and
// their configuration.
func startShop(t *testing.T, setup shopSetup) ([]instance, config.Config) {
	t.Helper()
	url := dbtest.NewURL(t)
	if _, err := catalogseed.Run(t.Context(), url, catalogseed.Options{Products: cmp.Or(setup.products, 40), Seed: 11}); err != nil {
		t.Fatalf("seed: %v", err)
	}
	cfg, err := config.Load(func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	cfg.DatabaseURL = url
	cfg.CacheNamespace = "test-" + rand.Text()
	cfg.AdminToken = "secret"
	cfg.DBMaxOpenConns = 8
	if setup.config != nil {
		setup.config(&cfg)
	}

	var out []instance
	for range max(setup.instances, 1) {
		a, err := newApp(t.Context(), cfg, setup.opts, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatalf("newApp: %v", err)
		}
		if setup.wrap != nil {
			a.handler = setup.wrap(a.handler)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ctx, stop := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- a.run(ctx, ln) }()
		t.Cleanup(func() {
			stop()
			if err := <-done; err != nil {
				t.Errorf("run: %v", err)
			}
			a.close()
		})
		waitSubscribed(a)
		out = append(out, instance{base: "http://" + ln.Addr().String()})
	}
	return out, cfg
}

// waitSubscribed gives a's cache up to 2 s to subscribe to invalidations (a
// fill that races the first subscription is served but not cached); without
// Redis it never does, and the test goes on.
func waitSubscribed(a *app) {
	for deadline := time.Now().Add(2 * time.Second); !a.bus.Subscribed() && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

// get returns the status, X-Cache header and decoded body of a GET.
func (in instance) get(t *testing.T, path string, v any) (int, string) {
	t.Helper()
	resp, err := http.Get(in.base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("X-Cache")
}

type productName struct {
	Product struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"product"`
}

func TestPatchOnOneInstanceReachesAll(t *testing.T) {
	t.Parallel()
	ins := startInstances(t, 2)
	var list struct {
		Items []struct {
			Slug string `json:"slug"`
		} `json:"items"`
	}
	ins[0].get(t, "/v1/products?limit=1", &list)
	path := "/v1/products/" + list.Items[0].Slug

	// Both instances have the page in their L1.
	var page productName
	for _, in := range ins {
		in.get(t, path, &page)
		if _, cache := in.get(t, path, &page); cache != "hit" {
			t.Fatalf("%s second read: X-Cache %q, want hit", in.base, cache)
		}
	}

	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPatch,
		fmt.Sprintf("%s/admin/v1/products/%d", ins[0].base, page.Product.ID), strings.NewReader(`{"name":"Renamed Everywhere"}`))
	req.Header.Set("Authorization", "Bearer secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("PATCH: %v %v", resp.Status, err)
	}
	resp.Body.Close()

	// The writer's own instance is up to date at once; the other as soon as
	// the invalidation message arrives over Redis pub/sub.
	if ins[0].get(t, path, &page); page.Product.Name != "Renamed Everywhere" {
		t.Errorf("writing instance serves %q", page.Product.Name)
	}
	deadline := time.Now().Add(2 * time.Second)
	for ins[1].get(t, path, &page); page.Product.Name != "Renamed Everywhere"; ins[1].get(t, path, &page) {
		if time.Now().After(deadline) {
			t.Fatalf("other instance still serves %q after 2s", page.Product.Name)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestServesWithoutRedis(t *testing.T) {
	t.Parallel()
	ins, _ := startShop(t, shopSetup{config: func(cfg *config.Config) { cfg.RedisURL = "redis://127.0.0.1:1/0" }})
	in := ins[0]
	var ready struct {
		Status string `json:"status"`
	}
	if status, _ := in.get(t, "/readyz", &ready); status != http.StatusOK || ready.Status != "degraded" {
		t.Errorf("/readyz without Redis: %d %q, want 200 degraded", status, ready.Status)
	}
	var list struct {
		Items []struct {
			Slug string `json:"slug"`
		} `json:"items"`
	}
	if status, _ := in.get(t, "/v1/products?limit=1", &list); status != http.StatusOK {
		t.Fatalf("listing without Redis: %d", status)
	}
	var page productName
	path := "/v1/products/" + list.Items[0].Slug
	if status, _ := in.get(t, path, &page); status != http.StatusOK {
		t.Fatalf("product page without Redis: %d", status)
	}
	if _, cache := in.get(t, path, &page); cache != "hit" {
		t.Errorf("second read without Redis: X-Cache %q, want hit (from L1)", cache)
	}
}

// TestSeedInvalidatesRunningCaches grows the catalog under a running
// instance, as `shop seed` does: the listing it had cached must show the new
// products on the next read.
func TestSeedInvalidatesRunningCaches(t *testing.T) {
	t.Parallel()
	ins, cfg := startShop(t, shopSetup{products: 20})
	var list struct {
		Items []json.RawMessage `json:"items"`
	}
	ins[0].get(t, "/v1/products?limit=100", &list)
	if _, cache := ins[0].get(t, "/v1/products?limit=100", &list); cache != "hit" || len(list.Items) == 0 {
		t.Fatalf("listing of the seeded catalog: X-Cache %q, %d items", cache, len(list.Items))
	}
	before := len(list.Items)

	if _, err := catalogseed.Run(t.Context(), cfg.DatabaseURL, catalogseed.Options{Products: 40, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	if err := invalidateCatalogCache(t.Context(), cfg, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for ins[0].get(t, "/v1/products?limit=100", &list); len(list.Items) == before; ins[0].get(t, "/v1/products?limit=100", &list) {
		if time.Now().After(deadline) {
			t.Fatalf("listing still shows %d products after the seed added more", before)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
