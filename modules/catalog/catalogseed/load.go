package catalogseed

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"
)

// defaultBatchSize is how many products are generated and loaded at a time.
const defaultBatchSize = 5000

// loader moves the products 1..n into the database: one goroutine generates
// batches while the writers, each on its own connection, load earlier ones.
type loader struct {
	writers   []*writer
	gen       *generator
	batchSize int
	progress  progress

	mu  sync.Mutex
	sum *Summary
}

// load runs the producer and the writers until every batch is committed or
// one of them fails.
func (l *loader) load(ctx context.Context, n int) error {
	g, ctx := errgroup.WithContext(ctx)
	batches := make(chan *batch, 1)
	g.Go(func() error {
		defer close(batches)
		return l.produce(ctx, n, batches)
	})
	for _, w := range l.writers {
		g.Go(func() error {
			for b := range batches {
				c, err := w.write(ctx, b)
				if err != nil {
					return err
				}
				l.add(c)
			}
			return nil
		})
	}
	return g.Wait()
}

// produce generates the batches of products 1..n in order and chains them so
// that each takes its ids after the one before.
func (l *loader) produce(ctx context.Context, n int, out chan<- *batch) error {
	prev := make(chan struct{})
	close(prev)
	for first := 1; first <= n; first += l.batchSize {
		last := min(first+l.batchSize-1, n)
		b := &batch{
			products:  make([]product, 0, last-first+1),
			after:     prev,
			allocated: make(chan struct{}),
		}
		for i := first; i <= last; i++ {
			b.products = append(b.products, l.gen.product(i))
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		prev = b.allocated
	}
	return nil
}

// add records a committed batch in the summary and on the progress bar.
func (l *loader) add(c counts) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sum.Products += c.products
	l.sum.Skipped += c.skipped
	l.sum.Variants += c.variants
	l.sum.Reviews += c.reviews
	l.progress.add(c.products + c.skipped)
}
