package catalogseed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"
)

// Options configure a seeding run.
type Options struct {
	// Products is the number of products the catalog should have; products
	// 1..Products are generated and the ones already present are skipped.
	Products int
	// Seed selects the catalog: the same seed always gives the same catalog.
	Seed int64
	// Reset empties the catalog tables (and restarts their ids) first.
	Reset bool
	// Progress is where the progress bar goes; nil means nowhere.
	Progress io.Writer
	// Interactive draws a progress bar over the products on Progress; when
	// false nothing is written during the run.
	Interactive bool
	// Now is the end of the two years that product and review dates are
	// spread over. The zero value means the start of the current UTC day, so
	// runs on the same day produce identical rows.
	Now time.Time
}

// Summary is what a run did.
type Summary struct {
	Categories int // categories inserted (0 when the tree was already there)
	Brands     int // brands inserted
	Products   int // products inserted
	Variants   int // variants inserted, each with its inventory row
	Reviews    int // reviews inserted
	Skipped    int // products already present, left as they were
	Elapsed    time.Duration
}

// String is the one-line report of a run.
func (s Summary) String() string {
	return fmt.Sprintf("seeded %d products (%d already present), %d variants, %d reviews, %d categories, %d brands in %s",
		s.Products, s.Skipped, s.Variants, s.Reviews, s.Categories, s.Brands, s.Elapsed.Round(time.Millisecond))
}

// Run seeds the catalog in the database at databaseURL with products
// 1..opts.Products of the catalog opts.Seed selects. Without opts.Reset it
// only adds what is missing. Each batch of products is committed on its own,
// so a failed or cancelled run leaves complete products behind and a later
// run adds the rest.
func Run(ctx context.Context, databaseURL string, opts Options) (Summary, error) {
	start := time.Now()
	cfg := config{batchSize: defaultBatchSize, writers: max(2, min(runtime.NumCPU(), 4))}
	sum, err := run(ctx, databaseURL, opts, cfg)
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, fmt.Errorf("catalogseed: %w", err)
	}
	return sum, nil
}

// config holds the knobs Run fixes and tests vary.
type config struct {
	batchSize int
	writers   int // connections loading batches at once
}

// run is Run with the knobs exposed. When ctx ends the run, its error
// matches ctx.Err() with errors.Is.
func run(ctx context.Context, databaseURL string, opts Options, cfg config) (Summary, error) {
	sum, err := seed(ctx, databaseURL, opts, cfg)
	if ctxErr := ctx.Err(); err != nil && ctxErr != nil && !errors.Is(err, ctxErr) {
		err = fmt.Errorf("%w (%v)", ctxErr, err)
	}
	return sum, err
}

func seed(ctx context.Context, databaseURL string, opts Options, cfg config) (Summary, error) {
	var sum Summary
	if opts.Products < 0 {
		return sum, fmt.Errorf("products must not be negative, got %d", opts.Products)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now().UTC().Truncate(day)
	}
	writers, err := openWriters(ctx, databaseURL, max(cfg.writers, 1))
	if err != nil {
		return sum, err
	}
	defer func() {
		for _, w := range writers {
			w.close(ctx)
		}
	}()
	vocab := newVocabulary()
	ids, err := prepare(ctx, writers[0].conn, vocab, opts.Reset, &sum)
	if err != nil {
		return sum, err
	}
	for _, w := range writers {
		w.ids = ids
	}
	l := loader{
		writers:   writers,
		gen:       newGenerator(vocab, opts.Seed, now),
		batchSize: max(cfg.batchSize, 1),
		progress:  newProgress(opts.Progress, opts.Interactive, opts.Products),
		sum:       &sum,
	}
	err = l.load(ctx, opts.Products)
	l.progress.stop()
	if err != nil {
		return sum, err
	}
	if sum.Products > 0 || opts.Reset {
		if _, err := writers[0].conn.Exec(ctx, analyzeCatalog); err != nil {
			return sum, fmt.Errorf("analyze: %w", err)
		}
	}
	return sum, nil
}

// openWriters opens n writers or none.
func openWriters(ctx context.Context, databaseURL string, n int) ([]*writer, error) {
	writers := make([]*writer, 0, n)
	for range n {
		w, err := newWriter(ctx, databaseURL)
		if err != nil {
			for _, w := range writers {
				w.close(ctx)
			}
			return nil, err
		}
		writers = append(writers, w)
	}
	return writers, nil
}

// analyzeCatalog refreshes the planner's statistics after a bulk load.
const analyzeCatalog = `ANALYZE categories, brands, products, variants, inventory, reviews, product_ratings`
