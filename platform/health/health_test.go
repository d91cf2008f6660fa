package health

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestMain(m *testing.M) {
	gin.SetMode(gin.ReleaseMode) // no debug banner from gin.New
	m.Run()
}

func up(context.Context) error { return nil }

func down(msg string) func(context.Context) error {
	return func(context.Context) error { return errors.New(msg) }
}

// serve runs one request against a router with Routes(checks...).
func serve(t *testing.T, path string, checks ...Check) (int, report) {
	t.Helper()
	r := gin.New()
	Routes(r, checks...)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	var rep report
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatalf("body %q: %v", rec.Body, err)
	}
	return rec.Code, rep
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	code, rep := serve(t, "/healthz", PingCheck("postgres", true, down("refused")))

	if code != http.StatusOK || rep.Status != statusOK {
		t.Errorf("GET /healthz = %d %q, want 200 ok whatever the checks say", code, rep.Status)
	}
}

func TestReadyz(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		checks     []Check
		wantStatus int
		want       report
	}{
		{
			name:       "no checks",
			wantStatus: http.StatusOK,
			want:       report{Status: statusOK, Checks: map[string]checkResult{}},
		},
		{
			name:       "all up",
			checks:     []Check{PingCheck("postgres", true, up), PingCheck("redis", false, up)},
			wantStatus: http.StatusOK,
			want: report{Status: statusOK, Checks: map[string]checkResult{
				"postgres": {Status: statusUp},
				"redis":    {Status: statusUp},
			}},
		},
		{
			name:       "optional down is degraded",
			checks:     []Check{PingCheck("postgres", true, up), PingCheck("redis", false, down("dial tcp 127.0.0.1:6379: connect: connection refused"))},
			wantStatus: http.StatusOK,
			want: report{Status: statusDegraded, Checks: map[string]checkResult{
				"postgres": {Status: statusUp},
				"redis":    {Status: statusDown, Error: "unreachable: dial tcp 127.0.0.1:6379: connect: connection refused"},
			}},
		},
		{
			name:       "critical down is unavailable",
			checks:     []Check{PingCheck("postgres", true, down("refused")), PingCheck("redis", false, down("refused"))},
			wantStatus: http.StatusServiceUnavailable,
			want: report{Status: statusUnavailable, Checks: map[string]checkResult{
				"postgres": {Status: statusDown, Error: "unreachable: refused"},
				"redis":    {Status: statusDown, Error: "unreachable: refused"},
			}},
		},
		{
			name: "panicking probe is down",
			checks: []Check{PingCheck("search", true, func(context.Context) error {
				panic("nil client")
			})},
			wantStatus: http.StatusServiceUnavailable,
			want: report{Status: statusUnavailable, Checks: map[string]checkResult{
				"search": {Status: statusDown, Error: "probe panicked"},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, got := serve(t, "/readyz", tt.checks...)

			if code != tt.wantStatus {
				t.Errorf("status = %d, want %d", code, tt.wantStatus)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(checkResult{}, "DurationMS")); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadyzProbesRunConcurrently(t *testing.T) {
	t.Parallel()
	// Each probe waits for the other: run one after the other, they would
	// both time out.
	a, b := make(chan struct{}), make(chan struct{})
	meet := func(mine, theirs chan struct{}) func(context.Context) error {
		return func(ctx context.Context) error {
			close(mine)
			select {
			case <-theirs:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}

	code, rep := serve(t, "/readyz", PingCheck("a", true, meet(a, b)), PingCheck("b", true, meet(b, a)))

	if code != http.StatusOK {
		t.Errorf("status = %d (%+v), want 200", code, rep)
	}
}

func TestDescribeRedacts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"url password", errors.New(`dial "postgres://shop:hunter2@db:5432/shop": refused`),
			`unreachable: dial "postgres://xxxxx@db:5432/shop": refused`},
		{"dsn password", errors.New("connect host=db user=shop password=hunter2 dbname=shop: refused"),
			"unreachable: connect host=db user=shop password=xxxxx dbname=shop: refused"},
		{"redis url", errors.New("redis://:hunter2@cache:6379/0 refused"),
			"unreachable: redis://xxxxx@cache:6379/0 refused"},
		{"long", errors.New(strings.Repeat("é", 200)),
			"unreachable: " + strings.Repeat("é", maxErrorLen) + "…"},
		{"timeout", context.DeadlineExceeded, "unreachable: no answer within 2s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := describe(context.Background(), tt.err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("describe (-want +got):\n%s", diff)
			}
			if strings.Contains(got, "hunter2") {
				t.Errorf("describe leaks the password: %s", got)
			}
		})
	}
}
