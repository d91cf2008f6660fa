package cache

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is what one Get returned, comparable with cmp.
type got struct {
	Value   product
	Outcome Outcome
}

func TestGetProgression(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := NewTiered[product](setup(t).instance(t), "product-page")
	src := &source{value: product{ID: 1, Name: "lamp", Price: 4200}, tags: []string{"product:1"}}

	steps := []struct {
		name    string
		before  func()
		want    Outcome
		wantLds int64
	}{
		{name: "cold", want: Miss, wantLds: 1},
		{name: "warm", want: HitL1, wantLds: 1},
		{name: "L1 lost", before: c.dropAll, want: HitL2, wantLds: 1},
		{name: "L1 refilled from L2", want: HitL1, wantLds: 1},
	}
	for _, s := range steps {
		if s.before != nil {
			s.before()
		}
		v, o, err := c.Get(ctx, "1", src.load)
		if err != nil {
			t.Fatalf("%s: Get: %v", s.name, err)
		}
		if diff := cmp.Diff(got{src.value, s.want}, got{v, o}); diff != "" {
			t.Errorf("%s: Get (-want +got):\n%s", s.name, diff)
		}
		if n := src.calls.Load(); n != s.wantLds {
			t.Errorf("%s: loads = %d, want %d", s.name, n, s.wantLds)
		}
	}
	want := Stats{L1Hits: 2, L1Misses: 2, L2Hits: 1, L2Misses: 1, Loads: 1}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

func TestGetCoalescesConcurrentMisses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := NewTiered[product](setup(t).instance(t), "listing")
	src := &source{
		value:   product{ID: 2, Name: "chair"},
		entered: make(chan struct{}, 1),
		release: make(chan struct{}),
	}

	const callers = 50
	var started, done sync.WaitGroup
	results := make([]product, callers)
	errs := make([]error, callers)
	for i := range callers {
		started.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			started.Done()
			results[i], _, errs[i] = c.Get(ctx, "2", src.load)
		}()
	}
	started.Wait()
	<-src.entered
	close(src.release)
	done.Wait()

	if n := src.calls.Load(); n != 1 {
		t.Errorf("loads = %d, want 1", n)
	}
	for i := range callers {
		if errs[i] != nil {
			t.Errorf("caller %d: Get: %v", i, errs[i])
		}
		if diff := cmp.Diff(src.value, results[i]); diff != "" {
			t.Errorf("caller %d: value (-want +got):\n%s", i, diff)
		}
	}
}

func TestGetCallerCancellationSparesOthers(t *testing.T) {
	t.Parallel()
	c := NewTiered[product](setup(t).instance(t), "product-page")
	src := &source{
		value:   product{ID: 3, Name: "desk"},
		entered: make(chan struct{}, 1),
		release: make(chan struct{}),
	}

	impatient, cancel := context.WithCancel(context.Background())
	firstErr := make(chan error, 1)
	go func() {
		_, _, err := c.Get(impatient, "3", src.load)
		firstErr <- err
	}()
	<-src.entered
	second := make(chan got, 1)
	go func() {
		v, o, err := c.Get(context.Background(), "3", src.load)
		if err != nil {
			t.Errorf("patient Get: %v", err)
		}
		second <- got{v, o}
	}()
	cancel()
	if err := <-firstErr; !errors.Is(err, context.Canceled) {
		t.Errorf("impatient Get error = %v, want context.Canceled", err)
	}
	close(src.release)

	// The patient caller joined the load or, if it came late, found its result.
	g := <-second
	if diff := cmp.Diff(src.value, g.Value); diff != "" {
		t.Errorf("patient Get (-want +got):\n%s", diff)
	}
	if n := src.calls.Load(); n != 1 {
		t.Errorf("loads = %d, want 1", n)
	}
}

func TestGetNegativeCaching(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	bus := setup(t).instance(t)
	c := NewTiered[product](bus, "product-page")
	src := &source{tags: []string{"product:404"}}
	src.set(product{}, errors.Join(errors.New("catalog: get product 404"), errProductNotFound))

	steps := []struct {
		name   string
		before func()
		want   Outcome
	}{
		{name: "cold", want: Miss},
		{name: "tombstone in L1", want: HitL1},
		{name: "tombstone in L2", before: c.dropAll, want: HitL2},
	}
	for _, s := range steps {
		if s.before != nil {
			s.before()
		}
		_, o, err := c.Get(ctx, "404", src.load)
		if !errors.Is(err, errProductNotFound) {
			t.Errorf("%s: Get error = %v, want %v", s.name, err, errProductNotFound)
		}
		if o != s.want {
			t.Errorf("%s: outcome = %v, want %v", s.name, o, s.want)
		}
	}
	if n := src.calls.Load(); n != 1 {
		t.Errorf("loads with tombstone = %d, want 1", n)
	}

	created := product{ID: 404, Name: "new"}
	src.set(created, nil)
	if err := bus.Invalidate(ctx, "product:404"); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	v, o, err := c.Get(ctx, "404", src.load)
	if err != nil {
		t.Fatalf("Get after Invalidate: %v", err)
	}
	if diff := cmp.Diff(got{created, Miss}, got{v, o}); diff != "" {
		t.Errorf("Get after Invalidate (-want +got):\n%s", diff)
	}
}

func TestGetDoesNotCacheOtherErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := NewTiered[product](setup(t).instance(t), "product-page")
	boom := errors.New("database on fire")
	src := &source{err: boom}

	for i := range 2 {
		if _, _, err := c.Get(ctx, "5", src.load); !errors.Is(err, boom) {
			t.Errorf("Get %d error = %v, want %v", i, err, boom)
		}
	}
	if n := src.calls.Load(); n != 2 {
		t.Errorf("loads = %d, want 2", n)
	}
}

func TestGetLoaderPanicIsAnError(t *testing.T) {
	t.Parallel()
	c := NewTiered[product](setup(t).instance(t), "product-page")
	_, _, err := c.Get(context.Background(), "6", func(context.Context) (product, []string, error) {
		panic("bad loader")
	})
	if err == nil {
		t.Fatal("Get error = nil, want the panic as an error")
	}
}

func TestNewTieredRejectsBadNames(t *testing.T) {
	t.Parallel()
	bus := NewBus(setup(t).rdb, Config{}, nil, nil)
	NewTiered[product](bus, "listing")
	for _, name := range []string{"", "tag", "a:b", "listing"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			defer func() {
				if recover() == nil {
					t.Errorf("NewTiered(%q) did not panic", name)
				}
			}()
			NewTiered[product](bus, name)
		})
	}
}

func TestOutcome(t *testing.T) {
	t.Parallel()
	tests := []struct {
		o       Outcome
		wantStr string
		wantHit bool
	}{
		{Miss, "miss", false},
		{HitL1, "hit-l1", true},
		{HitL2, "hit-l2", true},
	}
	for _, tt := range tests {
		if got := tt.o.String(); got != tt.wantStr {
			t.Errorf("Outcome(%d).String() = %q, want %q", tt.o, got, tt.wantStr)
		}
		if got := tt.o.Hit(); got != tt.wantHit {
			t.Errorf("%v.Hit() = %v, want %v", tt.o, got, tt.wantHit)
		}
	}
}
