// Package database opens the shop's pooled Postgres connection and owns its
// schema.
//
// [Open] returns a [DB]: a *gorm.DB over pgx's database/sql driver, with the
// pool settings, a per-connection statement timeout and a gorm plugin that
// instruments every statement gorm runs. The plugin
//
//   - counts statements and observes their latency in Prometheus,
//   - adds one to the [QueryCounter] carried by the statement's context (see
//     [WithQueryCounter]), which lets tests count the queries a code path
//     issues, and
//   - records statements slower than [Config.SlowQueryThreshold] in the DB's
//     [SlowQueryLog], grouped by a normalised fingerprint, which
//     [SlowQueryLog.Flush] writes to the slow_queries table.
//
// [Migrate] creates the database if it is missing and applies the embedded
// goose migrations under a Postgres advisory lock, so several instances may
// start at once. [MigrationStatus] prints what has been applied.
//
// Tests get their own freshly migrated database from package dbtest.
package database
