package database

import (
	"context"

	"gorm.io/gorm"
)

// InTx runs fn in a transaction bound to ctx. The transaction commits if fn
// returns nil and rolls back if fn returns an error (which InTx returns
// unchanged, so callers can match sentinels) or panics (the panic is then
// propagated after the rollback).
func (db *DB) InTx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return db.WithContext(ctx).Transaction(fn)
}
