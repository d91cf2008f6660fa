package catalogseed

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// refs are the database ids of the fixed part of the catalog, indexed like
// vocabulary.leaves and vocabulary.brands.
type refs struct {
	categories []int64
	brands     []int64
}

// truncateCatalog empties the catalog's tables for Options.Reset.
const truncateCatalog = `TRUNCATE product_ratings, reviews, inventory, stock_adjustments,
	variants, products, brands, categories RESTART IDENTITY CASCADE`

// prepare empties the catalog if reset is set, inserts the category tree and
// the brands that are missing and looks up the ids of all of them. It counts
// the categories and brands it inserted in sum.
func prepare(ctx context.Context, conn *pgx.Conn, vocab *vocabulary, reset bool, sum *Summary) (refs, error) {
	var out refs
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if reset {
			if _, err := tx.Exec(ctx, truncateCatalog); err != nil {
				return fmt.Errorf("truncate: %w", err)
			}
		}
		n, err := insertCategories(ctx, tx, vocab)
		if err != nil {
			return err
		}
		sum.Categories = n
		if sum.Brands, err = insertBrands(ctx, tx, vocab); err != nil {
			return err
		}
		out, err = lookupRefs(ctx, tx, vocab)
		return err
	})
	return out, err
}

// insertCategories inserts the departments, then their children under them.
func insertCategories(ctx context.Context, tx pgx.Tx, vocab *vocabulary) (int, error) {
	var slugs, names []string
	var positions []int32
	for d, dept := range vocab.departments {
		slugs = append(slugs, slugify(dept.name))
		names = append(names, dept.name)
		positions = append(positions, int32(d))
	}
	top, err := tx.Exec(ctx, `INSERT INTO categories (slug, name, position)
		SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
		ON CONFLICT (slug) DO NOTHING`, slugs, names, positions)
	if err != nil {
		return 0, fmt.Errorf("insert departments: %w", err)
	}
	var parents []string
	slugs, names, positions = nil, nil, nil
	for _, lf := range vocab.leaves {
		parents = append(parents, lf.deptSlug)
		slugs = append(slugs, lf.slug)
		names = append(names, lf.leaf.name)
		positions = append(positions, int32(lf.position))
	}
	children, err := tx.Exec(ctx, `INSERT INTO categories (parent_id, slug, name, position)
		SELECT p.id, t.slug, t.name, t.position
		FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS t(parent, slug, name, position),
			categories p
		WHERE p.slug = t.parent
		ON CONFLICT (slug) DO NOTHING`, parents, slugs, names, positions)
	if err != nil {
		return 0, fmt.Errorf("insert categories: %w", err)
	}
	return int(top.RowsAffected() + children.RowsAffected()), nil
}

func insertBrands(ctx context.Context, tx pgx.Tx, vocab *vocabulary) (int, error) {
	slugs := make([]string, len(vocab.brands))
	for i, b := range vocab.brands {
		slugs[i] = slugify(b)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO brands (slug, name)
		SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT (slug) DO NOTHING`, slugs, vocab.brands)
	if err != nil {
		return 0, fmt.Errorf("insert brands: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// lookupRefs reads back the ids of the leaf categories and the brands.
func lookupRefs(ctx context.Context, tx pgx.Tx, vocab *vocabulary) (refs, error) {
	cats, err := idsBySlug(ctx, tx, "categories")
	if err != nil {
		return refs{}, err
	}
	brands, err := idsBySlug(ctx, tx, "brands")
	if err != nil {
		return refs{}, err
	}
	out := refs{categories: make([]int64, len(vocab.leaves)), brands: make([]int64, len(vocab.brands))}
	for i, lf := range vocab.leaves {
		if out.categories[i] = cats[lf.slug]; out.categories[i] == 0 {
			return refs{}, fmt.Errorf("category %q is missing", lf.slug)
		}
	}
	for i, b := range vocab.brands {
		if out.brands[i] = brands[slugify(b)]; out.brands[i] == 0 {
			return refs{}, fmt.Errorf("brand %q is missing", b)
		}
	}
	return out, nil
}

func idsBySlug(ctx context.Context, tx pgx.Tx, table string) (map[string]int64, error) {
	rows, err := tx.Query(ctx, "SELECT slug, id FROM "+pgx.Identifier{table}.Sanitize())
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	out := make(map[string]int64)
	var slug string
	var id int64
	_, err = pgx.ForEachRow(rows, []any{&slug, &id}, func() error {
		out[slug] = id
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	return out, nil
}
