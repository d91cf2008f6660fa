package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
)

// Scenario is one workflow the benchmark drives.
type Scenario interface {
	// Name is the scenario's name on the command line and in the report.
	Name() string
	// NoCacheFactor names what the optimized-nocache strategy shows alone
	// for this scenario (e.g. "parallel fan-out").
	NoCacheFactor() string
	// Prepare reads the inputs from the target's catalog.
	Prepare(ctx context.Context, c *client, rng *rand.Rand) error
	// Sampler returns a function that draws requests with rng; each worker
	// has its own.
	Sampler(rng *rand.Rand) func() Request
}

// scenarios are the scenarios this version of the shop offers, by name.
func scenarios() map[string]func() Scenario {
	return map[string]func() Scenario{
		"product-page": func() Scenario { return &productPage{} },
		"listing":      func() Scenario { return &listing{} },
	}
}

// ScenarioNames lists the scenarios that can be run.
func ScenarioNames() []string {
	var names []string
	for n := range scenarios() {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func newScenario(name string) (Scenario, error) {
	mk, ok := scenarios()[name]
	if !ok {
		return nil, fmt.Errorf("scenario %q is not available; choose from %s", name, strings.Join(ScenarioNames(), ", "))
	}
	return mk(), nil
}

// productPage reads product pages, with a Zipf popularity over a sample of
// the catalog: a few hot products and a long tail.
type productPage struct {
	slugs []string
}

// productSample is how many product slugs the product page scenario uses.
const productSample = 2000

func (*productPage) Name() string          { return "product-page" }
func (*productPage) NoCacheFactor() string { return "parallel fan-out" }

func (s *productPage) Prepare(ctx context.Context, c *client, rng *rand.Rand) error {
	var cursor string
	for len(s.slugs) < productSample {
		var page struct {
			Items []struct {
				Slug string `json:"slug"`
			} `json:"items"`
			NextCursor *string `json:"next_cursor"`
		}
		path := "/v1/products?limit=100"
		if cursor != "" {
			path += "&cursor=" + url.QueryEscape(cursor)
		}
		if err := c.getJSON(ctx, path, &page); err != nil {
			return err
		}
		for _, it := range page.Items {
			s.slugs = append(s.slugs, it.Slug)
		}
		if page.NextCursor == nil {
			break
		}
		cursor = *page.NextCursor
	}
	if len(s.slugs) == 0 {
		return fmt.Errorf("product-page: the target's catalog is empty; run shop seed")
	}
	// Popularity is independent of id order.
	rng.Shuffle(len(s.slugs), func(i, j int) { s.slugs[i], s.slugs[j] = s.slugs[j], s.slugs[i] })
	return nil
}

// Sampler draws slugs by a Zipf popularity (s = 1.1): rank 0 is the hottest.
func (s *productPage) Sampler(rng *rand.Rand) func() Request {
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(s.slugs)-1))
	return func() Request {
		return Request{Path: "/v1/products/" + url.PathEscape(s.slugs[zipf.Uint64()])}
	}
}

// listing reads listing pages of 24 by category: mostly first pages, some
// second and third pages through their cursors.
type listing struct {
	pages [][]string // per category, the paths of its first pages
}

const (
	listingLimit = 24
	listingDepth = 3
)

func (*listing) Name() string          { return "listing" }
func (*listing) NoCacheFactor() string { return "batched queries" }

func (s *listing) Prepare(ctx context.Context, c *client, _ *rand.Rand) error {
	var cats struct {
		Items []struct {
			Slug string `json:"slug"`
		} `json:"items"`
	}
	if err := c.getJSON(ctx, "/v1/categories", &cats); err != nil {
		return err
	}
	for _, cat := range cats.Items {
		paths, err := listingPages(ctx, c, cat.Slug)
		if err != nil {
			return err
		}
		if len(paths) > 0 {
			s.pages = append(s.pages, paths)
		}
	}
	if len(s.pages) == 0 {
		return fmt.Errorf("listing: the target has no categories with products; run shop seed")
	}
	return nil
}

// listingPages walks the first listingDepth pages of a category.
func listingPages(ctx context.Context, c *client, category string) ([]string, error) {
	base := fmt.Sprintf("/v1/products?category=%s&limit=%d", url.QueryEscape(category), listingLimit)
	var paths []string
	path := base
	for range listingDepth {
		var page struct {
			Items      []json.RawMessage `json:"items"`
			NextCursor *string           `json:"next_cursor"`
		}
		if err := c.getJSON(ctx, path, &page); err != nil {
			return nil, err
		}
		if len(page.Items) == 0 {
			break
		}
		paths = append(paths, path)
		if page.NextCursor == nil {
			break
		}
		path = base + "&cursor=" + url.QueryEscape(*page.NextCursor)
	}
	return paths, nil
}

// Sampler draws a category uniformly and a page depth: 60% first pages, 25%
// second, 15% third.
func (s *listing) Sampler(rng *rand.Rand) func() Request {
	return func() Request {
		pages := s.pages[rng.IntN(len(s.pages))]
		depth := 0
		switch p := rng.Float64(); {
		case p >= 0.85:
			depth = 2
		case p >= 0.60:
			depth = 1
		}
		return Request{Path: pages[min(depth, len(pages)-1)]}
	}
}
