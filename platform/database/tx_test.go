package database_test

import (
	"errors"
	"testing"

	"gorm.io/gorm"

	"shop/platform/database/dbtest"
)

func TestInTx(t *testing.T) {
	t.Parallel()
	errBoom := errors.New("boom")
	tests := []struct {
		name      string
		fn        func(tx *gorm.DB) error
		wantErr   error
		wantPanic bool
		wantRows  int64
	}{
		{"commit", func(tx *gorm.DB) error {
			return tx.Exec("INSERT INTO widgets (name) VALUES ('a'), ('b')").Error
		}, nil, false, 2},
		{"error rolls back", func(tx *gorm.DB) error {
			if err := tx.Exec("INSERT INTO widgets (name) VALUES ('a')").Error; err != nil {
				return err
			}
			return errBoom
		}, errBoom, false, 0},
		{"panic rolls back", func(tx *gorm.DB) error {
			if err := tx.Exec("INSERT INTO widgets (name) VALUES ('a')").Error; err != nil {
				return err
			}
			panic(errBoom)
		}, nil, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := dbtest.New(t)
			ctx := t.Context()
			if err := db.WithContext(ctx).Exec("CREATE TABLE widgets (id bigserial PRIMARY KEY, name text)").Error; err != nil {
				t.Fatal(err)
			}

			var err error
			panicked := func() (panicked bool) {
				defer func() { panicked = recover() != nil }()
				err = db.InTx(ctx, tt.fn)
				return false
			}()

			if panicked != tt.wantPanic {
				t.Errorf("InTx panicked = %v, want %v", panicked, tt.wantPanic)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("InTx error = %v, want %v", err, tt.wantErr)
			}
			var rows int64
			if err := db.WithContext(ctx).Table("widgets").Count(&rows).Error; err != nil {
				t.Fatal(err)
			}
			if rows != tt.wantRows {
				t.Errorf("widgets holds %d rows, want %d", rows, tt.wantRows)
			}
		})
	}
}
