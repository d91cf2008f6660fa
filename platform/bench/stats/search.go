package stats

import "sort"

// searchFrom is sort.Search(n, f) that starts at hint and gallops outwards
// by steps of step, 2·step, 4·step…, so that it calls f mostly near hint when
// the answer is near it. n and step must be positive and f monotone: false
// then true.
func searchFrom(n, hint, step int, f func(int) bool) int {
	hint = min(max(hint, 0), n-1)
	// The answer is in [lo, hi]: f(lo-1) is false or lo = 0, and f(hi) is
	// true or hi = n.
	var lo, hi int
	if f(hint) {
		lo, hi = 0, hint
		for ; hint-step >= 0; step *= 2 {
			if !f(hint - step) {
				lo = hint - step + 1
				break
			}
			hi = hint - step
		}
	} else {
		lo, hi = hint+1, n
		for ; hint+step < n; step *= 2 {
			if f(hint + step) {
				hi = hint + step
				break
			}
			lo = hint + step + 1
		}
	}
	return lo + sort.Search(hi-lo, func(i int) bool { return f(lo + i) })
}
