package database

import (
	"context"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQueryCounterNests(t *testing.T) {
	t.Parallel()
	ctx, outer := WithQueryCounter(context.Background())
	countQuery(ctx)
	inner1Ctx, inner1 := WithQueryCounter(ctx)
	inner2Ctx, inner2 := WithQueryCounter(ctx)

	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() { countQuery(inner1Ctx) })
		wg.Go(func() { countQuery(inner2Ctx); countQuery(inner2Ctx) })
	}
	wg.Wait()
	countQuery(context.Background()) // no counter: a no-op

	got := []int64{outer.Load(), inner1.Load(), inner2.Load()}
	if diff := cmp.Diff([]int64{151, 50, 100}, got); diff != "" {
		t.Errorf("counts (outer, inner1, inner2) mismatch (-want +got):\n%s", diff)
	}
}
