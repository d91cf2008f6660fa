package main

import (
	"context"
	"log/slog"

	"github.com/redis/go-redis/v9"

	"shop/modules/catalog"
	"shop/platform/cache"
	"shop/platform/config"
)

// redisOptions parses SHOP_REDIS_URL and applies the pool size.
func redisOptions(cfg config.Config) (*redis.Options, error) {
	opts, err := redis.ParseURL(cfg.RedisURL)
	if err != nil {
		return nil, &config.Error{Var: "SHOP_REDIS_URL", Value: cfg.RedisURL, Problem: err.Error()}
	}
	opts.PoolSize = cfg.RedisPoolSize
	return opts, nil
}

// cacheConfig is the tiered caches' configuration; TTLs get ±10% jitter.
func cacheConfig(cfg config.Config) cache.Config {
	return cache.Config{
		Namespace:    cfg.CacheNamespace,
		L1MaxEntries: cfg.CacheL1Entries,
		L1TTL:        cfg.CacheL1TTL,
		L2TTL:        cfg.CacheL2TTL,
		NegativeTTL:  cfg.CacheNegTTL,
		Jitter:       0.1,
	}
}

// invalidateCatalogCache drops every cached catalog entry, in Redis and in
// the L1 of every running instance, after a write that bypassed the catalog
// Service.
func invalidateCatalogCache(ctx context.Context, cfg config.Config, logger *slog.Logger) error {
	opts, err := redisOptions(cfg)
	if err != nil {
		return err
	}
	rdb := redis.NewClient(opts)
	defer rdb.Close()
	return catalog.InvalidateAll(ctx, cache.NewBus(rdb, cacheConfig(cfg), logger, nil))
}
