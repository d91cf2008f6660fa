package cache

// Outcome tells where Get found its result.
type Outcome int

// The outcomes of Get. Miss is also the outcome of a Get that failed before
// it found anything.
const (
	Miss  Outcome = iota // the loader ran (or the Get failed)
	HitL1                // found in this process' L1
	HitL2                // found in Redis
)

// String returns "miss", "hit-l1" or "hit-l2".
func (o Outcome) String() string {
	switch o {
	case HitL1:
		return "hit-l1"
	case HitL2:
		return "hit-l2"
	default:
		return "miss"
	}
}

// Hit reports whether the result came from a cache level, not the loader.
func (o Outcome) Hit() bool { return o == HitL1 || o == HitL2 }
