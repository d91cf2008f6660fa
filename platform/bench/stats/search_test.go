package stats

import (
	"fmt"
	"sort"
	"testing"
)

// TestSearchFrom checks searchFrom against sort.Search for every answer,
// hint and a few steps on short ranges.
func TestSearchFrom(t *testing.T) {
	t.Parallel()
	for _, step := range []int{1, 2, 5} {
		t.Run(fmt.Sprintf("step=%d", step), func(t *testing.T) {
			t.Parallel()
			for n := 1; n <= 40; n++ {
				for answer := 0; answer <= n; answer++ {
					f := func(i int) bool {
						if i < 0 || i >= n {
							t.Fatalf("n=%d: f(%d) called outside [0, n)", n, i)
						}
						return i >= answer
					}
					want := sort.Search(n, f)
					for hint := -1; hint <= n; hint++ {
						if got := searchFrom(n, hint, step, f); got != want {
							t.Fatalf("searchFrom(%d, %d, %d) = %d, want %d", n, hint, step, got, want)
						}
					}
				}
			}
		})
	}
}
