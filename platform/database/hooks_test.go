package database_test

import (
	"context"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"gorm.io/gorm"

	"shop/platform/database"
	"shop/platform/database/dbtest"
)

// widget is a throwaway model for exercising gorm's operations.
type widget struct {
	ID   int64
	Name string
}

func TestQueryCounterCountsStatements(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	if err := db.WithContext(t.Context()).Exec("CREATE TABLE widgets (id bigserial PRIMARY KEY, name text)").Error; err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		run  func(ctx context.Context, db *gorm.DB) error
		want int64
	}{
		{"three raw scans", func(ctx context.Context, db *gorm.DB) error {
			for i := range 3 {
				var n int
				if err := db.WithContext(ctx).Raw("SELECT ?::int", i).Scan(&n).Error; err != nil {
					return err
				}
			}
			return nil
		}, 3},
		{"exec", func(ctx context.Context, db *gorm.DB) error {
			return db.WithContext(ctx).Exec("SELECT 1").Error
		}, 1},
		{"row and rows", func(ctx context.Context, db *gorm.DB) error {
			var n int
			if err := db.WithContext(ctx).Raw("SELECT 1").Row().Scan(&n); err != nil {
				return err
			}
			rows, err := db.WithContext(ctx).Raw("SELECT 1").Rows()
			if err != nil {
				return err
			}
			return rows.Close()
		}, 2},
		{"model operations", func(ctx context.Context, db *gorm.DB) error {
			w := widget{Name: "a"}
			return firstErr(
				db.WithContext(ctx).Create(&w).Error,
				db.WithContext(ctx).First(&widget{}, w.ID).Error,
				db.WithContext(ctx).Model(&w).Update("name", "b").Error,
				db.WithContext(ctx).Delete(&w).Error,
			)
		}, 4},
		{"failed statement", func(ctx context.Context, db *gorm.DB) error {
			_ = db.WithContext(ctx).Exec("SELECT * FROM no_such_table").Error
			return nil
		}, 1},
		{"goroutines fanning out", func(ctx context.Context, db *gorm.DB) error {
			var wg sync.WaitGroup
			errs := make([]error, 4)
			for i := range errs {
				wg.Go(func() {
					errs[i] = firstErr(
						db.WithContext(ctx).Exec("SELECT 1").Error,
						db.WithContext(ctx).Find(&[]widget{}).Error,
					)
				})
			}
			wg.Wait()
			return firstErr(errs...)
		}, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx, counter := database.WithQueryCounter(t.Context())
			if err := tt.run(ctx, db.DB); err != nil {
				t.Fatal(err)
			}
			if got := counter.Load(); got != tt.want {
				t.Errorf("counted %d statements, want %d", got, tt.want)
			}
		})
	}
}

func TestQueryCounterInTransaction(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx, counter := database.WithQueryCounter(t.Context())

	err := db.InTx(ctx, func(tx *gorm.DB) error {
		return firstErr(tx.Exec("SELECT 1").Error, tx.Exec("SELECT 2").Error)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := counter.Load(); got != 2 {
		t.Errorf("counted %d statements, want 2", got)
	}
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	url := dbtest.NewURL(t)
	reg := prometheus.NewRegistry()

	// Open twice in a row on one registry: Close must unregister the pool
	// collector, and the query metrics carry on.
	for range 2 {
		db, err := database.Open(t.Context(), database.Config{URL: url}, nil, reg)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		_ = db.WithContext(t.Context()).Exec("SELECT 1").Error
		_ = db.WithContext(t.Context()).Exec("SELECT * FROM no_such_table").Error
		if got := gather(t, reg, "go_sql_open_connections"); len(got) != 1 {
			t.Errorf("go_sql_open_connections: %d series, want 1", len(got))
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		labels map[string]string
		want   float64
	}{
		{map[string]string{"op": "raw", "result": "ok"}, 2},
		{map[string]string{"op": "raw", "result": "error"}, 2},
	}
	queries := gather(t, reg, "shop_db_queries_total")
	for _, tt := range tests {
		if got := find(queries, tt.labels).GetCounter().GetValue(); got != tt.want {
			t.Errorf("shop_db_queries_total%v = %v, want %v", tt.labels, got, tt.want)
		}
	}
	durations := gather(t, reg, "shop_db_query_duration_seconds")
	if got := find(durations, map[string]string{"op": "raw"}).GetHistogram().GetSampleCount(); got != 4 {
		t.Errorf("shop_db_query_duration_seconds{op=raw} count = %d, want 4", got)
	}
}

// gather returns the series of the metric family name in reg.
func gather(t *testing.T, reg *prometheus.Registry, name string) []*dto.Metric {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name {
			return f.GetMetric()
		}
	}
	return nil
}

// find returns the series with exactly labels, or nil.
func find(series []*dto.Metric, labels map[string]string) *dto.Metric {
	for _, m := range series {
		if len(m.GetLabel()) != len(labels) {
			continue
		}
		match := true
		for _, l := range m.GetLabel() {
			match = match && labels[l.GetName()] == l.GetValue()
		}
		if match {
			return m
		}
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
