package catalogapi

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"

	"shop/modules/catalog"
	"shop/platform/fault"
)

// A cursor is opaque to clients: base64url of "v1|<after id>|<category>|<brand>|<crc>".
// The checksum catches a cursor that was edited or cut short, and the filters
// catch one reused on a different listing.

var errBadCursor = fault.InvalidArg("cursor", "is not a cursor from this listing; start again without it")

func encodeCursor(q catalog.ListQuery, afterID int64) string {
	body := fmt.Sprintf("v1|%d|%s|%s", afterID, q.CategorySlug, q.BrandSlug)
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "%s|%08x", body, crc32.ChecksumIEEE([]byte(body))))
}

func decodeCursor(cursor string, q catalog.ListQuery) (int64, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return 0, errBadCursor
	}
	s := string(raw)
	cut := strings.LastIndexByte(s, '|')
	if cut < 0 || s[cut+1:] != fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(s[:cut]))) {
		return 0, errBadCursor
	}
	parts := strings.Split(s[:cut], "|")
	if len(parts) != 4 || parts[0] != "v1" || parts[2] != q.CategorySlug || parts[3] != q.BrandSlug {
		return 0, errBadCursor
	}
	after, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || after <= 0 {
		return 0, errBadCursor
	}
	return after, nil
}
