package database

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFingerprint(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, sql, want string
	}{
		{"placeholders", `SELECT * FROM "products" WHERE id = $1 AND status = $2`, `SELECT * FROM "products" WHERE id = ? AND status = ?`},
		{"in list of placeholders", `SELECT * FROM variants WHERE product_id IN ($1,$2,$3)`, `SELECT * FROM variants WHERE product_id IN (...)`},
		{"in list of literals", `DELETE FROM t WHERE x in (1, 2, 'a')`, `DELETE FROM t WHERE x IN (...)`},
		{"string literals", `SELECT 'it''s', E'a\'b' FROM t WHERE s = 'x'`, `SELECT ?, ? FROM t WHERE s = ?`},
		{"numbers", `SELECT pg_sleep(0.05) LIMIT 10 OFFSET 20`, `SELECT pg_sleep(?) LIMIT ? OFFSET ?`},
		{"digits in identifiers stay", `SELECT t1.col_2, int4 '7' FROM t1`, `SELECT t1.col_2, int4 ? FROM t1`},
		{"signed numbers", `SELECT a-1, -2.5e3`, `SELECT a-?, -?`},
		{"values rows", `INSERT INTO t (a,b) VALUES ($1,$2),($3,$4) RETURNING "id"`, `INSERT INTO t (a,b) VALUES (...) RETURNING "id"`},
		{"whitespace", "SELECT\n\t*   FROM  t\n", `SELECT * FROM t`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, fingerprint(tt.sql)); diff != "" {
				t.Errorf("fingerprint(%q) mismatch (-want +got):\n%s", tt.sql, diff)
			}
		})
	}
}

func TestFingerprintGroupsVariants(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
	}{
		{"different literals", `SELECT * FROM t WHERE a = 1 AND b = 'x'`, `SELECT * FROM t WHERE a = 42 AND b = 'yz'`},
		{"different in-list lengths", `SELECT * FROM t WHERE id IN ($1,$2,$3)`, `SELECT * FROM t WHERE id IN ($1)`},
		{"different parameter numbers", `SELECT $3 FROM t WHERE id IN ($1,$2)`, `SELECT $5 FROM t WHERE id IN ($1, $2, $3, $4)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if a, b := fingerprint(tt.a), fingerprint(tt.b); a != b {
				t.Errorf("fingerprints differ: %q vs %q", a, b)
			}
		})
	}
}
