package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// WriteJSON writes r as indented JSON in the layout documented in SCHEMA.md.
//
// A figure that could not be computed is NaN in Go: the fields of an
// Estimate and of a Latency are written as null then, and read back as NaN.
// Any other non-finite number is an error.
func (r *Report) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("report: write JSON: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("report: write JSON: %w", err)
	}
	return nil
}

// ReadJSON reads a Report written by WriteJSON. It refuses a report whose
// schema_version is not SchemaVersion; unknown fields are ignored.
func ReadJSON(rd io.Reader) (*Report, error) {
	var r Report
	if err := json.NewDecoder(rd).Decode(&r); err != nil {
		return nil, fmt.Errorf("report: read JSON: %w", err)
	}
	if r.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("report: read JSON: schema_version %d, this build reads %d",
			r.SchemaVersion, SchemaVersion)
	}
	return &r, nil
}

// nullable is a float64 that is written as null when it is not finite and
// read back from null (or absence) as NaN.
type nullable float64

// MarshalJSON implements json.Marshaler.
func (f nullable) MarshalJSON() ([]byte, error) {
	if !finite(float64(f)) {
		return []byte("null"), nil
	}
	return json.Marshal(float64(f))
}

// UnmarshalJSON implements json.Unmarshaler.
func (f *nullable) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = nullable(math.NaN())
		return nil
	}
	return json.Unmarshal(b, (*float64)(f))
}

// estimateJSON is the JSON shape of an Estimate; keep its tags equal to
// Estimate's (a test checks it).
type estimateJSON struct {
	Value  nullable `json:"value"`
	CILow  nullable `json:"ci_low"`
	CIHigh nullable `json:"ci_high"`
}

// MarshalJSON writes e with null for a bound (or value) that is NaN.
func (e Estimate) MarshalJSON() ([]byte, error) {
	return json.Marshal(estimateJSON{nullable(e.Value), nullable(e.CILow), nullable(e.CIHigh)})
}

// UnmarshalJSON reads null (or an absent field) as NaN.
func (e *Estimate) UnmarshalJSON(b []byte) error {
	nan := nullable(math.NaN()) // an absent field reads as NaN
	j := estimateJSON{nan, nan, nan}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Estimate{float64(j.Value), float64(j.CILow), float64(j.CIHigh)}
	return nil
}

// latencyJSON is the JSON shape of a Latency; keep its tags equal to
// Latency's (a test checks it).
type latencyJSON struct {
	P50 nullable `json:"p50_ms"`
	P90 nullable `json:"p90_ms"`
	P95 nullable `json:"p95_ms"`
	P99 nullable `json:"p99_ms"`
	Max nullable `json:"max_ms"`
}

// MarshalJSON writes l with null for a percentile that is NaN (no samples).
func (l Latency) MarshalJSON() ([]byte, error) {
	return json.Marshal(latencyJSON{nullable(l.P50), nullable(l.P90), nullable(l.P95),
		nullable(l.P99), nullable(l.Max)})
}

// UnmarshalJSON reads null (or an absent field) as NaN.
func (l *Latency) UnmarshalJSON(b []byte) error {
	nan := nullable(math.NaN()) // an absent field reads as NaN
	j := latencyJSON{nan, nan, nan, nan, nan}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*l = Latency{float64(j.P50), float64(j.P90), float64(j.P95), float64(j.P99), float64(j.Max)}
	return nil
}
