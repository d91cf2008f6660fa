package netdelay

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/Shopify/toxiproxy/v2"
)

// ErrInvalidDelay reports a delay that toxiproxy cannot apply: a negative one
// or one with a sub-millisecond part.
var ErrInvalidDelay = errors.New("backend latency must be a whole number of milliseconds, e.g. 1ms")

// checkDelay returns an error wrapping ErrInvalidDelay unless d is a whole,
// non-negative number of milliseconds.
func checkDelay(d time.Duration) error {
	switch {
	case d < 0:
		return fmt.Errorf("%w: %v is negative", ErrInvalidDelay, d)
	case d%time.Millisecond != 0:
		return fmt.Errorf("%w: %v has a sub-millisecond part (toxiproxy's latency toxic counts whole milliseconds)", ErrInvalidDelay, d)
	}
	return nil
}

// latencyToxic is the JSON form of a toxiproxy toxic, the only way
// ToxicCollection accepts a new one.
type latencyToxic struct {
	Name       string            `json:"name"`
	Type       string            `json:"type"`
	Stream     string            `json:"stream"`
	Toxicity   float32           `json:"toxicity"`
	Attributes latencyAttributes `json:"attributes"`
}

// latencyAttributes are toxics.LatencyToxic's settings, in milliseconds.
type latencyAttributes struct {
	Latency int64 `json:"latency"`
	Jitter  int64 `json:"jitter"`
}

// addLatency adds d to every chunk tp sends from its upstream to its client.
// It must run before tp starts so that no connection escapes the toxic.
func addLatency(tp *toxiproxy.Proxy, d time.Duration) error {
	body, err := json.Marshal(latencyToxic{
		Name:       "netdelay_latency",
		Type:       "latency",
		Stream:     "downstream",
		Toxicity:   1,
		Attributes: latencyAttributes{Latency: d.Milliseconds()},
	})
	if err != nil {
		return err
	}
	_, err = tp.Toxics.AddToxicJson(bytes.NewReader(body))
	return err
}
