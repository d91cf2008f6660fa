package netdelay

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestPostgresSelectOneTakesAtLeastTheDelay(t *testing.T) {
	t.Parallel()
	const delay = 5 * time.Millisecond
	p := startProxy(t, postgresAddr, delay, discard())
	conn, err := pgx.Connect(t.Context(), "postgres://postgres@"+p.Addr()+"/postgres?sslmode=disable")
	if err != nil {
		t.Fatalf("connect through the proxy: %v", err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })

	var one int
	got := timed(t, func(ctx context.Context) error { return conn.QueryRow(ctx, "SELECT 1").Scan(&one) })
	if one != 1 {
		t.Errorf("SELECT 1 = %d", one)
	}
	if got < delay {
		t.Errorf("SELECT 1 through a %v proxy took %v", delay, got)
	}
}
