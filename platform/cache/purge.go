package cache

import "context"

// purgeScript deletes, atomically, the keys listed in each tag set of KEYS and
// the sets themselves, then publishes ARGV[2] on the channel ARGV[1] unless
// ARGV[1] is empty. Being atomic, it runs entirely before or after the MULTI
// that stores a value and adds it to its tag sets, so no key is left in L2
// without its tags. It returns the number of keys deleted.
const purgeScript = `
local n = 0
for _, tag in ipairs(KEYS) do
	local members = redis.call('SMEMBERS', tag)
	for i = 1, #members, 500 do
		n = n + redis.call('DEL', unpack(members, i, math.min(i + 499, #members)))
	end
	redis.call('DEL', tag)
end
if ARGV[1] ~= '' then
	redis.call('PUBLISH', ARGV[1], ARGV[2])
end
return n
`

// purgeL2 deletes the L2 entries carrying any of tags and, if payload is not
// empty, publishes it on the invalidation channel, in one round trip.
func (b *Bus) purgeL2(ctx context.Context, tags []string, payload string) error {
	keys := make([]string, len(tags))
	for i, t := range tags {
		keys[i] = b.tagKey(t)
	}
	channel := b.channel
	if payload == "" {
		channel = ""
	}
	return b.purge.Run(ctx, b.rdb, keys, channel, payload).Err()
}
