package report

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestJSONRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		report func(t *testing.T) *Report
	}{
		{"fixture", newFixture},
		{"empty", func(*testing.T) *Report { return &Report{SchemaVersion: SchemaVersion} }},
		{"not computable", func(t *testing.T) *Report {
			r := newFixture(t)
			nan := math.NaN()
			r.Comparisons[0].Ratio = Ratio{Throughput: Estimate{nan, nan, nan}, P50: Estimate{1, nan, 2}, P95: Estimate{nan, 0, 1}}
			r.Limits[0].Latency = Latency{P50: nan, P90: nan, P95: nan, P99: nan, Max: nan}
			return r
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			want := tt.report(t)
			var buf bytes.Buffer
			if err := want.WriteJSON(&buf); err != nil {
				t.Fatalf("WriteJSON: %v", err)
			}
			got, err := ReadJSON(&buf)
			if err != nil {
				t.Fatalf("ReadJSON: %v", err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateNaNs()); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteJSONNullForNaN(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"estimate", Estimate{1.5, nan, math.Inf(1)}, `{"value":1.5,"ci_low":null,"ci_high":null}`},
		{"estimate finite", Estimate{1.5, 1.25, 2}, `{"value":1.5,"ci_low":1.25,"ci_high":2}`},
		{"latency", Latency{P50: 1, P90: nan, P95: 2, P99: nan, Max: 3},
			`{"p50_ms":1,"p90_ms":null,"p95_ms":2,"p99_ms":null,"max_ms":3}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("JSON (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadJSONAbsentIsNaN(t *testing.T) {
	t.Parallel()
	var e Estimate
	if err := json.Unmarshal([]byte(`{"value":2}`), &e); err != nil {
		t.Fatal(err)
	}
	want := Estimate{2, math.NaN(), math.NaN()}
	if diff := cmp.Diff(want, e, cmpopts.EquateNaNs()); diff != "" {
		t.Errorf("Estimate (-want +got):\n%s", diff)
	}
}

func TestReadJSONErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"garbage", `{"schema_version":`, "read JSON"},
		{"newer", `{"schema_version": 2}`, "schema_version 2"},
		{"missing version", `{"target": "x"}`, "schema_version 0"},
		{"bad estimate", `{"schema_version":1,"comparisons":[{"ratio":{"p50":{"value":"x"}}}]}`, "read JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ReadJSON(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadJSON(%s) = %v, want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestWriteJSONRejectsOtherNaN(t *testing.T) {
	t.Parallel()
	r := newFixture(t)
	r.Limits[0].Throughput = math.NaN()
	if err := r.WriteJSON(&bytes.Buffer{}); err == nil {
		t.Error("WriteJSON with a NaN throughput: no error")
	}
}

// The JSON shapes of Estimate and Latency must keep the field names of the
// documented types.
func TestJSONShapesMatchTypes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		typ, jsonType reflect.Type
	}{
		{"Estimate", reflect.TypeFor[Estimate](), reflect.TypeFor[estimateJSON]()},
		{"Latency", reflect.TypeFor[Latency](), reflect.TypeFor[latencyJSON]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(jsonNames(tt.typ), jsonNames(tt.jsonType)); diff != "" {
				t.Errorf("JSON names (-%s +shape):\n%s", tt.name, diff)
			}
		})
	}
}

// jsonNames lists the JSON field names of struct type typ, in order.
func jsonNames(typ reflect.Type) []string {
	var names []string
	for f := range typ.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}
