package stats

import "math"

// Estimate is a point estimate with a confidence interval around it. A field
// is NaN when the data cannot support it.
type Estimate struct {
	Value float64 // the estimate from all the data
	Low   float64 // the lower bound of the confidence interval
	High  float64 // the upper bound of the confidence interval
}

// Contains reports whether x lies in [e.Low, e.High]. It is false when a
// bound is NaN.
func (e Estimate) Contains(x float64) bool {
	return e.Low <= x && x <= e.High
}

// undefined is the estimate of data that supports none.
func undefined() Estimate {
	nan := math.NaN()
	return Estimate{Value: nan, Low: nan, High: nan}
}

// ratio returns num/den, or NaN when den is zero or either is NaN.
func ratio(num, den float64) float64 {
	if den == 0 {
		return math.NaN()
	}
	return num / den
}
