package database_test

import (
	"context"
	"errors"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"shop/platform/database"
)

func TestStatementTimeout(t *testing.T) {
	t.Parallel()
	db := openDB(t, database.Config{StatementTimeout: 100 * time.Millisecond}, nil)
	ctx := t.Context()

	t.Run("setting applied", func(t *testing.T) {
		t.Parallel()
		var got string
		if err := db.WithContext(ctx).Raw("SHOW statement_timeout").Scan(&got).Error; err != nil {
			t.Fatal(err)
		}
		if got != "100ms" {
			t.Errorf("statement_timeout = %q, want 100ms", got)
		}
	})
	t.Run("long statement canceled", func(t *testing.T) {
		t.Parallel()
		err := db.WithContext(ctx).Exec("SELECT pg_sleep(5)").Error
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "57014" {
			t.Errorf("pg_sleep(5) error = %v, want query_canceled (57014)", err)
		}
	})
}

func TestOpenSettings(t *testing.T) {
	t.Parallel()
	var dials atomic.Int64
	dialer := &net.Dialer{}
	db := openDB(t, database.Config{
		MaxOpenConns: 3,
		DialFunc: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			return dialer.DialContext(ctx, network, addr)
		},
	}, nil)
	ctx := t.Context()

	var app string
	if err := db.WithContext(ctx).Raw("SELECT current_setting('application_name')").Scan(&app).Error; err != nil {
		t.Fatal(err)
	}
	if app != "shop" {
		t.Errorf("application_name = %q, want shop", app)
	}
	if dials.Load() == 0 {
		t.Error("DialFunc was not used")
	}
	if got := db.SQL().Stats().MaxOpenConnections; got != 3 {
		t.Errorf("MaxOpenConnections = %d, want 3", got)
	}
	if err := db.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

func TestOpenFails(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		url  string
	}{
		{"bad url", "postgres://%zz"},
		{"missing database", freshURL(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db, err := database.Open(t.Context(), database.Config{URL: tt.url}, nil, nil)
			if err == nil {
				_ = db.Close()
				t.Fatal("Open succeeded")
			}
		})
	}
}
