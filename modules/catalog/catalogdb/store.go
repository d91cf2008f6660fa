package catalogdb

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"shop/modules/catalog"
	"shop/platform/database"
)

// Store is the catalog's gorm storage.
type Store struct {
	db   *gorm.DB
	inTx func(ctx context.Context, fn func(tx *gorm.DB) error) error
}

var _ catalog.Store = (*Store)(nil)

// New returns a Store over db.
func New(db *database.DB) *Store { return &Store{db: db.DB, inTx: db.InTx} }

// convertAll converts rows with conv, stopping at the first error.
func convertAll[R, T any](rows []R, conv func(R) (T, error)) ([]T, error) {
	out := make([]T, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = conv(r); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// mapAll converts rows with conv.
func mapAll[R, T any](rows []R, conv func(R) T) []T {
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = conv(r)
	}
	return out
}

// scanMap runs a query returning rows keyed by id and collects them.
func scanMap[R, V any](ctx context.Context, db *gorm.DB, query string, ids []int64, key func(R) int64, val func(R) V) (map[int64]V, error) {
	out := make(map[int64]V, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []R
	if err := db.WithContext(ctx).Raw(query, ids).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[key(r)] = val(r)
	}
	return out, nil
}

// exists reports whether query (a SELECT 1 … LIMIT 1) returns a row.
func (s *Store) exists(ctx context.Context, query string, args ...any) (bool, error) {
	var n []int
	if err := s.db.WithContext(ctx).Raw(query, args...).Scan(&n).Error; err != nil {
		return false, err
	}
	return len(n) > 0, nil
}

// notFound maps gorm's not-found to sentinel.
func notFound(err, sentinel error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return sentinel
	}
	return err
}

// wrap names the failing store operation.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("catalogdb.%s: %w", op, err)
}
