package catalogseed

import (
	"os"
	"strconv"
	"testing"

	"shop/platform/database/dbtest"
)

// TestRunLarge seeds a full-size catalog, seeds it again (which adds
// nothing) and logs both summaries. It runs only when CATALOGSEED_LARGE is
// set to the number of products:
//
//	CATALOGSEED_LARGE=100000 go test -run TestRunLarge -v ./modules/catalog/catalogseed
func TestRunLarge(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("CATALOGSEED_LARGE"))
	if n <= 0 {
		t.Skip("set CATALOGSEED_LARGE to the number of products to run")
	}
	databaseURL := dbtest.NewURL(t)
	for _, run := range []string{"first run", "second run"} {
		sum, err := Run(t.Context(), databaseURL, Options{Products: n, Seed: 1, Progress: os.Stderr, Interactive: true})
		if err != nil {
			t.Fatalf("%s: %v", run, err)
		}
		t.Logf("%s: %v", run, sum)
	}
}
