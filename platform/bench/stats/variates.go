package stats

import (
	"math"
	"math/rand/v2"
)

// beta returns a Beta(a, b) variate, for integers a, b ≥ 1.
func beta(rnd *rand.Rand, a, b int) float64 {
	switch {
	case a == 1 && b == 1:
		return rnd.Float64()
	case a == 1: // the least of b uniforms
		return 1 - math.Pow(rnd.Float64(), 1/float64(b))
	case b == 1: // the greatest of a uniforms
		return math.Pow(rnd.Float64(), 1/float64(a))
	}
	x := gamma(rnd, float64(a))
	return x / (x + gamma(rnd, float64(b)))
}

// gamma returns a Gamma(k, 1) variate for k ≥ 1, by Marsaglia and Tsang's
// method ("A simple method for generating gamma variables", 2000).
func gamma(rnd *rand.Rand, k float64) float64 {
	d := k - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := rnd.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := rnd.Float64()
		if u < 1-0.0331*(x*x)*(x*x) || math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}
