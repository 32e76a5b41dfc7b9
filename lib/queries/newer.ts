// The newer of two copies: the one rule every placement in the query cache follows, so that a read
// answered late can never undo what a newer read, event or write already put there, whatever order
// answers arrive in. Pure: no React, no fetch.
//
// A copy's age is known two ways. The server's: a conversation's `updatedAt` grows strictly with
// every change of its row, in commit order (a trigger keeps it so; `__v` counts only the contract's
// own-field changes, so a new message leaves it alone). And this tab's: every answer is stamped with
// its place in the order this tab asked (a read when it was sent, a write's answer when it arrived,
// since it holds the state at its commit). Per-viewer fields (unseen, a draft) do not move the
// server's version; between two copies of one version the later-asked one is newer.

const asked = new WeakMap<object, number>();
let clock = 0;

/** The next place in this tab's order: take it when a read is sent, or a write's answer arrives. */
export const nextOrder = () => ++clock;

/** Marks a copy (a conversation, a row, a message, a page) with the order it was asked in. */
export function stamp<T extends object>(value: T, order: number): T {
  asked.set(value, Math.max(order, asked.get(value) ?? 0));
  return value;
}

/** Where a copy was asked in this tab's order; 0 for one never stamped (as old as can be). */
export const orderOf = (value: object | undefined): number => (value ? (asked.get(value) ?? 0) : 0);

type Versioned = { updatedAt: string };

/** Whether `a` is a newer copy than `b`: a later server version, else asked later. */
export function isNewer(a: object, b: object): boolean {
  const [va, vb] = [(a as Partial<Versioned>).updatedAt, (b as Partial<Versioned>).updatedAt];
  if (va !== undefined && vb !== undefined && va !== vb) return va > vb; // ISO 8601 UTC, milliseconds
  return orderOf(a) > orderOf(b);
}

/**
 * The newer of a cached copy and an incoming one (the incoming one when they are as new). An incoming
 * copy that says the same as the cached one keeps the cached object, now as new as the incoming
 * one: what is on screen does not render again for nothing.
 */
export function newer<C extends object>(cached: C | undefined, incoming: C): C {
  if (!cached || cached === incoming) return incoming;
  if (isNewer(cached, incoming)) return cached;
  if (JSON.stringify(cached) === JSON.stringify(incoming)) return stamp(cached, orderOf(incoming));
  return incoming;
}

/** A read: its answer, and the copies in it (`parts`), stamped with the order it was asked in. */
export async function asRead<T>(request: () => Promise<T>, parts: (answer: T) => object[]): Promise<T> {
  const order = nextOrder();
  const answer = await request();
  for (const part of parts(answer)) stamp(part, order);
  return answer;
}

/** A write: its answer's copies stamped as it arrives (they hold the state at its commit). */
export async function asWritten<T>(request: () => Promise<T>, parts: (answer: T) => object[]): Promise<T> {
  const answer = await request();
  const order = nextOrder();
  for (const part of parts(answer)) stamp(part, order);
  return answer;
}
