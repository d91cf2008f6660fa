package cache

import (
	"errors"
	"time"

	"shop/platform/fault"
)

// entry is a cached result: what L1 holds and, JSON-encoded, what L2 holds.
// The JSON tags fix the L2 format, which every instance must read.
type entry[V any] struct {
	Value V `json:"v,omitzero"`
	// Tags are the tags the loader reported; an invalidation of any of them
	// drops the entry.
	Tags []string `json:"t,omitempty"`
	// Missing is set for a tombstone: the loader reported "not found".
	Missing *missing `json:"nf,omitempty"`

	// ttl is the entry's lifetime in L1, with jitter.
	ttl time.Duration
}

// missing is the *fault.Error of a tombstone, rebuilt by result.
type missing struct {
	Kind    fault.Kind `json:"k"`
	Message string     `json:"m"`
}

// tombstone returns the entry that caches err, a not-found error of the
// loader, or false if err carries no *fault.Error of kind NotFound.
func tombstone[V any](err error, tags []string) (*entry[V], bool) {
	var fe *fault.Error
	if !errors.As(err, &fe) || fe.Kind != fault.NotFound {
		return nil, false
	}
	return &entry[V]{Tags: tags, Missing: &missing{Kind: fe.Kind, Message: fe.Message}}, true
}

// result is what Get returns for e: its value, or for a tombstone an error
// that matches the loader's sentinel with errors.Is.
func (e *entry[V]) result() (V, error) {
	if e.Missing != nil {
		var zero V
		return zero, fault.New(e.Missing.Kind, e.Missing.Message)
	}
	return e.Value, nil
}

// hasAny reports whether e carries any of tags.
func (e *entry[V]) hasAny(tags map[string]struct{}) bool {
	for _, t := range e.Tags {
		if _, ok := tags[t]; ok {
			return true
		}
	}
	return false
}
