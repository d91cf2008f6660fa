// Package media is image upload and the resize pipeline on a bounded worker
// pool, with variants and serving. Not built yet.
package media
