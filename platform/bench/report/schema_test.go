package report

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// schemaSections splits SCHEMA.md into its "## `Type`" sections.
func schemaSections(t *testing.T) map[string]string {
	t.Helper()
	doc, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{}
	heading := regexp.MustCompile("(?m)^## `(\\w+)`$")
	idx := heading.FindAllStringSubmatchIndex(string(doc), -1)
	for i, m := range idx {
		end := len(doc)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		sections[string(doc[m[2]:m[3]])] = string(doc[m[1]:end])
	}
	return sections
}

// schemaTypes collects every struct type of this package reachable from
// Report, with its JSON field names.
func schemaTypes(typ reflect.Type, out map[string][]string) {
	for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
		typ = typ.Elem()
	}
	if typ.Kind() != reflect.Struct || typ.PkgPath() != reflect.TypeFor[Report]().PkgPath() {
		return
	}
	if _, done := out[typ.Name()]; done {
		return
	}
	out[typ.Name()] = jsonNames(typ)
	for f := range typ.Fields() {
		schemaTypes(f.Type, out)
	}
}

func TestSchemaDocumentsEveryField(t *testing.T) {
	t.Parallel()
	sections := schemaSections(t)
	types := map[string][]string{}
	schemaTypes(reflect.TypeFor[Report](), types)
	if len(types) < 12 {
		t.Fatalf("found %d types reachable from Report, want at least 12", len(types))
	}
	for name, fields := range types {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			section, ok := sections[name]
			if !ok {
				t.Fatalf("SCHEMA.md has no section \"## `%s`\"", name)
			}
			for _, f := range fields {
				if !strings.Contains(section, "| `"+f+"` |") {
					t.Errorf("SCHEMA.md, section %s: no table row for `%s`", name, f)
				}
			}
		})
	}
}

func TestSchemaExampleReads(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("SCHEMA.md has no ```json example")
	}
	if _, err := ReadJSON(bytes.NewReader(m[1])); err != nil {
		t.Errorf("ReadJSON(example): %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(m[1]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&Report{}); err != nil {
		t.Errorf("the example has a field the types do not: %v", err)
	}
}
