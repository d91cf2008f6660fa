package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFiles writes report.json, report.md and report.html into dir,
// creating it when needed, and returns their paths in that order. On error
// paths lists the files already written.
func (r *Report) WriteFiles(dir string) (paths []string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report: write files: %w", err)
	}
	outputs := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"report.json", r.WriteJSON},
		{"report.md", r.WriteMarkdown},
		{"report.html", r.WriteHTML},
	}
	for _, o := range outputs {
		var buf bytes.Buffer
		if err := o.write(&buf); err != nil {
			return paths, err
		}
		path := filepath.Join(dir, o.name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return paths, fmt.Errorf("report: write files: %w", err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}
