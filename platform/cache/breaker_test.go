package cache

import (
	"errors"
	"testing"
	"time"
)

// replyError is an error reply of a Redis that answers, as go-redis types it.
type replyError string

func (e replyError) Error() string { return string(e) }
func (replyError) RedisError()     {}

func TestBreaker(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		err       error
		wantAllow bool
	}{
		{"error reply keeps L2", replyError("WRONGTYPE Operation against a key holding the wrong kind of value"), true},
		{"unreachable Redis skips L2", errors.New("dial tcp 127.0.0.1:6379: connect: connection refused"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := &breaker{cooldown: time.Hour}
			if !b.allow() {
				t.Fatal("a new breaker does not allow L2")
			}
			b.failed(tt.err)
			if got := b.allow(); got != tt.wantAllow {
				t.Errorf("allow() after %v = %v, want %v", tt.err, got, tt.wantAllow)
			}
		})
	}
}
