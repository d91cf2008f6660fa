// Package orders is checkout: stock reservation, idempotency keys, payments
// and the order state machine, with side effects through the durable queue.
// Not built yet.
package orders
