package config

import (
	"errors"
	"testing"
	"time"
)

func lookupFrom(env map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	}
}

func TestLoadDefaults(t *testing.T) {
	t.Parallel()
	cfg, err := Load(lookupFrom(nil))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.HTTPAddr != ":8080" || cfg.DatabaseURL != "postgres://postgres@127.0.0.1:5432/shop?sslmode=disable" ||
		cfg.RedisURL != "redis://127.0.0.1:6379/0" || cfg.AdminToken != "" || cfg.CacheL1TTL != 30*time.Second {
		t.Errorf("unexpected defaults: %+v", cfg)
	}
}

func TestLoadBadValueNamesVariable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		env     map[string]string
		wantVar string
	}{
		{map[string]string{"SHOP_DB_MAX_OPEN_CONNS": "abc"}, "SHOP_DB_MAX_OPEN_CONNS"},
		{map[string]string{"SHOP_DB_MAX_OPEN_CONNS": "0"}, "SHOP_DB_MAX_OPEN_CONNS"},
		{map[string]string{"SHOP_CACHE_L1_TTL": "soon"}, "SHOP_CACHE_L1_TTL"},
		{map[string]string{"SHOP_DATABASE_URL": "mysql://x@h/db"}, "SHOP_DATABASE_URL"},
		{map[string]string{"SHOP_REDIS_URL": "::"}, "SHOP_REDIS_URL"},
		{map[string]string{"SHOP_LOG_LEVEL": "loud"}, "SHOP_LOG_LEVEL"},
		{map[string]string{"SHOP_LOG_FORMAT": "xml"}, "SHOP_LOG_FORMAT"},
	}
	for _, tt := range tests {
		t.Run(tt.wantVar, func(t *testing.T) {
			t.Parallel()
			_, err := Load(lookupFrom(tt.env))
			var cerr *Error
			if !errors.As(err, &cerr) || cerr.Var != tt.wantVar {
				t.Fatalf("Load(%v) error = %v, want one naming %s", tt.env, err, tt.wantVar)
			}
		})
	}
}

func TestCacheNamespaceFollowsTheDatabase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		env  map[string]string
		want string
	}{
		{nil, "shop:shop"},
		{map[string]string{"SHOP_DATABASE_URL": "postgres://u@db:5432/catalog_eu?sslmode=disable"}, "shop:catalog_eu"},
		{map[string]string{"SHOP_CACHE_NAMESPACE": "blue", "SHOP_DATABASE_URL": "postgres://u@db:5432/x"}, "blue"},
	}
	for _, tt := range tests {
		cfg, err := Load(lookupFrom(tt.env))
		if err != nil || cfg.CacheNamespace != tt.want {
			t.Errorf("Load(%v): namespace %q, err %v; want %q", tt.env, cfg.CacheNamespace, err, tt.want)
		}
	}
}
