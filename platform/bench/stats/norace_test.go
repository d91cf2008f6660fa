//go:build !race

package stats

// raceEnabled is whether the race detector is on; the honesty tests then run
// fewer trials, since it makes them about seven times slower.
const raceEnabled = false
