// Package catalogdb is the Postgres storage of the catalog, through gorm.
//
// Row types carry the gorm tags and convert to the domain types of package
// catalog with named converters; no catalog type knows about the database.
package catalogdb
